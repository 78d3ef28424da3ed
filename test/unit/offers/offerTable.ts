import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { MS_PER_DAY } from '../../../src/core/values/civil.ts';

/** One line: customer id, day (since 1970-01-01), amount, item (category), profit (optional). */
export type Line = [customer: string, day: number, amount: number, item: string, profit?: number];

/** A transaction table built in code with the items as categories (and products, same labels). */
export function offerTable(lines: Line[], withProfit = true): TransactionTable {
  const customerIds: string[] = [];
  const items: string[] = [];
  const index = (list: string[], v: string) => {
    let i = list.indexOf(v);
    if (i < 0) i = list.push(v) - 1;
    return i;
  };
  const codes = Int32Array.from(lines, (l) => index(items, l[3]));
  return {
    rows: lines.length,
    customer: Int32Array.from(lines, (l) => index(customerIds, l[0])),
    customerIds,
    time: Float64Array.from(lines, (l) => l[1] * MS_PER_DAY),
    amount: Float64Array.from(lines, (l) => l[2]),
    invoice: new Int32Array(lines.length).fill(-1),
    invoiceIds: [],
    attributes: [],
    items: {
      category: { name: 'Category', codes, values: items },
      product: { name: 'Product', codes, values: items },
    },
    profit: withProfit ? Float64Array.from(lines, (l) => l[4] ?? NaN) : undefined,
  };
}

/** Who bought which categories (one line each, day 1, amount 10, profit 2); items numbered as first met. */
export function setsTable(sets: Record<string, string[]>): TransactionTable {
  const lines: Line[] = [];
  for (const [c, items] of Object.entries(sets)) for (const item of items) lines.push([c, 1, 10, item, 2]);
  return offerTable(lines);
}
