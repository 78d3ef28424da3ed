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
        net: 400,
        netShare: 400 / 500,
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
        // 80 + 40 − 20 = 100 = 3 × the average 100 / 3.
        net: 100,
        netShare: 100 / 500,
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
        net: 0,
        netShare: 0,
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

describe('summarizeSegments on profit: net sums and shares, losses included', () => {
  it.each([
    // Segment a: 50 and −80 (net −30, losses as 0: 50); b: 30, 10, 10 (net 50). Net total 20.
    {
      name: 'a loss-making segment has a negative share',
      monetary: [50, -80, 30, 10, 10],
      segment: [0, 0, 1, 1, 1],
      net: [-30, 50],
      netShare: [-1.5, 2.5],
      clamped: [50, 50],
    },
    {
      name: 'no share when the net total is not above 0',
      monetary: [-100, 50],
      segment: [0, 1],
      net: [-100, 50],
      netShare: [NaN, NaN],
      clamped: [0, 50],
    },
  ])('$name', ({ monetary, segment, net, netShare, clamped }) => {
    const v = { recency: monetary.map(() => 1), frequency: monetary.map(() => 1), monetary };
    const rows = summarizeSegments(v, segment, ['a', 'b']);
    expect(rows.map((r) => r.net)).toEqual(net);
    expect(rows.map((r) => r.netShare)).toEqual(netShare);
    expect(rows.map((r) => r.revenue)).toEqual(clamped);
    // The net sum agrees with the average shown beside it.
    for (const r of rows) expect(r.net).toBeCloseTo(r.customers * r.avgMonetary, 9);
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
