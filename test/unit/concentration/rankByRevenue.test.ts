import { describe, expect, it } from 'vitest';
import { clampRevenue, rankByRevenue, revenueInOrder } from '../../../src/core/concentration/rankByRevenue.ts';

describe('rankByRevenue', () => {
  it.each([
    { monetary: [], want: [] },
    { monetary: [7], want: [0] },
    { monetary: [10, 30, 20], want: [1, 2, 0] },
    // ties keep customer-index order: the two 10s are customers 1 and 3, the two 5s customers 0 and 2
    { monetary: [5, 10, 5, 10], want: [1, 3, 0, 2] },
    // negative (returns netted in), zero and NaN all count as 0 revenue: tied, so by index after 3
    { monetary: [-5, 0, 3, NaN, -1], want: [2, 0, 1, 3, 4] },
  ])('$monetary → $want', ({ monetary, want }) => {
    expect(Array.from(rankByRevenue(Float64Array.from(monetary)))).toEqual(want);
  });
});

describe('clampRevenue', () => {
  it.each([
    { v: 12.5, want: 12.5 },
    { v: 0, want: 0 },
    { v: -3, want: 0 },
    { v: NaN, want: 0 },
  ])('$v → $want', ({ v, want }) => {
    expect(clampRevenue(v)).toBe(want);
  });
});

describe('revenueInOrder', () => {
  it('lists clamped revenue in rank order and sums it', () => {
    const monetary = Float64Array.of(-5, 40, 10);
    // order [1, 2, 0]: 40, 10, then -5 clamped to 0; total 50
    const { revenue, total } = revenueInOrder(monetary, rankByRevenue(monetary));
    expect(Array.from(revenue)).toEqual([40, 10, 0]);
    expect(total).toBe(50);
  });
});
