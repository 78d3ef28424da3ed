import { crossTab } from '../cluster/clusterProfiles.ts';

/**
 * Segment × attribute category: customers and revenue per cell with their totals and shares.
 * Cells are row-major, segment × category: cell s × cols + j.
 */
export interface AttributeCrossTab {
  /** Number of segments (rows) and categories (columns). */
  rows: number;
  cols: number;
  /** Customers per cell. */
  counts: Int32Array;
  /** Revenue per cell: the sum of the customers' monetary values (currency). */
  revenue: Float64Array;
  /** Customers per segment, per category and in all. */
  rowCustomers: Int32Array;
  colCustomers: Int32Array;
  customers: number;
  /** Revenue per segment, per category and in all (currency). */
  rowRevenue: Float64Array;
  colRevenue: Float64Array;
  revenueTotal: number;
  /** Per cell: count / the segment's customers (row %, 0..1; each row sums to 1); NaN for an empty segment. */
  rowShare: Float64Array;
  /** Per cell: count / the category's customers (column %, 0..1; each column sums to 1); NaN for an empty category. */
  colShare: Float64Array;
  /** Per cell: revenue / the segment's revenue (the segment's value by category, 0..1); NaN when that is 0. */
  revenueRowShare: Float64Array;
  /** Per category: its share of all customers and of all revenue (the "all customers" row), 0..1. */
  allCustomerShare: Float64Array;
  allRevenueShare: Float64Array;
}

const money = (x: number) => Math.round(x * 1e6) / 1e6;
const ratio = (a: number, b: number) => (b !== 0 ? a / b : NaN);

/**
 * Cross-tabulates customers by segment (index 0..segments − 1 per customer) and category (index
 * 0..categories − 1 per customer), counting customers and summing their monetary value (currency,
 * same customer order). The per-segment shares by category are the age structure of the seeds:
 * rowShare (share of the segment's customers) next to revenueRowShare (share of its value).
 */
export function attributeCrossTab(
  segment: ArrayLike<number>,
  segments: number,
  category: ArrayLike<number>,
  categories: number,
  monetary: ArrayLike<number>,
): AttributeCrossTab {
  if (segment.length !== category.length || segment.length !== monetary.length) {
    throw new RangeError(
      `segment, category and monetary need one value per customer (${segment.length}, ${category.length}, ${monetary.length})`,
    );
  }
  const rows = segments;
  const cols = categories;
  const counts = crossTab(segment, rows, category, cols);
  const revenue = new Float64Array(rows * cols);
  for (let i = 0; i < segment.length; i++) revenue[segment[i] * cols + category[i]] += monetary[i];
  const rowCustomers = new Int32Array(rows);
  const colCustomers = new Int32Array(cols);
  const rowRevenue = new Float64Array(rows);
  const colRevenue = new Float64Array(cols);
  let revenueTotal = 0;
  for (let s = 0; s < rows; s++) {
    for (let j = 0; j < cols; j++) {
      const at = s * cols + j;
      revenue[at] = money(revenue[at]);
      rowCustomers[s] += counts[at];
      colCustomers[j] += counts[at];
      rowRevenue[s] += revenue[at];
      colRevenue[j] += revenue[at];
      revenueTotal += revenue[at];
    }
  }
  rowRevenue.forEach((v, s) => (rowRevenue[s] = money(v)));
  colRevenue.forEach((v, j) => (colRevenue[j] = money(v)));
  revenueTotal = money(revenueTotal);
  const rowShare = new Float64Array(rows * cols);
  const colShare = new Float64Array(rows * cols);
  const revenueRowShare = new Float64Array(rows * cols);
  for (let s = 0; s < rows; s++) {
    for (let j = 0; j < cols; j++) {
      const at = s * cols + j;
      rowShare[at] = ratio(counts[at], rowCustomers[s]);
      colShare[at] = ratio(counts[at], colCustomers[j]);
      revenueRowShare[at] = ratio(revenue[at], rowRevenue[s]);
    }
  }
  return {
    rows,
    cols,
    counts,
    revenue,
    rowCustomers,
    colCustomers,
    customers: segment.length,
    rowRevenue,
    colRevenue,
    revenueTotal,
    rowShare,
    colShare,
    revenueRowShare,
    allCustomerShare: Float64Array.from(colCustomers, (c) => ratio(c, segment.length)),
    allRevenueShare: Float64Array.from(colRevenue, (r) => ratio(r, revenueTotal)),
  };
}
