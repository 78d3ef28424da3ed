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
  const position = new Int32Array(t.customerIds.length).fill(-1);
  for (let i = 0; i < customers.length; i++) position[customers[i]] = i;
  const latest = t.attributes.map(() => new Int32Array(customers.length).fill(-1));
  const when = new Float64Array(customers.length).fill(-Infinity);
  for (let r = 0; r < t.rows; r++) {
    const p = position[t.customer[r]];
    if (p < 0 || t.time[r] < when[p]) continue;
    when[p] = t.time[r];
    t.attributes.forEach((a, j) => {
      if (a.codes[r] >= 0) latest[j][p] = a.codes[r];
    });
  }
  return Array.from(customers, (c, p) =>
    [t.customerIds[c], ...t.attributes.map((a, j) => (latest[j][p] >= 0 ? a.values[latest[j][p]] : ''))]
      .join(' ')
      .toLowerCase(),
  );
}

/** The latest value of each attribute for one customer, by attribute name. */
export function customerAttributes(t: TransactionTable, customer: number): Record<string, string> {
  const out: Record<string, string> = {};
  let when = -Infinity;
  for (let r = 0; r < t.rows; r++) {
    if (t.customer[r] !== customer || t.time[r] < when) continue;
    when = t.time[r];
    for (const a of t.attributes) if (a.codes[r] >= 0) out[a.name] = a.values[a.codes[r]];
  }
  return out;
}
