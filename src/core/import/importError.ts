import { CoreError } from '../notice/notice.ts';
import type { NoticeParams } from '../notice/notice.ts';

/**
 * Raised when a file cannot be imported (nothing kept, NUL bytes, undecodable bytes…): the message
 * names the file and, where there is one, the line; code and params say it again for the UI.
 */
export class ImportError extends CoreError {
  override name = 'ImportError';
  constructor(
    code: string,
    params: NoticeParams,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(code, params, message);
  }
}
