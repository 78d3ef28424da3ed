/** One group of customers (an ABC class, a pyramid layer) and its part of customers and revenue. */
export interface ShareRow<Id extends string> {
  id: Id;
  /** Customers in the group. */
  customers: number;
  /** Their revenue (currency, each customer clamped at 0). */
  revenue: number;
  /** customers / all customers (share 0..1; 0 when there are none). */
  customerShare: number;
  /** revenue / all revenue (share 0..1; 0 when the total revenue is 0). */
  revenueShare: number;
}

/**
 * Sums customers and revenue per group. `group[p]` is the group (index into `ids`) of the customer
 * at rank position p and `revenue[p]` their revenue (currency); `total` is the sum of `revenue`.
 * Every group gets a row, in `ids` order, empty groups included.
 */
export function shareRows<Id extends string>(
  ids: readonly Id[],
  group: Uint8Array,
  revenue: Float64Array,
  total: number,
): ShareRow<Id>[] {
  const rows = ids.map((id) => ({ id, customers: 0, revenue: 0, customerShare: 0, revenueShare: 0 }));
  for (let p = 0; p < group.length; p++) {
    rows[group[p]].customers++;
    rows[group[p]].revenue += revenue[p];
  }
  const n = group.length;
  for (const r of rows) {
    r.customerShare = n > 0 ? r.customers / n : 0;
    r.revenueShare = total > 0 ? r.revenue / total : 0;
  }
  return rows;
}
