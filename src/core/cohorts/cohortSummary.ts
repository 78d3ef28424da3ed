import type { CohortTable } from './cohortTable.ts';

/** All cohorts together at each offset, over the cohorts observed that long. */
export interface OffsetTotals {
  /** Per offset k: customers of the cohorts with data at offset k. */
  customers: Int32Array;
  /** Per offset: active customers, revenue (currency) and orders, summed over those cohorts. */
  active: Int32Array;
  revenue: Float64Array;
  orders: Int32Array;
  /** Per offset: Σ active / Σ customers (the customer-weighted mean retention), 0..1; NaN with no cohort. */
  retention: Float64Array;
  /** Per offset: Σ revenue / Σ orders (the order-weighted mean order value, currency); NaN without orders. */
  aov: Float64Array;
}

/** Sums the cohorts offset by offset: the "mean line" of retention and order value over the cohorts' life. */
export function offsetTotals(c: CohortTable): OffsetTotals {
  const K = c.offsets;
  const out: OffsetTotals = {
    customers: new Int32Array(K),
    active: new Int32Array(K),
    revenue: new Float64Array(K),
    orders: new Int32Array(K),
    retention: new Float64Array(K).fill(NaN),
    aov: new Float64Array(K).fill(NaN),
  };
  for (let r = 0; r < c.cohorts; r++) {
    for (let k = 0; k < c.observed[r]; k++) {
      const at = r * K + k;
      out.customers[k] += c.customers[r];
      out.active[k] += c.active[at];
      out.revenue[k] += c.revenue[at];
      out.orders[k] += c.orders[at];
    }
  }
  for (let k = 0; k < K; k++) {
    out.revenue[k] = Math.round(out.revenue[k] * 1e6) / 1e6;
    if (out.customers[k] > 0) out.retention[k] = out.active[k] / out.customers[k];
    if (out.orders[k] > 0) out.aov[k] = out.revenue[k] / out.orders[k];
  }
  return out;
}

/** Each cohort over its whole observed life. */
export interface CohortTotals {
  /** Per cohort: revenue (currency) and orders over all its periods. */
  revenue: Float64Array;
  orders: Int32Array;
  /** Per cohort: revenue / customers (currency per customer acquired). */
  revenuePerCustomer: Float64Array;
  /** Per cohort: revenue / orders (currency); NaN without orders. */
  aov: Float64Array;
}

/** Totals of each cohort over its observed periods. */
export function cohortTotals(c: CohortTable): CohortTotals {
  const n = c.cohorts;
  const out: CohortTotals = {
    revenue: new Float64Array(n),
    orders: new Int32Array(n),
    revenuePerCustomer: new Float64Array(n),
    aov: new Float64Array(n).fill(NaN),
  };
  for (let r = 0; r < n; r++) {
    let revenue = 0;
    for (let k = 0; k < c.observed[r]; k++) {
      revenue += c.revenue[r * c.offsets + k];
      out.orders[r] += c.orders[r * c.offsets + k];
    }
    out.revenue[r] = Math.round(revenue * 1e6) / 1e6;
    out.revenuePerCustomer[r] = out.revenue[r] / c.customers[r];
    if (out.orders[r] > 0) out.aov[r] = out.revenue[r] / out.orders[r];
  }
  return out;
}

/** One cohort's row as plain arrays over its observed offsets (for JSON and CSV output). */
export interface CohortRow {
  /** The cohort's label, "2011-01" or "2011-Q1". */
  cohort: string;
  /** Customers acquired in the cohort's period. */
  customers: number;
  /** Per offset 0..observed − 1: share of the customers who bought, 0..1. */
  retention: number[];
  /** Per offset: customers who bought. */
  active: number[];
  /** Per offset: revenue (currency). */
  revenue: number[];
  /** Per offset: orders. */
  orders: number[];
  /** Per offset: average order value (currency); null where there is no order. */
  aov: (number | null)[];
}

/** The cohorts as rows cut to their observed offsets (no cells past the end of the data). */
export function cohortRows(c: CohortTable): CohortRow[] {
  return c.labels.map((cohort, r) => {
    const from = r * c.offsets;
    const to = from + c.observed[r];
    return {
      cohort,
      customers: c.customers[r],
      retention: Array.from(c.retention.subarray(from, to)),
      active: Array.from(c.active.subarray(from, to)),
      revenue: Array.from(c.revenue.subarray(from, to)),
      orders: Array.from(c.orders.subarray(from, to)),
      aov: Array.from(c.aov.subarray(from, to), (v) => (Number.isFinite(v) ? v : null)),
    };
  });
}
