import type { TransactionTable } from '../model/TransactionTable.ts';
import { MS_PER_DAY } from '../values/civil.ts';

/**
 * Whether a row is a purchase: any amount that is not negative. A zero amount is in a table only
 * when the user kept it (CLI --keep-zero, the app's "keep zero amounts"): a free order is still an
 * order, as in the CLV summary; negative rows are returns or corrections.
 */
export const isPurchase = (amount: number): boolean => amount >= 0;

/**
 * Orders per customer (indexed like the table's customer dictionary) as RFM frequency counts them:
 * distinct invoices when an invoice column is mapped (an invoice shared by customers counts once
 * for each), otherwise distinct purchase days. Only purchases (isPurchase) count; a table built
 * from a customer summary (t.orders) gives its orders.
 */
export function purchaseFrequency(t: TransactionTable): Int32Array {
  const nc = t.customerIds.length;
  if (t.orders) return Int32Array.from({ length: nc }, (_, c) => t.orders![c]);
  const frequency = new Int32Array(nc);
  const byInvoice = t.invoiceIds.length > 0;
  // The first customer seen with an invoice owns it; the rare invoice shared by several customers
  // falls back to a set of pair keys.
  const owner = new Int32Array(byInvoice ? t.invoiceIds.length : 0).fill(-1);
  const pairs = new Set<number>();
  for (let i = 0; i < t.rows; i++) {
    if (!isPurchase(t.amount[i])) continue;
    const c = t.customer[i];
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
      const key = c * 1e6 + (Math.floor(t.time[i] / MS_PER_DAY) + 500000);
      if (!pairs.has(key)) {
        pairs.add(key);
        frequency[c]++;
      }
    }
  }
  return frequency;
}
