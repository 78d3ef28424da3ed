/**
 * Storage calls that survive a lost connection. A tablet that wakes from the background (iOS
 * Safari above all), DevTools clearing data, or a crashed storage process leave the page with a
 * dead IndexedDB connection: the next call fails with InvalidStateError ("the database connection
 * is closing"), UnknownError ("Connection to Indexed Database server lost"), Dexie's
 * DatabaseClosedError, or its transaction is aborted under it. `withReconnect` reopens the
 * database and runs the call once more.
 *
 * Running it again is safe because every call it wraps is one transaction: a transaction whose
 * promise rejected was aborted, so nothing of it was kept (and saveDataset also checks, in its
 * retried transaction, that the dataset is not already there). It is never retried after another
 * tab upgraded the database (this tab must reload), nor for quota or duplicate-key errors, which
 * a second run would only repeat.
 */
import type Dexie from 'dexie';
import { getDb, isOutdated } from './db.ts';

/** Error names that mean the connection, not the call, failed. */
const LOST = new Set(['DatabaseClosedError', 'InvalidStateError', 'UnknownError']);
/** Error names a second run would only repeat. */
const FINAL = new Set(['QuotaExceededError', 'ConstraintError', 'DataError', 'DataCloneError', 'VersionError']);

/** The names of an error and of the errors it wraps (Dexie's `inner`, a cause). */
function namesOf(e: unknown): string[] {
  const out: string[] = [];
  for (let x = e as { name?: unknown; inner?: unknown; cause?: unknown } | undefined, k = 0; x && k < 5; k++) {
    if (typeof x.name === 'string') out.push(x.name);
    x = (x.inner ?? x.cause) as typeof x;
  }
  return out;
}

/**
 * Whether the native connection under `db` is gone: Dexie already dropped it (it does on the
 * "close" event), or it refuses new transactions (closed by the browser without telling).
 */
export function connectionLost(db: Dexie): boolean {
  if (!db.isOpen()) return true;
  try {
    db.backendDB().transaction(db.tables[0].name).abort();
    return false;
  } catch (e) {
    return (e as { name?: string })?.name === 'InvalidStateError';
  }
}

/** Whether `e`, raised by a call on `db`, is a lost connection worth one more try. */
export function isConnectionLoss(e: unknown, db: Dexie): boolean {
  const names = namesOf(e);
  if (names.some((n) => FINAL.has(n))) return false;
  if (names.some((n) => LOST.has(n))) return true;
  // Whatever the error says (AbortError, TransactionInactiveError after the abort…): the connection
  // is gone, so the call never had a chance.
  return connectionLost(db);
}

/**
 * Runs `op` (one storage call on `db`, ideally one transaction); when it fails because the
 * connection was lost, reopens the database and runs it once more. Other errors pass through.
 */
export async function withReconnect<T>(db: Dexie, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    if (isOutdated()) getDb(); // throws "reload this tab": another tab upgraded the database
    if (!isConnectionLoss(e, db)) throw e;
    if (db.isOpen()) db.close({ disableAutoOpen: false });
    try {
      await db.open();
    } catch {
      throw e; // cannot reopen: the first error says what happened
    }
    return op();
  }
}
