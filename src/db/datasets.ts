/**
 * Reading and writing whole datasets in the Segmap database: a dataset is written in one
 * IndexedDB transaction, so a failure (quota, crash, cancel) leaves nothing behind.
 */
import type { ImportOptions, ImportReport } from '../core/import/types.ts';
import { CoreError } from '../core/notice/notice.ts';
import { ITEM_ROLES } from '../core/model/TransactionTable.ts';
import type { AttributeColumn, ItemRole, TransactionTable } from '../core/model/TransactionTable.ts';
import { CHUNK_ROWS, getDb, StorageError } from './db.ts';
import { DuplicateKeyError, duplicateKeyOf } from './duplicateKey.ts';
import { withReconnect } from './reconnect.ts';
import { recordProblem } from '../core/backup/recordShape.ts';
import { checkListed, damaged, DamagedDatasetError, joinStored } from './storedDataset.ts';
import type { StoredDataset } from './storedDataset.ts';
import type { ChunkRecord, ColumnName, DatasetRecord, DictionaryRecord, SegmapDB } from './db.ts';

/** Raised when the browser's storage quota is exhausted; nothing of the dataset was kept. */
export class StorageFullError extends CoreError {
  constructor() {
    super(
      'storage.full',
      {},
      'Not enough storage space on this device to save the dataset. Nothing was saved: delete a dataset or free space, then import again.',
    );
    this.name = 'StorageFullError';
  }
}

function outdatedError(): StorageError {
  return new StorageError(
    'storage.outdated',
    {},
    'Segmap was updated in another tab: this tab can no longer write to its storage. Reload it before you go on; the datasets already stored are safe.',
  );
}

/** The error's name and that of the error it wraps (Dexie's OpenFailedError wraps the browser's). */
function errorNames(e: unknown): (string | undefined)[] {
  return [(e as { name?: string })?.name, (e as { inner?: { name?: string } })?.inner?.name];
}

/** Whether a storage error is the browser's quota (also inside Dexie's wrapping error). */
export function isQuotaError(e: unknown): boolean {
  const names = errorNames(e);
  // A bulk write's own requests can fail over quota too (Dexie's BulkError lists them).
  const failures = (e as { failures?: unknown })?.failures;
  if (Array.isArray(failures)) names.push(...failures.map((f) => (f as { name?: string })?.name));
  return names.includes('QuotaExceededError');
}

function columnsOf(t: TransactionTable): [ColumnName, Int32Array | Float64Array][] {
  return [
    ['customer', t.customer],
    ['time', t.time],
    ['amount', t.amount],
    ['invoice', t.invoice],
    ...t.attributes.map((a, i): [ColumnName, Int32Array] => [`attr:${i}`, a.codes]),
    ...(t.orders ? [['orders', t.orders] as [ColumnName, Int32Array]] : []),
    ...itemRolesOf(t).map((role): [ColumnName, Int32Array] => [`item:${role}`, t.items![role]!.codes]),
    ...(t.profit ? [['profit', t.profit] as [ColumnName, Float64Array]] : []),
  ];
}

/** The item roles a table holds, in ITEM_ROLES order (what a v4 record lists as `itemRoles`). */
function itemRolesOf(t: TransactionTable): ItemRole[] {
  return ITEM_ROLES.filter((role) => t.items?.[role]);
}

const stringBytes = (values: string[]) => values.reduce((s, v) => s + v.length * 2 + 8, 0);

/**
 * Stores a cleaned table with its options and report, all or nothing. Returns the dataset id.
 * `hooks.afterChunk` lets tests inject a failure mid-write; `fingerprint` identifies the file.
 * A connection lost under the save (a tablet waking up) is reopened and the save tried once more.
 */
export async function saveDataset(
  name: string,
  table: TransactionTable,
  options: ImportOptions,
  report: ImportReport,
  db: SegmapDB = getDb(),
  hooks: { afterChunk?: (n: number) => void } = {},
  fingerprint?: string,
): Promise<number> {
  // One time for every try: a retried save finds the dataset if the first try stored it after all.
  const createdAt = Date.now();
  const save = () => saveOnce(name, table, options, report, db, hooks, fingerprint, createdAt, false);
  return (await withReconnect(db, save)).id;
}

/** What saving an imported file did: stored it as `id`, or found it `existing` under `id`. */
export interface SaveResult {
  id: number;
  /** A dataset with the same whole-file fingerprint was already stored (e.g. by another tab). */
  existing: boolean;
  /** The existing dataset's name (when `existing`). */
  name?: string;
}

/**
 * saveDataset for an imported file: unless `allowDuplicate` (the user chose to import the file
 * again), the save transaction first looks for a dataset with the same fingerprint and, when one
 * is stored (the same file imported in another tab at the same moment, or meanwhile), writes
 * nothing and returns it as `existing`. IndexedDB runs read-write transactions on the same stores
 * one after the other, also across tabs, so of two simultaneous saves the second finds the first.
 */
export async function saveImportedDataset(
  name: string,
  table: TransactionTable,
  options: ImportOptions,
  report: ImportReport,
  fingerprint: string | undefined,
  opts: { allowDuplicate?: boolean; db?: SegmapDB; hooks?: { afterChunk?: (n: number) => void } } = {},
): Promise<SaveResult> {
  const db = opts.db ?? getDb();
  const createdAt = Date.now();
  const dedupe = !!fingerprint && !opts.allowDuplicate;
  try {
    return await withReconnect(db, () =>
      saveOnce(name, table, options, report, db, opts.hooks ?? {}, fingerprint, createdAt, dedupe),
    );
  } catch (e) {
    if (e instanceof CoreError) throw e;
    // An aborted bulk write and the like: the transaction kept nothing; the browser's text is not for users.
    console.error(e);
    throw new CoreError(
      'storage.saveFailed',
      {},
      'The dataset could not be saved, and nothing of it was kept. Save again; if that fails too, reload the tab and import the file again.',
    );
  }
}

async function saveOnce(
  name: string,
  table: TransactionTable,
  options: ImportOptions,
  report: ImportReport,
  db: SegmapDB,
  hooks: { afterChunk?: (n: number) => void },
  fingerprint: string | undefined,
  createdAt: number,
  dedupe: boolean,
): Promise<SaveResult> {
  const dicts: Omit<DictionaryRecord, 'datasetId'>[] = [
    { name: 'customer', values: table.customerIds },
    { name: 'invoice', values: table.invoiceIds },
    ...table.attributes.map((a, i) => ({ name: `attr:${i}` as const, values: a.values })),
    ...itemRolesOf(table).map((role) => ({ name: `item:${role}` as const, values: table.items![role]!.values })),
  ];
  let bytesStored = dicts.reduce((s, d) => s + stringBytes(d.values), 0);
  for (const [, arr] of columnsOf(table)) bytesStored += arr.byteLength;
  try {
    return await db.transaction('rw', db.datasets, db.chunks, db.dictionaries, async () => {
      const earlier = await db.datasets.where('createdAt').equals(createdAt).toArray();
      const same = earlier.find((d) => d.name === name && d.rows === table.rows && d.fileName === report.fileName);
      if (same) return { id: same.id, existing: false };
      const stored = dedupe ? await db.datasets.where('fingerprint').equals(fingerprint!).first() : undefined;
      if (stored) return { id: stored.id, existing: true, name: stored.name };
      const id = await db.datasets.add({
        name,
        fileName: report.fileName,
        createdAt,
        rows: table.rows,
        customers: report.customers,
        invoices: report.invoices,
        firstDate: report.firstDate,
        lastDate: report.lastDate,
        bytesStored,
        attributeNames: table.attributes.map((a) => a.name),
        attributeKinds: table.attributes.map((a) => a.kind ?? null),
        itemRoles: itemRolesOf(table),
        hasProfit: !!table.profit,
        options,
        report,
        ...(fingerprint ? { fingerprint } : {}),
      } as DatasetRecord);
      // A new id owns nothing yet: records under it were left by something else (an older
      // version, a damaged restore) and would make every save under this id fail on their keys.
      await db.chunks.where('datasetId').equals(id).delete();
      await db.dictionaries.where('datasetId').equals(id).delete();
      let written = 0;
      for (const [column, arr] of columnsOf(table)) {
        const chunks: ChunkRecord[] = [];
        for (let index = 0, start = 0; start < arr.length || index === 0; index++, start += CHUNK_ROWS) {
          // slice(), not subarray(): a subarray would serialise its whole underlying buffer.
          chunks.push({ datasetId: id, column, index, data: arr.slice(start, start + CHUNK_ROWS) });
        }
        await db.chunks.bulkAdd(chunks);
        written += chunks.length;
        hooks.afterChunk?.(written);
      }
      await db.dictionaries.bulkAdd(dicts.map((d) => ({ ...d, datasetId: id })));
      return { id, existing: false };
    });
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError();
    // This tab's first open finds a database another tab has upgraded: the old code must not write.
    if (errorNames(e).includes('VersionError')) throw outdatedError();
    const duplicate = duplicateKeyOf(e);
    if (duplicate) throw new DuplicateKeyError(duplicate.table);
    throw e;
  }
}

/**
 * Loads a stored dataset's columns back into a TransactionTable, checked: a damaged record or
 * column throws DamagedDatasetError (coded dataset.damaged, with the problem), a missing dataset
 * dataset.missing.
 */
export async function loadDataset(
  id: number,
  db: SegmapDB = getDb(),
): Promise<{ meta: DatasetRecord; table: TransactionTable }> {
  return withReconnect(db, () => read(id, db));
}

function read(id: number, db: SegmapDB): Promise<{ meta: DatasetRecord; table: TransactionTable }> {
  return db.transaction('r', db.datasets, db.chunks, db.dictionaries, async () => {
    const meta = (await db.datasets.get(id)) as unknown;
    if (!meta) throw new CoreError('dataset.missing', { id }, `dataset ${id} does not exist`);
    const field = recordProblem(meta, true);
    if (field) throw new DamagedDatasetError(damaged(id, meta, { problem: 'record', params: { field } }));
    const record = meta as DatasetRecord;
    const chunks = await db.chunks.where('datasetId').equals(id).toArray();
    const dicts = await db.dictionaries.where('datasetId').equals(id).toArray();
    const joined = joinStored(record, chunks, dicts);
    if ('problem' in joined) throw new DamagedDatasetError(damaged(id, meta, joined));
    const column = <T extends Int32Array | Float64Array>(name: string) =>
      joined.columns.find((c) => c.name === name)!.data as T;
    const dict = (name: string) => joined.dictionaries.find((d) => d.name === name)?.values ?? [];
    const table: TransactionTable = {
      rows: record.rows,
      customer: column<Int32Array>('customer'),
      customerIds: dict('customer'),
      time: column<Float64Array>('time'),
      amount: column<Float64Array>('amount'),
      invoice: column<Int32Array>('invoice'),
      invoiceIds: dict('invoice'),
      attributes: record.attributeNames.map((name, i) => {
        const kind = record.attributeKinds?.[i];
        return { name, codes: column<Int32Array>(`attr:${i}`), values: dict(`attr:${i}`), ...(kind ? { kind } : {}) };
      }),
    };
    if (record.report.kind === 'summary') table.orders = column<Int32Array>('orders');
    // v4: what was bought and the profit; a record from before v4 (or a format-1 backup) has none.
    if (record.itemRoles?.length) {
      const items: Partial<Record<ItemRole, AttributeColumn>> = {};
      for (const role of record.itemRoles) {
        // Named after the file's header, as the importer names them.
        const name = record.options.columns?.[record.options.roles?.indexOf(role) ?? -1];
        items[role] = { name: name ?? role, codes: column<Int32Array>(`item:${role}`), values: dict(`item:${role}`) };
      }
      table.items = items;
    }
    if (record.hasProfit) table.profit = column<Float64Array>('profit');
    return { meta: record, table };
  });
}

/**
 * All datasets, newest first, each checked (record shape, every column's chunks present; no
 * column data is read): a damaged one comes back as a DamagedDataset with its reason instead of
 * throwing where it is shown.
 */
export async function listDatasets(db: SegmapDB = getDb()): Promise<StoredDataset[]> {
  return withReconnect(db, () =>
    db.transaction('r', db.datasets, db.chunks, async () => {
      // Not orderBy('createdAt'): a record without a valid createdAt is missing from that index.
      const records = (await db.datasets.toArray()) as unknown[];
      const keys = (await db.chunks.toCollection().primaryKeys()) as unknown as unknown[][];
      const byDataset = new Map<unknown, unknown[][]>();
      for (const k of keys) {
        const list = byDataset.get(k[0]);
        if (list) list.push(k);
        else byDataset.set(k[0], [k]);
      }
      const out = records.map((r) => {
        const id = (r as { id: number }).id;
        return checkListed(r, id, byDataset.get(id) ?? []);
      });
      return out.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
    }),
  );
}

export async function renameDataset(id: number, name: string, db: SegmapDB = getDb()): Promise<void> {
  await withReconnect(db, () => db.datasets.update(id, { name }));
}

/** Deletes a dataset and all its chunks, dictionaries and settings, in one transaction. */
export async function deleteDataset(id: number, db: SegmapDB = getDb()): Promise<void> {
  await withReconnect(db, () => remove(id, db));
}

async function remove(id: number, db: SegmapDB): Promise<void> {
  await db.transaction('rw', [db.datasets, db.chunks, db.dictionaries, db.settings], async () => {
    await db.chunks.where('datasetId').equals(id).delete();
    await db.dictionaries.where('datasetId').equals(id).delete();
    await db.settings.delete(id);
    await db.datasets.delete(id);
  });
}
