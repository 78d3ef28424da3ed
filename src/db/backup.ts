/**
 * The workspace backup in the database: reading every dataset (record, dictionaries, columns,
 * settings) into the backup format's shape, and writing a backup's datasets back, all or nothing.
 * Works on the current schema and, for the backup offered before an upgrade, on an older database
 * opened without a schema (Dexie's dynamic mode): only tables every version has are read.
 */
import Dexie from 'dexie';
import { checkBackupDatasets } from '../core/backup/backupFormat.ts';
import type { BackupDataset } from '../core/backup/backupFormat.ts';
import { isObject, recordProblem } from '../core/backup/recordShape.ts';
import { CoreError } from '../core/notice/notice.ts';
import { CHUNK_ROWS, DB_NAME, getDb } from './db.ts';
import type { ChunkRecord, DatasetRecord, DictionaryRecord, SegmapDB } from './db.ts';
import { damaged, isDamaged, joinStored } from './storedDataset.ts';
import type { DamagedDataset } from './storedDataset.ts';
import { isQuotaError, listDatasets } from './datasets.ts';
import { DuplicateKeyError, duplicateKeyOf } from './duplicateKey.ts';
import { withReconnect } from './reconnect.ts';

/** Every sound dataset of a database, oldest first, as backup datasets (damaged ones left out). */
export async function readWorkspace(db: Dexie = getDb()): Promise<BackupDataset[]> {
  return (await readWorkspaceChecked(db)).datasets;
}

/**
 * Every dataset of a database, oldest first: the sound ones as backup datasets, and the damaged
 * ones (record or data not as the importer writes it) by name with their problem, left out so the
 * others can still be backed up.
 */
export async function readWorkspaceChecked(
  db: Dexie = getDb(),
): Promise<{ datasets: BackupDataset[]; skipped: DamagedDataset[] }> {
  return withReconnect(db, () => readAll(db));
}

/**
 * Every dataset of the app's database as it is on disk, read without opening it with this
 * version's schema (Dexie's dynamic mode, so no upgrade runs): the backup offered before an
 * upgrade. The connection is closed afterwards.
 */
export async function readWorkspaceOnDisk(): Promise<{ datasets: BackupDataset[]; skipped: DamagedDataset[] }> {
  const old = new Dexie(DB_NAME);
  try {
    await old.open();
    return await readWorkspaceChecked(old);
  } finally {
    old.close();
  }
}

async function readAll(db: Dexie): Promise<{ datasets: BackupDataset[]; skipped: DamagedDataset[] }> {
  const hasSettings = db.tables.some((t) => t.name === 'settings');
  const tables = [db.table('datasets'), db.table('chunks'), db.table('dictionaries')];
  if (hasSettings) tables.push(db.table('settings'));
  return db.transaction('r', tables, async () => {
    const keys = (await db.table('datasets').toCollection().primaryKeys()) as number[];
    const raws = (await db.table('datasets').toArray()) as unknown[];
    const entries = raws.map((raw, k) => ({ id: keys[k], raw }));
    const time = (r: unknown) => (isObject(r) && typeof r.createdAt === 'number' ? r.createdAt : 0);
    entries.sort((a, b) => time(a.raw) - time(b.raw) || a.id - b.id);
    const datasets: BackupDataset[] = [];
    const skipped: DamagedDataset[] = [];
    for (const { id, raw } of entries) {
      const field = recordProblem(raw, true);
      if (field) {
        skipped.push(damaged(id, raw, { problem: 'record', params: { field } }));
        continue;
      }
      const chunks = (await db.table('chunks').where('datasetId').equals(id).toArray()) as ChunkRecord[];
      const dicts = (await db.table('dictionaries').where('datasetId').equals(id).toArray()) as DictionaryRecord[];
      const joined = joinStored(raw as DatasetRecord, chunks, dicts);
      if ('problem' in joined) {
        skipped.push(damaged(id, raw, joined));
        continue;
      }
      const settings = hasSettings
        ? ((await db.table('settings').get(id)) as { analysis?: unknown } | undefined)
        : undefined;
      const { id: _id, ...record } = raw as DatasetRecord;
      datasets.push({
        record,
        settings: isObject(settings?.analysis) ? settings.analysis : null,
        dictionaries: joined.dictionaries
          .map((d) => ({ name: d.name, values: d.values }))
          .sort((a, b) => (a.name < b.name ? -1 : 1)),
        columns: joined.columns.sort((a, b) => (a.name < b.name ? -1 : 1)),
      });
    }
    return { datasets, skipped };
  });
}

/** What restoring a backup would do with each of its datasets. */
export interface RestorePreview {
  name: string;
  rows: number;
  customers: number;
  createdAt: number;
  /**
   * The dataset on this device it matches (same file fingerprint, or same file, size and date; a
   * damaged one by name and date), if any: 'replace' swaps it for the backup's.
   */
  existing: { id: number; name: string; damaged: boolean } | null;
  /** The name it gets when added: its own, or "name (2)" when that name is taken. */
  addName: string;
}

/** What a restore may do with one dataset. Replace is only ever what the user chose. */
export type RestoreChoice = 'add' | 'replace' | 'skip';

/** Matches the backup's (checked) datasets with the ones on this device. */
export async function previewRestore(
  items: readonly BackupDataset[],
  db: SegmapDB = getDb(),
): Promise<RestorePreview[]> {
  const here = await listDatasets(db);
  const taken = new Set(here.map((h) => h.name));
  return items.map((d) => {
    const r = d.record;
    const match = here.find((h) =>
      isDamaged(h)
        ? h.name === r.name && h.createdAt === r.createdAt
        : r.fingerprint && h.fingerprint
          ? h.fingerprint === r.fingerprint && h.createdAt === r.createdAt
          : h.fileName === r.fileName && h.rows === r.rows && h.createdAt === r.createdAt,
    );
    const name = String(r.name);
    let addName = name;
    for (let n = 2; taken.has(addName); n++) addName = `${name} (${n})`;
    taken.add(addName);
    return {
      name,
      rows: Number(r.rows),
      customers: Number(r.customers),
      createdAt: Number(r.createdAt),
      existing: match ? { id: match.id, name: match.name, damaged: isDamaged(match) } : null,
      addName,
    };
  });
}

/**
 * Writes the chosen datasets of a backup (per dataset: 'add' as a new dataset, under `addName`,
 * 'replace' the matching one, or 'skip'), in one transaction: all of them or, on any failure,
 * none. The datasets are checked first (checkBackupDatasets): nothing is deleted or written for a
 * backup with any problem, and a replaced dataset is deleted only in the transaction that writes
 * its replacement. Returns the new ids of the written datasets.
 */
export async function restoreWorkspace(
  items: readonly BackupDataset[],
  choices: readonly RestoreChoice[],
  db: SegmapDB = getDb(),
): Promise<number[]> {
  checkBackupDatasets(items);
  const preview = await previewRestore(items, db);
  const plan = items.map((d, k) => {
    const choice = choices[k] ?? 'skip';
    const replace = choice === 'replace' ? (preview[k].existing?.id ?? null) : null;
    const { id: _id, ...record } = d.record;
    const name = choice === 'replace' && replace !== null ? preview[k].name : preview[k].addName;
    // A format-1 backup's records predate v4: they get what the v4 upgrade gives stored ones.
    const v4 = { itemRoles: record.itemRoles ?? [], hasProfit: record.hasProfit ?? false };
    return { d, skip: choice !== 'add' && choice !== 'replace', replace, record: { ...record, ...v4, name } };
  });
  const before = new Set(await withReconnect(db, () => db.datasets.toCollection().primaryKeys()));
  try {
    return await withReconnect(db, () => restoreOnce(plan, before, db));
  } catch (e) {
    if (isQuotaError(e))
      throw new CoreError(
        'backup.storageFull',
        {},
        'not enough storage space on this device to restore the backup; nothing was changed: delete a dataset or free space, then restore again',
      );
    const duplicate = duplicateKeyOf(e);
    if (duplicate) throw new DuplicateKeyError(duplicate.table);
    throw e;
  }
}

interface PlannedDataset {
  d: BackupDataset;
  skip: boolean;
  /** The id of the dataset it replaces, if any. */
  replace: number | null;
  /** The record to write (without an id, under its final name). */
  record: Record<string, unknown> & { name: string };
}

function restoreOnce(plan: readonly PlannedDataset[], before: ReadonlySet<number>, db: SegmapDB): Promise<number[]> {
  return db.transaction('rw', [db.datasets, db.chunks, db.dictionaries, db.settings], async () => {
    const fresh = (await db.datasets.toArray()).filter((d) => !before.has(d.id));
    const done = alreadyRestored(plan, fresh);
    if (done) return done;
    const ids: number[] = [];
    for (const { d, skip, replace, record } of plan) {
      if (skip) continue;
      if (replace !== null) {
        await db.chunks.where('datasetId').equals(replace).delete();
        await db.dictionaries.where('datasetId').equals(replace).delete();
        await db.settings.delete(replace);
        await db.datasets.delete(replace);
      }
      const id = (await db.datasets.add(record as never)) as number;
      // A new id owns nothing yet: records under it were left by something else.
      await db.chunks.where('datasetId').equals(id).delete();
      await db.dictionaries.where('datasetId').equals(id).delete();
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
 * device before (`fresh`), those with the planned names, creation times and rows. Null when
 * nothing of it is there.
 */
function alreadyRestored(
  plan: readonly PlannedDataset[],
  fresh: readonly { id: number; name: string; createdAt: number; rows: number }[],
): number[] | null {
  if (!fresh.length) return null;
  const ids: number[] = [];
  for (const { skip, record: r } of plan) {
    if (skip) continue;
    const match = fresh.find(
      (h) => h.name === r.name && h.createdAt === r.createdAt && h.rows === r.rows && !ids.includes(h.id),
    );
    if (!match) return null;
    ids.push(match.id);
  }
  return ids;
}
