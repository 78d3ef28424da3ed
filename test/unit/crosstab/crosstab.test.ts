import { describe, expect, it } from 'vitest';
import { attributeCrossTab } from '../../../src/core/crosstab/attributeCrossTab.ts';
import {
  bandEdgesError,
  bandLabels,
  bandOf,
  binNumeric,
  categorize,
  parseBandEdges,
  textCategories,
} from '../../../src/core/crosstab/categorize.ts';
import { attributeNumber, customerAttributes } from '../../../src/core/attributes/customerAttributes.ts';
import type { CustomerAttribute } from '../../../src/core/attributes/customerAttributes.ts';
import { tableOf } from '../cohorts/tables.ts';

/** A customer attribute straight from each customer's value ('' = blank). */
function attribute(values: string[], numeric: boolean): CustomerAttribute {
  const dict = [...new Set(values.filter((v) => v !== ''))];
  const codes = Int32Array.from(values, (v) => dict.indexOf(v));
  const numbers = Float64Array.from(codes, (c) => (numeric && c >= 0 ? attributeNumber(dict[c]) : NaN));
  return { name: 'x', values: dict, codes, numeric, numbers };
}

const round = (xs: ArrayLike<number>) => Array.from(xs, (x) => (Number.isNaN(x) ? NaN : Math.round(x * 1e4) / 1e4));

describe('customerAttributes (as Cross-tabs reads them)', () => {
  // X's rows are out of date order and the latest row has a blank region: the latest non-blank
  // region is East (Feb 1), not West (Jan 10). Y has an old "unknown" age but a number now.
  const t = tableOf(
    [
      ['X', '2024-01-10', 10, undefined, { region: 'West', age: '40' }],
      ['X', '2024-03-01', 10, undefined, { age: '41' }],
      ['X', '2024-02-01', 10, undefined, { region: 'East', age: '1,234' }],
      ['Y', '2024-01-01', 10, undefined, { region: 'North', age: 'unknown', band: '35-49' }],
      ['Y', '2024-02-01', 10, undefined, { age: '30', band: '50-64' }],
      ['Z', '2024-02-01', 10, undefined, { region: '  ' }],
    ],
    ['region', 'age', 'band'],
  );
  const [region, age, band] = customerAttributes(t, Int32Array.from([2, 0, 1]));
  const valuesOf = (a: CustomerAttribute) => Array.from(a.codes, (c) => (c >= 0 ? a.values[c] : null));

  it('takes each customer’s latest non-blank value, in the order asked for', () => {
    expect(valuesOf(region)).toEqual([null, 'East', 'North']);
    expect(valuesOf(age)).toEqual([null, '41', '30']);
    expect(valuesOf(band)).toEqual([null, null, '50-64']);
  });

  it('calls an attribute numeric when the values in use read as numbers', () => {
    expect([region.numeric, age.numeric, band.numeric]).toEqual([false, true, false]);
    const nobody = customerAttributes(t, Int32Array.from([2]));
    expect(nobody.map((a) => a.numeric)).toEqual([false, false, false]);
  });
});

describe('bands', () => {
  it.each([
    { edges: [0, 18, 25, 40, 60], labels: ['0–17', '18–24', '25–39', '40–59', '60+'] },
    { edges: [0, 1, 2], labels: ['0', '1', '2+'] },
    { edges: [0.5, 1.5], labels: ['0.5–<1.5', '1.5+'] },
    { edges: [-10, 0], labels: ['-10–-1', '0+'] },
  ])('labels $edges as $labels', ({ edges, labels }) => {
    expect(bandLabels(edges)).toEqual(labels);
  });

  it.each([
    { x: -5, band: 0 },
    { x: 0, band: 0 },
    { x: 17.9, band: 0 },
    { x: 18, band: 1 },
    { x: 39, band: 2 },
    { x: 60, band: 4 },
    { x: 200, band: 4 },
  ])('puts $x in band $band of the default edges', ({ x, band }) => {
    expect(bandOf(x, [0, 18, 25, 40, 60])).toBe(band);
  });

  it.each([
    { text: '0, 18, 25, 40, 60', edges: [0, 18, 25, 40, 60] },
    { text: '0；18，25 40', edges: [0, 18, 25, 40] },
    { text: '30', edges: [30] },
    { text: '', edges: null },
    { text: '0, 18, 18', edges: null },
    { text: '40, 18', edges: null },
    { text: '0, x', edges: null },
  ])('parses "$text" as $edges', ({ text, edges }) => {
    expect(parseBandEdges(text)).toEqual(edges);
  });

  it('says why edges are unusable, with a code', () => {
    expect(bandEdgesError([])?.code).toBe('crosstab.edges');
    expect(bandEdgesError([0, 18, 10])).toMatchObject({ code: 'crosstab.edgeOrder', params: { at: 3 } });
    expect(bandEdgesError([0, 18])).toBeNull();
    expect(() => binNumeric(attribute(['1'], true), [5, 5])).toThrow(/edge 2 must be above edge 1/);
  });
});

describe('categories', () => {
  it('bins ages into every band, values outside into the first and last, blanks last', () => {
    const c = categorize(attribute(['17', '30', '30', '45', '61', '', '18', '24', '-3', '99'], true));
    expect(c.labels).toEqual(['0–17', '18–24', '25–39', '40–59', '60+', '(blank)']);
    expect(c.kinds).toEqual(['band', 'band', 'band', 'band', 'band', 'blank']);
    expect(Array.from(c.category)).toEqual([0, 2, 2, 3, 4, 5, 1, 1, 0, 4]);
    // No blank customer: no blank column; empty bands stay.
    expect(categorize(attribute(['70'], true), [0, 50]).labels).toEqual(['0–49', '50+']);
  });

  it('orders text values by customers (ties by text) and folds the tail into (other)', () => {
    const values = ['d', 'a', 'b', 'a', 'c', '', 'b', 'a', 'e', 'c', 'b', 'a'];
    const all = textCategories(attribute(values, false));
    expect(all.labels).toEqual(['a', 'b', 'c', 'd', 'e', '(blank)']);
    expect(Array.from(all.category)).toEqual([3, 0, 1, 0, 2, 5, 1, 0, 4, 2, 1, 0]);
    const folded = textCategories(attribute(values, false), 3);
    expect(folded.labels).toEqual(['a', 'b', '(other)', '(blank)']);
    expect(folded.kinds).toEqual(['value', 'value', 'other', 'blank']);
    expect(Array.from(folded.category)).toEqual([2, 0, 1, 0, 2, 3, 1, 0, 2, 2, 1, 0]);
    // 25 regions: 19 named, the other 6 in (other).
    const many = textCategories(
      attribute(
        [...Array(25).keys()].map((i) => `r${String(i).padStart(2, '0')}`),
        false,
      ),
    );
    expect(many.labels).toHaveLength(20);
    expect(many.labels.at(-1)).toBe('(other)');
  });

  it.each([
    {
      values: ['35-49', '18-24', '65+', '35-49', '50-64', '25-34', '35-49'],
      want: ['18-24', '25-34', '35-49', '50-64', '65+'],
    },
    { values: ['<18', '18–29', '30 至 39', '18–29'], want: ['<18', '18–29', '30 至 39'] },
    { values: ['18-24', 'unknown', 'unknown'], want: ['unknown', '18-24'] },
  ])('keeps bands written as text in numeric order: $values', ({ values, want }) => {
    expect(textCategories(attribute(values, false)).labels).toEqual(want);
  });
});

// Eight customers in three segments, worked out by hand:
//  #  segment  age    region  monetary      bands (default): 0–17 18–24 25–39 40–59 60+ (blank)
//  0  0        17     North   100           segment 0:        1     0     2     0    0    0  → 3, 600
//  1  0        30     North   300           segment 1:        0     0     0     1    1    1  → 3, 300
//  2  0        30     South   200           segment 2:        0     2     0     0    0    0  → 2, 100
//  3  1        45     South    50           all:              1     2     2     1    1    1  → 8, 1000
//  4  1        61     (blank) 150          revenue seg 0:   100     0   500     0    0    0
//  5  1        (blank) South  100                  seg 1:     0     0     0    50  150  100
//  6  2        18     East     20                  seg 2:     0   100     0     0    0    0
//  7  2        24     North    80
// Age structure of segment 0: 1/3 of its customers but 1/6 of its value are 0–17; 2/3 and 5/6 are 25–39.
const SEGMENT = [0, 0, 0, 1, 1, 1, 2, 2];
const AGE = attribute(['17', '30', '30', '45', '61', '', '18', '24'], true);
const REGION = attribute(['North', 'North', 'South', 'South', '', 'South', 'East', 'North'], false);
const MONETARY = [100, 300, 200, 50, 150, 100, 20, 80];

describe('attributeCrossTab on eight hand-worked customers', () => {
  it.each([
    {
      name: 'age bands',
      attr: AGE,
      labels: ['0–17', '18–24', '25–39', '40–59', '60+', '(blank)'],
      counts: [1, 0, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 2, 0, 0, 0, 0],
      revenue: [100, 0, 500, 0, 0, 0, 0, 0, 0, 50, 150, 100, 0, 100, 0, 0, 0, 0],
      colCustomers: [1, 2, 2, 1, 1, 1],
      colRevenue: [100, 100, 500, 50, 150, 100],
    },
    {
      name: 'regions',
      attr: REGION,
      labels: ['North', 'South', 'East', '(blank)'],
      counts: [2, 1, 0, 0, 0, 2, 0, 1, 1, 0, 1, 0],
      revenue: [400, 200, 0, 0, 0, 150, 0, 150, 80, 0, 20, 0],
      colCustomers: [3, 3, 1, 1],
      colRevenue: [480, 350, 20, 150],
    },
  ])('counts and sums customers by segment × $name', ({ attr, labels, counts, revenue, colCustomers, colRevenue }) => {
    const c = categorize(attr);
    expect(c.labels).toEqual(labels);
    const x = attributeCrossTab(SEGMENT, 3, c.category, c.labels.length, MONETARY);
    expect(Array.from(x.counts)).toEqual(counts);
    expect(Array.from(x.revenue)).toEqual(revenue);
    expect(Array.from(x.rowCustomers)).toEqual([3, 3, 2]);
    expect(Array.from(x.rowRevenue)).toEqual([600, 300, 100]);
    expect(Array.from(x.colCustomers)).toEqual(colCustomers);
    expect(Array.from(x.colRevenue)).toEqual(colRevenue);
    expect([x.customers, x.revenueTotal]).toEqual([8, 1000]);
  });

  it('gives row and column shares and the age structure by customers and by value', () => {
    const c = categorize(AGE);
    const x = attributeCrossTab(SEGMENT, 3, c.category, 6, MONETARY);
    const row = (a: Float64Array, s: number) => round(a.subarray(s * 6, s * 6 + 6));
    expect(row(x.rowShare, 0)).toEqual([0.3333, 0, 0.6667, 0, 0, 0]);
    expect(row(x.revenueRowShare, 0)).toEqual([0.1667, 0, 0.8333, 0, 0, 0]);
    expect(row(x.revenueRowShare, 1)).toEqual([0, 0, 0, 0.1667, 0.5, 0.3333]);
    expect(row(x.rowShare, 2)).toEqual([0, 1, 0, 0, 0, 0]);
    // Column %: everyone 25–39 is in segment 0; the 40–59 column is all segment 1.
    expect(round([0, 1, 2].map((s) => x.colShare[s * 6 + 2]))).toEqual([1, 0, 0]);
    expect(round([0, 1, 2].map((s) => x.colShare[s * 6 + 3]))).toEqual([0, 1, 0]);
    expect(round(x.allCustomerShare)).toEqual([0.125, 0.25, 0.25, 0.125, 0.125, 0.125]);
    expect(round(x.allRevenueShare)).toEqual([0.1, 0.1, 0.5, 0.05, 0.15, 0.1]);
    for (let s = 0; s < 3; s++)
      expect(x.rowShare.subarray(s * 6, s * 6 + 6).reduce((a, b) => a + b)).toBeCloseTo(1, 12);
  });

  it('leaves shares of an empty segment undefined and refuses misaligned columns', () => {
    const x = attributeCrossTab([0, 0], 2, [0, 1], 2, [5, 5]);
    expect(Array.from(x.rowShare.subarray(2))).toEqual([NaN, NaN]);
    expect(() => attributeCrossTab([0], 1, [0, 0], 1, [1])).toThrow(RangeError);
  });
});
