import type { TransactionTable } from '../model/TransactionTable.ts';
import { purchaseOrders } from '../rfm/purchaseOrders.ts';
import { CoreError } from '../notice/notice.ts';
import { MS_PER_DAY } from '../values/civil.ts';
import { periodLabel, periodOfDay, periodStartDay } from './periods.ts';
import type { CohortPeriod } from './periods.ts';

/**
 * Acquisition cohorts: customers grouped by the period (month or quarter) of their first purchase,
 * followed period by period to the last period of the data. Cells are row-major, cohort × offset:
 * cell c × offsets + k is cohort c in its k-th period after acquisition (k = 0: the period of the
 * first purchase). Cells past the end of the data (k ≥ observed[c]) hold 0 (counts) or NaN (the
 * rest), so the table is a triangle.
 */
export interface CohortTable {
  period: CohortPeriod;
  /** Number of cohorts (rows), oldest first; only periods in which some customer bought first. */
  cohorts: number;
  /** Number of offsets (columns): from the oldest cohort's period to the last period, inclusive. */
  offsets: number;
  /** Per cohort: its period number (see periodOfDay). */
  cohortPeriod: Int32Array;
  /** Per cohort: its label, "2011-01" or "2011-Q1". */
  labels: string[];
  /** Per cohort: customers whose first purchase is in the cohort's period. */
  customers: Int32Array;
  /** Per cohort: offsets with data, 1 + last period − cohort period. */
  observed: Int32Array;
  /** Per cell: customers of the cohort who bought (a row with a positive amount) in that period. */
  active: Int32Array;
  /** Per cell: active / customers, 0..1 (1 at offset 0). */
  retention: Float64Array;
  /** Per cell: sum of the cohort's amounts in that period (currency), returns netted in when kept. */
  revenue: Float64Array;
  /** Per cell: the cohort's orders in that period (as RFM frequency counts them). */
  orders: Int32Array;
  /** Per cell: average order value = revenue / orders (currency); NaN when there is no order. */
  aov: Float64Array;
  /** The last period with data, and whether the data reaches its last day (else it is partial). */
  lastLabel: string;
  lastPeriodComplete: boolean;
  /** First and last day with a transaction (days since 1970-01-01). */
  firstDay: number;
  lastDay: number;
}

/**
 * Builds the cohort table of a transaction table. A customer's cohort is the period of their first
 * purchase (first row with a positive amount); customers with returns only are left out, as in
 * computeRfm. Active customers, revenue and orders are counted in the period of each row (an
 * invoice spanning two periods counts as an order in the earlier one). Rows dated before a
 * customer's first purchase (returns only) are left out of the revenue.
 */
export function cohortTable(t: TransactionTable, period: CohortPeriod): CohortTable {
  if (t.orders) {
    throw new CoreError(
      'summary.noHistory',
      {},
      'a customer summary holds no purchases between the first and the last: cohorts, as-of dates and migration need transactions',
    );
  }
  const nc = t.customerIds.length;
  const NONE = 2147483647;
  const rowPeriod = new Int32Array(t.rows);
  const first = new Int32Array(nc).fill(NONE);
  let firstDay = Infinity;
  let lastDay = -Infinity;
  // Days repeat a lot: remember the period of the last day seen.
  let seenDay = NaN;
  let seenPeriod = 0;
  for (let i = 0; i < t.rows; i++) {
    const day = Math.floor(t.time[i] / MS_PER_DAY);
    if (day !== seenDay) {
      seenDay = day;
      seenPeriod = periodOfDay(day, period);
      if (day < firstDay) firstDay = day;
      if (day > lastDay) lastDay = day;
    }
    rowPeriod[i] = seenPeriod;
    const c = t.customer[i];
    if (t.amount[i] > 0 && seenPeriod < first[c]) first[c] = seenPeriod;
  }
  const lastPeriod = t.rows ? periodOfDay(lastDay, period) : 0;

  // Cohorts: the distinct first periods, ascending.
  let minCohort = NONE;
  for (let c = 0; c < nc; c++) if (first[c] < minCohort) minCohort = first[c];
  const offsets = minCohort === NONE ? 0 : lastPeriod - minCohort + 1;
  const cohortOf = new Int32Array(offsets).fill(-1); // period − minCohort → cohort index
  for (let c = 0; c < nc; c++) if (first[c] !== NONE) cohortOf[first[c] - minCohort] = 0;
  const cohortPeriod: number[] = [];
  for (let k = 0; k < offsets; k++) {
    if (cohortOf[k] === 0) {
      cohortOf[k] = cohortPeriod.length;
      cohortPeriod.push(minCohort + k);
    }
  }
  const n = cohortPeriod.length;
  const cell = (c: number, p: number) => cohortOf[first[c] - minCohort] * offsets + (p - first[c]);

  const customers = new Int32Array(n);
  for (let c = 0; c < nc; c++) if (first[c] !== NONE) customers[cohortOf[first[c] - minCohort]]++;

  // Active: distinct (customer, period) pairs among purchases, marked in a bitmap when it is small.
  const active = new Int32Array(n * offsets);
  const revenue = new Float64Array(n * offsets);
  const small = nc * offsets <= 1 << 25;
  const seen = small ? new Uint8Array(nc * offsets) : null;
  const seenPairs = small ? null : new Set<number>();
  for (let i = 0; i < t.rows; i++) {
    const c = t.customer[i];
    const p = rowPeriod[i];
    if (first[c] === NONE || p < first[c]) continue;
    const at = cell(c, p);
    revenue[at] += t.amount[i];
    if (t.amount[i] <= 0) continue;
    const key = c * offsets + (p - minCohort);
    if (seen) {
      if (seen[key]) continue;
      seen[key] = 1;
    } else {
      if (seenPairs!.has(key)) continue;
      seenPairs!.add(key);
    }
    active[at]++;
  }

  // Orders: each in the earliest period of its rows.
  const po = purchaseOrders(t);
  const orderPeriod = new Int32Array(po.count).fill(NONE);
  for (let i = 0; i < t.rows; i++) {
    const o = po.order[i];
    if (o >= 0 && rowPeriod[i] < orderPeriod[o]) orderPeriod[o] = rowPeriod[i];
  }
  const orders = new Int32Array(n * offsets);
  for (let o = 0; o < po.count; o++) orders[cell(po.customer[o], orderPeriod[o])]++;

  const observed = Int32Array.from(cohortPeriod, (p) => lastPeriod - p + 1);
  const retention = new Float64Array(n * offsets).fill(NaN);
  const aov = new Float64Array(n * offsets).fill(NaN);
  for (let r = 0; r < n; r++) {
    for (let k = 0; k < offsets; k++) {
      const at = r * offsets + k;
      if (k >= observed[r]) {
        revenue[at] = NaN;
        continue;
      }
      revenue[at] = Math.round(revenue[at] * 1e6) / 1e6;
      retention[at] = active[at] / customers[r];
      if (orders[at] > 0) aov[at] = revenue[at] / orders[at];
    }
  }
  return {
    period,
    cohorts: n,
    offsets,
    cohortPeriod: Int32Array.from(cohortPeriod),
    labels: cohortPeriod.map((p) => periodLabel(p, period)),
    customers,
    observed,
    active,
    retention,
    revenue,
    orders,
    aov,
    lastLabel: periodLabel(lastPeriod, period),
    lastPeriodComplete: t.rows > 0 && periodStartDay(lastPeriod + 1, period) - 1 === lastDay,
    firstDay: t.rows ? firstDay : NaN,
    lastDay: t.rows ? lastDay : NaN,
  };
}

/** The typed arrays of a cohort table, to transfer from a worker instead of copying. */
export function cohortBuffers(c: CohortTable): ArrayBuffer[] {
  const arrays = [c.cohortPeriod, c.customers, c.observed, c.active, c.retention, c.revenue, c.orders, c.aov];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
