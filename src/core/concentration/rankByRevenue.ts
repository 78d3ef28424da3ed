/**
 * Revenue as the value analyses (ABC, pyramid, Lorenz, Gini) count it: the customer's net monetary
 * value (currency) clamped at 0. A customer whose returns, netted in, reach or exceed the purchases
 * (or whose value is NaN) counts as zero revenue, so shares stay in 0..1 and sum to 1.
 */
export function clampRevenue(monetary: number): number {
  return monetary > 0 ? monetary : 0;
}

/**
 * Customer indices ordered by revenue (currency, {@link clampRevenue}) descending. Ties, including
 * every customer with zero or negative net value, keep customer-index order (lowest index first),
 * so the result is deterministic whatever the sort's stability.
 */
export function rankByRevenue(monetary: Float64Array): Uint32Array {
  const n = monetary.length;
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  return order.sort((a, b) => clampRevenue(monetary[b]) - clampRevenue(monetary[a]) || a - b);
}

/**
 * Revenue (currency, clamped at 0) in rank order, and its total summed in that same order, so the
 * last cumulative share is exactly 1 when the total is positive.
 */
export function revenueInOrder(monetary: Float64Array, order: Uint32Array): { revenue: Float64Array; total: number } {
  const revenue = new Float64Array(order.length);
  let total = 0;
  for (let p = 0; p < order.length; p++) {
    revenue[p] = clampRevenue(monetary[order[p]]);
    total += revenue[p];
  }
  return { revenue, total };
}
