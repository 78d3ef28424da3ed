// Issue 17: an .xlsx, .parquet or .arrow file goes through the CSV importer (cellsToRecord), so the
// same rows give the same import report and the same RFM table as their CSV, whatever the format,
// the parquet codec or the machine's time zone.
import { afterEach, describe, expect, it } from 'vitest';
import { computeRfm } from '../../../../src/core/rfm/computeRfm.ts';
import { fixtureArrow, fixtureCsv, fixtureParquet, fixtureRows, fixtureXlsx } from './fixtureRows.ts';
import { openTabular } from '../../../../src/core/import/tabular/openTabular.ts';
import { LARGE_WORKBOOK, sniffTabular } from '../../../../src/core/import/tabular/sniffTabular.ts';
import { bytesSource, importAny } from './sources.ts';

const rows = fixtureRows();
const csv = fixtureCsv(rows);
const enc = new TextEncoder();

async function rfmOf(bytes: Uint8Array, name: string, over = {}) {
  const { table, report, sniff } = await importAny(bytes, name, {}, over);
  const rfm = computeRfm(table);
  return {
    sniff,
    report,
    rfm: {
      ids: rfm.ids,
      recency: Array.from(rfm.recency),
      frequency: Array.from(rfm.frequency),
      monetary: Array.from(rfm.monetary),
    },
    time: Array.from(table.time),
  };
}

/** The parts of a report that must not depend on the format. */
const counts = (r: Awaited<ReturnType<typeof rfmOf>>['report']) => ({
  rowsRead: r.rowsRead,
  rowsKept: r.rowsKept,
  dropped: r.dropped,
  samples: r.samples,
  customers: r.customers,
  invoices: r.invoices,
  firstDate: r.firstDate,
  lastDate: r.lastDate,
  cancellations: r.cancellations,
});

describe('the same rows give the same RFM table in every format', async () => {
  const reference = await rfmOf(enc.encode(csv), 'rows.csv');

  it('the CSV reference drops what Online Retail would: cancellations, a duplicate, a zero price', () => {
    expect(reference.report.rowsRead).toBe(rows.length);
    expect(reference.report.dropped.cancellation).toBeGreaterThan(0);
    expect(reference.report.dropped.duplicate).toBe(1);
    expect(reference.report.dropped.nonPositive).toBe(1);
    expect(reference.report.cancellations?.rule).toBe('C');
  });

  it.each([
    ['xlsx, date-time cells', () => fixtureXlsx(rows)],
    ['xlsx, serial numbers in General format', () => fixtureXlsx(rows, { dates: 'serial' })],
    ['xlsx, 1904 date system', () => fixtureXlsx(rows, { date1904: true })],
    [
      'xlsx, 1904 date system, serial numbers in General format',
      () => fixtureXlsx(rows, { dates: 'serial', date1904: true }),
    ],
    ['parquet snappy', () => fixtureParquet(csv, 'snappy')],
    ['parquet zstd', () => fixtureParquet(csv, 'zstd')],
    ['parquet gzip', () => fixtureParquet(csv, 'gzip')],
    ['parquet lz4 (LZ4_RAW)', () => fixtureParquet(csv, 'lz4')],
    ['parquet brotli (loaded on demand)', () => fixtureParquet(csv, 'brotli')],
    ['parquet uncompressed', () => fixtureParquet(csv, 'uncompressed')],
    ['arrow IPC file', () => fixtureArrow(rows)],
  ])('%s', async (name, make) => {
    const got = await rfmOf(await make(), `rows.${name.split(' ')[0]}`);
    expect(got.sniff.roles).toEqual(reference.sniff.roles);
    expect(got.rfm).toEqual(reference.rfm);
    expect(got.time).toEqual(reference.time);
    const { samples, ...rest } = counts(got.report);
    const { samples: refSamples, ...refRest } = counts(reference.report);
    expect(rest).toEqual(refRest);
    // Lines point at the same rows: header = line 1 in every format here.
    expect(samples.cancellation.map((s) => s.line)).toEqual(refSamples.cancellation.map((s) => s.line));
    expect(got.report.format).toBe(/^\w+/.exec(name)![0]);
    // A 1904 workbook says so in its report (and its sniff), no other file does.
    const is1904 = name.includes('1904');
    expect(got.report.warnings.some((w) => w.code === 'import.macDateSystem')).toBe(is1904);
    expect(got.sniff.tabular?.date1904 === true).toBe(is1904);
  });

  it('a workbook: title rows above the header are skipped and the sheet with data is chosen; lines are the sheet rows', async () => {
    const got = await rfmOf(fixtureXlsx(rows, { title: true, notes: true }), 'rows.xlsx');
    expect(got.sniff.tabular).toEqual({ format: 'xlsx', sheets: ['Notes', 'Orders'], sheet: 'Orders' });
    expect(got.sniff.skipLines).toBe(1);
    expect(got.sniff.notices.map((n) => n.code)).toContain('sniff.titleRows');
    expect(got.rfm).toEqual(reference.rfm);
    expect(got.report.sheet).toBe('Orders');
    // The header is on row 3 of the sheet (title, blank row, header): every line is 2 lower in the CSV.
    const lines = got.report.samples.cancellation.map((s) => s.line - 2);
    expect(lines).toEqual(reference.report.samples.cancellation.map((s) => s.line));
  });

  it('a sheet chosen by name is read; an unknown sheet is a coded error naming the sheets', async () => {
    const book = fixtureXlsx(rows, { notes: true });
    const notes = importAny(book, 'rows.xlsx', {}, { sheet: 'Notes' });
    await expect(notes).rejects.toMatchObject({ code: 'sniff.skipLeavesHeader' });
    await expect(importAny(book, 'rows.xlsx', {}, { sheet: 'Nope' })).rejects.toMatchObject({
      code: 'file.noSheet',
      params: { sheet: 'Nope', sheets: 'Notes, Orders' },
    });
  });
});

describe('a large workbook', () => {
  it('gets a notice to save it as CSV or Parquet (workbooks are read whole); a smaller one does not', async () => {
    const book = fixtureXlsx(rows);
    const reader = await openTabular('xlsx', bytesSource(book), 'big.xlsx');
    const codes = async (size: number) => (await sniffTabular(reader, size)).notices.map((n) => n.code);
    expect(await codes(LARGE_WORKBOOK + 1)).toContain('import.largeWorkbook');
    expect(await codes(book.length)).not.toContain('import.largeWorkbook');
  });
});

describe('xlsx dates do not move with the time zone', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each(['Asia/Shanghai', 'America/New_York', 'UTC'])('TZ=%s: every date-time equals the CSV one', async (tz) => {
    process.env.TZ = tz;
    const reference = await rfmOf(enc.encode(csv), 'rows.csv');
    for (const book of [fixtureXlsx(rows), fixtureXlsx(rows, { date1904: true })]) {
      const got = await rfmOf(book, 'rows.xlsx');
      expect(got.time).toEqual(reference.time);
      expect(got.report.firstDate).toBe(reference.report.firstDate);
    }
  });
});
