import type { TransactionTable } from '../model/TransactionTable.ts';
import { MS_PER_DAY } from '../values/civil.ts';
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
}

export interface RfmOptions {
  /** Reference day in days since 1970-01-01; default the day after the latest transaction. */
  referenceDay?: number;
  /** Grades per dimension (default 5). */
  grades?: number;
}

/**
 * Computes recency (days), frequency (orders) and monetary value (currency) per customer, and
 * their rank-based scores. A purchase is a row with a positive amount; a customer with returns
 * only has no purchase and is left out. Customers are ordered by id (numeric ids numerically).
 * A table built from a customer summary (t.orders) takes the orders from there and every row as
 * a purchase (its rows are the first and last purchase).
 */
export function computeRfm(t: TransactionTable, opts: RfmOptions = {}): RfmTable {
  const nc = t.customerIds.length;
  const lastDay = new Int32Array(nc).fill(-2147483648);
  const monetary = new Float64Array(nc);
  const frequency = new Int32Array(nc);
  const byInvoice = t.invoiceIds.length > 0;
  let maxDay = -2147483648;

  // Distinct (customer, order) pairs: an invoice seen first with customer c is c's; the rare
  // invoice shared by several customers falls back to a set of pair keys.
  const owner = new Int32Array(byInvoice ? t.invoiceIds.length : 0).fill(-1);
  const pairs = new Set<number>();
  for (let i = 0; i < t.rows; i++) {
    const c = t.customer[i];
    const a = t.amount[i];
    monetary[c] += a;
    const day = Math.floor(t.time[i] / MS_PER_DAY);
    if (day > maxDay) maxDay = day;
    if (t.orders) {
      if (day > lastDay[c]) lastDay[c] = day;
      frequency[c] = t.orders[c];
      continue;
    }
    if (a <= 0) continue;
    if (day > lastDay[c]) lastDay[c] = day;
    if (byInvoice) {
      const v = t.invoice[i];
      if (owner[v] === -1) {
        owner[v] = c;
        frequency[c]++;
      } else if (owner[v] !== c) {
        const key = v * nc + c;
        if (!pairs.has(key)) {
          pairs.add(key);
          frequency[c]++;
        }
      }
    } else {
      const key = c * 1e6 + (day + 500000);
      if (!pairs.has(key)) {
        pairs.add(key);
        frequency[c]++;
      }
    }
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
  const grades = opts.grades ?? 5;
  return {
    n,
    ids: members.map((c) => t.customerIds[c]),
    ...out,
    r: scoreByRank(out.recency, false, grades),
    f: scoreByRank(out.frequency, true, grades),
    m: scoreByRank(out.monetary, true, grades),
    referenceDay,
    frequencyByInvoice: byInvoice,
  };
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
