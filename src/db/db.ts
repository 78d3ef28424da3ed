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
 * Schema versions are kept here in the open, each with its upgrade; never edit a published one.
 */
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { ImportOptions, ImportReport } from '../core/import/types.ts';

/** Rows per stored chunk. */
export const CHUNK_ROWS = 65536;

export type ColumnName = 'customer' | 'time' | 'amount' | 'invoice' | `attr:${number}`;

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
  options: ImportOptions;
  report: ImportReport;
}

export interface ChunkRecord {
  datasetId: number;
  column: ColumnName;
  index: number;
  data: Int32Array | Float64Array;
}

export interface DictionaryRecord {
  datasetId: number;
  name: 'customer' | 'invoice' | `attr:${number}`;
  values: string[];
}

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

  constructor(name = 'segmap') {
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
  }
}

let instance: SegmapDB | null = null;

/** The app's database, opened on first use (in the page and in workers alike). */
export function getDb(): SegmapDB {
  instance ??= new SegmapDB();
  return instance;
}
