import { CsvError } from '../src/core/csv/types.ts';

/**
 * Rewrites an error for the trip back to the page (Comlink keeps only name and message): a parse
 * error names the file, line and column.
 */
export function workerError(e: unknown, fileName?: string): Error {
  if (e instanceof CsvError) {
    const where = `${fileName ?? 'file'}:${e.line}${e.column ? `:${e.column}` : ''}`;
    const err = new Error(`${where}: ${e.message}`);
    err.name = 'CsvError';
    return err;
  }
  return e instanceof Error ? e : new Error(String(e));
}
