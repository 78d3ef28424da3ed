import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLEANING } from '../../../src/core/import/types.ts';
import type { ImportOptions, ImportReport } from '../../../src/core/import/types.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { listDatasets, loadDataset, saveImportedDataset } from '../../../src/db/datasets.ts';
import { SegmapDB } from '../../../src/db/db.ts';
import { fileFingerprint, wholeFileFingerprint } from '../../../src/db/fingerprint.ts';
import { hashedChunks } from '../../../workers/fileChunks.ts';

let n = 0;
const opened: SegmapDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await new SegmapDB(`same-file-${n}`).delete();
  n++;
});

/** Two connections to one database, as two tabs of the app have. */
function twoTabs(): [SegmapDB, SegmapDB] {
  const a = new SegmapDB(`same-file-${n}`);
  const b = new SegmapDB(`same-file-${n}`);
  opened.push(a, b);
  return [a, b];
}

function table(rows: number): TransactionTable {
  return {
    rows,
    customer: Int32Array.from({ length: rows }, (_, i) => i % 3),
    customerIds: ['a', 'b', 'c'],
    time: Float64Array.from({ length: rows }, (_, i) => i * 1000),
    amount: Float64Array.from({ length: rows }, (_, i) => i / 4),
    invoice: Int32Array.from({ length: rows }, (_, i) => i % 2),
    invoiceIds: ['1', '2'],
    attributes: [],
  };
}
const options = { encoding: 'utf-8', roles: [], columns: [], cleaning: DEFAULT_CLEANING } as unknown as ImportOptions;
const report = {
  fileName: 'f.csv',
  customers: 3,
  invoices: 2,
  firstDate: '1970-01-01',
  lastDate: '1970-01-03',
} as unknown as ImportReport;
const FP = wholeFileFingerprint(1234, '0123456789abcdef0123456789abcdef');

describe('the same file saved at the same moment in two tabs', () => {
  it('is stored once; the second save learns it exists and gets its id', async () => {
    const [a, b] = twoTabs();
    const t = table(200_000);
    const [ra, rb] = await Promise.all([
      saveImportedDataset('from A', t, options, report, FP, { db: a }),
      saveImportedDataset('from B', t, options, report, FP, { db: b }),
    ]);
    const stored = await listDatasets(a);
    expect(stored).toHaveLength(1);
    expect(ra.id).toBe(rb.id);
    // Exactly one of them wrote; the other names what it found.
    const [wrote, found] = ra.existing ? [rb, ra] : [ra, rb];
    expect(wrote.existing).toBe(false);
    expect(found).toEqual({ id: stored[0].id, existing: true, name: stored[0].name });
    expect((await loadDataset(stored[0].id, b)).table.rows).toBe(200_000);
  });

  it.each([
    {
      name: 'another file',
      second: wholeFileFingerprint(1234, 'ffffffffffffffffffffffffffffffff'),
      opts: {},
      stored: 2,
    },
    { name: 'no fingerprint', second: undefined, opts: {}, stored: 2 },
    { name: 'the user chose to import it again', second: FP, opts: { allowDuplicate: true }, stored: 2 },
    { name: 'the same file', second: FP, opts: {}, stored: 1 },
  ])('$name: $stored stored', async ({ second, opts, stored }) => {
    const [a, b] = twoTabs();
    await saveImportedDataset('first', table(10), options, report, FP, { db: a });
    const r = await saveImportedDataset('second', table(10), options, report, second, { ...opts, db: b });
    expect(r.existing).toBe(stored === 1);
    expect(await listDatasets(a)).toHaveLength(stored);
  });
});

describe('a save that fails for another reason', () => {
  it('says so in a coded message, not the browser’s, and keeps nothing', async () => {
    const [a] = twoTabs();
    const failing = saveImportedDataset('x', table(10), options, report, FP, {
      db: a,
      hooks: {
        afterChunk: () => {
          throw new Error('dictionaries.bulkAdd(): 2 of 3 operations failed');
        },
      },
    });
    await expect(failing).rejects.toMatchObject({ code: 'storage.saveFailed' });
    await expect(failing).rejects.toThrow(/could not be saved, and nothing of it was kept/);
    expect(await listDatasets(a)).toEqual([]);
  });
});

/** A CSV of `rows` lines, about 30 bytes each. */
function csv(rows: number): Uint8Array<ArrayBuffer> {
  const lines = ['customer,date,amount'];
  for (let i = 0; i < rows; i++)
    lines.push(`C${i % 977},2011-${String(1 + (i % 12)).padStart(2, '0')}-15,${i % 100}.5`);
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

async function passFingerprint(bytes: Uint8Array<ArrayBuffer>, chunk: number): Promise<string | undefined> {
  // A Blob whose stream() yields `chunk`-byte pieces, as a browser's file stream cuts them anywhere.
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  for (let i = 0; i < bytes.length; i += chunk) pieces.push(bytes.slice(i, i + chunk));
  const blob = new Blob(pieces);
  let found: string | undefined;
  for await (const piece of hashedChunks(blob, (f) => (found = f))) void piece;
  return found;
}

describe('the whole-file fingerprint', () => {
  const original = csv(40_000);
  // The same size, one digit corrected in the middle: the ends are unchanged.
  const corrected = original.slice();
  const mid = original.indexOf(0x0a, original.length >> 1) + 1 + 'C'.length;
  corrected[mid] = corrected[mid] === 0x31 ? 0x32 : 0x31;

  it('tells a file corrected in the middle from the original', async () => {
    expect(corrected.length).toBe(original.length);
    expect(corrected.subarray(0, 65536)).toEqual(original.subarray(0, 65536));
    expect(corrected.subarray(-65536)).toEqual(original.subarray(-65536));
    const a = await fileFingerprint(new Blob([original]));
    const b = await fileFingerprint(new Blob([corrected]));
    expect(a).toMatch(new RegExp(`^${original.length}:all:[0-9a-f]{32}$`));
    expect(b).not.toBe(a);
  });

  it('is the same hashed before the import and during its pass, however the stream is cut', async () => {
    const small = original.subarray(0, 5003);
    for (const [bytes, chunk] of [
      [original, 1 << 16],
      [original, 65_537],
      [original, 4093],
      [original, 15],
      [small, 1],
      [small, 7],
    ] as const) {
      expect(await passFingerprint(bytes, chunk)).toBe(await fileFingerprint(new Blob([bytes])));
    }
  });

  it('is left to the import pass for a file too large to hash first', async () => {
    const big = { size: 17 * 1024 * 1024 } as Blob;
    expect(await fileFingerprint(big)).toBeUndefined();
  });
});
