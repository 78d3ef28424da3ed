/**
 * The data worker's basket calls (issue 17): what each segment buys — the segment × item table,
 * each segment's top products and the "who buy A also buy B" pairs — on the stored item columns.
 */
import * as Comlink from 'comlink';
import { customerAttributes } from '../../src/core/attributes/customerAttributes.ts';
import { customerItems, itemLevels } from '../../src/core/basket/customerItems.ts';
import { pairs } from '../../src/core/basket/pairs.ts';
import type { Pairs } from '../../src/core/basket/pairs.ts';
import { defaultBasketLevel, segmentItems, segmentItemsBuffers } from '../../src/core/basket/segmentItems.ts';
import type { Grouping, SegmentItems } from '../../src/core/basket/segmentItems.ts';
import { topProducts } from '../../src/core/basket/topProducts.ts';
import type { TopItem } from '../../src/core/basket/topProducts.ts';
import type { CustomerItems, ItemLevel } from '../../src/core/basket/types.ts';
import type { TransactionTable } from '../../src/core/model/TransactionTable.ts';
import { serviceItems } from '../../src/core/basket/serviceItems.ts';
import type { ServiceItem } from '../../src/core/basket/serviceItems.ts';
import { productTableOf } from './productTableOf.ts';
import type { ExcludeSetting } from './productTableOf.ts';
import { tableOf } from './tableOf.ts';

/** What the Products view asks for. */
export interface BasketRequest {
  /** null: the default level (defaultBasketLevel). */
  level: ItemLevel | null;
  /** The RFM table's customers (dictionary indices) and its reference day (days since 1970-01-01): items bought before it count. */
  customers: Int32Array;
  referenceDay: number;
  /** Groups per customer of `customers` (the scheme's segments), or an attribute whose latest value per customer groups them. */
  grouping: Grouping | { attribute: string };
  /** Pairs shown when at least this many customers bought both. */
  pairMin: number;
  /** At most this many pairs (the strongest). */
  pairLimit: number;
  /** Products left out of everything here (ProductSettings.exclude; absent = 'auto'). */
  exclude?: ExcludeSetting;
}

export interface BasketResult {
  /** The levels the dataset has (empty: no item column mapped). */
  levels: ItemLevel[];
  /** The level counted (null when the dataset has no item column or not the level asked for). */
  level: ItemLevel | null;
  /** The segment × item table at the level asked for; null when the dataset has no such column. */
  table: SegmentItems | null;
  pairs: Pairs | null;
  /** Each group's 10 products with the most revenue; null without a product column. */
  top: TopItem[][] | null;
  /** The dataset's attribute columns (other groupings). */
  attributes: string[];
  /** The attribute grouped by, or null for the segments given. */
  attribute: string | null;
  /**
   * The service and fee lines found (serviceItems) and the products the setting lists, for the
   * checklist; `excluded` are the ids left out (every analysis here skips their lines).
   */
  service: ServiceItem[];
  excluded: string[];
}

/** The last customer × item sets computed, per table (a level switch and back costs nothing). */
const cache = new WeakMap<TransactionTable, Map<string, CustomerItems>>();

function itemsOf(t: TransactionTable, level: ItemLevel, customers: Int32Array, referenceDay: number): CustomerItems {
  let kept = cache.get(t);
  if (!kept) cache.set(t, (kept = new Map()));
  let hash = customers.length;
  for (let k = 0; k < customers.length; k++) hash = (Math.imul(hash, 31) + customers[k]) | 0;
  const key = `${level}:${referenceDay}:${hash}`;
  let ci = kept.get(key);
  if (!ci) {
    ci = customerItems(t, level, customers, { fromDay: -1e8, toDay: referenceDay - 1 });
    kept.set(key, ci);
    while (kept.size > 4) kept.delete(kept.keys().next().value!);
  }
  return ci;
}

export const basketApi = {
  /** The item levels of a stored dataset (empty when it maps no product, category or sub-category). */
  async basketLevels(id: number): Promise<ItemLevel[]> {
    return itemLevels(await tableOf(id));
  },

  /** Segment × item, pairs and top products of a stored dataset (see BasketRequest). */
  async basket(id: number, r: BasketRequest): Promise<BasketResult> {
    const all = await tableOf(id);
    const exclude = r.exclude ?? 'auto';
    const t = await productTableOf(id, exclude);
    const service = serviceItems(all, exclude === 'auto' ? [] : exclude);
    const excluded =
      exclude === 'auto' ? service.map((s) => s.id) : service.filter((s) => exclude.includes(s.id)).map((s) => s.id);
    const levels = itemLevels(t);
    const level = r.level ?? defaultBasketLevel(levels);
    const attributes = t.attributes.map((a) => a.name);
    const by = 'attribute' in r.grouping ? r.grouping.attribute : null;
    const attribute = by !== null && attributes.includes(by) ? by : null;
    const none = { levels, level: null, table: null, pairs: null, top: null, attributes, attribute, service, excluded };
    if (!level || !levels.includes(level)) return none;
    let grouping: Grouping;
    if (attribute !== null) {
      const a = customerAttributes(t, r.customers).find((x) => x.name === attribute)!;
      grouping = { labels: a.values, codes: a.codes };
    } else if ('labels' in r.grouping) grouping = r.grouping;
    else return none;
    const ci = itemsOf(t, level, r.customers, r.referenceDay);
    const table = segmentItems(ci, grouping);
    const found = pairs(ci, r.pairMin, r.pairLimit);
    const top = levels.includes('product')
      ? topProducts(
          level === 'product' ? table : segmentItems(itemsOf(t, 'product', r.customers, r.referenceDay), grouping),
          10,
        )
      : null;
    return Comlink.transfer({ levels, level, table, pairs: found, top, attributes, attribute, service, excluded }, [
      ...segmentItemsBuffers(table),
      found.buyers.buffer as ArrayBuffer,
    ]);
  },
};
