import type { ContactRole } from '../import/types.ts';
import { customerAttributes } from '../attributes/customerAttributes.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { MS_PER_DAY } from '../values/civil.ts';

/** One customer's purchases by day: days since 1970-01-01 ascending, and the net amount that day (currency). */
export interface CustomerHistory {
  days: Int32Array;
  amounts: Float64Array;
}

/** The daily purchase history of one customer (index into the table's customer ids). */
export function customerHistory(t: TransactionTable, customer: number): CustomerHistory {
  const byDay = new Map<number, number>();
  for (let i = 0; i < t.rows; i++) {
    if (t.customer[i] !== customer) continue;
    const d = Math.floor(t.time[i] / MS_PER_DAY);
    byDay.set(d, (byDay.get(d) ?? 0) + t.amount[i]);
  }
  const days = Int32Array.from(byDay.keys()).sort();
  return { days, amounts: Float64Array.from(days, (d) => byDay.get(d)!) };
}

/**
 * Text to search customers by: the id and the latest value of every attribute, lower-cased and
 * joined by spaces, per customer of `customers` (indices into the table's customer ids).
 */
export function customerSearchText(t: TransactionTable, customers: ArrayLike<number>): string[] {
  const latest = customerAttributes(t, customers);
  return Array.from(customers, (c, p) =>
    [t.customerIds[c], ...latest.map((a) => (a.codes[p] >= 0 ? a.values[a.codes[p]] : ''))].join(' ').toLowerCase(),
  );
}

/** What the customer card shows of one customer: daily history and latest attributes by name. */
export interface CustomerDetail {
  history: CustomerHistory;
  attributes: Record<string, string>;
  /** The attributes mapped as contacts (name, phone, region…) by their kind: header → kind. */
  kinds?: Record<string, ContactRole>;
}
