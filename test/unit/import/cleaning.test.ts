// Cleaning rules: which rows each toggle keeps or drops, with the counts and first-row samples the
// import report shows. One file, every kind of bad row, worked out line by line below.
import { describe, expect, it } from 'vitest';
import type { CleaningOptions } from '../../../src/core/import/types.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { importText } from '../helpers.ts';

const FILE = [
  'invoice,customer,date,amount', //     line 1: header
  '1,A,2024-01-05,100', //               2: kept
  '2,A,2024-01-06,abc', //               3: amount does not parse
  '3,B,2024-13-45,50', //                4: date does not parse
  '4,,2024-01-05,10', //                 5: no customer id
  'C5,A,2024-01-07,-40', //              6: cancellation (invoice starts with C)
  '6,B,2024-01-08,0', //                 7: zero amount
  '7,B,2024-01-09,30', //                8: kept
  '7,B,2024-01-09,30', //                9: exact duplicate of line 8
  '8,B,2024-01-10,-5', //                10: negative amount, not a cancellation
  '9,C', //                              11: too few fields
].join('\n');

const rows: {
  name: string;
  cleaning: Partial<CleaningOptions>;
  dropped: Record<string, number>;
  kept: number;
  returnsKept: number;
  monetary: { A: number; B: number };
}[] = [
  {
    name: 'defaults',
    cleaning: {},
    dropped: { malformed: 1, noCustomer: 1, badDate: 1, badAmount: 1, cancellation: 1, nonPositive: 2, duplicate: 1 },
    kept: 2,
    returnsKept: 0,
    monetary: { A: 100, B: 30 },
  },
  {
    name: 'keep returns: netted as negative amounts',
    cleaning: { keepReturns: true },
    dropped: { malformed: 1, noCustomer: 1, badDate: 1, badAmount: 1, cancellation: 0, nonPositive: 1, duplicate: 1 },
    kept: 4,
    returnsKept: 2,
    monetary: { A: 60, B: 25 },
  },
  {
    name: 'keep duplicates',
    cleaning: { dropDuplicates: false },
    dropped: { malformed: 1, noCustomer: 1, badDate: 1, badAmount: 1, cancellation: 1, nonPositive: 2, duplicate: 0 },
    kept: 3,
    returnsKept: 0,
    monetary: { A: 100, B: 60 },
  },
  {
    name: 'keep non-positive amounts',
    cleaning: { dropNonPositive: false },
    dropped: { malformed: 1, noCustomer: 1, badDate: 1, badAmount: 1, cancellation: 1, nonPositive: 0, duplicate: 1 },
    kept: 4,
    returnsKept: 0,
    monetary: { A: 100, B: 25 },
  },
];

describe('cleaning rules', () => {
  it.each(rows)('$name', async ({ cleaning, dropped, kept, returnsKept, monetary }) => {
    const { table, report } = await importText(FILE, { cleaning });
    expect(report.rowsRead).toBe(10);
    expect(report.dropped).toEqual({
      tooManyFields: 0,
      future: 0,
      badOrders: 0,
      badSpan: 0,
      amountOutOfRange: 0,
      outlierDate: 0,
      ...dropped,
    });
    expect(report.rowsKept).toBe(kept);
    expect(report.rowsKept + Object.values(report.dropped).reduce((a, b) => a + b, 0)).toBe(10);
    expect(report.returnsKept).toBe(returnsKept);
    const rfm = computeRfm(table);
    const m = Object.fromEntries([...Array(rfm.n).keys()].map((i) => [rfm.ids[i], rfm.monetary[i]]));
    expect(m).toEqual(monetary);
  });

  it('names line, column and raw value of the first dropped rows', async () => {
    const { report } = await importText(FILE);
    expect(report.samples).toMatchObject({
      badAmount: [{ line: 3, column: 4, raw: 'abc' }],
      badDate: [{ line: 4, column: 3, raw: '2024-13-45' }],
      noCustomer: [{ line: 5, column: 2 }],
      cancellation: [{ line: 6, column: 1, raw: 'C5' }],
      nonPositive: [
        { line: 7, column: 4, raw: '0' },
        { line: 10, column: 4, raw: '-5' },
      ],
      duplicate: [{ line: 9 }],
      malformed: [{ line: 11 }],
    });
  });

  it('keeps only the first 20 samples of a reason but counts them all', async () => {
    const bad = Array.from({ length: 25 }, (_, i) => `x${i},A,not a date,1`);
    const { report } = await importText(['invoice,customer,date,amount', '1,A,2024-01-01,5', ...bad].join('\n'), {
      roles: ['invoice', 'customer', 'date', 'amount'],
    });
    expect(report.dropped.badDate).toBe(25);
    expect(report.samples.badDate).toHaveLength(20);
    expect(report.samples.badDate[19]).toEqual({ line: 22, column: 3, raw: 'not a date' });
  });

  it('a negative quantity is a cancellation even without an invoice id', async () => {
    const { report } = await importText('customer,date,quantity,price\nA,2024-01-01,2,5\nA,2024-01-02,-1,5\n');
    expect(report.dropped.cancellation).toBe(1);
    expect(report.samples.cancellation[0]).toEqual({ line: 3, column: 3, raw: '-1' });
  });
});
