/**
 * Segmap's one IndexedDB database (Dexie). It stores every imported dataset on the device so it
 * survives reloads, tab closes and app updates, without re-parsing the CSV:
 * - `datasets`: one small record per dataset (name, counts, date range, import options and report);
 * - `chunks`: the cleaned transactions, column by column, in typed-array chunks of CHUNK_ROWS rows
 *   (one IndexedDB object per chunk, not per row: that is ~100x faster to write and read back);
 * - `dictionaries`: the distinct customer ids, invoice ids and attribute values the columns index.
 * - `settings` (v2): one record per dataset with the user's analysis choices (segment scheme, score
 *   binning, thresholds, custom rules, edited action texts, ABC and pyramid cuts), so an analysis
 *   looks the same after a reload. Stored as plain JSON-like objects; absent = defaults.
 * - `meta` (v3): small records about the database itself, above all the sentinel written when the
 *   database is created: a database without it but with a "had data" marker elsewhere was wiped
 *   by the browser (eviction), which must be told, not mistaken for a first visit.
 * - v3 also indexes `datasets.fingerprint` (size + hash of the file, see fingerprint.ts), to
 *   recognise a file that was imported before.
 * - v4: a dataset's record lists the item columns (`itemRoles`) and whether a `profit` column is
 *   stored (`hasProfit`); older records get `[]` and false.
 * Schema versions are kept here in the open, each with its upgrade; never edit a published one.
 */
import Dexie from 'dexie';
import { CoreError } from '../core/notice/notice.ts';
import type { EntityTable } from 'dexie';
import type { ContactRole, ImportOptions, ImportReport } from '../core/import/types.ts';
import type { ItemRole } from '../core/model/TransactionTable.ts';

/** Rows per stored chunk. */
export const CHUNK_ROWS = 65536;

/**
 * A stored column's name; `orders` (one entry per customer) only for a customer summary
 * (report.kind 'summary'); `item:<role>` (Int32 codes, -1 blank) and `profit` (Float64, NaN blank)
 * from schema v4 (issue 17).
 */
export type ColumnName =
  'customer' | 'time' | 'amount' | 'invoice' | 'orders' | `attr:${number}` | `item:${ItemRole}` | 'profit';

export interface DatasetRecord {
  id: number;
  name: string;
  fileName: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  rows: number;
  customers: number;
  invoices: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Bytes of typed arrays and dictionaries written for this dataset. */
  bytesStored: number;
  attributeNames: string[];
  /** Issue 18: per attribute, the contact it was mapped as (null: a plain attribute); absent before. */
  attributeKinds?: (ContactRole | null)[];
  options: ImportOptions;
  report: ImportReport;
  /** v3: size and hash of the imported file (see fileFingerprint); absent for older datasets. */
  fingerprint?: string;
  /** v4: the item roles stored for this dataset (`item:<role>` columns and dictionaries). */
  itemRoles?: ItemRole[];
  /** v4: a `profit` column is stored. */
  hasProfit?: boolean;
}

export interface ChunkRecord {
  datasetId: number;
  column: ColumnName;
  index: number;
  data: Int32Array | Float64Array;
}

export interface DictionaryRecord {
  datasetId: number;
  name: 'customer' | 'invoice' | `attr:${number}` | `item:${ItemRole}`;
  values: string[];
}

/** A record about the database itself (v3), e.g. the sentinel. */
export interface MetaRecord {
  key: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/** The name of the app's IndexedDB database (one per origin); written nowhere else. */
export const DB_NAME = 'segmap';

/** The version the code opens; an older database on disk is upgraded (see the versions below). */
export const SCHEMA_VERSION = 4;

/** The user's analysis choices for one dataset (v2). Fields are optional: missing = default. */
export interface SettingsRecord {
  datasetId: number;
  /** Free-form settings owned by src/ui/state/analysisSettings.ts (versioned there by `v`). */
  analysis: Record<string, unknown> & { v: number };
  updatedAt: number;
}

export class SegmapDB extends Dexie {
  datasets!: EntityTable<DatasetRecord, 'id'>;
  chunks!: Dexie.Table<ChunkRecord, [number, string, number]>;
  dictionaries!: Dexie.Table<DictionaryRecord, [number, string]>;
  settings!: Dexie.Table<SettingsRecord, number>;
  meta!: Dexie.Table<MetaRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      datasets: '++id, name, createdAt',
      chunks: '[datasetId+column+index], datasetId',
      dictionaries: '[datasetId+name], datasetId',
    });
    // v2 (issue 4): per-dataset analysis settings. A new table only: v1 data is kept as it is.
    this.version(2).stores({
      settings: 'datasetId',
    });
    // v3 (issue 9): the sentinel table, and datasets found by file fingerprint. Existing datasets
    // keep everything; they get no fingerprint (the file is gone), and the sentinel is written so
    // an upgraded database counts as one that was created.
    this.version(3)
      .stores({
        datasets: '++id, name, createdAt, fingerprint',
        meta: 'key',
      })
      .upgrade(async (tx) => {
        await tx.table('meta').put({ key: 'sentinel', createdAt: Date.now() });
      });
    // v4 (issue 17): a dataset may store what was bought (`item:<role>` columns and dictionaries)
    // and a `profit` column, listed in its record. Existing datasets get empty lists and nothing
    // else: their chunks, dictionaries and settings are untouched. The bump itself matters too: it
    // fires `versionchange`, so a tab still on v3 code stops instead of backing up or restoring
    // datasets whose item columns it does not know.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('datasets')
          .toCollection()
          .modify((r: Partial<DatasetRecord>) => {
            r.itemRoles ??= [];
            r.hasProfit ??= false;
          });
      });
    this.on('populate', (tx) => {
      void tx.table('meta').add({ key: 'sentinel', createdAt: Date.now() });
    });
  }
}

let instance: SegmapDB | null = null;
/** Set when another tab opened a newer schema: this one must reload before it reads or writes. */
let outdated = false;
/** Set when the open created the database (no earlier database on disk). */
let created = false;
/** Another tab upgraded the database ('outdated'); this tab's open waits ('blocked'), then went on ('unblocked'). */
export type DbEvent = 'outdated' | 'blocked' | 'unblocked';
const listeners = new Set<(event: DbEvent) => void>();

/** Raised when the database cannot be used: another tab upgraded it, or the browser has none. */
export class StorageError extends CoreError {
  override name = 'StorageError';
}

/** The app's database, opened on first use (in the page and in workers alike). */
export function getDb(): SegmapDB {
  if (outdated) {
    throw new StorageError(
      'storage.outdated',
      {},
      'Segmap was updated in another tab: this tab can no longer write to its storage. Reload it before you go on; the datasets already stored are safe.',
    );
  }
  if (!instance) {
    const db = new SegmapDB();
    db.on('populate', () => void (created = true));
    // Another tab opens a newer version: close at once so it is not blocked, and refuse to go on
    // with the old code (it would write records the new schema does not expect).
    db.on('versionchange', () => {
      outdated = true;
      db.close();
      instance = null;
      for (const f of listeners) f('outdated');
      return false;
    });
    db.on('blocked', () => {
      for (const f of listeners) f('blocked');
      // The open goes on by itself once the other tabs close their connections: say so then.
      db.open().then(
        () => {
          for (const f of listeners) f('unblocked');
        },
        () => undefined,
      );
    });
    instance = db;
  }
  return instance;
}

/** Whether another tab upgraded the database, so this one must reload before it goes on. */
export function isOutdated(): boolean {
  return outdated;
}

/** Whether this page's open created the database (true for a first visit, or after a wipe). */
export function createdByThisOpen(): boolean {
  return created;
}

/**
 * Calls `f` when another tab upgrades the database ('outdated'), or when this tab's open waits on
 * other tabs ('blocked') and when it went on after all ('unblocked').
 */
export function onStorageEvent(f: (event: DbEvent) => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}
