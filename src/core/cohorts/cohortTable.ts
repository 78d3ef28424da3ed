import type { TransactionTable } from '../model/TransactionTable.ts';
import { isPurchase } from '../rfm/purchaseFrequency.ts';
import { purchaseOrders } from '../rfm/purchaseOrders.ts';
import { CoreError, notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
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
  /** Number of cohorts (rows), oldest first; only periods in which some customer bought first, the latest COHORT_CAP. */
  cohorts: number;
  /** Number of offsets (columns): from the oldest cohort's period to the last period, inclusive, at most COHORT_CAP. */
  offsets: number;
  /** Per cohort: its period number (see periodOfDay). */
  cohortPeriod: Int32Array;
  /** Per cohort: its label, "2011-01" or "2011-Q1". */
  labels: string[];
  /** Per cohort: customers whose first purchase is in the cohort's period. */
  customers: Int32Array;
  /** Per cohort: offsets with data, 1 + last period − cohort period, at most COHORT_CAP. */
  observed: Int32Array;
  /** Per cell: customers of the cohort who bought (a purchase row, isPurchase) in that period. */
  active: Int32Array;
  /** Per cell: active / customers, 0..1 (1 at offset 0). */
  retention: Float64Array;
  /** Per cell: sum of the cohort's amounts in that period (currency), returns netted in when kept. */
  revenue: Float64Array;
  /** Per cell: the cohort's orders in that period (as RFM frequency counts them). */
  orders: Int32Array;
  /** Per cell: average order value = revenue / orders (currency); NaN when there is no order. */
  aov: Float64Array;
  /** The last period with data (its number and label), and whether the data reaches its last day (else it is partial). */
  lastPeriod: number;
  lastLabel: string;
  lastPeriodComplete: boolean;
  /** First and last day with a transaction (days since 1970-01-01). */
  firstDay: number;
  lastDay: number;
  /**
   * What the bounds of COHORT_CAP left out, coded: `cohorts.offsetCap.<period>` when the data run
   * longer than the cap after the oldest cohort (purchases after it counted), `cohorts.cohortCap.<period>`
   * when older cohorts were left out (with their customers).
   */
  notices: Notice[];
}

/**
 * Most cohorts in a table and most periods each is followed: ten years (120 months, 40 quarters).
 * The table keeps the latest cohorts that have customers; placeholder dates such as 9999-12-31 or
 * 0001-01-01 would otherwise make one row or column per month over thousands of years.
 */
export const COHORT_CAP: Record<CohortPeriod, number> = { month: 120, quarter: 40 };

/**
 * Builds the cohort table of a transaction table. A customer's cohort is the period of their first
 * purchase (first purchase row, isPurchase); customers with returns only are left out, as in
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
    if (isPurchase(t.amount[i]) && seenPeriod < first[c]) first[c] = seenPeriod;
  }
  const lastPeriod = t.rows ? periodOfDay(lastDay, period) : 0;
  const cap = COHORT_CAP[period];

  // Cohorts: the distinct first periods, ascending (only periods in which someone bought first),
  // the latest `cap` of them kept.
  const firsts = Int32Array.from(first.filter((p) => p !== NONE)).sort();
  const distinct: number[] = [];
  for (let i = 0; i < firsts.length; i++) if (i === 0 || firsts[i] !== firsts[i - 1]) distinct.push(firsts[i]);
  const cohortPeriod = distinct.slice(Math.max(0, distinct.length - cap));
  const n = cohortPeriod.length;
  const cohortIndex = new Map<number, number>();
  cohortPeriod.forEach((p, r) => cohortIndex.set(p, r));
  /** Per customer: the cohort row, −1 with no purchase or a cohort older than the kept ones. */
  const row = Int32Array.from(first, (p) => (p === NONE ? -1 : (cohortIndex.get(p) ?? -1)));
  // Offsets: from the oldest kept cohort to the last period, at most `cap`.
  const offsets = n ? Math.min(cap, lastPeriod - cohortPeriod[0] + 1) : 0;
  const observed = Int32Array.from(cohortPeriod, (p) => Math.min(cap, lastPeriod - p + 1));

  const customers = new Int32Array(n);
  let leftOutCustomers = 0;
  for (let c = 0; c < nc; c++) {
    if (row[c] >= 0) customers[row[c]]++;
    else if (first[c] !== NONE) leftOutCustomers++;
  }

  // Active: distinct (customer, offset) pairs among purchases, marked in a bitmap when it is small.
  const active = new Int32Array(n * offsets);
  const revenue = new Float64Array(n * offsets);
  const small = nc * offsets <= 1 << 25;
  const seen = small ? new Uint8Array(nc * offsets) : null;
  const seenPairs = small ? null : new Set<number>();
  // Purchases after a cohort's followed offsets: counted for the notice, not in any cell.
  let laterRows = 0;
  const later = new Uint8Array(nc);
  for (let i = 0; i < t.rows; i++) {
    const c = t.customer[i];
    const r = row[c];
    const k = rowPeriod[i] - first[c];
    if (r < 0 || k < 0) continue;
    if (k >= offsets) {
      if (isPurchase(t.amount[i])) {
        laterRows++;
        later[c] = 1;
      }
      continue;
    }
    const at = r * offsets + k;
    revenue[at] += t.amount[i];
    if (!isPurchase(t.amount[i])) continue;
    const key = c * offsets + k;
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
  for (let o = 0; o < po.count; o++) {
    const c = po.customer[o];
    const k = orderPeriod[o] - first[c];
    if (row[c] >= 0 && k >= 0 && k < offsets) orders[row[c] * offsets + k]++;
  }

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

  const label = (p: number) => periodLabel(p, period);
  const notices: Notice[] = [];
  const years = Math.round((lastDay - firstDay) / 365.25);
  const unit = period === 'month' ? 'months' : 'quarters';
  if (n && lastPeriod - cohortPeriod[0] + 1 > cap) {
    let laterCustomers = 0;
    for (let c = 0; c < nc; c++) laterCustomers += later[c];
    notices.push(
      notice(
        `cohorts.offsetCap.${period}`,
        {
          cap,
          from: label(distinct[0]),
          to: label(lastPeriod),
          years,
          purchases: laterRows,
          customers: laterCustomers,
        },
        `the data run from ${label(distinct[0])} to ${label(lastPeriod)} (${years} years): each cohort is followed for ` +
          `${cap} ${unit} at most; purchases after that (rows: ${laterRows}, customers: ${laterCustomers}) are not in ` +
          `the table. Check the file for placeholder dates such as 9999-12-31, 1900-01-01 or 0001-01-01`,
      ),
    );
  }
  if (distinct.length > n) {
    const left = distinct.length - n;
    notices.push(
      notice(
        `cohorts.cohortCap.${period}`,
        { cap, cohorts: left, customers: leftOutCustomers, from: label(distinct[0]), to: label(distinct[left - 1]) },
        `only the latest ${cap} cohorts are shown: ${left} older cohorts (${label(distinct[0])} to ` +
          `${label(distinct[left - 1])}, ${leftOutCustomers} customers) are not in the table. Check the file for ` +
          `placeholder dates such as 1900-01-01 or 0001-01-01`,
      ),
    );
  }
  return {
    period,
    cohorts: n,
    offsets,
    cohortPeriod: Int32Array.from(cohortPeriod),
    labels: cohortPeriod.map(label),
    customers,
    observed,
    active,
    retention,
    revenue,
    orders,
    aov,
    lastPeriod,
    lastLabel: label(lastPeriod),
    lastPeriodComplete: t.rows > 0 && periodStartDay(lastPeriod + 1, period) - 1 === lastDay,
    firstDay: t.rows ? firstDay : NaN,
    lastDay: t.rows ? lastDay : NaN,
    notices,
  };
}

/** The typed arrays of a cohort table, to transfer from a worker instead of copying. */
export function cohortBuffers(c: CohortTable): ArrayBuffer[] {
  const arrays = [c.cohortPeriod, c.customers, c.observed, c.active, c.retention, c.revenue, c.orders, c.aov];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
