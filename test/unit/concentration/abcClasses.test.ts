import { describe, expect, it } from 'vitest';
import { abcClasses, CLASS_IDS } from '../../../src/core/concentration/abcClasses.ts';
import { TEN } from './tenCustomers.ts';

const letters = (cls: Uint8Array) => Array.from(cls, (c) => CLASS_IDS[c]).join('');

describe('abcClasses on the hand-worked ten customers', () => {
  const r = abcClasses(TEN);

  it('ranks by revenue and accumulates shares', () => {
    expect(Array.from(r.order)).toEqual([2, 6, 4, 8, 0, 9, 3, 7, 5, 1]);
    const want = [0.5, 0.7, 0.8, 0.88, 0.93, 0.96, 0.98, 0.99, 0.996, 1];
    r.cumulativeShare.forEach((s, p) => expect(s).toBeCloseTo(want[p], 12));
    expect(r.cumulativeShare[9]).toBe(1);
  });

  it('gives the classes worked out by hand (per customer index)', () => {
    // customers 0..9: 50→B, 4→C, 500→A, 20→C, 100→A, 6→C, 200→A, 10→C, 80→B, 30→B
    expect(letters(r.cls)).toBe('BCACACACBB');
  });

  it('sums customers and revenue per class', () => {
    expect(r.table.map((row) => [row.id, row.customers, row.revenue, row.customerShare])).toEqual([
      ['A', 3, 800, 0.3],
      ['B', 3, 160, 0.3],
      ['C', 4, 40, 0.4],
    ]);
    [0.8, 0.16, 0.04].forEach((s, k) => expect(r.table[k].revenueShare).toBeCloseTo(s, 12));
  });
});

describe('abcClasses cuts and edge cases', () => {
  it.each([
    // cuts [0.5, 0.9] on TEN: A while before < 0.5 → rank 1 only (rank 2 starts at 0.5);
    // B while before < 0.9 → ranks 2..5 (before 0.5, 0.7, 0.8, 0.88); C the rest (before 0.93 …)
    { name: 'cuts [0.5, 0.9]', monetary: TEN, cuts: [0.5, 0.9], want: 'BCACBCBCBC' },
    // b = 1: every customer starting below 100 % is B (rank 10 starts at 0.996), none is C
    { name: 'cuts [0.8, 1]', monetary: TEN, cuts: [0.8, 1], want: 'BBABABABBB' },
    // 15 × 0.1: exactly, the 13th starts at 12/15 = 0.8, but the float sum says 0.7999999999999998;
    // the tolerance makes it reach 80 %: A = 12, B = ranks 13..15 (before 0.8, 0.867, 0.933 < 0.95)
    {
      name: 'float noise at a cut',
      monetary: new Float64Array(15).fill(0.1),
      cuts: [0.8, 0.95],
      want: 'AAAAAAAAAAAABBB',
    },
    // negative net value counts as 0: total 100, customer 0 is all of it (A); the others start at 100 %
    { name: 'returns netted in', monetary: Float64Array.of(100, -50, 0), cuts: [0.8, 0.95], want: 'ACC' },
    // one customer: before 0 < 0.8 → A
    { name: 'one customer', monetary: Float64Array.of(3), cuts: [0.8, 0.95], want: 'A' },
    // no revenue at all: nothing to rank by, every customer is C
    { name: 'no revenue', monetary: Float64Array.of(0, -2), cuts: [0.8, 0.95], want: 'CC' },
    { name: 'no customers', monetary: new Float64Array(0), cuts: [0.8, 0.95], want: '' },
  ])('$name → $want', ({ monetary, cuts, want }) => {
    expect(letters(abcClasses(monetary, cuts as [number, number]).cls)).toBe(want);
  });

  it('reports shares of clamped revenue that sum to 1, and zero shares with no revenue', () => {
    const t = abcClasses(Float64Array.of(100, -50, 0)).table;
    expect(t.map((row) => [row.id, row.customers, row.revenue, row.revenueShare])).toEqual([
      ['A', 1, 100, 1],
      ['B', 0, 0, 0],
      ['C', 2, 0, 0],
    ]);
    expect(abcClasses(new Float64Array(0)).table.every((row) => row.customerShare === 0)).toBe(true);
    expect(abcClasses(Float64Array.of(0, 0)).table[2]).toEqual({
      id: 'C',
      customers: 2,
      revenue: 0,
      customerShare: 1,
      revenueShare: 0,
    });
  });

  it.each([
    [0, 0.95],
    [0.8, 0.8],
    [0.95, 0.8],
    [0.8, 1.01],
    [-0.1, 0.5],
    [NaN, 0.9],
    [0.8, NaN],
  ])('rejects cuts [%s, %s] with a RangeError', (a, b) => {
    expect(() => abcClasses(TEN, [a, b])).toThrow(RangeError);
    expect(() => abcClasses(TEN, [a, b])).toThrow(/0 < A < B ≤ 1/);
  });
});
