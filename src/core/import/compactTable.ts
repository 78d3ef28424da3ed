import { ITEM_ROLES, mapItems, type AttributeColumn, type TransactionTable } from '../model/TransactionTable.ts';

/**
 * Keeps the rows whose `keep[i]` is 1, in place: every typed-array column is compacted and cut to
 * the new length (a view on the same buffer, so no column is copied: a 5 M-row import needs only
 * `keep`, one byte per row, on top of its columns), and customers, invoices and attribute values left without rows are removed from
 * their dictionaries (the others keep their order), so nothing downstream
 * (computeRfm, the stored dictionaries) sees a customer without rows. `keep` has one byte per row.
 */
export function compactTable(t: TransactionTable, keep: Uint8Array): TransactionTable {
  const itemColumns = ITEM_ROLES.flatMap((role) => t.items?.[role] ?? []);
  let w = 0;
  for (let i = 0; i < t.rows; i++) {
    if (!keep[i]) continue;
    t.customer[w] = t.customer[i];
    t.time[w] = t.time[i];
    t.amount[w] = t.amount[i];
    t.invoice[w] = t.invoice[i];
    for (const a of t.attributes) a.codes[w] = a.codes[i];
    for (const a of itemColumns) a.codes[w] = a.codes[i];
    if (t.profit) t.profit[w] = t.profit[i];
    w++;
  }
  const customer = t.customer.subarray(0, w);
  const [customerIds] = shrink(customer, t.customerIds);
  const invoice = t.invoice.subarray(0, w);
  const [invoiceIds] = shrink(invoice, t.invoiceIds);
  return {
    ...t,
    rows: w,
    customer,
    customerIds,
    time: t.time.subarray(0, w),
    amount: t.amount.subarray(0, w),
    invoice,
    invoiceIds,
    attributes: t.attributes.map((a) => compactColumn(a, w)),
    ...(t.items && { items: mapItems(t.items, (a) => compactColumn(a, w)) }),
    ...(t.profit && { profit: t.profit.subarray(0, w) }),
  };
}

function compactColumn(a: AttributeColumn, w: number): AttributeColumn {
  const codes = a.codes.subarray(0, w);
  return { ...a, codes, values: shrink(codes, a.values)[0] };
}

/** Renumbers `codes` (−1 = none) to the dictionary entries still used, in their old order; returns the smaller dictionary. */
function shrink(codes: Int32Array, values: string[]): [string[]] {
  const map = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) map[codes[i]] = 0;
  const out: string[] = [];
  for (let c = 0; c < values.length; c++) {
    if (map[c] < 0) continue;
    map[c] = out.length;
    out.push(values[c]);
  }
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) codes[i] = map[codes[i]];
  return [out];
}
