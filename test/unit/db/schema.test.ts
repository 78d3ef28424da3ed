// Schema versions: a database written by v1 or v2 opens under the current version with its data
// intact (row counts and a checksum of every column equal), the v2 settings table is per dataset
// and goes with the dataset, and v3 writes the sentinel on creation and on upgrade.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDataset } from '../../../src/db/datasets.ts';
import { SCHEMA_VERSION, SegmapDB } from '../../../src/db/db.ts';
import { loadSettings, saveSettings } from '../../../src/db/settings.ts';

let n = 0;
const open: Dexie[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.delete();
});

/** A checksum of everything stored: every record, every column's bytes, in key order. */
async function checksum(db: Dexie): Promise<string> {
  const parts: string[] = [];
  for (const name of ['datasets', 'chunks', 'dictionaries', 'settings']) {
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

describe('schema versions', () => {
  it.each([1, 2])('upgrades a v%i database to the current version with every row and byte kept', async (from) => {
    const name = `schema-${n++}`;
    const old = new Dexie(name);
    old.version(1).stores({
      datasets: '++id, name, createdAt',
      chunks: '[datasetId+column+index], datasetId',
      dictionaries: '[datasetId+name], datasetId',
    });
    if (from >= 2) old.version(2).stores({ settings: 'datasetId' });
    for (let d = 0; d < 3; d++) {
      const id = (await old.table('datasets').add({ name: `d${d}`, createdAt: d, rows: 1000 })) as number;
      for (let c = 0; c < 3; c++) {
        await old.table('chunks').add({
          datasetId: id,
          column: 'amount',
          index: c,
          data: Float64Array.from({ length: 1000 }, (_, i) => i * 0.1 + d - c),
        });
      }
      await old.table('dictionaries').add({ datasetId: id, name: 'customer', values: ['a', `客户${d}`] });
      if (from >= 2) await old.table('settings').add({ datasetId: id, analysis: { v: 1, scheme: 'cn8' } });
    }
    const before = await checksum(old);
    const tables = old.tables.map((t) => t.name);
    const counts = await Promise.all(old.tables.map((t) => t.count()));
    expect(counts.every((c) => c > 0)).toBe(true);
    old.close();

    const db = new SegmapDB(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await checksum(db)).toBe(before);
    // Every table the old version had, settings included, keeps its row count.
    expect(await Promise.all(tables.map((t) => db.table(t).count()))).toEqual(counts);
    expect(await db.meta.get('sentinel')).toMatchObject({ key: 'sentinel' });
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
