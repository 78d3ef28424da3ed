// What src/db tells the page before it opens the database (issue 15: the page no longer knows
// IndexedDB or Dexie's version rule), and the backup of the database as it is on disk.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readWorkspace, readWorkspaceOnDisk } from '../../../src/db/backup.ts';
import { saveDataset } from '../../../src/db/datasets.ts';
import { DB_NAME, SCHEMA_VERSION, SegmapDB } from '../../../src/db/db.ts';
import { indexedDbWorks, schemaVersionOf, versionOnDisk } from '../../../src/db/probe.ts';
import { DEFAULT_CLEANING } from '../../../src/core/import/types.ts';
import type { ImportOptions } from '../../../src/core/import/types.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { reportOf } from './reportOf.ts';

afterEach(async () => {
  await Dexie.delete(DB_NAME);
});

/** A database named like the app's at Dexie version `v` with the v1 tables (and v2's settings). */
async function oldDatabase(v: 1 | 2): Promise<void> {
  const old = new Dexie(DB_NAME);
  old.version(1).stores({
    datasets: '++id, name, createdAt',
    chunks: '[datasetId+column+index], datasetId',
    dictionaries: '[datasetId+name], datasetId',
  });
  if (v >= 2) old.version(2).stores({ settings: 'datasetId' });
  await old.open();
  old.close();
}

describe('storage probe (src/db/probe.ts)', () => {
  it('keeps the database name users have on disk', () => {
    // Renaming it would strand every stored dataset: the name is a published format.
    expect(DB_NAME).toBe('segmap');
  });

  it.each([
    [0, 0],
    [10, 1],
    [20, 2],
    [25, 2],
    [30, 3],
  ])('IndexedDB version %i is Dexie schema version %i', (idb, dexie) => {
    expect(schemaVersionOf(idb)).toBe(dexie);
  });

  it('says IndexedDB works when it does, and not when the browser has none', async () => {
    expect(await indexedDbWorks()).toBe(true);
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB')!;
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      expect(await indexedDbWorks()).toBe(false);
      expect(await versionOnDisk()).toBe(0);
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', saved);
    }
  });

  it.each([1, 2] as const)('reads version %i of a database on disk without opening or upgrading it', async (v) => {
    expect(await versionOnDisk()).toBe(0);
    await oldDatabase(v);
    expect(await versionOnDisk()).toBe(v);
    // The backup offered before the upgrade reads it as it is, and leaves it at its version.
    expect(await readWorkspaceOnDisk()).toEqual({ datasets: [], skipped: [] });
    expect(await versionOnDisk()).toBe(v);
  });

  it('reads the current database on disk like the open one, and closes its connection', async () => {
    const db = new SegmapDB();
    const rows = 5;
    const table: TransactionTable = {
      rows,
      customer: Int32Array.from({ length: rows }, (_, i) => i % 2),
      customerIds: ['a', '客户b'],
      time: Float64Array.from({ length: rows }, (_, i) => 1.7e12 + i * 86_400_000),
      amount: Float64Array.from({ length: rows }, (_, i) => i + 0.5),
      invoice: Int32Array.from({ length: rows }, (_, i) => i),
      invoiceIds: ['1', '2', '3', '4', '5'],
      attributes: [],
    };
    const options = { cleaning: DEFAULT_CLEANING } as unknown as ImportOptions;
    await saveDataset('shop', table, options, reportOf('shop.csv', table), db);
    expect(await versionOnDisk()).toBe(SCHEMA_VERSION);
    const onDisk = await readWorkspaceOnDisk();
    expect(onDisk.skipped).toEqual([]);
    expect(onDisk.datasets).toEqual(await readWorkspace(db));
    expect(onDisk.datasets.map((d) => d.record.name)).toEqual(['shop']);
    db.close();
    // No connection left open: deleting the database is not blocked.
    await Dexie.delete(DB_NAME);
    expect(await versionOnDisk()).toBe(0);
  });
});
