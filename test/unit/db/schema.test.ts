// Schema versions: a database written by v1 opens under v2 with its data intact, and the v2
// settings table is per dataset and goes with the dataset when it is deleted.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDataset } from '../../../src/db/datasets.ts';
import { SegmapDB } from '../../../src/db/db.ts';
import { loadSettings, saveSettings } from '../../../src/db/settings.ts';

let n = 0;
const open: Dexie[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.delete();
});

describe('schema versions', () => {
  it('upgrades a v1 database to v2 keeping datasets, chunks and dictionaries', async () => {
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
    expect(db.verno).toBe(2);
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
