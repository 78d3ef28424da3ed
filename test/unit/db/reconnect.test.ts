// A lost connection (a tablet waking from the background, storage cleared under the page):
// storage calls reopen the database and run once more, with no rows lost and none stored twice;
// other errors, a second failure and another tab's upgrade are not retried.
import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLEANING } from '../../../src/core/import/types.ts';
import type { ImportOptions, ImportReport } from '../../../src/core/import/types.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { listDatasets, loadDataset, saveDataset } from '../../../src/db/datasets.ts';
import { CHUNK_ROWS, SCHEMA_VERSION, SegmapDB } from '../../../src/db/db.ts';
import { connectionLost, isConnectionLoss, withReconnect } from '../../../src/db/reconnect.ts';
import { loadSettings, saveSettings } from '../../../src/db/settings.ts';

let n = 0;
let db: SegmapDB;
afterEach(async () => db?.delete());

function freshDb() {
  db = new SegmapDB(`reconnect-${n++}`);
  return db;
}

function table(rows: number): TransactionTable {
  return {
    rows,
    customer: Int32Array.from({ length: rows }, (_, i) => i % 3),
    customerIds: ['a', 'b', 'c'],
    time: Float64Array.from({ length: rows }, (_, i) => i * 86_400_000),
    amount: Float64Array.from({ length: rows }, (_, i) => i / 4),
    invoice: Int32Array.from({ length: rows }, (_, i) => i % 2),
    invoiceIds: ['1', '2'],
    attributes: [],
  };
}
const options = { encoding: 'utf-8', cleaning: DEFAULT_CLEANING } as ImportOptions;
const report = { fileName: 'f.csv', customers: 3, invoices: 2, firstDate: null, lastDate: null } as ImportReport;

/** An error as IndexedDB or Dexie raises it. */
const named = (name: string, message = name) => Object.assign(new Error(message), { name });

/** The counts of every table: nothing may be half-stored or stored twice. */
const counts = async () => ({
  datasets: await db.datasets.count(),
  chunks: await db.chunks.count(),
  dictionaries: await db.dictionaries.count(),
});

describe('withReconnect', () => {
  it.each([
    ['DatabaseClosedError', named('DatabaseClosedError', 'Database has been closed')],
    ['InvalidStateError', new DOMException('The database connection is closing.', 'InvalidStateError')],
    ['UnknownError', new DOMException('Connection to Indexed Database server lost.', 'UnknownError')],
    [
      'AbortError wrapping InvalidStateError',
      Object.assign(named('AbortError'), { inner: named('InvalidStateError') }),
    ],
  ])('reopens and runs once more after %s', async (_name, error) => {
    freshDb();
    await db.open();
    let calls = 0;
    const result = await withReconnect(db, async () => {
      if (++calls === 1) throw error;
      return db.datasets.count();
    });
    expect(result).toBe(0);
    expect(calls).toBe(2);
    expect(db.isOpen()).toBe(true);
  });

  it.each([
    ['QuotaExceededError', Object.assign(named('AbortError'), { inner: named('QuotaExceededError') })],
    ['ConstraintError', named('BulkError', 'chunks.bulkAdd(): 1 of 2 operations failed')],
    ['a plain error', new Error('dataset 7 does not exist')],
    ['AbortError on an open connection', named('AbortError')],
  ])('does not retry %s', async (_name, error) => {
    freshDb();
    await db.open();
    let calls = 0;
    await expect(
      withReconnect(db, async () => {
        calls++;
        throw error;
      }),
    ).rejects.toBe(error);
    expect(calls).toBe(1);
  });

  it('tries only once more: a second lost connection is reported', async () => {
    freshDb();
    await db.open();
    let calls = 0;
    await expect(
      withReconnect(db, async () => {
        calls++;
        throw named('DatabaseClosedError');
      }),
    ).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect(calls).toBe(2);
  });

  it('sees a connection the browser closed without telling (iOS) as lost', async () => {
    freshDb();
    await db.open();
    expect(connectionLost(db)).toBe(false);
    db.backendDB().close(); // Dexie does not know: what a tablet waking up leaves behind
    expect(connectionLost(db)).toBe(true);
    expect(isConnectionLoss(named('AbortError'), db)).toBe(true);
    expect(isConnectionLoss(named('TransactionInactiveError'), db)).toBe(true);
    expect(isConnectionLoss(named('QuotaExceededError'), db)).toBe(false);
  });
});

describe('storage calls on a lost connection', () => {
  it('saves once, with every row, when the connection is closed under the save', async () => {
    freshDb();
    const before = await saveDataset('before', table(10), options, report, db);
    const rows = CHUNK_ROWS * 2 + 5;
    let closed = false;
    // Mid-save the browser force-closes the connection: the transaction is aborted (as the spec
    // says for a forced close) and the connection fires "close".
    const id = await saveDataset('big', table(rows), options, report, db, {
      afterChunk: () => {
        if (closed) return;
        closed = true;
        const idb = db.backendDB();
        Dexie.currentTransaction.idbtrans.abort();
        forceCloseDatabase(idb as never); // its types ask for the class, it takes the connection
      },
    });
    expect(closed).toBe(true);
    expect((await listDatasets(db)).map((d) => d.name).sort()).toEqual(['before', 'big']);
    expect(await counts()).toEqual({ datasets: 2, chunks: 4 + 4 * 3, dictionaries: 4 });
    const { table: back } = await loadDataset(id, db);
    expect(back).toEqual(table(rows));
    expect((await loadDataset(before, db)).table).toEqual(table(10));
  });

  it('reads and writes on after the connection died silently (iOS wake-up)', async () => {
    freshDb();
    const id = await saveDataset('a', table(100), options, report, db);
    await saveSettings(id, { v: 1, scheme: 'cn8' }, db);
    db.backendDB().close();
    expect((await loadDataset(id, db)).table.rows).toBe(100);
    db.backendDB().close();
    await saveSettings(id, { v: 1, scheme: 'rfm11' }, db);
    db.backendDB().close();
    expect((await loadSettings(id, db))?.analysis).toEqual({ v: 1, scheme: 'rfm11' });
    db.backendDB().close();
    await saveDataset('b', table(100), options, report, db);
    expect(await counts()).toEqual({ datasets: 2, chunks: 8, dictionaries: 4 });
  });

  it('does not store a dataset twice when a try failed after it was stored', async () => {
    freshDb();
    // A transaction that reports an error although it committed (seen on iOS after a wake-up):
    // the retried save finds the dataset instead of adding a second one.
    const original = db.transaction.bind(db) as (...a: unknown[]) => Promise<unknown>;
    let tries = 0;
    (db as unknown as { transaction: unknown }).transaction = async (...args: unknown[]) => {
      const result = await original(...args);
      if (++tries === 1) throw new DOMException('Connection to Indexed Database server lost.', 'UnknownError');
      return result;
    };
    const id = await saveDataset('once', table(50), options, report, db);
    expect(tries).toBe(2);
    expect(await counts()).toEqual({ datasets: 1, chunks: 4, dictionaries: 2 });
    expect((await db.datasets.get(id))?.name).toBe('once');
  });

  it('does not reopen after another tab upgraded the database: this tab must reload', async () => {
    const { getDb } = await import('../../../src/db/db.ts');
    const shared = getDb();
    db = shared;
    await shared.open();
    // Another connection opens a newer version; the app's handler closes this one for good.
    const newer = new Dexie(shared.name);
    newer.version(SCHEMA_VERSION + 1).stores({});
    await newer.open();
    newer.close();
    await expect(listDatasets(shared)).rejects.toMatchObject({ code: 'storage.outdated' });
  });
});
