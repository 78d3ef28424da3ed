import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../src/core/backup/backupFormat.ts';
import { DEFAULT_CLEANING } from '../../../src/core/import/types.ts';
import type { ImportOptions } from '../../../src/core/import/types.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { previewRestore, readWorkspace, restoreWorkspace } from '../../../src/db/backup.ts';
import { listDatasets, loadDataset, saveDataset } from '../../../src/db/datasets.ts';
import { CHUNK_ROWS, SegmapDB } from '../../../src/db/db.ts';
import { reportOf } from './reportOf.ts';
import { loadSettings, saveSettings } from '../../../src/db/settings.ts';

const sha256 = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource));
let n = 0;
const dbs: SegmapDB[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});
const fresh = () => {
  const db = new SegmapDB(`backup-${n++}`);
  dbs.push(db);
  return db;
};

function table(rows: number, seed: number): TransactionTable {
  const t: TransactionTable = {
    rows,
    customer: Int32Array.from({ length: rows }, (_, i) => (i * seed) % 5),
    customerIds: ['00042', 'b', '客户c', 'd', 'e'],
    time: Float64Array.from({ length: rows }, (_, i) => 1.7e12 + i * 86_400_000),
    amount: Float64Array.from({ length: rows }, (_, i) => (i % 7) - 1.25),
    invoice: Int32Array.from({ length: rows }, (_, i) => i % 3),
    invoiceIds: ['1', '2', '3'],
    attributes: [
      { name: 'region', codes: Int32Array.from({ length: rows }, (_, i) => (i % 3) - 1), values: ['N', 'S'] },
    ],
  };
  return t;
}
const options = { cleaning: DEFAULT_CLEANING } as unknown as ImportOptions;

async function seed(db: SegmapDB) {
  const shop = table(CHUNK_ROWS + 10, 3);
  const books = table(7, 2);
  const a = await saveDataset('shop', shop, options, reportOf('shop.csv', shop), db, {}, '123:abc');
  const b = await saveDataset('books', books, options, reportOf('books.csv', books), db);
  await saveSettings(a, { v: 1, scheme: 'cn8', visit: { segments: ['at_risk'], done: ['b'] } }, db);
  return { a, b };
}

describe('workspace backup', () => {
  it('round-trips byte for byte: export, restore on an empty device, export again', async () => {
    const one = fresh();
    await seed(one);
    const bytes = await encodeBackup(await readWorkspace(one), sha256);
    const two = fresh();
    const items = await decodeBackup(bytes, sha256);
    expect((await previewRestore(items, two)).map((p) => p.existing)).toEqual([null, null]);
    const ids = await restoreWorkspace(items, ['add', 'add'], two);
    expect(ids).toHaveLength(2);
    const again = await encodeBackup(await readWorkspace(two), sha256);
    expect(again).toEqual(bytes);
    // The restored data reads back the same, settings included.
    const [shop] = (await listDatasets(two)).filter((d) => d.name === 'shop');
    const back = await loadDataset(shop.id, two);
    expect(back.table.rows).toBe(CHUNK_ROWS + 10);
    expect(back.table.customerIds).toEqual(['00042', 'b', '客户c', 'd', 'e']);
    expect(Array.from(back.table.amount.subarray(0, 8))).toEqual([-1.25, -0.25, 0.75, 1.75, 2.75, 3.75, 4.75, -1.25]);
    expect((await loadSettings(shop.id, two))?.analysis).toMatchObject({ scheme: 'cn8', visit: { done: ['b'] } });
  });

  it('previews which datasets replace existing ones, and replaces or adds as chosen, all or nothing', async () => {
    const db = fresh();
    const { a } = await seed(db);
    const items = await decodeBackup(await encodeBackup(await readWorkspace(db), sha256), sha256);
    const preview = await previewRestore(items, db);
    expect(preview.map((p) => [p.name, p.existing?.name ?? null])).toEqual([
      ['shop', 'shop'],
      ['books', 'books'],
    ]);
    await restoreWorkspace(items, ['replace', 'add'], db);
    const names = (await listDatasets(db)).map((d) => d.name).sort();
    // Added beside the one on the device, under a name of its own.
    expect(names).toEqual(['books', 'books (2)', 'shop']);
    expect((await listDatasets(db)).some((d) => d.id === a)).toBe(false);
    // A failure mid-restore keeps the database as it was.
    const before = await readWorkspace(db);
    const broken = [items[0], { ...items[1], columns: [{ name: 'customer', data: null as never }] }];
    await expect(restoreWorkspace(broken, ['add', 'add'], db)).rejects.toThrow();
    expect(await encodeBackup(await readWorkspace(db), sha256)).toEqual(await encodeBackup(before, sha256));
  });

  it.each([
    { name: 'not a backup', mutate: (b: Uint8Array) => b.slice(0, 4), code: 'backup.notBackup' },
    { name: 'a flipped byte', mutate: (b: Uint8Array) => ((b[40] ^= 1), b), code: 'backup.damaged' },
    { name: 'truncated', mutate: (b: Uint8Array) => b.slice(0, b.length - 100), code: 'backup.damaged' },
    {
      name: 'a newer format',
      mutate: (b: Uint8Array) => (new DataView(b.buffer).setUint32(8, 99, true), b),
      code: 'backup.newerFormat',
    },
  ])('refuses $name with a coded error', async ({ mutate, code }) => {
    const db = fresh();
    await seed(db);
    const bytes = await encodeBackup(await readWorkspace(db), sha256);
    await expect(decodeBackup(mutate(bytes.slice()), sha256)).rejects.toMatchObject({ code });
  });

  it('does not restore twice when a try failed after it was stored (a retry after a lost connection)', async () => {
    const one = fresh();
    await seed(one);
    const items = await decodeBackup(await encodeBackup(await readWorkspace(one), sha256), sha256);
    const two = fresh();
    await two.open();
    // The restore's transaction commits, then reports the connection lost (as iOS does after a wake-up).
    const original = two.transaction.bind(two) as (...a: unknown[]) => Promise<unknown>;
    let tries = 0;
    (two as unknown as { transaction: unknown }).transaction = async (...args: unknown[]) => {
      const result = await original(...args);
      if (args[0] === 'rw' && ++tries === 1)
        throw new DOMException('Connection to Indexed Database server lost.', 'UnknownError');
      return result;
    };
    const ids = await restoreWorkspace(items, ['add', 'add'], two);
    expect(tries).toBe(2);
    expect(ids).toHaveLength(2);
    expect((await listDatasets(two)).map((d) => d.name).sort()).toEqual(['books', 'shop']);
    expect(await two.chunks.count()).toBe(await one.chunks.count());
  });
});
