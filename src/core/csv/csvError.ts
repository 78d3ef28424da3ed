import { CoreError } from '../notice/notice.ts';
import type { NoticeParams } from '../notice/notice.ts';

/**
 * A CSV error with where it happened: an unterminated quoted field, or a record over the limits
 * of limits.ts (field or record too long, too many columns; `max` in the params).
 */
export class CsvError extends CoreError {
  /**
   * @param line 1-based physical line number.
   * @param column 1-based field index in the record, when known.
   * @param extra further parameters of the message (e.g. `max`, the limit exceeded).
   */
  constructor(
    message: string,
    public line: number,
    public column?: number,
    code = 'csv.syntax',
    extra: NoticeParams = {},
  ) {
    super(code, { line, column: column ?? '', ...extra }, message);
    this.name = 'CsvError';
  }
}
