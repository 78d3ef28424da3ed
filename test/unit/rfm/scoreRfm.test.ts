import { describe, expect, it } from 'vitest';
import { cutsError, gradeByCuts } from '../../../src/core/rfm/gradeByCuts.ts';
import { cutsInUse, scoreRfm } from '../../../src/core/rfm/scoreRfm.ts';
import type { Dimension } from '../../../src/core/rfm/scoreRfm.ts';
import { scoreBySplitRank } from '../../../src/core/rfm/scoreBySplitRank.ts';

// Ten customers where most bought once: the frequency column has one huge tie.
//  k   recency  frequency  monetary
//  0      5        1          30
//  1     40        1          10
//  2     12        1          50
//  3     80        1          20
//  4      3        1          40
//  5     60        1          60
//  6     25        1          70
//  7      8        2          80
//  8     15        3          90
//  9      1        4         100
const V = {
  recency: Int32Array.of(5, 40, 12, 80, 3, 60, 25, 8, 15, 1),
  frequency: Int32Array.of(1, 1, 1, 1, 1, 1, 1, 2, 3, 4),
  monetary: Float64Array.of(30, 10, 50, 20, 40, 60, 70, 80, 90, 100),
};

describe('scoreRfm: heavy ties in frequency', () => {
  it('shared ties: F = 1 fills grade 1 and only 3 of 5 grades are used', () => {
    const s = scoreRfm(V, { grades: 5, ties: 'shared' });
    // F = 1: 0 worse → 1; F = 2: 7 worse → 1 + ⌊35/10⌋ = 4; F = 3: 8 worse → 5; F = 4: 9 worse → 5.
    expect(Array.from(s.f.scores)).toEqual([1, 1, 1, 1, 1, 1, 1, 4, 5, 5]);
    expect(s.f.used).toBe(3);
    expect(s.f.ranges.map((r) => [r.grade, r.customers, r.min, r.max])).toEqual([
      [1, 7, 1, 1],
      [2, 0, NaN, NaN],
      [3, 0, NaN, NaN],
      [4, 1, 2, 2],
      [5, 2, 3, 4],
    ]);
    expect(s.m.used).toBe(5);
    expect(s.f.method).toBe('rank');
  });

  it('split ties: equal-sized grades, tied customers ordered by M then R then index', () => {
    const s = scoreRfm(V, { grades: 5, ties: 'split' });
    // F = 1 customers by monetary ascending (worst first): 1 (10), 3 (20), 0 (30), 4 (40), 2 (50), 5 (60), 6 (70);
    // then 7, 8, 9. Positions 0..9 → grades 1,1,2,2,3,3,4,4,5,5.
    const expected = new Map([
      [1, 1],
      [3, 1],
      [0, 2],
      [4, 2],
      [2, 3],
      [5, 3],
      [6, 4],
      [7, 4],
      [8, 5],
      [9, 5],
    ]);
    expect(Array.from(s.f.scores)).toEqual(Array.from({ length: 10 }, (_, k) => expected.get(k)));
    expect(s.f.used).toBe(5);
    expect(s.f.ranges.map((r) => r.customers)).toEqual([2, 2, 2, 2, 2]);
    expect(s.f.method).toBe('split');
  });

  it.each([
    { grades: 3 as const, f: [1, 1, 1, 1, 1, 1, 1, 3, 3, 3], used: 2 },
    { grades: 4 as const, f: [1, 1, 1, 1, 1, 1, 1, 3, 4, 4], used: 3 },
  ])('shared ties with $grades grades', ({ grades, f, used }) => {
    const s = scoreRfm(V, { grades, ties: 'shared' });
    expect(Array.from(s.f.scores)).toEqual(f);
    expect(s.f.used).toBe(used);
    expect(s.r.grades).toBe(grades);
  });

  it('custom cuts replace ranks for one dimension only', () => {
    const s = scoreRfm(V, { grades: 5, ties: 'shared', custom: { f: [2, 3] } });
    expect(Array.from(s.f.scores)).toEqual([1, 1, 1, 1, 1, 1, 1, 2, 3, 3]);
    expect(s.f.grades).toBe(3);
    expect(s.f.method).toBe('custom');
    expect(s.r.method).toBe('rank');
  });
});

describe('gradeByCuts', () => {
  it.each([
    { values: [1, 2, 4, 5, 9], cuts: [2, 5], higher: true, want: [1, 2, 2, 3, 3] },
    // Recency in days: fewer days is better; a value equal to a cut goes to the better grade.
    { values: [10, 30, 31, 90, 91], cuts: [30, 90], higher: false, want: [3, 3, 2, 2, 1] },
    { values: [-5, 0, 0.5], cuts: [0], higher: true, want: [1, 2, 2] },
  ])('$values with cuts $cuts', ({ values, cuts, higher, want }) => {
    expect(Array.from(gradeByCuts(values, cuts, higher))).toEqual(want);
  });

  it.each([
    { cuts: [], error: 'expected 1 to 9 cut values, got 0' },
    { cuts: [5, 2], error: 'strictly ascending (5, 2)' },
    { cuts: [2, 2], error: 'strictly ascending (2, 2)' },
    { cuts: [1, NaN], error: 'cut value 2 is not a number' },
    { cuts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], error: 'got 10' },
  ])('rejects $cuts', ({ cuts, error }) => {
    expect(cutsError(cuts)).toContain(error);
    expect(() => gradeByCuts([1], cuts, true)).toThrow(RangeError);
  });
});

describe('scoreBySplitRank', () => {
  it('gives an all-tied column the middle grade instead of grades by index (issue 14)', () => {
    expect(Array.from(scoreBySplitRank([7, 7, 7, 7, 7, 7], true, 3))).toEqual([2, 2, 2, 2, 2, 2]);
  });
  it('puts lower recency (days) in the better grades', () => {
    expect(Array.from(scoreBySplitRank([1, 100, 50, 10], false, 4))).toEqual([4, 1, 2, 3]);
  });
});

describe('cutsInUse', () => {
  it.each(['r', 'f', 'm'] as Dimension[])('reproduces the shared-tie grades of %s as custom cuts', (d) => {
    const s = scoreRfm(V, { grades: 5, ties: 'shared' });
    const values = d === 'r' ? V.recency : d === 'f' ? V.frequency : V.monetary;
    const cuts = cutsInUse(s[d], d);
    const regraded = gradeByCuts(values, cuts, d !== 'r');
    // The same order of customers, with empty grades squeezed out.
    const rank = (a: ArrayLike<number>) =>
      Array.from(a, (x) => Array.from(new Set(Array.from(a))).filter((y) => y < x).length);
    expect(rank(regraded)).toEqual(rank(s[d].scores));
  });
  it('gives recency cuts as the largest days of each better grade', () => {
    const s = scoreRfm(V, { grades: 5, ties: 'shared' });
    // Recency ascending: 1,3 | 5,8 | 12,15 | 25,40 | 60,80 → grades 5,5,4,4,3,3,2,2,1,1.
    expect(cutsInUse(s.r, 'r')).toEqual([3, 8, 15, 40]);
  });
});
