import { describe, expect, it } from 'vitest';
import { cellMembers, rfmGridCells } from '../../../src/core/segments/rfmGridCells.ts';
import { summarizeSegments } from '../../../src/core/segments/summarizeSegments.ts';

// Five customers in two segments plus an empty third; customer 4 has net returns (−20), which
// count as 0 revenue but −20 in the average monetary.
//  k  recency  frequency  monetary  segment
//  0     10        4         300       0
//  1     20        2         100       0
//  2     40        1          80       1
//  3     60        1          40       1
//  4     90        1         −20       1
const V = {
  recency: [10, 20, 40, 60, 90],
  frequency: [4, 2, 1, 1, 1],
  monetary: [300, 100, 80, 40, -20],
};

describe('summarizeSegments', () => {
  it('counts, sums and averages per segment by hand', () => {
    const rows = summarizeSegments(V, [0, 0, 1, 1, 1], ['a', 'b', 'c']);
    expect(rows).toEqual([
      {
        index: 0,
        id: 'a',
        customers: 2,
        revenue: 400,
        customerShare: 0.4,
        revenueShare: 400 / 520,
        avgRecency: 15,
        avgFrequency: 3,
        avgMonetary: 200,
      },
      {
        index: 1,
        id: 'b',
        customers: 3,
        revenue: 120,
        customerShare: 0.6,
        revenueShare: 120 / 520,
        avgRecency: 190 / 3,
        avgFrequency: 1,
        avgMonetary: 100 / 3,
      },
      {
        index: 2,
        id: 'c',
        customers: 0,
        revenue: 0,
        customerShare: 0,
        revenueShare: 0,
        avgRecency: NaN,
        avgFrequency: NaN,
        avgMonetary: NaN,
      },
    ]);
  });

  it('gives zero shares with no customers', () => {
    expect(summarizeSegments({ recency: [], frequency: [], monetary: [] }, [], ['a'])[0]).toMatchObject({
      customers: 0,
      customerShare: 0,
      revenueShare: 0,
    });
  });
});

describe('rfmGridCells', () => {
  it('counts customers and averages monetary per R × F cell', () => {
    const r = [1, 1, 2, 3, 3, 3];
    const f = [1, 1, 2, 2, 2, 1];
    const g = rfmGridCells(r, f, [10, 30, 5, 1, 2, 3], 3, 2);
    // index (r − 1) × 2 + (f − 1): (1,1) 0, (1,2) 1, (2,1) 2, (2,2) 3, (3,1) 4, (3,2) 5.
    expect(Array.from(g.count)).toEqual([2, 0, 0, 1, 1, 2]);
    expect(Array.from(g.avgMonetary)).toEqual([20, NaN, NaN, 5, 3, 1.5]);
    expect(Array.from(cellMembers(r, f, { r: 3, f: 2 }))).toEqual([3, 4]);
    expect(Array.from(cellMembers(r, f, { r: 2, f: 1 }))).toEqual([]);
  });
});
