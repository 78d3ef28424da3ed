import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLEANING } from '../../../src/core/import/types.ts';
import type { ImportOptions, ImportReport } from '../../../src/core/import/types.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import {
  StorageFullError,
  deleteDataset,
  listDatasets,
  loadDataset,
  renameDataset,
  saveDataset,
} from '../../../src/db/datasets.ts';
import { CHUNK_ROWS, SegmapDB } from '../../../src/db/db.ts';

let n = 0;
let db: SegmapDB;
afterEach(async () => db?.delete());

function freshDb() {
  db = new SegmapDB(`test-${n++}`);
  return db;
}

function table(rows: number): TransactionTable {
  const t: TransactionTable = {
    rows,
    customer: new Int32Array(rows),
    customerIds: ['a', 'b', 'c'],
    time: new Float64Array(rows),
    amount: new Float64Array(rows),
    invoice: new Int32Array(rows),
    invoiceIds: ['1', '2'],
    attributes: [{ name: 'region', codes: new Int32Array(rows), values: ['N', 'S'] }],
  };
  for (let i = 0; i < rows; i++) {
    t.customer[i] = i % 3;
    t.time[i] = i * 1000;
    t.amount[i] = i / 4;
    t.invoice[i] = i % 2;
    t.attributes[0].codes[i] = i % 2;
  }
  return t;
}

const options = {
  encoding: 'utf-8',
  bom: 0,
  delimiter: ',',
  hasHeader: true,
  skipLines: 0,
  roles: ['customer', 'date', 'amount'],
  columns: ['c', 'd', 'a'],
  dateFormat: { kind: 'ymd' },
  numberFormat: { decimal: '.' },
  cleaning: DEFAULT_CLEANING,
} as ImportOptions;
const report = {
  fileName: 'f.csv',
  customers: 3,
  invoices: 2,
  firstDate: '1970-01-01',
  lastDate: '1970-01-01',
} as ImportReport;

describe('dataset storage', () => {
  it('stores a table in chunks and reads it back equal, after reopening the database', async () => {
    const rows = CHUNK_ROWS * 2 + 17;
    const t = table(rows);
    const id = await saveDataset('one', t, options, report, freshDb());
    expect(await db.chunks.where('datasetId').equals(id).count()).toBe(3 * 5);
    db.close();
    const reopened = new SegmapDB(db.name);
    const { meta, table: back } = await loadDataset(id, reopened);
    expect(meta).toMatchObject({ name: 'one', rows, customers: 3, attributeNames: ['region'] });
    expect(back).toEqual(t);
    db = reopened;
  });

  it('leaves nothing behind when a write fails mid-import', async () => {
    freshDb();
    const fail = () => {
      throw new Error('injected failure');
    };
    await expect(saveDataset('x', table(CHUNK_ROWS * 3), options, report, db, { afterChunk: fail })).rejects.toThrow(
      'injected failure',
    );
    expect(await db.datasets.count()).toBe(0);
    expect(await db.chunks.count()).toBe(0);
    expect(await db.dictionaries.count()).toBe(0);
  });

  it('turns a quota error into a clear StorageFullError and keeps nothing', async () => {
    freshDb();
    const quota = (written: number) => {
      if (written > 2) throw new DOMException('quota', 'QuotaExceededError');
    };
    await expect(saveDataset('x', table(10), options, report, db, { afterChunk: quota })).rejects.toBeInstanceOf(
      StorageFullError,
    );
    expect(await db.chunks.count()).toBe(0);
  });

  it('lists, renames and deletes datasets', async () => {
    freshDb();
    const a = await saveDataset('a', table(5), options, report, db);
    const b = await saveDataset('b', table(5), options, report, db);
    await renameDataset(a, 'renamed', db);
    expect((await listDatasets(db)).map((d) => d.name).sort()).toEqual(['b', 'renamed']);
    await deleteDataset(b, db);
    expect((await listDatasets(db)).map((d) => d.name)).toEqual(['renamed']);
    expect(await db.chunks.where('datasetId').equals(b).count()).toBe(0);
    await expect(loadDataset(b, db)).rejects.toThrow(`dataset ${b} does not exist`);
  });

  it('stores an empty-column dataset with one (empty) chunk per column', async () => {
    const id = await saveDataset('empty', table(0), options, report, freshDb());
    expect((await loadDataset(id, db)).table.rows).toBe(0);
  });
});
