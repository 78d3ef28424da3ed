import { describe, expect, it } from 'vitest';
import {
  customerPyramid,
  layerEnds,
  LAYER_IDS,
  PYRAMID_CURRY,
  PYRAMID_DEFAULT,
} from '../../../src/core/concentration/customerPyramid.ts';
import { TEN } from './tenCustomers.ts';

const sizes = (ends: number[], n: number) => [ends[0], ends[1] - ends[0], ends[2] - ends[1], n - ends[2]];

describe('layerEnds', () => {
  it.each([
    // default [0.01, 0.2, 0.5]:
    // n = 7: round(0.07) = 0 → raised to 1; round(1.4) = 1; round(3.5) = 4 → key 1, major 0, ordinary 3, small 3
    { n: 7, cuts: PYRAMID_DEFAULT, want: [1, 0, 3, 3] },
    // n = 100: 1, 20, 50 → 1 / 19 / 30 / 50
    { n: 100, cuts: PYRAMID_DEFAULT, want: [1, 19, 30, 50] },
    // n = 10: round(0.1) = 0 → 1; 2; 5 → 1 / 1 / 3 / 5
    { n: 10, cuts: PYRAMID_DEFAULT, want: [1, 1, 3, 5] },
    // Curry [0.01, 0.05, 0.2], n = 100: 1, 5, 20 → 1 / 4 / 15 / 80
    { n: 100, cuts: PYRAMID_CURRY, want: [1, 4, 15, 80] },
    // Curry, n = 10: 0.1 → 1; round(0.5) = 1 (halves up) → major empty; round(2) = 2 → 1 / 0 / 1 / 8
    { n: 10, cuts: PYRAMID_CURRY, want: [1, 0, 1, 8] },
    // n = 1: the single customer is key; n = 0: all empty
    { n: 1, cuts: PYRAMID_DEFAULT, want: [1, 0, 0, 0] },
    { n: 0, cuts: PYRAMID_DEFAULT, want: [0, 0, 0, 0] },
    // [0.35, 0.5, 0.95], n = 10: 3.5 → 4 (half up), 5, 9.5 → 10 → 4 / 1 / 5 / 0
    { n: 10, cuts: [0.35, 0.5, 0.95] as const, want: [4, 1, 5, 0] },
  ])('n = $n, cuts $cuts → layer sizes $want', ({ n, cuts, want }) => {
    expect(sizes(layerEnds(n, cuts), n)).toEqual(want);
  });

  it.each([
    [0, 0.2, 0.5],
    [0.2, 0.2, 0.5],
    [0.5, 0.2, 0.6],
    [0.01, 0.2, 1],
    [0.01, NaN, 0.5],
  ])('rejects cuts [%s, %s, %s] with a RangeError', (a, b, c) => {
    expect(() => layerEnds(10, [a, b, c])).toThrow(/0 < key < major < ordinary < 1/);
    expect(() => customerPyramid(TEN, [a, b, c])).toThrow(RangeError);
  });
});

describe('customerPyramid', () => {
  it('cuts the ten hand-worked customers into 1 / 1 / 3 / 5', () => {
    // ranks: 500 (customer 2) key; 200 (6) major; 100 (4), 80 (8), 50 (0) ordinary;
    // 30 (9), 20 (3), 10 (7), 6 (5), 4 (1) small. Revenue 500 / 200 / 230 / 70 of 1,000.
    const r = customerPyramid(TEN);
    expect(Array.from(r.layer, (l) => LAYER_IDS[l])).toEqual([
      'ordinary',
      'small',
      'key',
      'small',
      'ordinary',
      'small',
      'major',
      'small',
      'ordinary',
      'small',
    ]);
    expect(r.table.map((row) => [row.id, row.customers, row.revenue, row.customerShare, row.revenueShare])).toEqual([
      ['key', 1, 500, 0.1, 0.5],
      ['major', 1, 200, 0.1, 0.2],
      ['ordinary', 3, 230, 0.3, 0.23],
      ['small', 5, 70, 0.5, 0.07],
    ]);
  });

  it('cuts seven customers into 1 / 0 / 3 / 3', () => {
    // 70 key (70/280 = 0.25); major empty; 60 + 50 + 40 = 150 ordinary (150/280); 30 + 20 + 10 = 60 small
    const r = customerPyramid(Float64Array.of(10, 20, 30, 40, 50, 60, 70));
    expect(Array.from(r.layer)).toEqual([3, 3, 3, 2, 2, 2, 0]);
    expect(r.table.map((row) => [row.customers, row.revenue])).toEqual([
      [1, 70],
      [0, 0],
      [3, 150],
      [3, 60],
    ]);
    expect(r.table.map((row) => row.revenueShare)).toEqual([70 / 280, 0, 150 / 280, 60 / 280]);
  });

  it.each([
    // customers 0..99 spend 1..100 (total 5,050). Default: key 100; major 99..81 = (99 + 81) × 19 / 2
    // = 1,710; ordinary 80..51 = (80 + 51) × 30 / 2 = 1,965; small 50..1 = 1,275.
    { cuts: PYRAMID_DEFAULT, want: [1, 100, 19, 1710, 30, 1965, 50, 1275] },
    // Curry: key 100; major 99..96 = 390; ordinary 95..81 = (95 + 81) × 15 / 2 = 1,320; small 80..1 = 3,240
    { cuts: PYRAMID_CURRY, want: [1, 100, 4, 390, 15, 1320, 80, 3240] },
  ])('cuts a hundred customers with $cuts', ({ cuts, want }) => {
    const r = customerPyramid(
      Float64Array.from({ length: 100 }, (_, k) => k + 1),
      cuts,
    );
    expect(r.table.flatMap((row) => [row.customers, row.revenue])).toEqual(want);
    expect(r.layer[99]).toBe(0);
    expect(r.layer[0]).toBe(3);
  });

  it('breaks ties at a boundary by customer index and counts returns as 0', () => {
    // n = 10 → 1 / 1 / 3 / 5. Customers 3 and 7 tie at 9 for the top: customer 3 is key, 7 major.
    // Customer 0 (−40 net) counts as 0 and ranks last with the other zeros.
    const r = customerPyramid(Float64Array.of(-40, 1, 1, 9, 1, 1, 1, 9, 2, 0));
    expect(Array.from(r.layer)).toEqual([3, 2, 2, 0, 3, 3, 3, 1, 2, 3]);
    expect(r.table.map((row) => row.revenue)).toEqual([9, 9, 4, 3]);
  });
});
