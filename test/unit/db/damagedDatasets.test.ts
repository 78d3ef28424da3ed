import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../src/core/backup/backupFormat.ts';
import type { BackupDataset } from '../../../src/core/backup/backupFormat.ts';
import { DEFAULT_CLEANING } from '../../../src/core/import/types.ts';
import type { ImportOptions } from '../../../src/core/import/types.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { previewRestore, readWorkspace, readWorkspaceChecked, restoreWorkspace } from '../../../src/db/backup.ts';
import { deleteDataset, listDatasets, loadDataset, saveDataset } from '../../../src/db/datasets.ts';
import { CHUNK_ROWS, SegmapDB } from '../../../src/db/db.ts';
import { reportOf } from './reportOf.ts';
import { saveSettings } from '../../../src/db/settings.ts';
import { isDamaged } from '../../../src/db/storedDataset.ts';
import { codedOf } from '../../../src/ui/i18n/coded.ts';
import { en } from '../../../src/ui/i18n/en.ts';
import { zhCN } from '../../../src/ui/i18n/zh-CN.ts';

const sha256 = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource));
let n = 0;
const dbs: SegmapDB[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const d of dbs.splice(0)) await d.delete();
});
const fresh = () => {
  const db = new SegmapDB(`damaged-${n++}`);
  dbs.push(db);
  return db;
};

function table(rows: number): TransactionTable {
  return {
    rows,
    customer: Int32Array.from({ length: rows }, (_, i) => i % 3),
    customerIds: ['a', 'b', 'c'],
    time: Float64Array.from({ length: rows }, (_, i) => 1.7e12 + i * 86_400_000),
    amount: Float64Array.from({ length: rows }, (_, i) => 5 + (i % 4)),
    invoice: Int32Array.from({ length: rows }, (_, i) => (i % 3) - 1),
    invoiceIds: ['1', '2'],
    attributes: [{ name: 'region', codes: Int32Array.from({ length: rows }, (_, i) => i % 2), values: ['N', 'S'] }],
  };
}
const options = { cleaning: DEFAULT_CLEANING } as unknown as ImportOptions;

/** Every stored record of the four dataset tables, to compare before and after. */
async function everything(db: SegmapDB) {
  return {
    datasets: await db.datasets.toArray(),
    chunks: (await db.chunks.toArray()).map((c) => [c.datasetId, c.column, c.index, Array.from(c.data)]),
    dictionaries: await db.dictionaries.toArray(),
    settings: await db.settings.toArray(),
  };
}

async function seed(db: SegmapDB) {
  const shop = await saveDataset('shop', table(30), options, reportOf('shop.csv', table(30)), db, {}, '30:abc');
  const big = table(CHUNK_ROWS + 5);
  const books = await saveDataset('books', big, options, reportOf('books.csv', big), db);
  await saveSettings(shop, { v: 1, scheme: 'cn8' }, db);
  return { shop, books };
}

type Damage = {
  name: string;
  damage: (db: SegmapDB, id: number) => Promise<unknown>;
  /** Found when listing (cheap), or only when the data is read (opening, backing up). */
  listed: boolean;
  problem: string;
};

const put = (db: SegmapDB, id: number, change: (r: Record<string, unknown>) => void) =>
  db.datasets.get(id).then((r) => {
    const raw = r as unknown as Record<string, unknown>;
    change(raw);
    return db.datasets.put(raw as never);
  });

const damages: Damage[] = [
  { name: 'report: null', damage: (db, id) => put(db, id, (r) => (r.report = null)), listed: true, problem: 'record' },
  { name: 'a numeric name', damage: (db, id) => put(db, id, (r) => (r.name = 42)), listed: true, problem: 'record' },
  {
    name: 'no createdAt (missing from its index)',
    damage: (db, id) => put(db, id, (r) => delete r.createdAt),
    listed: true,
    problem: 'record',
  },
  {
    name: 'attributeNames: null',
    damage: (db, id) => put(db, id, (r) => (r.attributeNames = null)),
    listed: true,
    problem: 'record',
  },
  {
    name: 'warnings that are text',
    damage: (db, id) => put(db, id, (r) => ((r.report as Record<string, unknown>).warnings = 'x')),
    listed: true,
    problem: 'record',
  },
  {
    name: 'a missing column',
    damage: (db, id) =>
      db.chunks
        .where('datasetId')
        .equals(id)
        .and((c) => c.column === 'time')
        .delete(),
    listed: true,
    problem: 'missingColumn',
  },
  {
    name: 'a missing last chunk',
    damage: (db, id) => db.chunks.delete([id, 'amount', 1]),
    listed: true,
    problem: 'missingChunk',
  },
  {
    name: 'a dictionary of the wrong type',
    damage: (db, id) => db.dictionaries.put({ datasetId: id, name: 'customer', values: 'abc' as never }),
    listed: false,
    problem: 'dictionary',
  },
  {
    name: 'a chunk of the wrong type',
    damage: (db, id) => db.chunks.update([id, 'customer', 0], { data: new Float64Array(CHUNK_ROWS) }),
    listed: false,
    problem: 'columnType',
  },
  {
    name: 'a short chunk',
    damage: (db, id) => db.chunks.update([id, 'time', 1], { data: new Float64Array(2) }),
    listed: false,
    problem: 'columnLength',
  },
  {
    name: 'a customer code outside the dictionary',
    damage: (db, id) => db.chunks.update([id, 'customer', 1], { data: new Int32Array(5).fill(7) }),
    listed: false,
    problem: 'codeOutOfRange',
  },
  {
    name: 'a NaN amount',
    damage: (db, id) => db.chunks.update([id, 'amount', 0], { data: new Float64Array(CHUNK_ROWS).fill(NaN) }),
    listed: false,
    problem: 'notNumber',
  },
];

describe('a damaged dataset record', () => {
  it.each(damages)('with $name is named, not thrown: listed, deleted, left out of the backup', async (c) => {
    const db = fresh();
    const { shop, books } = await seed(db);
    await c.damage(db, books);

    const list = await listDatasets(db);
    expect(list.map((d) => d.id).sort()).toEqual([shop, books].sort());
    const bad = list.find((d) => d.id === books)!;
    expect(isDamaged(bad)).toBe(c.listed);
    if (isDamaged(bad)) expect(bad.damaged.problem).toBe(c.problem);
    expect(isDamaged(list.find((d) => d.id === shop)!)).toBe(false);

    // Opening it says it is damaged (coded, with the problem) instead of a raw TypeError / RangeError.
    await expect(loadDataset(books, db)).rejects.toMatchObject({
      code: 'dataset.damaged',
      params: { problem: c.problem },
    });
    expect((await loadDataset(shop, db)).table.rows).toBe(30);

    // The workspace backup leaves it out, names it, and backs up the others.
    const { datasets, skipped } = await readWorkspaceChecked(db);
    expect(datasets.map((d) => d.record.name)).toEqual(['shop']);
    expect(skipped.map((d) => [d.id, d.damaged.problem])).toEqual([[books, c.problem]]);
    await expect(decodeBackup(await encodeBackup(datasets, sha256), sha256)).resolves.toHaveLength(1);

    await deleteDataset(books, db);
    expect((await listDatasets(db)).map((d) => d.id)).toEqual([shop]);
    expect(await db.chunks.where('datasetId').equals(books).count()).toBe(0);
  });
});

describe('restoring over existing datasets', () => {
  it('leaves every stored byte as it was when the backup is rejected, even with Replace chosen', async () => {
    const db = fresh();
    await seed(db);
    const items = await readWorkspace(db);
    const before = await everything(db);
    const nan = structuredClone(items);
    nan[0].columns.find((c) => c.name === 'amount')!.data[3] = NaN;
    const nullReport: BackupDataset[] = structuredClone(items);
    nullReport[1].record.report = null;
    for (const bad of [nan, nullReport]) {
      const error = await restoreWorkspace(bad, ['replace', 'replace'], db).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'backup.invalid' });
      expect(await everything(db)).toEqual(before);
    }
  });

  it('replaces in one transaction with a valid file: the old dataset goes only as the new one is written', async () => {
    const db = fresh();
    const { shop, books } = await seed(db);
    const items = await decodeBackup(await encodeBackup(await readWorkspace(db), sha256), sha256);
    const transaction = vi.spyOn(db, 'transaction');
    const [id] = await restoreWorkspace(items, ['replace', 'skip'], db);
    const writes = transaction.mock.calls.filter((args) => args[0] === 'rw');
    expect(writes).toHaveLength(1);
    const list = await listDatasets(db);
    expect(list.map((d) => d.id).sort()).toEqual([books, id].sort());
    expect(list.some((d) => d.id === shop)).toBe(false);
    expect((await loadDataset(id, db)).table).toEqual(table(30));
    expect((await db.settings.get(id))?.analysis).toMatchObject({ scheme: 'cn8' });
  });

  it('keeps the old dataset when writing its replacement fails (storage full), with a coded error', async () => {
    const db = fresh();
    await seed(db);
    const items = await readWorkspace(db);
    const before = await everything(db);
    const bulkAdd = db.chunks.bulkAdd.bind(db.chunks);
    let calls = 0;
    vi.spyOn(db.chunks, 'bulkAdd').mockImplementation((...args: Parameters<typeof bulkAdd>) => {
      if (++calls === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return bulkAdd(...args);
    });
    const error = await restoreWorkspace(items, ['replace', 'replace'], db).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'backup.storageFull' });
    expect(await everything(db)).toEqual(before);
  });

  it('offers to replace a damaged dataset with the backup’s copy, and swaps it in', async () => {
    const db = fresh();
    const { shop } = await seed(db);
    const items = await readWorkspace(db);
    await put(db, shop, (r) => (r.report = null));
    const preview = await previewRestore(items, db);
    expect(preview.map((p) => p.existing)).toEqual([{ id: shop, name: 'shop', damaged: true }, expect.anything()]);
    const [id] = await restoreWorkspace(items, ['replace', 'skip'], db);
    const list = await listDatasets(db);
    expect(list.some((d) => d.id === shop)).toBe(false);
    expect(list.filter(isDamaged)).toEqual([]);
    expect((await loadDataset(id, db)).table).toEqual(table(30));
  });

  it('adds a dataset already on the device beside it, under a name of its own', async () => {
    const db = fresh();
    await seed(db);
    const items = await readWorkspace(db);
    await restoreWorkspace(items, ['add', 'skip'], db);
    expect((await listDatasets(db)).map((d) => d.name).sort()).toEqual(['books', 'shop', 'shop (2)']);
  });
});

describe('errors shown to the user', () => {
  it.each([
    ['a TypeError', new TypeError('e.replace is not a function')],
    ['a RangeError', new RangeError('offset is out of bounds')],
    ['a network error', new Error('network error')],
    ['a DOMException (numeric code)', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ['a string', 'boom'],
    ['undefined', undefined],
  ])('turns %s into the coded generic message, the raw text only as a detail', (_name, e) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const coded = codedOf(e);
    expect(coded.code).toBe('app.unexpected');
    expect(coded.message).toBe(en['core.app.unexpected']);
    expect(coded.detail).toContain(e instanceof Error ? e.message : String(e));
  });

  it('keeps the code and params of a coded error (also one rebuilt by Comlink from a worker)', () => {
    const fromWorker = Object.assign(new Error('the dataset "x" is damaged'), {
      code: 'dataset.damaged',
      params: { name: 'x', problem: 'record', field: 'report' },
    });
    expect(codedOf(fromWorker)).toMatchObject({ code: 'dataset.damaged', params: { problem: 'record' } });
    expect(codedOf(fromWorker).detail).toBeUndefined();
  });

  it('has every problem and backup code in both languages, with the same placeholders', () => {
    const keys = Object.keys(en).filter((k) => /^(problem\.|core\.backup\.|core\.dataset\.|core\.app\.)/.test(k));
    expect(keys.length).toBeGreaterThan(25);
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of keys) {
      const zh = (zhCN as Record<string, string>)[k];
      expect(zh, k).toMatch(/[\u4e00-\u9fff]/);
      expect(placeholders(zh), k).toEqual(placeholders((en as Record<string, string>)[k]));
    }
  });
});
