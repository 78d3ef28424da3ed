import { describe, expect, it } from 'vitest';
import { groupMeans, lorenzSteps, mergeBins, rankGroups, spreadIndices } from '../../../src/charts/tableRows.ts';

describe('chart table rows', () => {
  it('spreads at most max indices evenly, with the first and the last', () => {
    expect(spreadIndices(0, 5)).toEqual([]);
    expect(spreadIndices(4, 5)).toEqual([0, 1, 2, 3]);
    expect(spreadIndices(11, 6)).toEqual([0, 2, 4, 6, 8, 10]);
    const many = spreadIndices(106, 20);
    expect(many).toHaveLength(20);
    expect(many[0]).toBe(0);
    expect(many.at(-1)).toBe(105);
    expect([...many].sort((a, b) => a - b)).toEqual(many);
  });

  it('merges neighbouring histogram bins, keeping the edges and the total count', () => {
    const edges = Array.from({ length: 21 }, (_, i) => i / 2);
    const counts = Array.from({ length: 20 }, (_, i) => i + 1);
    const merged = mergeBins(edges, counts, 8);
    expect(merged).toHaveLength(7);
    expect(merged[0]).toEqual({ x0: 0, x1: 1.5, count: 1 + 2 + 3 });
    expect(merged.at(-1)).toEqual({ x0: 9, x1: 10, count: 19 + 20 });
    expect(merged.reduce((s, b) => s + b.count, 0)).toBe(210);
    merged.slice(1).forEach((b, i) => expect(b.x0).toBe(merged[i].x1));
    expect(mergeBins([0, 1, 2], [3, 4], 10)).toEqual([
      { x0: 0, x1: 1, count: 3 },
      { x0: 1, x1: 2, count: 4 },
    ]);
    expect(mergeBins([0], [], 5)).toEqual([]);
  });

  it('groups customers by revenue rank with the revenue, cumulative share and the classes they span', () => {
    const revenue = [50, 20, 10, 8, 5, 3, 2, 1, 1, 0];
    const groups = rankGroups(revenue, [2, 3, 5], 5);
    expect(groups.map((g) => [g.from, g.to, g.revenue])).toEqual([
      [1, 2, 70],
      [3, 4, 18],
      [5, 6, 8],
      [7, 8, 3],
      [9, 10, 1],
    ]);
    expect(groups.map((g) => g.cumulativeShare)).toEqual([0.7, 0.88, 0.96, 0.99, 1]);
    expect(groups.map((g) => g.classes)).toEqual([[0], [1], [1, 2], [2], [2]]);
    // Fewer customers than groups: one customer each; an empty class spans nothing.
    expect(rankGroups([3, 1], [1, 0, 1], 10).map((g) => [g.from, g.to, g.classes])).toEqual([
      [1, 1, [0]],
      [2, 2, [2]],
    ]);
    expect(rankGroups([], [0, 0, 0])).toEqual([]);
    expect(rankGroups([0, 0], [0, 0, 2], 2).map((g) => g.cumulativeShare)).toEqual([0, 0]);
  });

  it('reads the Lorenz curve at 10 %, 20 % … 100 % of customers', () => {
    const steps = lorenzSteps([0, 0.5, 1], [0, 0.2, 1], 10);
    expect(steps).toHaveLength(10);
    expect(steps[4][0]).toBe(0.5);
    expect(steps[4][1]).toBeCloseTo(0.2, 12);
    expect(steps[0][1]).toBeCloseTo(0.04, 12);
    expect(steps[9]).toEqual([1, 1]);
    expect(lorenzSteps([0], [0])).toEqual([]);
  });

  it('counts and averages series per group, NaN for an empty group', () => {
    const g = groupMeans(
      [0, 1, 0, 2, 9],
      [
        [1, 2, 3, 4, 5],
        [10, 20, 30, 40, 50],
      ],
      4,
    );
    expect(g.map((x) => x.n)).toEqual([2, 1, 1, 0]);
    expect(g[0].means).toEqual([2, 20]);
    expect(g[2].means).toEqual([4, 40]);
    expect(g[3].means.every(Number.isNaN)).toBe(true);
  });
});
