/**
 * What the page asks about storage before it opens the database: whether IndexedDB works here at
 * all, and which schema version the database on disk has (to offer a backup before an upgrade).
 * Kept in src/db so that only this folder knows IndexedDB and Dexie's version numbering.
 */
import { DB_NAME } from './db.ts';

/** The name of the throwaway database the probe opens. */
const PROBE_NAME = `${DB_NAME}-probe`;

/**
 * Dexie's rule: a Dexie version v is stored as IndexedDB version v × 10 (so v 2.5 is 25). The schema
 * version (Dexie's) of a database whose IndexedDB version is `idbVersion`.
 */
export function schemaVersionOf(idbVersion: number): number {
  return Math.floor(idbVersion / 10);
}

/** Whether an IndexedDB database can be opened here (tries a throwaway one; false in private modes that refuse it). */
export async function indexedDbWorks(): Promise<boolean> {
  try {
    if (!globalThis.indexedDB) return false;
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.open(PROBE_NAME);
      r.onsuccess = () => {
        r.result.close();
        resolve();
      };
      r.onerror = () => reject(r.error ?? new Error('indexedDB.open failed'));
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * The schema version (Dexie's) of the app's database on disk, 0 when there is none or the browser
 * cannot list databases. Does not open the database.
 */
export async function versionOnDisk(): Promise<number> {
  const list = await globalThis.indexedDB?.databases?.().catch(() => undefined);
  const found = list?.find((d) => d.name === DB_NAME);
  return found?.version ? schemaVersionOf(found.version) : 0;
}
