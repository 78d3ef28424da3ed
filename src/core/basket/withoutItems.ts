/**
 * The one place where lines that are not products leave the product analyses (issue 17): the
 * segment × item table, pairs, top products, offers, the offer backtest, cross-sell potential and
 * replenishment all read the item columns of the table this returns.
 */
import type { AttributeColumn, TransactionTable } from '../model/TransactionTable.ts';
import { mapItems } from '../model/TransactionTable.ts';
import { productColumnOf } from './serviceItems.ts';

/**
 * The table with the lines of the products `ids` (ids of the product column, else product names)
 * taken out of every item column (product, name, category, sub-category: code -1, as a blank
 * item), so no analysis counts them at any level: their revenue is then in no item's and no
 * segment's item revenue (shares and lifts are over the kept lines). Customers, dates, amounts and
 * every other column are the same arrays (the RFM table does not change). The table itself when
 * no listed id is on it.
 */
export function withoutItems(t: TransactionTable, ids: readonly string[]): TransactionTable {
  const column = productColumnOf(t);
  if (!column || !t.items || ids.length === 0) return t;
  const wanted = new Set(ids);
  const drop = new Uint8Array(column.values.length);
  let any = false;
  column.values.forEach((v, c) => {
    if (!wanted.has(v)) return;
    drop[c] = 1;
    any = true;
  });
  if (!any) return t;
  const masked = new Map<AttributeColumn, AttributeColumn>();
  const mask = (a: AttributeColumn): AttributeColumn => {
    let m = masked.get(a);
    if (m) return m;
    const codes = a.codes.slice();
    for (let i = 0; i < t.rows; i++) {
      const c = column.codes[i];
      if (c >= 0 && drop[c]) codes[i] = -1;
    }
    masked.set(a, (m = { name: a.name, values: a.values, codes }));
    return m;
  };
  return { ...t, items: mapItems(t.items, mask) };
}
