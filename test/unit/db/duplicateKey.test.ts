// Duplicate keys in bulk writes: a write that meets a key already stored leaves nothing
// half-stored and says so with a coded error (storage.duplicateKey); records left under an id
// that a new save gets (by an older version, a damaged restore) no longer block every save.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupDataset } from '../../../src/core/backup/backupFormat.ts';
import { DEFAULT_CLEANING } from '../../../src/core/import/types.ts';
import type { ImportOptions } from '../../../src/core/import/types.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { readWorkspace, restoreWorkspace } from '../../../src/db/backup.ts';
import { listDatasets, loadDataset, saveDataset } from '../../../src/db/datasets.ts';
import { CHUNK_ROWS, SegmapDB } from '../../../src/db/db.ts';
import { reportOf } from './reportOf.ts';
import { duplicateKeyOf } from '../../../src/db/duplicateKey.ts';

let n = 0;
let db: SegmapDB;
afterEach(async () => db?.delete());

function table(rows: number, seed = 1): TransactionTable {
  return {
    rows,
    customer: Int32Array.from({ length: rows }, (_, i) => (i * seed) % 3),
    customerIds: ['a', 'b', 'c'],
    time: Float64Array.from({ length: rows }, (_, i) => i * 86_400_000),
    amount: Float64Array.from({ length: rows }, (_, i) => i / 4 + seed),
    invoice: Int32Array.from({ length: rows }, (_, i) => i % 2),
    invoiceIds: ['1', '2'],
    attributes: [{ name: 'region', codes: Int32Array.from({ length: rows }, (_, i) => i % 2), values: ['N', 'S'] }],
  };
}
const options = { cleaning: DEFAULT_CLEANING } as unknown as ImportOptions;

/** Every stored record of the three dataset tables, to compare before and after a failed write. */
async function everything() {
  return {
    datasets: await db.datasets.toArray(),
    chunks: (await db.chunks.toArray()).map((c) => [c.datasetId, c.column, c.index, Array.from(c.data)]),
    dictionaries: await db.dictionaries.toArray(),
  };
}

describe('duplicate keys in bulk writes', () => {
  it('restores nothing of a backup whose dataset has a column twice: refused before any write', async () => {
    db = new SegmapDB(`dup-${n++}`);
    await saveDataset('kept', table(CHUNK_ROWS + 3), options, reportOf('f.csv', table(CHUNK_ROWS + 3)), db);
    const [good] = await readWorkspace(db);
    const damaged: BackupDataset = { ...good, columns: [...good.columns, good.columns[0]] };
    const before = await everything();

    const error = await restoreWorkspace([good, damaged], ['add', 'add'], db).catch((e: unknown) => e);
    // Checked before the transaction (it used to reach IndexedDB as a duplicate key in chunks).
    expect(error).toMatchObject({ code: 'backup.invalid', params: { dataset: 2, problem: 'tooManyColumns' } });
    // All or nothing: neither the good dataset before it nor any part of the damaged one is kept.
    expect(await everything()).toEqual(before);
    expect((await loadDataset(before.datasets[0].id, db)).table).toEqual(table(CHUNK_ROWS + 3));
  });

  it('recognises a duplicate key in what Dexie and IndexedDB raise', () => {
    const constraint = new DOMException('Key already exists in the object store.', 'ConstraintError');
    const bulk = Object.assign(new Error('chunks.bulkAdd(): 1 of 3 operations failed.'), {
      name: 'BulkError',
      failures: [constraint],
    });
    expect(duplicateKeyOf(bulk)).toEqual({ table: 'chunks' });
    expect(duplicateKeyOf(constraint)).toEqual({ table: 'database' });
    expect(duplicateKeyOf(Object.assign(new Error('x'), { name: 'AbortError', inner: constraint }))).toEqual({
      table: 'database',
    });
    expect(duplicateKeyOf(new DOMException('full', 'QuotaExceededError'))).toBeNull();
    expect(duplicateKeyOf(undefined)).toBeNull();
  });

  it('saves over records left under the id the new dataset gets, instead of failing on every save', async () => {
    db = new SegmapDB(`dup-${n++}`);
    const first = await saveDataset('first', table(10), options, reportOf('f.csv', table(10)), db);
    // Left-overs under the next id, with no dataset record: what a crashed older version or a
    // damaged restore could leave. The key generator gives the next save exactly that id.
    const next = first + 1;
    await db.chunks.bulkAdd([
      { datasetId: next, column: 'customer', index: 0, data: new Int32Array([9, 9]) },
      { datasetId: next, column: 'amount', index: 7, data: new Float64Array([1]) },
    ]);
    await db.dictionaries.add({ datasetId: next, name: 'customer', values: ['stale'] });

    const id = await saveDataset('second', table(20, 2), options, reportOf('f.csv', table(20, 2)), db);
    expect(id).toBe(next);
    expect((await loadDataset(id, db)).table).toEqual(table(20, 2));
    expect(await db.chunks.where('datasetId').equals(id).count()).toBe(5);
    expect(await db.dictionaries.where('datasetId').equals(id).count()).toBe(3);
    expect((await listDatasets(db)).map((d) => d.name)).toEqual(['second', 'first']);
    expect((await loadDataset(first, db)).table).toEqual(table(10));
  });
});
