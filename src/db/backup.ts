/**
 * The workspace backup in the database: reading every dataset (record, dictionaries, columns,
 * settings) into the backup format's shape, and writing a backup's datasets back, all or nothing.
 * Works on the current schema and, for the backup offered before an upgrade, on an older database
 * opened without a schema (Dexie's dynamic mode): only tables every version has are read.
 */
import type Dexie from 'dexie';
import type { BackupColumn, BackupDataset } from '../core/backup/backupFormat.ts';
import { CHUNK_ROWS, getDb } from './db.ts';
import type { SegmapDB } from './db.ts';
import { DuplicateKeyError, duplicateKeyOf } from './duplicateKey.ts';
import { withReconnect } from './reconnect.ts';

/** Every dataset of a database, oldest first, as backup datasets. */
export async function readWorkspace(db: Dexie = getDb()): Promise<BackupDataset[]> {
  return withReconnect(db, () => readAll(db));
}

async function readAll(db: Dexie): Promise<BackupDataset[]> {
  const hasSettings = db.tables.some((t) => t.name === 'settings');
  const tables = [db.table('datasets'), db.table('chunks'), db.table('dictionaries')];
  if (hasSettings) tables.push(db.table('settings'));
  return db.transaction('r', tables, async () => {
    const records = (await db.table('datasets').toArray()) as ({ id: number; createdAt: number } & Record<
      string,
      unknown
    >)[];
    records.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
    const out: BackupDataset[] = [];
    for (const { id, ...record } of records) {
      const chunks = (await db.table('chunks').where('datasetId').equals(id).toArray()) as {
        column: string;
        index: number;
        data: Int32Array | Float64Array;
      }[];
      const dicts = (await db.table('dictionaries').where('datasetId').equals(id).toArray()) as {
        name: string;
        values: string[];
      }[];
      const settings = hasSettings
        ? ((await db.table('settings').get(id)) as { analysis?: Record<string, unknown> } | undefined)
        : undefined;
      out.push({
        record,
        settings: settings?.analysis ?? null,
        dictionaries: dicts.map((d) => ({ name: d.name, values: d.values })).sort((a, b) => (a.name < b.name ? -1 : 1)),
        columns: joinChunks(chunks, record.rows as number),
      });
    }
    return out;
  });
}

/** Chunks of each column joined into one array per column, columns in name order. */
function joinChunks(
  chunks: { column: string; index: number; data: Int32Array | Float64Array }[],
  rows: number,
): BackupColumn[] {
  const names = [...new Set(chunks.map((c) => c.column))].sort();
  return names.map((name) => {
    const parts = chunks.filter((c) => c.column === name).sort((a, b) => a.index - b.index);
    // Columns are `rows` long, except a summary's orders (one per customer).
    const length = name === 'orders' ? parts.reduce((s, p) => s + p.data.length, 0) : rows;
    const data = parts[0].data instanceof Int32Array ? new Int32Array(length) : new Float64Array(length);
    let at = 0;
    for (const p of parts) {
      data.set(p.data, at);
      at += p.data.length;
    }
    return { name, data };
  });
}

/** What restoring a backup would do with each of its datasets. */
export interface RestorePreview {
  name: string;
  rows: number;
  customers: number;
  createdAt: number;
  /** The dataset on this device it matches (same file fingerprint, or same file, size and date), if any. */
  existing: { id: number; name: string } | null;
}

/** Matches the backup's datasets with the ones on this device. */
export async function previewRestore(
  items: readonly BackupDataset[],
  db: SegmapDB = getDb(),
): Promise<RestorePreview[]> {
  const here = await withReconnect(db, () => db.datasets.toArray());
  return items.map((d) => {
    const r = d.record;
    const match = here.find((h) =>
      r.fingerprint && h.fingerprint
        ? h.fingerprint === r.fingerprint && h.createdAt === r.createdAt
        : h.fileName === r.fileName && h.rows === r.rows && h.createdAt === r.createdAt,
    );
    return {
      name: String(r.name),
      rows: Number(r.rows),
      customers: Number(r.customers),
      createdAt: Number(r.createdAt),
      existing: match ? { id: match.id, name: match.name } : null,
    };
  });
}

/**
 * Writes the chosen datasets of a backup (per dataset: 'add' as a new dataset, 'replace' the
 * matching one, or 'skip'), in one transaction: all of them or, on any failure, none. Returns the
 * new ids of the written datasets.
 */
export async function restoreWorkspace(
  items: readonly BackupDataset[],
  choices: readonly ('add' | 'replace' | 'skip')[],
  db: SegmapDB = getDb(),
): Promise<number[]> {
  const preview = await previewRestore(items, db);
  const before = new Set(await withReconnect(db, () => db.datasets.toCollection().primaryKeys()));
  try {
    return await withReconnect(db, () => restoreOnce(items, choices, preview, before, db));
  } catch (e) {
    const duplicate = duplicateKeyOf(e);
    if (duplicate) throw new DuplicateKeyError(duplicate.table);
    throw e;
  }
}

function restoreOnce(
  items: readonly BackupDataset[],
  choices: readonly ('add' | 'replace' | 'skip')[],
  preview: RestorePreview[],
  before: ReadonlySet<number>,
  db: SegmapDB,
): Promise<number[]> {
  return db.transaction('rw', [db.datasets, db.chunks, db.dictionaries, db.settings], async () => {
    const fresh = (await db.datasets.toArray()).filter((d) => !before.has(d.id));
    const done = alreadyRestored(items, choices, fresh);
    if (done) return done;
    const ids: number[] = [];
    for (const [k, d] of items.entries()) {
      const choice = choices[k] ?? 'skip';
      if (choice === 'skip') continue;
      const old = preview[k].existing;
      if (choice === 'replace' && old) {
        await db.chunks.where('datasetId').equals(old.id).delete();
        await db.dictionaries.where('datasetId').equals(old.id).delete();
        await db.settings.delete(old.id);
        await db.datasets.delete(old.id);
      }
      const id = (await db.datasets.add({ ...d.record } as never)) as number;
      for (const c of d.columns) {
        const chunks = [];
        for (let index = 0, start = 0; start < c.data.length || index === 0; index++, start += CHUNK_ROWS) {
          chunks.push({ datasetId: id, column: c.name as never, index, data: c.data.slice(start, start + CHUNK_ROWS) });
        }
        await db.chunks.bulkAdd(chunks);
      }
      await db.dictionaries.bulkAdd(
        d.dictionaries.map((x) => ({ datasetId: id, name: x.name as never, values: x.values })),
      );
      if (d.settings)
        await db.settings.put({ datasetId: id, analysis: d.settings as never, updatedAt: Number(d.record.createdAt) });
      ids.push(id);
    }
    return ids;
  });
}

/**
 * The ids of the chosen datasets when an earlier try of this restore committed although it
 * reported an error (a retry after a lost connection): among the datasets that were not on the
 * device before (`fresh`), those with the backup's names, creation times and rows. Null when
 * nothing of it is there.
 */
function alreadyRestored(
  items: readonly BackupDataset[],
  choices: readonly ('add' | 'replace' | 'skip')[],
  fresh: readonly { id: number; name: string; createdAt: number; rows: number }[],
): number[] | null {
  if (!fresh.length) return null;
  const ids: number[] = [];
  for (const [k, d] of items.entries()) {
    if ((choices[k] ?? 'skip') === 'skip') continue;
    const r = d.record;
    const match = fresh.find(
      (h) => h.name === r.name && h.createdAt === r.createdAt && h.rows === r.rows && !ids.includes(h.id),
    );
    if (!match) return null;
    ids.push(match.id);
  }
  return ids;
}
