import { describe, expect, it } from 'vitest';
import { compactTable } from '../../../src/core/import/compactTable.ts';
import { LineIndex } from '../../../src/core/import/LineIndex.ts';
import { SENTINEL_DAYS, keptDayRange, mayHoldOutliers } from '../../../src/core/import/outlierDates.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { daysFromCivil, formatDay, parseIsoDay } from '../../../src/core/values/civil.ts';

const MS = 86_400_000;
/** `n` rows a day apart from `from`, then the extra days. */
const times = (from: string, n: number, ...extra: string[]) =>
  Float64Array.from([
    ...Array.from({ length: n }, (_, i) => ((parseIsoDay(from) as number) + i) * MS),
    ...extra.map((d) => (parseIsoDay(d) as number) * MS),
  ]);
const range = (t: Float64Array, years = 5) => {
  const r = keptDayRange(t, t.length, years);
  return r && [formatDay(r.lo), formatDay(r.hi)];
};

describe('keptDayRange', () => {
  it('catches every "no date" value the rule names', () => {
    expect(SENTINEL_DAYS.map(formatDay)).toEqual(
      expect.arrayContaining(['9999-12-31', '0001-01-01', '1900-01-01', '1899-12-30']),
    );
  });
  it.each<[string, Float64Array, number, [string, string] | null]>([
    ['two years, nothing outside', times('2024-01-01', 730), 5, ['2024-01-01', '2025-12-30']],
    ['9999-12-31 cut off', times('2024-01-01', 730, '9999-12-31'), 5, ['2024-01-01', '2025-12-30']],
    ['0001-01-01 cut off', times('2024-01-01', 730, '0001-01-01'), 5, ['2024-01-01', '2025-12-30']],
    // 5 % of the rows on 1900-01-01: not in the bulk since sentinel days do not count.
    ['many 1900-01-01', times('2024-01-01', 730, ...Array(40).fill('1900-01-01')), 5, ['2024-01-01', '2025-12-30']],
    ['a row three years before: bridged', times('2024-01-01', 730, '2021-02-01'), 5, ['2021-02-01', '2025-12-30']],
    [
      'a row seven years after: cut at 5 years',
      times('2024-01-01', 730, '2032-12-01'),
      5,
      ['2024-01-01', '2025-12-30'],
    ],
    [
      'a row seven years after: kept at 10 years',
      times('2024-01-01', 730, '2032-12-01'),
      10,
      ['2024-01-01', '2032-12-01'],
    ],
    ['every row a sentinel: nothing to compare with', times('1900-01-01', 1, '1900-01-01'), 5, null],
  ])('%s', (_name, t, years, expected) => {
    const r = range(t, years);
    if (expected === null) expect(r).toBeNull();
    else {
      // The range runs in 64-day steps: it holds the kept days and none of the cut ones.
      expect(r![0] <= expected[0] && r![1] >= expected[1]).toBe(true);
      const kept = [...t].map((ms) => formatDay(Math.floor(ms / MS))).filter((d) => d >= r![0] && d <= r![1]);
      expect(kept.every((d) => d >= expected[0] && d <= expected[1])).toBe(true);
    }
  });
});

describe('compactTable', () => {
  it('keeps the marked rows and drops customers, invoices and attribute values left without rows', () => {
    const t: TransactionTable = {
      rows: 4,
      customer: Int32Array.from([0, 1, 2, 1]),
      customerIds: ['A', 'B', 'C'],
      time: Float64Array.from([1, 2, 3, 4]),
      amount: Float64Array.from([10, 20, 30, 40]),
      invoice: Int32Array.from([0, 1, 2, 3]),
      invoiceIds: ['i0', 'i1', 'i2', 'i3'],
      attributes: [{ name: 'region', codes: Int32Array.from([0, -1, 1, 2]), values: ['N', 'S', 'E'] }],
    };
    const c = compactTable(t, Uint8Array.from([1, 0, 1, 0]));
    expect(c.rows).toBe(2);
    expect(c.customerIds).toEqual(['A', 'C']);
    expect([...c.customer]).toEqual([0, 1]);
    expect([...c.time, ...c.amount]).toEqual([1, 3, 10, 30]);
    expect(c.invoiceIds).toEqual(['i0', 'i2']);
    expect([...c.invoice]).toEqual([0, 1]);
    expect(c.attributes[0].values).toEqual(['N', 'S']);
    expect([...c.attributes[0].codes]).toEqual([0, 1]);
  });
});

describe('LineIndex', () => {
  it('gives back the line of every row from the changes of offset only', () => {
    const lines = [2, 3, 4, 7, 8, 12, 13, 14];
    const ix = new LineIndex();
    lines.forEach((l, r) => ix.push(r, l));
    expect(lines.map((_, r) => ix.lineOf(r))).toEqual(lines);
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
  });
});

describe('mayHoldOutliers (the skip of the pass for short spans)', () => {
  const d = (s: string) => parseIsoDay(s) as number;
  it.each([
    ['2024-01-01', '2025-12-31', false],
    ['2015-01-01', '2025-12-31', true],
    ['1965-06-01', '1970-01-01', true], // a sentinel at an end: the pass decides
    ['1900-01-01', '1901-06-01', true],
    ['2024-01-01', '9999-12-31', true],
  ])('%s .. %s → %s', (first, last, expected) => {
    expect(mayHoldOutliers(d(first), d(last), 5)).toBe(expected);
  });
});
