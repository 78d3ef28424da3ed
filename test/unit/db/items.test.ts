// Issue 17, storage: a dataset with item columns (product, category…) and a profit column is
// saved and loaded back byte-equal, checked like the other columns (a profit may be NaN, never
// infinite; an item code inside its dictionary), and carried by backups in format 2; format-1
// backups, written before item columns existed, still restore.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, decodeBackup, encodeBackup } from '../../../src/core/backup/backupFormat.ts';
import { DEFAULT_CLEANING } from '../../../src/core/import/types.ts';
import type { ImportOptions } from '../../../src/core/import/types.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { readWorkspace, restoreWorkspace } from '../../../src/db/backup.ts';
import { listDatasets, loadDataset, saveDataset } from '../../../src/db/datasets.ts';
import { CHUNK_ROWS, SegmapDB } from '../../../src/db/db.ts';
import { isDamaged } from '../../../src/db/storedDataset.ts';
import { recordProblem } from '../../../src/core/backup/recordShape.ts';
import { reportOf } from './reportOf.ts';

const sha256 = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource));
let n = 0;
const dbs: SegmapDB[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});
const fresh = () => {
  const db = new SegmapDB(`items-${n++}`);
  dbs.push(db);
  return db;
};

const options = {
  roles: ['invoice', 'customer', 'date', 'product', 'category', 'amount', 'profit'],
  columns: ['Order ID', 'Customer ID', 'Order Date', 'Product ID', 'Category', 'Sales', 'Profit'],
  cleaning: DEFAULT_CLEANING,
} as unknown as ImportOptions;

/** A table with a product and a category column and a profit (NaN on every 7th row: blank in the file). */
function itemTable(rows: number): TransactionTable {
  return {
    rows,
    customer: Int32Array.from({ length: rows }, (_, i) => i % 5),
    customerIds: ['a', 'b', '客户c', 'd', 'e'],
    time: Float64Array.from({ length: rows }, (_, i) => 1.7e12 + (i % 400) * 86_400_000),
    amount: Float64Array.from({ length: rows }, (_, i) => (i % 9) + 0.5),
    invoice: Int32Array.from({ length: rows }, (_, i) => i % 3),
    invoiceIds: ['CA-1', 'CA-2', 'US-3'],
    attributes: [],
    items: {
      product: {
        name: 'Product ID',
        codes: Int32Array.from({ length: rows }, (_, i) => (i % 11) - 1),
        values: Array.from({ length: 10 }, (_, k) => `P-${k}`),
      },
      category: {
        name: 'Category',
        codes: Int32Array.from({ length: rows }, (_, i) => i % 3),
        values: ['Furniture', 'Office Supplies', '科技'],
      },
    },
    profit: Float64Array.from({ length: rows }, (_, i) => (i % 7 === 0 ? NaN : (i % 13) - 4.25)),
  };
}

const bytesOf = (a: Int32Array | Float64Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
/** Whether two columns hold the same bytes (NaN payloads included); a fast compare of large arrays. */
const sameBytes = (a: Int32Array | Float64Array, b: Int32Array | Float64Array) =>
  Buffer.from(bytesOf(a)).equals(Buffer.from(bytesOf(b)));

describe('item and profit columns in storage', () => {
  it('saves and loads them back byte-equal (two chunks), listed in the record', async () => {
    const db = fresh();
    const t = itemTable(CHUNK_ROWS + 9);
    const id = await saveDataset('office', t, options, reportOf('office.csv', t), db);
    db.close();
    const reopened = new SegmapDB(db.name);
    dbs.push(reopened);
    const { meta, table } = await loadDataset(id, reopened);
    expect(meta.itemRoles).toEqual(['product', 'category']);
    expect(meta.hasProfit).toBe(true);
    expect(table.items?.product?.name).toBe('Product ID');
    expect(table.items?.category?.values).toEqual(['Furniture', 'Office Supplies', '科技']);
    expect(table.items?.productName).toBeUndefined();
    for (const role of ['product', 'category'] as const)
      expect(sameBytes(table.items![role]!.codes, t.items![role]!.codes)).toBe(true);
    expect(sameBytes(table.profit!, t.profit!)).toBe(true);
    expect(Number.isNaN(table.profit![0])).toBe(true);
    expect(
      await reopened.chunks
        .where({ datasetId: id })
        .filter((c) => c.column === 'profit')
        .count(),
    ).toBe(2);
  });

  it('a table without items stores none and says so', async () => {
    const db = fresh();
    const t = itemTable(10);
    delete t.items;
    delete t.profit;
    const id = await saveDataset('plain', t, options, reportOf('plain.csv', t), db);
    const { meta, table } = await loadDataset(id, db);
    expect([meta.itemRoles, meta.hasProfit]).toEqual([[], false]);
    expect(table.items).toBeUndefined();
    expect(table.profit).toBeUndefined();
    expect((await db.dictionaries.toArray()).map((d) => d.name).sort()).toEqual(['customer', 'invoice']);
  });

  it.each([
    {
      name: 'an infinite profit',
      damage: async (db: SegmapDB, id: number) =>
        db.chunks.update([id, 'profit', 0], { data: Float64Array.from([Infinity, 1, 2, 3, 4, 5, 6, 7, 8, 9]) }),
      problem: { problem: 'notNumber', params: { column: 'profit', row: 1, value: 'Infinity' } },
    },
    {
      name: 'a product code outside its dictionary',
      damage: async (db: SegmapDB, id: number) =>
        db.chunks.update([id, 'item:product', 0], { data: Int32Array.from({ length: 10 }, () => 10) }),
      problem: { problem: 'codeOutOfRange', params: { column: 'item:product', row: 1, value: 10, size: 10 } },
    },
    {
      name: 'a missing category column',
      damage: async (db: SegmapDB, id: number) => db.chunks.delete([id, 'item:category', 0]),
      problem: { problem: 'missingColumn', params: { column: 'item:category' } },
    },
  ])('names $name as damage', async ({ damage, problem }) => {
    const db = fresh();
    const t = itemTable(10);
    const id = await saveDataset('office', t, options, reportOf('office.csv', t), db);
    await damage(db, id);
    await expect(loadDataset(id, db)).rejects.toMatchObject({ code: 'dataset.damaged', params: problem.params });
    if (problem.problem === 'missingColumn') expect((await listDatasets(db)).find(isDamaged)?.damaged).toEqual(problem);
  });

  it('backs them up in format 2: export, restore on an empty device, export again gives the same bytes', async () => {
    const one = fresh();
    const t = itemTable(CHUNK_ROWS + 9);
    await saveDataset('office', t, options, reportOf('office.csv', t), one, {}, '99:ff');
    const bytes = await encodeBackup(await readWorkspace(one), sha256);
    expect(BACKUP_FORMAT).toBe(2);
    expect(new DataView(bytes.buffer).getUint32(8, true)).toBe(2);
    const items = await decodeBackup(bytes, sha256);
    expect(items[0].columns.map((c) => c.name)).toEqual([
      'amount',
      'customer',
      'invoice',
      'item:category',
      'item:product',
      'profit',
      'time',
    ]);
    const two = fresh();
    const [id] = await restoreWorkspace(items, ['add'], two);
    expect(Buffer.from(await encodeBackup(await readWorkspace(two), sha256)).equals(Buffer.from(bytes))).toBe(true);
    const { table } = await loadDataset(id, two);
    expect(sameBytes(table.profit!, t.profit!)).toBe(true);
    expect(table.items?.product?.values).toEqual(t.items?.product?.values);
  });

  it('restores a format-1 backup (written before item columns) as a dataset without items', async () => {
    const one = fresh();
    const t = itemTable(50);
    delete t.items;
    delete t.profit;
    await saveDataset('old', t, options, reportOf('old.csv', t), one);
    const current = await readWorkspace(one);
    // What the format-1 encoder wrote: the same layout, records without v4's fields, format 1.
    const v1 = current.map((d) => {
      const { itemRoles: _i, hasProfit: _h, ...record } = d.record;
      return { ...d, record };
    });
    const bytes = await encodeBackup(v1, sha256);
    new DataView(bytes.buffer).setUint32(8, 1, true);
    const format1 = await rewriteFormat(bytes, 1);
    const items = await decodeBackup(format1, sha256);
    const two = fresh();
    const [id] = await restoreWorkspace(items, ['add'], two);
    const { meta, table } = await loadDataset(id, two);
    expect([meta.itemRoles, meta.hasProfit]).toEqual([[], false]);
    expect(table.items).toBeUndefined();
    expect(sameBytes(table.amount, t.amount)).toBe(true);
    // A "format 1" file declaring item columns is no format-1 backup.
    const forged = await rewriteFormat(await encodeBackup(current, sha256), 1);
    await expect(decodeBackup(forged, sha256)).rejects.toMatchObject({ code: 'backup.manifest' });
  });
});

/** The backup bytes with `format` in both the header and the manifest, checksum recomputed. */
async function rewriteFormat(bytes: Uint8Array, format: number): Promise<Uint8Array> {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const length = view.getUint32(12, true);
  const json = new TextDecoder().decode(out.subarray(16, 16 + length));
  // Same length: the format is one digit in the (sorted-key) manifest.
  const changed = json.replace(/"format":\d/, `"format":${format}`);
  expect(changed.length).toBe(json.length);
  out.set(new TextEncoder().encode(changed), 16);
  view.setUint32(8, format, true);
  out.set(await sha256(out.subarray(0, out.length - 32)), out.length - 32);
  return out;
}

describe('the v4 fields of a stored record', () => {
  const good = (): Record<string, unknown> => ({
    id: 1,
    name: 'office',
    fileName: 'office.csv',
    createdAt: 1,
    rows: 0,
    customers: 0,
    invoices: 0,
    firstDate: null,
    lastDate: null,
    bytesStored: 0,
    attributeNames: [],
    options: { cleaning: { dropCancellations: true, cancelPrefix: 'auto' } },
    report: { profitMissing: 3, itemsRead: { product: 2, category: 1 } },
    itemRoles: ['product', 'category'],
    hasProfit: true,
  });
  it.each<[string, (r: Record<string, unknown>) => void, string | null]>([
    ['as saveDataset writes them', () => undefined, null],
    ['absent (older records, format-1 backups)', (r) => (delete r.itemRoles, delete r.hasProfit), null],
    ['an unknown item role', (r) => (r.itemRoles = ['brand']), 'itemRoles'],
    ['a repeated item role', (r) => (r.itemRoles = ['product', 'product']), 'itemRoles'],
    ['hasProfit as text', (r) => (r.hasProfit = 'yes'), 'hasProfit'],
    [
      'a negative profitMissing',
      (r) => ((r.report as Record<string, unknown>).profitMissing = -1),
      'report.profitMissing',
    ],
    [
      'a text item count',
      (r) => ((r.report as Record<string, unknown>).itemsRead = { product: '2' }),
      'report.itemsRead',
    ],
    [
      'a numeric cancellation rule',
      (r) => ((r.options as { cleaning: Record<string, unknown> }).cleaning.cancelPrefix = 1),
      'options.cleaning',
    ],
  ])('%s', (_name, change, field) => {
    const r = good();
    change(r);
    expect(recordProblem(r, true)).toBe(field);
  });
});
