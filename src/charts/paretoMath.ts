/** The pure parts of the Pareto chart: bins of ranked customers, the cumulative share and the class starts. */

/** A bar of the Pareto chart: customers at ranks [start, end) and their mean revenue (currency per customer). */
export interface ParetoBin {
  start: number;
  end: number;
  value: number;
}

/** Most bars drawn; more customers are aggregated into this many equal-width bins. */
export const MAX_BARS = 300;

const rev = (v: number) => (v > 0 ? v : 0);

/**
 * Bars of revenue per customer: one per customer up to maxBins customers, else ≤ maxBins bins of
 * ceil(n / maxBins) consecutive customers whose bar is the MEAN revenue of the bin (so the axis
 * keeps the unit "revenue per customer"; the last bin may hold fewer customers).
 */
export function paretoBins(sorted: ArrayLike<number>, maxBins = MAX_BARS): ParetoBin[] {
  const n = sorted.length;
  const size = Math.max(1, Math.ceil(n / maxBins));
  const bins: ParetoBin[] = [];
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    let sum = 0;
    for (let i = start; i < end; i++) sum += rev(sorted[i]);
    bins.push({ start, end, value: sum / (end - start) });
  }
  return bins;
}

/** Vertices [rank, cumulative share 0..1] of the cumulative line at the bins' ends, from [0, 0]. */
export function cumulativePoints(sorted: ArrayLike<number>, bins: ParetoBin[]): [number, number][] {
  let total = 0;
  for (let i = 0; i < sorted.length; i++) total += rev(sorted[i]);
  const points: [number, number][] = [[0, 0]];
  let cum = 0;
  for (const b of bins) {
    for (let i = b.start; i < b.end; i++) cum += rev(sorted[i]);
    points.push([b.end, total > 0 ? cum / total : 0]);
  }
  return points;
}

/**
 * The ranks where classes A, B and C begin, by the rule of abcClasses: a customer is A while the
 * revenue share of the customers before them is < cuts[0], B while it is < cuts[1], else C.
 */
export function classStarts(sorted: ArrayLike<number>, cuts: readonly [number, number]): [number, number, number] {
  const tol = 1e-9;
  const n = sorted.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += rev(sorted[i]);
  let b = n;
  let c = n;
  let before = 0;
  for (let p = 0; p < n; p++) {
    const share = total > 0 ? before / total : 1;
    if (b === n && share >= cuts[0] - tol) b = p;
    if (share >= cuts[1] - tol) {
      c = p;
      break;
    }
    before += rev(sorted[p]);
  }
  return [0, Math.min(b, c), c];
}

/** Cumulative revenue (negative values as 0): element p is the revenue of the customers at ranks < p (length n + 1). */
export function revenueBefore(sorted: ArrayLike<number>): Float64Array {
  const cum = new Float64Array(sorted.length + 1);
  for (let i = 0; i < sorted.length; i++) cum[i + 1] = cum[i] + rev(sorted[i]);
  return cum;
}

/** The bin holding rank (0-based), clamped to the first and last bin; -1 when there are no bins. */
export function binAt(bins: ParetoBin[], rank: number): number {
  if (!bins.length) return -1;
  let lo = 0;
  let hi = bins.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bins[mid].start <= rank) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
