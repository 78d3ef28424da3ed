import { mapItems, type TransactionTable } from '../model/TransactionTable.ts';
import { CoreError } from '../notice/notice.ts';
import { MS_PER_DAY } from '../values/civil.ts';

/**
 * The transactions dated on or before `day` (days since 1970-01-01): what was known at the end of
 * that day. Dictionaries (customer, invoice, attribute values) are shared with the full table, so a
 * customer has the same index in every as-of table: segments at different dates line up. A table
 * from a customer summary throws CoreError `summary.noHistory` unless every row is kept.
 */
export function tableAsOf(t: TransactionTable, day: number): TransactionTable {
  const end = (day + 1) * MS_PER_DAY;
  const keep: number[] = [];
  for (let i = 0; i < t.rows; i++) if (t.time[i] < end) keep.push(i);
  if (keep.length === t.rows) return t;
  if (t.orders) {
    throw new CoreError(
      'summary.noHistory',
      {},
      'a customer summary holds no purchases between the first and the last: cohorts, as-of dates and migration need transactions',
    );
  }
  const pick = <A extends Int32Array | Float64Array>(a: A, make: new (n: number) => A): A => {
    const out = new make(keep.length);
    for (let k = 0; k < keep.length; k++) out[k] = a[keep[k]];
    return out;
  };
  return {
    rows: keep.length,
    customer: pick(t.customer, Int32Array),
    customerIds: t.customerIds,
    time: pick(t.time, Float64Array),
    amount: pick(t.amount, Float64Array),
    invoice: pick(t.invoice, Int32Array),
    invoiceIds: t.invoiceIds,
    attributes: t.attributes.map((a) => ({ ...a, codes: pick(a.codes, Int32Array) })),
    ...(t.items && {
      items: mapItems(t.items, (a) => ({ name: a.name, values: a.values, codes: pick(a.codes, Int32Array) })),
    }),
    ...(t.profit && { profit: pick(t.profit, Float64Array) }),
  };
}
