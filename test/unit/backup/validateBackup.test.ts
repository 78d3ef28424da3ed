import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, MAX_DATASETS } from '../../../src/core/backup/backupFormat.ts';
import type { BackupDataset } from '../../../src/core/backup/backupFormat.ts';
import { recordProblem } from '../../../src/core/backup/recordShape.ts';

/**
 * Crafted backups: a valid backup is encoded, then its manifest or its columns are changed and the
 * SHA-256 recomputed, so only the structural validation can catch them.
 */
const sha256 = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource));
const DAY = 86_400_000;

/** A dataset as saveDataset stores it (record without id, dictionaries, columns). */
function dataset(name: string, rows = 20): BackupDataset {
  return {
    record: {
      name,
      fileName: `${name}.csv`,
      createdAt: 1_700_000_000_000,
      rows,
      customers: 3,
      // Purchase invoices: the invoice codes 0..3 used by the rows (code -1 is no invoice).
      invoices: Math.min(4, rows - 1),
      firstDate: '2024-01-01',
      lastDate: `2024-01-${String(rows).padStart(2, '0')}`,
      bytesStored: 1234,
      attributeNames: ['region'],
      options: {
        encoding: 'utf-8',
        hasHeader: true,
        roles: ['customer', 'date', 'amount'],
        cleaning: { dropDuplicates: true },
      },
      report: {
        fileName: `${name}.csv`,
        rowsRead: rows,
        rowsKept: rows,
        dropped: { badDate: 0 },
        samples: { badDate: [] },
        warnings: [{ code: 'x.y', params: { n: 1 }, text: 'x' }],
        dateOrder: null,
        customers: 3,
      },
    },
    settings: { v: 1, scheme: 'rfm11' },
    dictionaries: [
      { name: 'attr:0', values: ['N', 'S'] },
      { name: 'customer', values: ['a', 'b', 'c'] },
      { name: 'invoice', values: ['1', '2', '3', '4'] },
    ],
    columns: [
      { name: 'amount', data: Float64Array.from({ length: rows }, (_, i) => 10 + i) },
      { name: 'attr:0', data: Int32Array.from({ length: rows }, (_, i) => (i % 3) - 1) },
      { name: 'customer', data: Int32Array.from({ length: rows }, (_, i) => i % 3) },
      { name: 'invoice', data: Int32Array.from({ length: rows }, (_, i) => (i % 5) - 1) },
      { name: 'time', data: Float64Array.from({ length: rows }, (_, i) => 19723 * DAY + i * DAY) },
    ],
  };
}

const valid = () => [dataset('books', 3), dataset('shop', 20)];

type Manifest = {
  format: number;
  datasets: {
    record: Record<string, unknown>;
    dictionaries: { name: string; values: unknown[] }[];
    columns: { name: string; type: string; length: number; offset: number }[];
  }[];
};

/** Rewrites a backup's manifest (and optionally appends data bytes), with a fresh SHA-256. */
async function rewrite(bytes: Uint8Array, change: (m: Manifest) => void, extra = 0): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(12, true);
  const manifest = JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + length))) as Manifest;
  change(manifest);
  const json = new TextEncoder().encode(JSON.stringify(manifest));
  const data = bytes.subarray((16 + length + 7) & ~7, bytes.length - 32);
  const dataStart = (16 + json.length + 7) & ~7;
  const body = dataStart + data.length + extra;
  const out = new Uint8Array(body + 32);
  out.set(bytes.subarray(0, 12));
  new DataView(out.buffer).setUint32(12, json.length, true);
  out.set(json, 16);
  out.set(data, dataStart);
  out.set(await sha256(out.subarray(0, body)), body);
  return out;
}

/** Sets the length field of the header, with a fresh SHA-256. */
async function withHeaderLength(bytes: Uint8Array, length: number): Promise<Uint8Array> {
  const out = bytes.slice();
  new DataView(out.buffer).setUint32(12, length, true);
  out.set(await sha256(out.subarray(0, out.length - 32)), out.length - 32);
  return out;
}

const col = (m: Manifest, k: number, name: string) => m.datasets[k].columns.find((c) => c.name === name)!;
const shopColumn = (items: BackupDataset[], name: string) => items[1].columns.find((c) => c.name === name)!.data;

type Case = {
  name: string;
  /** Changes the datasets before encoding (values), or the encoded bytes (manifest, layout). */
  items?: (items: BackupDataset[]) => void;
  bytes?: (bytes: Uint8Array) => Promise<Uint8Array>;
  code: string;
  /** Expected in the English message: where it is. */
  where?: string;
};

const cases: Case[] = [
  {
    name: 'a negative offset',
    bytes: (b) => rewrite(b, (m) => (col(m, 1, 'amount').offset = -8)),
    code: 'backup.invalid.columnPlace',
    where: 'dataset 2 "shop": column amount',
  },
  {
    name: 'a negative length',
    bytes: (b) => rewrite(b, (m) => (col(m, 1, 'time').length = -1)),
    code: 'backup.invalid.columnLength',
    where: 'dataset 2 "shop": column time: -1 values where the dataset has 20',
  },
  {
    name: 'a misaligned offset',
    bytes: (b) => rewrite(b, (m) => (col(m, 0, 'customer').offset += 4)),
    code: 'backup.invalid.columnPlace',
    where: 'dataset 1 "books": column customer',
  },
  {
    name: 'an offset past the end of the file',
    bytes: (b) => rewrite(b, (m) => (col(m, 1, 'time').offset = 1e9)),
    code: 'backup.invalid.columnPlace',
  },
  {
    name: 'two columns on the same bytes',
    bytes: (b) => rewrite(b, (m) => (col(m, 1, 'time').offset = col(m, 1, 'amount').offset)),
    code: 'backup.invalid.columnPlace',
  },
  {
    name: 'column lengths that disagree with the row count',
    bytes: (b) => rewrite(b, (m) => (m.datasets[1].record.rows = 21)),
    code: 'backup.invalid.columnLength',
    where: 'column amount: 20 values where the dataset has 21',
  },
  {
    name: '2,000,000,000 declared rows',
    bytes: (b) => rewrite(b, (m) => (m.datasets[1].record.rows = 2_000_000_000)),
    code: 'backup.invalid.columnLength',
  },
  {
    name: '2,000,000,000 declared rows with column lengths to match',
    bytes: (b) =>
      rewrite(b, (m) => {
        m.datasets[1].record.rows = 2_000_000_000;
        for (const c of m.datasets[1].columns) c.length = 2_000_000_000;
      }),
    code: 'backup.invalid.columnPlace',
  },
  {
    name: 'a customer code outside the dictionary',
    items: (items) => (shopColumn(items, 'customer')[16] = 3),
    code: 'backup.invalid.codeOutOfRange',
    where: 'dataset 2 "shop": column customer, row 17: code 3 is outside its dictionary of 3 values',
  },
  {
    name: 'a blank (-1) customer code',
    items: (items) => (shopColumn(items, 'customer')[0] = -1),
    code: 'backup.invalid.codeOutOfRange',
  },
  {
    name: 'an attribute code below -1',
    items: (items) => (shopColumn(items, 'attr:0')[4] = -2),
    code: 'backup.invalid.codeOutOfRange',
  },
  {
    name: 'an invoice code past the dictionary',
    items: (items) => (shopColumn(items, 'invoice')[4] = 4),
    code: 'backup.invalid.codeOutOfRange',
  },
  {
    name: 'a non-string dictionary value',
    items: (items) => ((items[1].dictionaries[1].values as unknown[])[1] = 42),
    code: 'backup.invalid.dictionaryValue',
    where: 'dataset 2 "shop": dictionary customer, entry 2: not text',
  },
  {
    name: 'a dictionary that is not a list',
    bytes: (b) => rewrite(b, (m) => ((m.datasets[1].dictionaries[1] as { values: unknown }).values = 'abc')),
    code: 'backup.invalid.dictionary',
  },
  {
    name: 'an unknown dictionary',
    items: (items) => items[1].dictionaries.push({ name: 'attr:7', values: [] }),
    code: 'backup.invalid.unknownDictionary',
  },
  {
    name: 'a report that is null',
    items: (items) => (items[1].record.report = null),
    code: 'backup.invalid.record',
    where: 'dataset 2 "shop": the field report is missing',
  },
  {
    name: 'malformed report warnings',
    items: (items) => ((items[1].record.report as Record<string, unknown>).warnings = 'x'),
    code: 'backup.invalid.record',
    where: 'report.warnings',
  },
  {
    name: 'malformed drop counts',
    items: (items) => ((items[1].record.report as Record<string, unknown>).dropped = { badDate: 'many' }),
    code: 'backup.invalid.record',
    where: 'report.dropped',
  },
  {
    name: 'an attribute list that is not a list',
    items: (items) => (items[1].record.attributeNames = 'region'),
    code: 'backup.invalid.record',
    where: 'attributeNames',
  },
  {
    name: 'an attribute list of numbers',
    items: (items) => (items[1].record.attributeNames = [1]),
    code: 'backup.invalid.record',
  },
  {
    name: 'options that are null',
    items: (items) => (items[1].record.options = null),
    code: 'backup.invalid.record',
    where: 'options',
  },
  {
    name: 'a name that is not text',
    items: (items) => (items[1].record.name = { a: 1 }),
    code: 'backup.invalid.record',
  },
  {
    name: 'settings that are not an object',
    items: (items) => (items[1].settings = 'x' as never),
    code: 'backup.invalid.settings',
  },
  {
    name: 'an unknown column type',
    bytes: (b) => rewrite(b, (m) => (col(m, 1, 'amount').type = 'i64')),
    code: 'backup.invalid.columnType',
    where: 'column amount: the type i64',
  },
  {
    name: 'a column of the wrong type',
    bytes: (b) => rewrite(b, (m) => (col(m, 1, 'customer').type = 'f64')),
    code: 'backup.invalid.columnType',
  },
  {
    name: 'an unknown column',
    bytes: (b) => rewrite(b, (m) => (col(m, 1, 'amount').name = 'price')),
    code: 'backup.invalid.unknownColumn',
  },
  {
    name: 'a missing column',
    items: (items) => (items[1].columns = items[1].columns.filter((c) => c.name !== 'invoice')),
    code: 'backup.invalid.missingColumn',
    where: 'the column invoice is missing',
  },
  {
    name: 'a column twice',
    items: (items) => (items[1].columns[1] = items[1].columns[0]),
    code: 'backup.invalid.unknownColumn',
    where: 'the column amount is unknown or repeated',
  },
  {
    name: 'more columns than the record can have',
    items: (items) => items[1].columns.push(items[1].columns[0]),
    code: 'backup.invalid.tooManyColumns',
  },
  {
    name: 'a NaN amount',
    items: (items) => (shopColumn(items, 'amount')[16] = NaN),
    code: 'backup.invalid.notNumber',
    where: 'dataset 2 "shop": column amount, row 17: not a number',
  },
  {
    name: 'an infinite amount',
    items: (items) => (shopColumn(items, 'amount')[0] = Infinity),
    code: 'backup.invalid.notNumber',
  },
  {
    name: 'a NaN time',
    items: (items) => (shopColumn(items, 'time')[2] = NaN),
    code: 'backup.invalid.notNumber',
    where: 'column time, row 3',
  },
  {
    name: 'a time of 1e300',
    items: (items) => (shopColumn(items, 'time')[5] = 1e300),
    code: 'backup.invalid.timeOutOfRange',
    where: 'dataset 2 "shop": column time, row 6',
  },
  {
    name: 'a time before the year 1',
    items: (items) => (shopColumn(items, 'time')[0] = -62_135_596_800_001),
    code: 'backup.invalid.timeOutOfRange',
  },
  {
    name: '401 customers for a dictionary of 400 (here 4 for 3)',
    items: (items) => (items[1].record.customers = 4),
    code: 'backup.invalid.customerCount',
    where: 'dataset 2 "shop": it lists 4 customers where its customer ids are 3',
  },
  {
    name: 'more invoices than the data has',
    items: (items) => (items[1].record.invoices = 5),
    code: 'backup.invalid.invoiceCount',
  },
  {
    name: 'a first date that is not a date',
    items: (items) => (items[1].record.firstDate = 'not a date'),
    code: 'backup.invalid.badDate',
    where: 'firstDate not a date is not a date',
  },
  {
    name: 'an impossible date',
    items: (items) => (items[1].record.lastDate = '2024-02-30'),
    code: 'backup.invalid.badDate',
  },
  {
    name: 'a first date later than the last',
    items: (items) => (items[1].record.firstDate = '2024-01-25'),
    code: 'backup.invalid.dateMismatch',
    where: 'firstDate is 2024-01-25 where its data gives 2024-01-01',
  },
  {
    name: 'a last date other than the last day of the data',
    items: (items) => (items[1].record.lastDate = '2024-01-19'),
    code: 'backup.invalid.dateMismatch',
  },
  {
    name: 'no dates for a dataset with rows',
    items: (items) => (items[1].record.firstDate = null),
    code: 'backup.invalid.dateMismatch',
  },
  {
    name: 'settings of the wrong types',
    items: (items) => (items[1].settings = { rules: 'x', scheme: 42 }),
    code: 'backup.invalid.settingsField',
  },
  {
    name: 'a setting of the wrong type',
    items: (items) => (items[1].settings = { v: 1, scheme: 42 }),
    code: 'backup.invalid.settingsField',
    where: 'the analysis setting scheme',
  },
  {
    name: `${MAX_DATASETS + 1} datasets`,
    bytes: (b) => rewrite(b, (m) => (m.datasets = Array.from({ length: MAX_DATASETS + 1 }, () => m.datasets[0]))),
    code: 'backup.tooManyDatasets',
  },
  {
    name: '1,000,000 datasets',
    bytes: (b) => rewrite(b, (m) => (m.datasets = Array.from({ length: 1_000_000 }, () => ({}) as never))),
    code: 'backup.tooManyDatasets',
  },
  {
    name: 'a dataset entry that is not an object',
    bytes: (b) => rewrite(b, (m) => (m.datasets[1] = 7 as never)),
    code: 'backup.invalid.entry',
  },
  {
    name: 'a manifest without datasets',
    bytes: (b) => rewrite(b, (m) => (m.datasets = 'x' as never)),
    code: 'backup.manifest',
  },
  {
    name: 'a manifest length past the end of the file',
    bytes: (b) => withHeaderLength(b, b.length),
    code: 'backup.layout',
  },
  {
    name: 'bytes that no column uses',
    bytes: (b) => rewrite(b, () => undefined, 64),
    code: 'backup.layout',
  },
];

describe('backup validation', () => {
  it('reads back a valid backup (the cases below start from it)', async () => {
    const items = await decodeBackup(await encodeBackup(valid(), sha256), sha256);
    expect(items.map((d) => d.record.name)).toEqual(['books', 'shop']);
    expect(Array.from(items[1].columns[0].data.subarray(0, 3))).toEqual([10, 11, 12]);
    // An unchanged rewrite is still valid: only the changes below make a case fail.
    const same = await rewrite(await encodeBackup(valid(), sha256), () => undefined);
    await expect(decodeBackup(same, sha256)).resolves.toHaveLength(2);
  });

  it.each(cases)('rejects $name with a coded, located error', async ({ items, bytes, code, where }) => {
    const datasets = valid();
    items?.(datasets);
    let file = await encodeBackup(datasets, sha256);
    if (bytes) file = await bytes(file);
    const started = performance.now();
    const error = await decodeBackup(file, sha256).then(
      () => null,
      (e: unknown) => e,
    );
    const problem = code.startsWith('backup.invalid.') ? code.slice('backup.invalid.'.length) : undefined;
    if (problem) expect(error).toMatchObject({ name: 'CoreError', code: 'backup.invalid', params: { problem } });
    else expect(error).toMatchObject({ name: 'CoreError', code });
    if (where) expect((error as Error).message).toContain(where);
    expect((error as Error).message).toMatch(/nothing was (restored|changed)$/);
    // Bounds are checked before the work: no case takes long.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('the params of a backup problem', () => {
  it('name an attribute column by the attribute, and keep counts as numbers (formatted by the UI)', async () => {
    const bad = valid();
    shopColumn(bad, 'attr:0')[4] = 2;
    const error = await decodeBackup(await encodeBackup(bad, sha256), sha256).catch((e: unknown) => e);
    expect(error).toMatchObject({ params: { problem: 'codeOutOfRange', column: 'attr:0', attribute: 'region' } });
    const long = await rewrite(await encodeBackup(valid(), sha256), (m) => (m.datasets[1].record.rows = 21));
    const length = await decodeBackup(long, sha256).catch((e: unknown) => e);
    expect(length).toMatchObject({ params: { problem: 'columnLength', length: 20, expected: 21 } });
  });
});

describe('the shape of a stored record', () => {
  const good = () => ({ id: 1, ...dataset('shop').record });
  type R = Record<string, unknown>;
  it.each<[string, (r: R) => unknown, string]>([
    ['not an object', () => null, 'record'],
    ['an array', () => [], 'record'],
    ['no id', (r) => (delete r.id, r), 'id'],
    ['a text row count', (r) => ((r.rows = '20'), r), 'rows'],
    ['a negative customer count', (r) => ((r.customers = -1), r), 'customers'],
    ['a numeric first date', (r) => ((r.firstDate = 3), r), 'firstDate'],
    ['report null', (r) => ((r.report = null), r), 'report'],
    ['an unknown report kind', (r) => (((r.report as R).kind = 'x'), r), 'report.kind'],
    ['a summary without rowsKept', (r) => ((r.report = { kind: 'summary' }), r), 'report.rowsKept'],
    ['bad cleaning options', (r) => (((r.options as R).cleaning = { a: 1 }), r), 'options.cleaning'],
    ['a zero outlier gap', (r) => (((r.options as R).cleaning = { outlierYears: 0 }), r), 'options.cleaning'],
    ['a text outlier gap', (r) => (((r.options as R).cleaning = { outlierYears: '5' }), r), 'options.cleaning'],
    ['a numeric fingerprint', (r) => ((r.fingerprint = 5), r), 'fingerprint'],
  ])('names the field of %s', (_name, change, field) => {
    expect(recordProblem(change(good()), true)).toBe(field);
  });

  it('accepts records as older versions wrote them (fewer report fields) and newer fields it does not know', () => {
    const old = { ...good(), options: {}, report: { fileName: 'old.csv' } };
    expect(recordProblem(old, true)).toBeNull();
    expect(recordProblem({ ...good(), later: { anything: 1 } }, true)).toBeNull();
  });
});
