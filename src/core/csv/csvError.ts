import { CoreError } from '../notice/notice.ts';

/** A CSV syntax error (so far only an unterminated quoted field), with where it happened. */
export class CsvError extends CoreError {
  /**
   * @param line 1-based physical line number.
   * @param column 1-based field index in the record, when known.
   */
  constructor(
    message: string,
    public line: number,
    public column?: number,
    code = 'csv.syntax',
  ) {
    super(code, { line, column: column ?? '' }, message);
    this.name = 'CsvError';
  }
}
