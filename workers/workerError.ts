import * as Comlink from 'comlink';
import { CsvError } from '../src/core/csv/csvError.ts';

/**
 * Rewrites an error for the trip back to the page: a parse error names the file, line and column.
 * The code and params of a core error go along (see exposeErrors), so the page can translate it.
 */
export function workerError(e: unknown, fileName?: string): Error {
  if (e instanceof CsvError) {
    const where = `${fileName ?? 'file'}:${e.line}${e.column ? `:${e.column}` : ''}`;
    const err = Object.assign(new Error(`${where}: ${e.message}`), {
      code: e.code,
      params: { ...e.params, file: fileName ?? 'file' },
    });
    err.name = 'CsvError';
    return err;
  }
  return e instanceof Error ? e : new Error(String(e));
}

type Serialized = { isError: boolean; value: Record<string, unknown> };

/**
 * Makes Comlink carry `code` and `params` of a thrown error to the page (it keeps only name,
 * message and stack otherwise; the page side rebuilds the error with Object.assign, so the extra
 * fields arrive as they are). Call once in each worker.
 */
export function exposeErrors(): void {
  const base = Comlink.transferHandlers.get('throw')!;
  Comlink.transferHandlers.set('throw', {
    canHandle: base.canHandle,
    deserialize: base.deserialize,
    serialize(thrown) {
      const [wire, transfers] = base.serialize(thrown) as [Serialized, Transferable[]];
      const e = (thrown as { value: unknown }).value as { code?: unknown; params?: unknown };
      if (wire.isError && typeof e.code === 'string') {
        wire.value.code = e.code;
        wire.value.params = e.params;
      }
      return [wire, transfers];
    },
  });
}
