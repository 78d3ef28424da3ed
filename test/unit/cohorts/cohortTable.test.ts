import { describe, expect, it } from 'vitest';
import { cohortRows, cohortTotals, offsetTotals } from '../../../src/core/cohorts/cohortSummary.ts';
import { cohortTable } from '../../../src/core/cohorts/cohortTable.ts';
import { periodLabel, periodOfDay, periodStartDay } from '../../../src/core/cohorts/periods.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { purchaseOrders } from '../../../src/core/rfm/purchaseOrders.ts';
import { formatDay, parseIsoDay } from '../../../src/core/values/civil.ts';
import { tableOf } from './tables.ts';
import type { Row } from './tables.ts';

// Six customers over four months of 2024, worked out by hand (invoices mapped):
//  A  Jan 5 #1 100 · Feb 10 #2 50 · Apr 1 #3 30 · Apr 1 #C15 −10 (a kept return)  → cohort Jan
//  B  Jan 20 #4 40 + 20 (one invoice, two lines) · Mar 3 #5 80                    → cohort Jan
//  C  Jan 31 #6 10 · Jan 31 #7 30 (two invoices the same day)                     → cohort Jan
//  D  Feb 1 #8 200 · Feb 15 #9 100 · Mar 1 #10 50 · Apr 30 #11 25                  → cohort Feb
//  E  Feb 28 #12 70                                                                → cohort Feb
//  F  Mar 10 #13 90 · Apr 2 #14 45                                                 → cohort Mar
//  G  Mar 5 #C16 −20 (returns only: no purchase, in no cohort)
// By month, cohort (customers): offset k → active, retention, revenue, orders, AOV
//  2024-01 (3): 0 → 3, 1, 200, 4, 50 | 1 → 1 (A), 1/3, 50, 1, 50 | 2 → 1 (B), 1/3, 80, 1, 80
//               3 → 1 (A), 1/3, 30 − 10 = 20, 1, 20
//  2024-02 (2): 0 → 2, 1, 370, 3, 123.33 | 1 → 1 (D), 1/2, 50, 1, 50 | 2 → 1 (D), 1/2, 25, 1, 25
//  2024-03 (1): 0 → 1, 1, 90, 1, 90 | 1 → 1 (F), 1, 45, 1, 45
// All cohorts per offset: 0 → 6 of 6, 660 / 8 orders = 82.5 | 1 → 3 of 6, 145 / 3
//  2 → 2 of 5 (Jan + Feb), 105 / 2 = 52.5 | 3 → 1 of 3, 20 / 1.
// By quarter: one cohort 2024-Q1 (6): Q1 → 6, 1, 840, 11 orders | Q2 → 3 (A, D, F), 1/2, 90, 3, 30.
const ROWS: Row[] = [
  ['A', '2024-01-05', 100, '1'],
  ['B', '2024-01-20', 40, '4'],
  ['B', '2024-01-20', 20, '4'],
  ['C', '2024-01-31', 10, '6'],
  ['C', '2024-01-31', 30, '7'],
  ['D', '2024-02-01', 200, '8'],
  ['A', '2024-02-10', 50, '2'],
  ['D', '2024-02-15', 100, '9'],
  ['E', '2024-02-28', 70, '12'],
  ['D', '2024-03-01', 50, '10'],
  ['B', '2024-03-03', 80, '5'],
  ['G', '2024-03-05', -20, 'C16'],
  ['F', '2024-03-10', 90, '13'],
  ['A', '2024-04-01', 30, '3'],
  ['A', '2024-04-01', -10, 'C15'],
  ['F', '2024-04-02', 45, '14'],
  ['D', '2024-04-30', 25, '11'],
];
const SIX = tableOf(ROWS);
const round = (xs: (number | null)[]) => xs.map((x) => (x === null ? null : Math.round(x * 1e4) / 1e4));

describe('periods', () => {
  it.each([
    { day: '2011-01-15', period: 'month', label: '2011-01', start: '2011-01-01' },
    { day: '2011-12-31', period: 'month', label: '2011-12', start: '2011-12-01' },
    { day: '2012-02-29', period: 'month', label: '2012-02', start: '2012-02-01' },
    { day: '2011-03-31', period: 'quarter', label: '2011-Q1', start: '2011-01-01' },
    { day: '2011-04-01', period: 'quarter', label: '2011-Q2', start: '2011-04-01' },
    { day: '2011-12-09', period: 'quarter', label: '2011-Q4', start: '2011-10-01' },
    { day: '1969-12-31', period: 'month', label: '1969-12', start: '1969-12-01' },
  ] as const)('$day is in $period $label starting $start', ({ day, period, label, start }) => {
    const p = periodOfDay(parseIsoDay(day)!, period);
    expect(periodLabel(p, period)).toBe(label);
    expect(formatDay(periodStartDay(p, period))).toBe(start);
  });

  it('numbers consecutive periods consecutively across a year end', () => {
    const day = (s: string) => parseIsoDay(s)!;
    expect(periodOfDay(day('2011-01-01'), 'month') - periodOfDay(day('2010-12-31'), 'month')).toBe(1);
    expect(periodOfDay(day('2011-01-01'), 'quarter') - periodOfDay(day('2010-12-31'), 'quarter')).toBe(1);
    expect(periodOfDay(day('2011-12-09'), 'month') - periodOfDay(day('2010-12-01'), 'month')).toBe(12);
  });
});

describe('cohortTable on six hand-worked customers', () => {
  it('by month: cohorts, sizes, and retention, revenue, orders and AOV per offset', () => {
    const c = cohortTable(SIX, 'month');
    expect(c).toMatchObject({ cohorts: 3, offsets: 4, labels: ['2024-01', '2024-02', '2024-03'] });
    expect(Array.from(c.customers)).toEqual([3, 2, 1]);
    expect(Array.from(c.observed)).toEqual([4, 3, 2]);
    const rows = cohortRows(c);
    expect(rows.map((r) => r.active)).toEqual([
      [3, 1, 1, 1],
      [2, 1, 1],
      [1, 1],
    ]);
    expect(rows.map((r) => round(r.retention))).toEqual([
      [1, 0.3333, 0.3333, 0.3333],
      [1, 0.5, 0.5],
      [1, 1],
    ]);
    expect(rows.map((r) => r.revenue)).toEqual([
      [200, 50, 80, 20],
      [370, 50, 25],
      [90, 45],
    ]);
    expect(rows.map((r) => r.orders)).toEqual([
      [4, 1, 1, 1],
      [3, 1, 1],
      [1, 1],
    ]);
    expect(rows.map((r) => round(r.aov))).toEqual([
      [50, 50, 80, 20],
      [123.3333, 50, 25],
      [90, 45],
    ]);
    expect(c.lastLabel).toBe('2024-04');
    expect(c.lastPeriodComplete).toBe(true);
    expect([formatDay(c.firstDay), formatDay(c.lastDay)]).toEqual(['2024-01-05', '2024-04-30']);
  });

  it('leaves the cells past the end of the data empty (a triangle)', () => {
    const c = cohortTable(SIX, 'month');
    // Row 2024-03 has offsets 0 and 1; 2 and 3 are past April.
    const at = 2 * c.offsets;
    expect([c.retention[at + 2], c.revenue[at + 3], c.aov[at + 2]].every(Number.isNaN)).toBe(true);
    expect([c.active[at + 2], c.orders[at + 3]]).toEqual([0, 0]);
  });

  it('sums all cohorts per offset over the cohorts observed that long (the mean line)', () => {
    const o = offsetTotals(cohortTable(SIX, 'month'));
    expect(Array.from(o.customers)).toEqual([6, 6, 5, 3]);
    expect(Array.from(o.active)).toEqual([6, 3, 2, 1]);
    expect(round(Array.from(o.retention))).toEqual([1, 0.5, 0.4, 0.3333]);
    expect(Array.from(o.revenue)).toEqual([660, 145, 105, 20]);
    expect(Array.from(o.orders)).toEqual([8, 3, 2, 1]);
    expect(round(Array.from(o.aov))).toEqual([82.5, 48.3333, 52.5, 20]);
  });

  it('totals each cohort over its life', () => {
    const tot = cohortTotals(cohortTable(SIX, 'month'));
    expect(Array.from(tot.revenue)).toEqual([350, 445, 135]);
    expect(Array.from(tot.orders)).toEqual([7, 5, 2]);
    expect(round(Array.from(tot.revenuePerCustomer))).toEqual([116.6667, 222.5, 135]);
    expect(round(Array.from(tot.aov))).toEqual([50, 89, 67.5]);
  });

  it('by quarter: one cohort, and a last quarter the data does not finish', () => {
    const c = cohortTable(SIX, 'quarter');
    const [q1] = cohortRows(c);
    expect(q1).toEqual({
      cohort: '2024-Q1',
      customers: 6,
      retention: [1, 0.5],
      active: [6, 3],
      revenue: [840, 90],
      orders: [11, 3],
      aov: [840 / 11, 30],
    });
    expect(c.lastLabel).toBe('2024-Q2');
    expect(c.lastPeriodComplete).toBe(false);
  });

  it('counts purchase days as orders when there is no invoice column', () => {
    const c = cohortTable(tableOf(ROWS.map(([cu, d, a]) => [cu, d, a])), 'month');
    // C's two invoices on Jan 31 are one purchase day; A's Apr 1 purchase and return are one day.
    expect(cohortRows(c).map((r) => r.orders)).toEqual([
      [3, 1, 1, 1],
      [3, 1, 1],
      [1, 1],
    ]);
  });

  it('has no cohorts for a table without purchases', () => {
    const c = cohortTable(tableOf([['G', '2024-03-05', -20]]), 'month');
    expect(c).toMatchObject({ cohorts: 0, offsets: 0, labels: [] });
    expect(cohortTable(tableOf([]), 'quarter')).toMatchObject({ cohorts: 0, offsets: 0 });
  });
});

describe('purchaseOrders', () => {
  it.each([
    { name: 'invoices', rows: ROWS },
    { name: 'purchase days', rows: ROWS.map(([cu, d, a]): Row => [cu, d, a]) },
    {
      name: 'an invoice shared by two customers',
      rows: [
        ['A', '2024-01-01', 10, '1'],
        ['B', '2024-01-01', 20, '1'],
        ['A', '2024-01-02', 5, '1'],
        ['B', '2024-02-01', 5, '2'],
      ] as Row[],
    },
  ])('numbers the orders so each customer has computeRfm’s frequency ($name)', ({ rows }) => {
    const t = tableOf(rows);
    const po = purchaseOrders(t);
    const perCustomer = new Int32Array(t.customerIds.length);
    for (const c of po.customer) perCustomer[c]++;
    const rfm = computeRfm(t);
    expect(Array.from(rfm.customer, (c) => perCustomer[c])).toEqual(Array.from(rfm.frequency));
    expect(po.count).toBe(rfm.frequency.reduce((a, b) => a + b, 0));
  });
});
