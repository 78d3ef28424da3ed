import type { AttributeColumn, TransactionTable } from '../model/TransactionTable.ts';
import { MS_PER_DAY } from '../values/civil.ts';

/** A customer summary in columns: one entry per customer. Days since 1970-01-01, money in currency. */
export interface CustomerSummaryColumns {
  ids: string[];
  firstDay: Int32Array;
  lastDay: Int32Array;
  /** Distinct orders (≥ 1). */
  orders: Int32Array;
  /** Sum of the customer's amounts (returns netted in). */
  total: Float64Array;
  /** Attributes per customer (codes index into values, −1 = blank). */
  attributes: AttributeColumn[];
}

/**
 * The transaction table a customer summary stands for, for every analysis that needs only first
 * purchase, last purchase, orders and total: each customer's first purchase with their average
 * amount and, with two or more orders, the last purchase with the rest of the total; `orders`
 * carries the order counts (see TransactionTable.orders). RFM comes out exactly as from the
 * transactions summarised; BG/NBD's x is orders − 1 (orders, not purchase days).
 */
export function summaryToTable(s: CustomerSummaryColumns): TransactionTable {
  const n = s.ids.length;
  let rows = 0;
  for (let i = 0; i < n; i++) rows += s.orders[i] >= 2 ? 2 : 1;
  const customer = new Int32Array(rows);
  const time = new Float64Array(rows);
  const amount = new Float64Array(rows);
  const codes = s.attributes.map(() => new Int32Array(rows));
  let r = 0;
  const put = (i: number, day: number, value: number) => {
    customer[r] = i;
    time[r] = day * MS_PER_DAY;
    amount[r] = value;
    s.attributes.forEach((a, j) => (codes[j][r] = a.codes[i]));
    r++;
  };
  for (let i = 0; i < n; i++) {
    const avg = s.total[i] / Math.max(1, s.orders[i]);
    put(i, s.firstDay[i], s.orders[i] >= 2 ? avg : s.total[i]);
    if (s.orders[i] >= 2) put(i, s.lastDay[i], s.total[i] - avg);
  }
  return {
    rows,
    customer,
    customerIds: s.ids,
    time,
    amount,
    invoice: new Int32Array(rows).fill(-1),
    invoiceIds: [],
    attributes: s.attributes.map((a, j) => ({ ...a, codes: codes[j] })),
    orders: Int32Array.from(s.orders),
  };
}
