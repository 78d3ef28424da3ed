/**
 * Compact summaries of what a chart shows, for its data table (at most a few dozen rows): evenly
 * spread samples of a long series, merged histogram bins, customer rank groups, Lorenz deciles and
 * per-group means. Pure numbers; the UI formats and translates them.
 */
import { lorenzAt } from './lorenz.ts';

/** At most `max` (≥ 2) indices spread evenly over 0 … n − 1, always with the first and the last. */
export function spreadIndices(n: number, max: number): number[] {
  if (n <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const m = Math.max(2, Math.floor(max));
  const out = Array.from({ length: m }, (_, i) => Math.round((i * (n - 1)) / (m - 1)));
  return [...new Set(out)];
}

/** A histogram bin: its edges and count. */
export interface MergedBin {
  x0: number;
  x1: number;
  count: number;
}

/**
 * The bins (edges of length bins + 1, counts of length bins) merged into at most `max` groups of
 * consecutive bins (the same number of bins each, the last may have fewer), counts summed.
 */
export function mergeBins(edges: ArrayLike<number>, counts: ArrayLike<number>, max: number): MergedBin[] {
  const n = Math.max(0, Math.min(counts.length, edges.length - 1));
  const size = Math.max(1, Math.ceil(n / Math.max(1, max)));
  const out: MergedBin[] = [];
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    let count = 0;
    for (let i = start; i < end; i++) count += Number(counts[i]) || 0;
    out.push({ x0: Number(edges[start]), x1: Number(edges[end]), count });
  }
  return out;
}

/** A group of customers by revenue rank (1 = highest, both ends included), with its revenue. */
export interface RankGroup {
  from: number;
  to: number;
  /** Revenue of the group and the cumulative share of revenue up to its last customer (0..1). */
  revenue: number;
  cumulativeShare: number;
  /** Indices of the classes (into classSizes) that have customers in the group. */
  classes: number[];
}

/**
 * The customers (revenue sorted highest first) in at most `groups` groups of consecutive ranks of
 * (nearly) equal size, each with its revenue, the cumulative revenue share at its end and the ABC
 * classes it spans (classSizes: customers per class, in rank order).
 */
export function rankGroups(sortedRevenue: ArrayLike<number>, classSizes: readonly number[], groups = 10): RankGroup[] {
  const n = sortedRevenue.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += Number(sortedRevenue[i]) || 0;
  const g = Math.max(1, Math.min(groups, n));
  const classEnds: number[] = [];
  classSizes.reduce((end, size) => (classEnds.push(end + size), end + size), 0);
  const out: RankGroup[] = [];
  let cum = 0;
  let start = 0;
  for (let k = 1; k <= g && n > 0; k++) {
    const end = Math.round((k * n) / g);
    if (end <= start) continue;
    let revenue = 0;
    for (let i = start; i < end; i++) revenue += Number(sortedRevenue[i]) || 0;
    cum += revenue;
    const classes = classEnds
      .map((classEnd, c) => ({ c, lo: c === 0 ? 0 : classEnds[c - 1], hi: classEnd }))
      .filter(({ lo, hi }) => hi > lo && lo < end && hi > start)
      .map(({ c }) => c);
    out.push({ from: start + 1, to: end, revenue, cumulativeShare: total > 0 ? cum / total : 0, classes });
    start = end;
  }
  return out;
}

/** The Lorenz curve at 1/steps, 2/steps … 1 of customers: [customer share, revenue share]. */
export function lorenzSteps(x: ArrayLike<number>, y: ArrayLike<number>, steps = 10): [number, number][] {
  if (Math.min(x.length, y.length) < 2) return [];
  return Array.from({ length: steps }, (_, i) => {
    const p = (i + 1) / steps;
    return [p, lorenzAt(x, y, p)];
  });
}

/** Per group 0 … k − 1 (labels; others ignored): how many, and the mean of each series (NaN when empty or not finite). */
export function groupMeans(
  labels: ArrayLike<number>,
  series: ArrayLike<number>[],
  k: number,
): { n: number; means: number[] }[] {
  const n = new Array<number>(k).fill(0);
  const sums = series.map(() => new Array<number>(k).fill(0));
  for (let i = 0; i < labels.length; i++) {
    const g = labels[i];
    if (!(g >= 0 && g < k)) continue;
    n[g]++;
    series.forEach((s, j) => (sums[j][g] += Number(s[i])));
  }
  return n.map((count, g) => ({
    n: count,
    means: sums.map((s) => (count > 0 && Number.isFinite(s[g]) ? s[g] / count : NaN)),
  }));
}
