import { clampRevenue, rankByRevenue } from './rankByRevenue.ts';

/** Default most points lorenzCurve returns: enough to draw, small enough to send to the page. */
export const LORENZ_MAX_POINTS = 1000;

/**
 * The Lorenz curve of revenue (monetary in currency clamped at 0, see clampRevenue): customers in
 * ascending order of revenue; point i (i = 0..n) is x = i / n (share of customers, 0..1) and y =
 * the share (0..1) of all revenue from the i smallest. It starts at (0, 0) and ends at (1, 1).
 * When n + 1 > maxPoints it keeps maxPoints of these exact vertices, i = round(j × n / (maxPoints
 * − 1)) for j = 0..maxPoints − 1 (so the first and last points are kept); pass Infinity for all.
 * With no customers or no revenue it is the diagonal (perfect equality, like gini = 0).
 */
export function lorenzCurve(
  monetary: Float64Array,
  maxPoints: number = LORENZ_MAX_POINTS,
): { x: Float64Array; y: Float64Array } {
  if (!(maxPoints >= 2)) throw new RangeError(`lorenzCurve needs maxPoints ≥ 2, got ${maxPoints}`);
  const n = monetary.length;
  const desc = rankByRevenue(monetary);
  const cum = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) cum[i] = cum[i - 1] + clampRevenue(monetary[desc[n - i]]);
  const total = cum[n];
  if (n === 0 || total <= 0) return { x: Float64Array.of(0, 1), y: Float64Array.of(0, 1) };
  const m = Math.min(n + 1, maxPoints);
  const x = new Float64Array(m);
  const y = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const i = m === n + 1 ? j : Math.round((j * n) / (m - 1));
    x[j] = i / n;
    y[j] = cum[i] / total;
  }
  return { x, y };
}

/**
 * The Gini coefficient of revenue (monetary in currency clamped at 0): Σ (2i − n − 1) · x_(i) /
 * (n · Σ x) over the values sorted ascending, i = 1..n. 0 when everyone spends the same, up to
 * (n − 1) / n when one customer has all the revenue; 0 with no customers or no revenue. It equals
 * 1 − 2 × the area under the (complete) Lorenz curve.
 */
export function gini(monetary: Float64Array): number {
  const n = monetary.length;
  const x = Float64Array.from(monetary, clampRevenue).sort();
  let total = 0;
  let weighted = 0;
  for (let i = 1; i <= n; i++) {
    total += x[i - 1];
    weighted += (2 * i - n - 1) * x[i - 1];
  }
  return n > 0 && total > 0 ? weighted / (n * total) : 0;
}
