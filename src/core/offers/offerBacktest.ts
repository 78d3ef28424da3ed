/**
 * How good the next best offers are, measured on the file itself: fit the item-to-item model on
 * the days up to the split day (by default the CLV backtest's: all but the last quarter of the
 * span, `defaultSplitDay`), then, for every customer who bought before the split (has history)
 * and bought again after it, ask whether any of their 3 offers was bought in the holdout (hit at
 * 3); the same for the most-popular baseline (the 3 most bought items the customer does not own).
 * Also per rank r: q_r = share of those customers who bought the rank-r offer, the
 * P(takes the rank-r offer | buys in the next period) that cross-sell potential uses.
 */
import { customerItems } from '../basket/customerItems.ts';
import type { ItemLevel } from '../basket/types.ts';
import { defaultSplitDay } from '../clv/summarize.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { MS_PER_DAY } from '../values/civil.ts';
import { fitItemItem, ownedInModel, topOffers } from './itemItem.ts';
import type { ItemItemOptions } from './itemItem.ts';

/** Hits of one method: customers with a hit at K, and per rank. */
export interface MethodScore {
  /** Customers with any of their K offers bought in the holdout. */
  hits: number;
  /** hits / evaluated (NaN when none evaluated). */
  hitRate: number;
  /** Per rank r (0-based): share of evaluated customers who bought the rank-r offer. */
  byRank: number[];
}

export interface OfferBacktest {
  level: ItemLevel;
  /** Last calibration day (days since 1970-01-01); the holdout is the days after it. */
  splitDay: number;
  /** Last day of the data. */
  lastDay: number;
  /** Items in the calibration period. */
  items: number;
  /** Customers with history before the split who bought in the holdout. */
  evaluated: number;
  k: number;
  /** Item-to-item cosine. */
  method: MethodScore;
  /** Most popular items not owned. */
  popular: MethodScore;
}

/** The rows' days and their span. */
function daysOf(t: TransactionTable): { day: Int32Array; min: number; max: number } {
  const day = new Int32Array(t.rows);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < t.rows; i++) {
    day[i] = Math.floor(t.time[i] / MS_PER_DAY);
    if (day[i] < min) min = day[i];
    if (day[i] > max) max = day[i];
  }
  return { day, min, max };
}

/** The backtest's default split day for a table: the CLV backtest's (all but the last quarter). */
export function offerSplitDay(t: TransactionTable): number {
  const { day, min, max } = daysOf(t);
  return defaultSplitDay(day, min, max);
}

/**
 * Backtests the offers at `level` on `t` with the split `splitDay` (default `offerSplitDay`),
 * `k` offers per customer (default 3).
 */
export function offerBacktest(
  t: TransactionTable,
  level: ItemLevel,
  options: { splitDay?: number; k?: number; model?: Partial<ItemItemOptions> } = {},
): OfferBacktest {
  const k = options.k ?? 3;
  const { day, min, max } = daysOf(t);
  const splitDay = options.splitDay ?? defaultSplitDay(day, min, max);
  const customers = Int32Array.from({ length: t.customerIds.length }, (_, c) => c);
  const cal = customerItems(t, level, customers, { fromDay: min, toDay: splitDay });
  const hold = customerItems(t, level, customers, { fromDay: splitDay + 1, toDay: max });
  const model = fitItemItem(cal, options.model);
  const index = new Map(cal.itemIds.map((id, j) => [id, j]));
  const holdToCal = Int32Array.from(hold.itemIds, (id) => index.get(id) ?? -1);

  const scratch = new Float64Array(cal.items.length);
  const score = () => ({ hits: 0, ranks: new Array<number>(k).fill(0) });
  const method = score();
  const popular = score();
  let evaluated = 0;
  const bought = new Set<number>();
  for (let c = 0; c < customers.length; c++) {
    const owned = ownedInModel(model, c);
    if (owned.length === 0) continue;
    bought.clear();
    for (let e = hold.offsets[c]; e < hold.offsets[c + 1]; e++) {
      if (hold.lines[e] > 0) bought.add(holdToCal[hold.item[e]]);
    }
    if (bought.size === 0) continue;
    evaluated++;
    const ownedSet = new Set(owned);
    const popularOffers: number[] = [];
    for (let p = 0; p < model.popular.length && popularOffers.length < k; p++) {
      const j = model.popular[p];
      if (model.buyers[j] > 0 && !ownedSet.has(j)) popularOffers.push(j);
    }
    const offers = topOffers(model, owned, k, scratch).map((o) => o.item);
    for (const [list, s] of [
      [offers, method],
      [popularOffers, popular],
    ] as const) {
      let hit = false;
      list.forEach((j, r) => {
        if (bought.has(j)) {
          s.ranks[r]++;
          hit = true;
        }
      });
      if (hit) s.hits++;
    }
  }
  const out = (s: ReturnType<typeof score>): MethodScore => ({
    hits: s.hits,
    hitRate: evaluated > 0 ? s.hits / evaluated : NaN,
    byRank: s.ranks.map((h) => (evaluated > 0 ? h / evaluated : NaN)),
  });
  return {
    level,
    splitDay,
    lastDay: max,
    items: cal.items.length,
    evaluated,
    k,
    method: out(method),
    popular: out(popular),
  };
}
