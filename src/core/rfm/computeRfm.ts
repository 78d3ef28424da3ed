import type { TransactionTable } from '../model/TransactionTable.ts';
import { CoreError } from '../notice/notice.ts';
import { MS_PER_DAY } from '../values/civil.ts';
import { isPurchase, purchaseFrequency } from './purchaseFrequency.ts';
import { scoreByRank } from './scoreByRank.ts';

/** The RFM table: one entry per customer with at least one purchase, in columns. */
export interface RfmTable {
  /** Number of customers. */
  n: number;
  /** Customer id per entry. */
  ids: string[];
  /** Index into the transaction table's customer dictionary. */
  customer: Int32Array;
  /** Whole days from the day of the last purchase to the reference day. */
  recency: Int32Array;
  /** Distinct orders: invoices when mapped, else distinct purchase days. */
  frequency: Int32Array;
  /** Sum of amounts (currency units), returns netted in when kept. */
  monetary: Float64Array;
  /** Scores 1..5 (5 = most recent / most frequent / highest spend). */
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** The reference day, in days since 1970-01-01. */
  referenceDay: number;
  /** Whether frequency counts invoices (true) or purchase days (false). */
  frequencyByInvoice: boolean;
  /**
   * Σ profit per customer (currency; blank lines left out), present when the table has a profit
   * column. With `valueBasis: 'profit'` it is also `monetary`.
   */
  profit?: Float64Array;
  /** 'profit' when monetary (and M) count profit instead of revenue; absent = revenue. */
  valueBasis?: 'profit';
}

export interface RfmOptions {
  /** Reference day in days since 1970-01-01; default the day after the latest transaction. */
  referenceDay?: number;
  /** Grades per dimension (default 5). */
  grades?: number;
  /**
   * What monetary counts: Σ amount (revenue, the default) or Σ profit of the lines ('profit';
   * CoreError `rfm.noProfit` without a profit column). Frequency and recency do not change: a
   * loss-making order is still an order.
   */
  valueBasis?: 'revenue' | 'profit';
}

/**
 * Computes recency (days), frequency (orders) and monetary value (currency) per customer, and
 * their rank-based scores. A purchase is a row whose amount is not negative (isPurchase: zero
 * amounts are in the table only when kept, and then they count); a customer with returns only has
 * no purchase and is left out (the import report counts them: customersWithoutPurchase). Customers are ordered by id (numeric ids numerically).
 * A table built from a customer summary (t.orders) takes the orders from there and every row as
 * a purchase (its rows are the first and last purchase).
 */
export function computeRfm(t: TransactionTable, opts: RfmOptions = {}): RfmTable {
  const nc = t.customerIds.length;
  const lastDay = new Int32Array(nc).fill(-2147483648);
  const monetary = new Float64Array(nc);
  const profit = t.profit ? new Float64Array(nc) : null;
  if (opts.valueBasis === 'profit' && !profit) {
    throw new CoreError('rfm.noProfit', {}, 'profit as the value basis needs a profit column: map one at import');
  }
  const frequency = purchaseFrequency(t);
  let maxDay = -2147483648;
  for (let i = 0; i < t.rows; i++) {
    const c = t.customer[i];
    const a = t.amount[i];
    monetary[c] += a;
    if (profit && !Number.isNaN(t.profit![i])) profit[c] += t.profit![i];
    const day = Math.floor(t.time[i] / MS_PER_DAY);
    if (day > maxDay) maxDay = day;
    if ((t.orders || isPurchase(a)) && day > lastDay[c]) lastDay[c] = day;
  }

  const referenceDay = opts.referenceDay ?? maxDay + 1;
  const members: number[] = [];
  for (let c = 0; c < nc; c++) if (frequency[c] > 0) members.push(c);
  const keys = t.customerIds.map(idSortKey);
  members.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));

  const n = members.length;
  const out = {
    customer: Int32Array.from(members),
    recency: new Int32Array(n),
    frequency: new Int32Array(n),
    monetary: new Float64Array(n),
  };
  for (let k = 0; k < n; k++) {
    const c = members[k];
    out.recency[k] = referenceDay - lastDay[c];
    out.frequency[k] = frequency[c];
    out.monetary[k] = Math.round(monetary[c] * 1e6) / 1e6;
  }
  const byProfit = profit ? Float64Array.from(members, (c) => Math.round(profit[c] * 1e6) / 1e6) : null;
  if (byProfit && opts.valueBasis === 'profit') out.monetary = byProfit;
  const grades = opts.grades ?? 5;
  return {
    n,
    ids: members.map((c) => t.customerIds[c]),
    ...out,
    r: scoreByRank(out.recency, false, grades),
    f: scoreByRank(out.frequency, true, grades),
    m: scoreByRank(out.monetary, true, grades),
    referenceDay,
    frequencyByInvoice: t.invoiceIds.length > 0,
    ...(byProfit ? { profit: byProfit } : {}),
    ...(opts.valueBasis === 'profit' ? { valueBasis: 'profit' as const } : {}),
  };
}

/**
 * The RFM table on a value basis: 'profit' puts each customer's Σ profit (currency) into monetary
 * and ranks M on it (losses rank lowest), as computeRfm with `valueBasis: 'profit'` does; recency,
 * frequency and their scores stay. 'revenue' returns the table as given. CoreError `rfm.noProfit`
 * when the table has no profit column.
 */
export function rfmOnBasis(rfm: RfmTable, basis: 'revenue' | 'profit', grades = 5): RfmTable {
  if (basis === 'revenue' || rfm.valueBasis === 'profit') return rfm;
  if (!rfm.profit) {
    throw new CoreError('rfm.noProfit', {}, 'profit as the value basis needs a profit column: map one at import');
  }
  return { ...rfm, monetary: rfm.profit, m: scoreByRank(rfm.profit, true, grades), valueBasis: 'profit' };
}

const NUMERIC = /^\d+$/;

/**
 * A string key that sorts ids naturally: digit-only ids numerically ("9" < "10", "0004" < "21")
 * and before other ids, which sort as text.
 */
export function idSortKey(id: string): string {
  if (!NUMERIC.test(id)) return `1${id}`;
  const digits = id.replace(/^0+(?=.)/, '');
  return `0${String(digits.length).padStart(4, '0')}${digits}|${id}`;
}

/** The three-digit RFM code of entry k, e.g. "545". */
export function rfmCode(t: RfmTable, k: number): string {
  return `${t.r[k]}${t.f[k]}${t.m[k]}`;
}
