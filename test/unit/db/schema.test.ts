// Schema versions: a database written by v1, v2 or v3 opens under the current version with its
// data intact (row counts and a checksum of every chunk, dictionary and settings record equal; the
// dataset records as they were plus v4's empty item list), the v2 settings table is per dataset
// and goes with the dataset, and v3 writes the sentinel on creation and on upgrade.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDataset, listDatasets, loadDataset } from '../../../src/db/datasets.ts';
import { isDamaged } from '../../../src/db/storedDataset.ts';
import { SCHEMA_VERSION, SegmapDB } from '../../../src/db/db.ts';
import { loadSettings, saveSettings } from '../../../src/db/settings.ts';

let n = 0;
const open: Dexie[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.delete();
});

/** A checksum of the stored data: every chunk's bytes, dictionary and settings record, in key order. */
async function checksum(db: Dexie): Promise<string> {
  const parts: string[] = [];
  for (const name of ['chunks', 'dictionaries', 'settings']) {
    if (!db.tables.some((t) => t.name === name)) continue;
    for (const r of await db.table(name).toArray()) {
      parts.push(
        JSON.stringify(r, (_k, v: unknown) =>
          ArrayBuffer.isView(v) ? Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) : v,
        ),
      );
    }
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\n')));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const ROWS = 1000;
const DAY = 86_400_000;

/** A database as version `from` (1, 2 or 3) wrote it: three datasets as the importer stored them. */
async function oldDatabase(name: string, from: number): Promise<Dexie> {
  const old = new Dexie(name);
  old.version(1).stores({
    datasets: '++id, name, createdAt',
    chunks: '[datasetId+column+index], datasetId',
    dictionaries: '[datasetId+name], datasetId',
  });
  if (from >= 2) old.version(2).stores({ settings: 'datasetId' });
  if (from >= 3) old.version(3).stores({ datasets: '++id, name, createdAt, fingerprint', meta: 'key' });
  if (from >= 3) await old.table('meta').put({ key: 'sentinel', createdAt: 1 });
  for (let d = 0; d < 3; d++) {
    const time = Float64Array.from({ length: ROWS }, (_, i) => 19723 * DAY + (i % 50) * DAY);
    const amount = Float64Array.from({ length: ROWS }, (_, i) => i * 0.1 + d + 0.05);
    const invoice = Int32Array.from({ length: ROWS }, (_, i) => i % 4);
    const id = (await old.table('datasets').add({
      name: `d${d}`,
      fileName: `d${d}.csv`,
      createdAt: 1_700_000_000_000 + d,
      rows: ROWS,
      customers: 2,
      invoices: 4,
      firstDate: '2024-01-01',
      lastDate: '2024-02-19',
      bytesStored: 1,
      attributeNames: ['region'],
      options: {
        roles: ['customer', 'date', 'amount', 'invoice', 'attribute'],
        columns: ['c', 'd', 'a', 'i', 'region'],
      },
      report: { fileName: `d${d}.csv`, warnings: [] },
      ...(from >= 3 && d === 0 ? { fingerprint: '123:abc' } : {}),
    })) as number;
    const columns: [string, Int32Array | Float64Array][] = [
      ['customer', Int32Array.from({ length: ROWS }, (_, i) => i % 2)],
      ['time', time],
      ['amount', amount],
      ['invoice', invoice],
      ['attr:0', Int32Array.from({ length: ROWS }, (_, i) => (i % 3) - 1)],
    ];
    for (const [column, data] of columns) await old.table('chunks').add({ datasetId: id, column, index: 0, data });
    await old.table('dictionaries').bulkAdd([
      { datasetId: id, name: 'customer', values: ['a', `客户${d}`] },
      { datasetId: id, name: 'invoice', values: ['1', '2', '3', '4'] },
      { datasetId: id, name: 'attr:0', values: ['N', 'S'] },
    ]);
    if (from >= 2) await old.table('settings').add({ datasetId: id, analysis: { v: 1, scheme: 'cn8' } });
  }
  return old;
}

describe('schema versions', () => {
  it.each([1, 2, 3])('upgrades a v%i database to the current version with every row and byte kept', async (from) => {
    const name = `schema-${n++}`;
    const old = await oldDatabase(name, from);
    const before = await checksum(old);
    const records = await old.table('datasets').toArray();
    const tables = old.tables.map((t) => t.name);
    const counts = await Promise.all(old.tables.map((t) => t.count()));
    expect(counts.every((c) => c > 0)).toBe(true);
    old.close();

    const db = new SegmapDB(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    // Chunks, dictionaries and settings byte-equal; each record as it was plus v4's two fields.
    expect(await checksum(db)).toBe(before);
    expect(await db.datasets.toArray()).toEqual(records.map((r) => ({ ...r, itemRoles: [], hasProfit: false })));
    // Every table the old version had, settings included, keeps its row count.
    expect(await Promise.all(tables.map((t) => db.table(t).count()))).toEqual(counts);
    expect(await db.meta.get('sentinel')).toMatchObject({ key: 'sentinel' });
    // An upgraded dataset opens: no item columns, no profit, its columns as stored.
    for (const r of records) {
      const { meta, table } = await loadDataset(r.id as number, db);
      expect(meta.itemRoles).toEqual([]);
      expect(table.items).toBeUndefined();
      expect(table.profit).toBeUndefined();
      expect(table.rows).toBe(ROWS);
      expect(table.attributes[0].values).toEqual(['N', 'S']);
    }
    expect((await listDatasets(db)).some(isDamaged)).toBe(false);
  });

  it('writes the sentinel when it creates the database', async () => {
    const db = new SegmapDB(`schema-${n++}`);
    open.push(db);
    await db.open();
    expect(await db.meta.get('sentinel')).toMatchObject({ key: 'sentinel' });
  });

  it('keeps the v1 layout readable: a v1 record opens with its fields', async () => {
    const name = `schema-${n++}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      datasets: '++id, name, createdAt',
      chunks: '[datasetId+column+index], datasetId',
      dictionaries: '[datasetId+name], datasetId',
    });
    const id = (await v1.table('datasets').add({ name: 'old', createdAt: 1 })) as number;
    await v1.table('chunks').add({ datasetId: id, column: 'amount', index: 0, data: new Float64Array([1.5, 2]) });
    await v1.table('dictionaries').add({ datasetId: id, name: 'customer', values: ['a'] });
    v1.close();

    const db = new SegmapDB(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.datasets.get(id)).toMatchObject({ name: 'old' });
    expect(Array.from((await db.chunks.toArray())[0].data)).toEqual([1.5, 2]);
    expect(await db.dictionaries.count()).toBe(1);
    expect(await loadSettings(id, db)).toBeNull();
  });

  it('stores settings per dataset and deletes them with the dataset', async () => {
    const db = new SegmapDB(`schema-${n++}`);
    open.push(db);
    const a = await db.datasets.add({ name: 'a', createdAt: 1 } as never);
    const b = await db.datasets.add({ name: 'b', createdAt: 2 } as never);
    await saveSettings(a, { v: 1, scheme: 'cn8' }, db);
    await saveSettings(b, { v: 1, scheme: 'tiers' }, db);
    expect((await loadSettings(a, db))?.analysis).toEqual({ v: 1, scheme: 'cn8' });
    await deleteDataset(a, db);
    expect(await loadSettings(a, db)).toBeNull();
    expect((await loadSettings(b, db))?.analysis).toEqual({ v: 1, scheme: 'tiers' });
  });
});
