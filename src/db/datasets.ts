/**
 * Reading and writing whole datasets in the Segmap database: a dataset is written in one
 * IndexedDB transaction, so a failure (quota, crash, cancel) leaves nothing behind.
 */
import type { ImportOptions, ImportReport } from '../core/import/types.ts';
import { CoreError } from '../core/notice/notice.ts';
import type { TransactionTable } from '../core/model/TransactionTable.ts';
import { CHUNK_ROWS, getDb, StorageError } from './db.ts';
import { DuplicateKeyError, duplicateKeyOf } from './duplicateKey.ts';
import { withReconnect } from './reconnect.ts';
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

function isQuotaError(e: unknown): boolean {
  return errorNames(e).includes('QuotaExceededError');
}

function columnsOf(t: TransactionTable): [ColumnName, Int32Array | Float64Array][] {
  return [
    ['customer', t.customer],
    ['time', t.time],
    ['amount', t.amount],
    ['invoice', t.invoice],
    ...t.attributes.map((a, i): [ColumnName, Int32Array] => [`attr:${i}`, a.codes]),
    ...(t.orders ? [['orders', t.orders] as [ColumnName, Int32Array]] : []),
  ];
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

/** Loads a stored dataset's columns back into a TransactionTable. */
export async function loadDataset(
  id: number,
  db: SegmapDB = getDb(),
): Promise<{ meta: DatasetRecord; table: TransactionTable }> {
  return withReconnect(db, () => read(id, db));
}

function read(id: number, db: SegmapDB): Promise<{ meta: DatasetRecord; table: TransactionTable }> {
  return db.transaction('r', db.datasets, db.chunks, db.dictionaries, async () => {
    const meta = await db.datasets.get(id);
    if (!meta) throw new Error(`dataset ${id} does not exist`);
    const chunks = await db.chunks.where('datasetId').equals(id).toArray();
    const dicts = await db.dictionaries.where('datasetId').equals(id).toArray();
    const dict = (name: string) => dicts.find((d) => d.name === name)?.values ?? [];
    const column = <T extends Int32Array | Float64Array>(
      name: ColumnName,
      make: (n: number) => T,
      length = meta.rows,
    ): T => {
      const out = make(length);
      const parts = chunks.filter((c) => c.column === name).sort((a, b) => a.index - b.index);
      let offset = 0;
      for (const p of parts) {
        out.set(p.data, offset);
        offset += p.data.length;
      }
      if (offset !== length) throw new Error(`dataset ${id}: column ${name} has ${offset} of ${length} rows`);
      return out;
    };
    const table: TransactionTable = {
      rows: meta.rows,
      customer: column('customer', (n) => new Int32Array(n)),
      customerIds: dict('customer'),
      time: column('time', (n) => new Float64Array(n)),
      amount: column('amount', (n) => new Float64Array(n)),
      invoice: column('invoice', (n) => new Int32Array(n)),
      invoiceIds: dict('invoice'),
      attributes: meta.attributeNames.map((name, i) => ({
        name,
        codes: column(`attr:${i}`, (n) => new Int32Array(n)),
        values: dict(`attr:${i}`),
      })),
    };
    if (meta.report.kind === 'summary') table.orders = column('orders', (n) => new Int32Array(n), meta.customers);
    return { meta, table };
  });
}

/** All datasets, newest first. */
export async function listDatasets(db: SegmapDB = getDb()): Promise<DatasetRecord[]> {
  return (await withReconnect(db, () => db.datasets.orderBy('createdAt').reverse().toArray())) as DatasetRecord[];
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
