import type { TransactionTable } from '../model/TransactionTable.ts';
import { isPurchase } from '../rfm/purchaseFrequency.ts';
import { MS_PER_DAY } from '../values/civil.ts';

/**
 * The day of each customer's first purchase (isPurchase: a row whose amount is not negative), in days since
 * 1970-01-01, for the customers given as indices into the table's customer dictionary (e.g. an
 * RFM table's `customer` column). A customer without a purchase gets -2147483648.
 */
export function firstPurchaseDays(t: TransactionTable, customers: ArrayLike<number>): Int32Array {
  const first = new Int32Array(t.customerIds.length).fill(2147483647);
  for (let i = 0; i < t.rows; i++) {
    if (!isPurchase(t.amount[i])) continue;
    const day = Math.floor(t.time[i] / MS_PER_DAY);
    const c = t.customer[i];
    if (day < first[c]) first[c] = day;
  }
  return Int32Array.from(customers, (c) => (first[c] === 2147483647 ? -2147483648 : first[c]));
}
