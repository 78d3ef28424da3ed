// A workbook saved in the 1904 date system (Mac Excel), written here by SheetJS itself (the other
// fixtures use a tiny writer): typed date cells and bare serial numbers in General format both give
// the dates, the RFM table and the report of the CSV and of the 1900-system workbook of the same rows.
import { describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { computeRfm } from '../../../../src/core/rfm/computeRfm.ts';
import { HEADER, fixtureCsv, fixtureRows } from './fixtureRows.ts';
import type { FixtureRow } from './fixtureRows.ts';
import { importAny } from './sources.ts';

const rows = fixtureRows();
const csv = new TextEncoder().encode(fixtureCsv(rows));

const dateOf = (r: FixtureRow) => new Date(Date.UTC(r.at[0], r.at[1] - 1, r.at[2], r.at[3], r.at[4]));
/** The serial of a date: days since 1899-12-30 (1900 system, from 1900-03-01 on) or 1904-01-01. */
const serialOf = (r: FixtureRow, date1904: boolean) =>
  (dateOf(r).getTime() - Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 : 30)) / 86_400_000;

function book(dates: 'typed' | 'serial', date1904: boolean): Uint8Array {
  const body = rows.map((r) => [
    r.invoice,
    r.customer,
    dates === 'typed' ? dateOf(r) : serialOf(r, date1904),
    r.quantity,
    r.price,
    r.region,
  ]);
  const ws = utils.aoa_to_sheet([HEADER, ...body], { cellDates: true, UTC: true });
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, 'Orders');
  wb.Workbook = { WBProps: { date1904 } };
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function read(bytes: Uint8Array, name: string) {
  const { table, report, options } = await importAny(bytes, name);
  const rfm = computeRfm(table);
  return {
    options,
    report,
    rfm: { ids: rfm.ids, r: Array.from(rfm.recency), f: Array.from(rfm.frequency), m: Array.from(rfm.monetary) },
    time: Array.from(table.time),
  };
}

describe('the 1904 date system', async () => {
  const reference = await read(csv, 'rows.csv');

  it('the SheetJS fixture really is a 1904 workbook: its serials are 1,462 below the 1900 ones', () => {
    expect(serialOf(rows[0], false) - serialOf(rows[0], true)).toBe(1462);
  });

  it.each([
    ['typed date cells', 'typed'],
    ['serial numbers in General format', 'serial'],
  ] as const)('%s: same dates, RFM table and counts as the CSV and as the 1900 workbook', async (_n, dates) => {
    const mac = await read(book(dates, true), 'mac.xlsx');
    const win = await read(book(dates, false), 'win.xlsx');
    for (const got of [mac, win]) {
      expect(got.time).toEqual(reference.time);
      expect(got.rfm).toEqual(reference.rfm);
      expect(got.report.firstDate).toBe(reference.report.firstDate);
      expect(got.report.lastDate).toBe(reference.report.lastDate);
      expect(got.report.rowsKept).toBe(reference.report.rowsKept);
    }
    expect(mac.options.dateFormat.date1904 === true).toBe(dates === 'serial');
    expect(mac.report.warnings.map((w) => w.code)).toContain('import.macDateSystem');
    expect(win.report.warnings.map((w) => w.code)).not.toContain('import.macDateSystem');
  });
});
