import { describe, expect, it } from 'vitest';
import { clusterSnapshots, rfmAsOf } from '../../../src/core/migration/clusterSnapshots.ts';
import { migrationMatrix, NEW_ROW } from '../../../src/core/migration/migrationMatrix.ts';
import { segmentsAsOf } from '../../../src/core/migration/segmentsAsOf.ts';
import type { ValueBasis } from '../../../src/core/migration/segmentsAsOf.ts';
import { computeRfm, rfmOnBasis } from '../../../src/core/rfm/computeRfm.ts';
import { DEFAULT_SEGMENT_OPTIONS } from '../../../src/core/segments/segmentCustomers.ts';
import { daysFromCivil } from '../../../src/core/values/civil.ts';
import { importText } from '../helpers.ts';

// Hand-worked (cn8 against the means). a sells much at a loss, b and c little at a profit, so
// revenue and profit rank them the other way round.
// As of 2024-03-31 (reference 04-01):
//   a: R 12, F 2, revenue 200, profit −80; b: 87, 1, 50, 30; c: 60, 1, 20, 10
//   means: R 53, F 1.33, revenue 90, profit −13.33
//   revenue: a important value; b, c general win-back
//   profit:  a general value (−80 below the mean); b, c important win-back
// As of 2024-06-30 (reference 07-01):
//   a: 11, 3, 300, −120; b: 178, 1, 50, 30; c: 61, 2, 320, 30; d: 47, 1, 10, 5
//   means: R 74.25, F 1.75, revenue 170, profit −13.75
//   revenue: a, c important value; b general win-back; d general development
//   profit:  a general value; b important win-back; c important value; d important development
const CSV =
  [
    'customer,date,amount,profit',
    'a,2024-01-10,100,-40',
    'b,2024-01-05,50,30',
    'c,2024-02-01,20,10',
    'a,2024-03-20,100,-40',
    'c,2024-05-01,300,20',
    'd,2024-05-15,10,5',
    'a,2024-06-20,100,-40',
  ].join('\n') + '\n';

const MARCH = daysFromCivil(2024, 3, 31);
const JUNE = daysFromCivil(2024, 6, 30);
const CN8 = { ...DEFAULT_SEGMENT_OPTIONS, scheme: 'cn8' as const };

const CASES: { basis: ValueBasis; day: number; expected: Record<string, string | null> }[] = [
  {
    basis: 'revenue',
    day: MARCH,
    expected: { a: 'important_value', b: 'general_winback', c: 'general_winback', d: null },
  },
  {
    basis: 'profit',
    day: MARCH,
    expected: { a: 'general_value', b: 'important_winback', c: 'important_winback', d: null },
  },
  {
    basis: 'revenue',
    day: JUNE,
    expected: { a: 'important_value', b: 'general_winback', c: 'important_value', d: 'general_development' },
  },
  {
    basis: 'profit',
    day: JUNE,
    expected: { a: 'general_value', b: 'important_winback', c: 'important_value', d: 'important_development' },
  },
];

describe('migration on the value basis, hand-worked', () => {
  it.each(CASES)('cn8 on $basis as of day $day', async ({ basis, day, expected }) => {
    const { table } = await importText(CSV);
    expect(table.profit).toBeDefined();
    const s = segmentsAsOf(table, day, CN8, basis);
    const got = Object.fromEntries(
      table.customerIds.map((id, c) => [id, s.segmentOf[c] < 0 ? null : s.ids[s.segmentOf[c]]]),
    );
    expect(got).toEqual(expected);
  });

  it.each([
    ['revenue', { a: 300, b: 50, c: 320, d: 10 }],
    ['profit', { a: -120, b: 30, c: 30, d: 5 }],
  ] as const)('rfmAsOf on %s: monetary per customer as of 30 June', async (basis, monetary) => {
    const { table } = await importText(CSV);
    const rfm = rfmAsOf(table, JUNE, basis);
    expect(Object.fromEntries(rfm.ids.map((id, k) => [id, rfm.monetary[k]]))).toEqual(monetary);
    // M follows monetary: on profit a (the loss) has the lowest M, on revenue one of the highest.
    const m = Object.fromEntries(rfm.ids.map((id, k) => [id, rfm.m[k]]));
    if (basis === 'profit') expect(m.a).toBeLessThan(Math.min(m.b, m.c, m.d));
    else expect(m.a).toBeGreaterThan(Math.max(m.b, m.d));
  });

  it('rfmOnBasis equals computeRfm with valueBasis profit (M ranked the same)', async () => {
    const { table } = await importText(CSV);
    const a = rfmOnBasis(computeRfm(table), 'profit');
    const b = computeRfm(table, { valueBasis: 'profit' });
    expect(Array.from(a.monetary)).toEqual(Array.from(b.monetary));
    expect(Array.from(a.m)).toEqual(Array.from(b.m));
    expect(a.valueBasis).toBe('profit');
  });

  it('the profit migration matrix: c moves up into important value, d arrives in important development', async () => {
    const { table } = await importText(CSV);
    const snaps = [MARCH, JUNE].map((d) => segmentsAsOf(table, d, CN8, 'profit'));
    const m = migrationMatrix(snaps[0], snaps[1]);
    const at = (from: string, to: string) => m.counts[m.from.indexOf(from)][m.to.indexOf(to)];
    expect(at('important_winback', 'important_value')).toBe(1); // c
    expect(at('important_winback', 'important_winback')).toBe(1); // b
    expect(at('general_value', 'general_value')).toBe(1); // a
    expect(at(NEW_ROW, 'important_development')).toBe(1); // d
  });

  it('a table without profit refuses the profit basis (rfm.noProfit)', async () => {
    const { table } = await importText('customer,date,amount\na,2024-01-10,100\nb,2024-02-10,50\n');
    expect(() => segmentsAsOf(table, JUNE, CN8, 'profit')).toThrow(/profit column/);
    expect(() => rfmAsOf(table, JUNE, 'profit')).toThrow(/profit column/);
  });

  it('clusters over time on profit cluster the profit values (a, the loss, apart from b, c, d)', async () => {
    const { table } = await importText(CSV);
    const o = { k: 2, seed: 1, restarts: 5, transform: 'none' as const, scaling: 'z' as const };
    const onProfit = clusterSnapshots(table, [MARCH, JUNE], { ...o, valueBasis: 'profit' });
    const last = onProfit[1];
    const ca = last.segmentOf[table.customerIds.indexOf('a')];
    for (const id of ['b', 'c', 'd']) expect(last.segmentOf[table.customerIds.indexOf(id)]).not.toBe(ca);
  });
});
