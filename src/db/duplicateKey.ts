/**
 * A bulk write that meets a key already stored (IndexedDB ConstraintError; Dexie reports it as a
 * BulkError listing the failed records). The transaction it ran in is aborted, so nothing of the
 * write was kept; this turns the error into one a user can read (code `storage.duplicateKey`).
 */
import { CoreError } from '../core/notice/notice.ts';

/** Raised when a write met a record with the same key; nothing of the write was kept. */
export class DuplicateKeyError extends CoreError {
  constructor(readonly table: string) {
    super(
      'storage.duplicateKey',
      { table },
      `Nothing was saved: the data has two records with the same key (in “${table}”). The stored datasets are unchanged.`,
    );
    this.name = 'DuplicateKeyError';
  }
}

interface Failing {
  name?: unknown;
  inner?: unknown;
  failures?: unknown;
  message?: unknown;
}

/** Whether `e` (a Dexie or IndexedDB error) is a duplicate key, and in which table if it says so. */
export function duplicateKeyOf(e: unknown): { table: string } | null {
  const x = e as Failing | undefined;
  if (!x) return null;
  const failures = Array.isArray(x.failures) ? (x.failures as Failing[]) : [];
  const found =
    x.name === 'ConstraintError' ||
    failures.some((f) => f?.name === 'ConstraintError') ||
    (x.inner as Failing | undefined)?.name === 'ConstraintError';
  if (!found) return null;
  // Dexie's messages start with the table: "chunks.bulkAdd(): 1 of 3 operations failed…".
  const table = typeof x.message === 'string' ? /^(\w+)\.(?:bulk)?(?:add|put)/i.exec(x.message)?.[1] : undefined;
  return { table: table ?? 'database' };
}
