import type { TransactionTable } from '../model/TransactionTable.ts';
import { MS_PER_DAY } from '../values/civil.ts';
import { isPurchase } from './purchaseFrequency.ts';

/**
 * The distinct orders of a table's purchases, exactly as `computeRfm` counts frequency: a purchase
 * is a row whose amount is not negative (isPurchase); an order is a (customer, invoice) pair when an invoice column is
 * mapped, else a (customer, purchase day) pair. An invoice shared by several customers is one order
 * for each of them.
 */
export interface PurchaseOrders {
  /** Number of distinct orders. */
  count: number;
  /** Row → order number 0..count − 1, or −1 for a row that is not a purchase (amount ≤ 0). */
  order: Int32Array;
  /** Order number → index into the table's customer ids. */
  customer: Int32Array;
  /** Whether orders are invoices (true) or purchase days (false). */
  byInvoice: boolean;
}

/** Numbers the orders of the purchases in row order (see PurchaseOrders). */
export function purchaseOrders(t: TransactionTable): PurchaseOrders {
  const nc = t.customerIds.length;
  const byInvoice = t.invoiceIds.length > 0;
  const order = new Int32Array(t.rows).fill(-1);
  const customers: number[] = [];
  // The first customer seen with an invoice owns it (one array slot); other pairs go to a map.
  const owned = new Int32Array(byInvoice ? t.invoiceIds.length : 0).fill(-1);
  const owner = new Int32Array(owned.length).fill(-1);
  const pairs = new Map<number, number>();
  for (let i = 0; i < t.rows; i++) {
    if (!isPurchase(t.amount[i])) continue;
    const c = t.customer[i];
    let o: number | undefined;
    if (byInvoice) {
      const v = t.invoice[i];
      if (owner[v] === -1) {
        owner[v] = c;
        owned[v] = customers.length;
        customers.push(c);
      }
      if (owner[v] === c) o = owned[v];
      else {
        const key = v * nc + c;
        o = pairs.get(key);
        if (o === undefined) {
          o = customers.length;
          pairs.set(key, o);
          customers.push(c);
        }
      }
    } else {
      const key = c * 1e6 + (Math.floor(t.time[i] / MS_PER_DAY) + 500000);
      o = pairs.get(key);
      if (o === undefined) {
        o = customers.length;
        pairs.set(key, o);
        customers.push(c);
      }
    }
    order[i] = o;
  }
  return { count: customers.length, order, customer: Int32Array.from(customers), byInvoice };
}
