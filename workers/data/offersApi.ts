/**
 * The data worker's offer calls (issue 17): a customer's next best offers with their reasons, the
 * replenishment table, and the cross-sell potential of every customer for the value cube. The
 * item-to-item model and its backtest are fitted once per dataset and level and kept beside the
 * dataset (data/tableOf.ts).
 */
import * as Comlink from 'comlink';
import type { ItemLevel, Offer } from '../../src/core/basket/types.ts';
import type { TransactionTable } from '../../src/core/model/TransactionTable.ts';
import type { Notice } from '../../src/core/notice/notice.ts';
import { crossSellTerms, itemProfit } from '../../src/core/offers/crossSellPotential.ts';
import { offerBacktest } from '../../src/core/offers/offerBacktest.ts';
import type { OfferBacktest } from '../../src/core/offers/offerBacktest.ts';
import { customerOffers, offerLevelOf, offerModel, rankedOffers } from '../../src/core/offers/offerModel.ts';
import type { OfferModel } from '../../src/core/offers/offerModel.ts';
import { replenishment } from '../../src/core/offers/replenishment.ts';
import type { ReplenishmentRule } from '../../src/core/offers/replenishment.ts';
import { productTableOf } from './productTableOf.ts';
import type { ExcludeSetting } from './productTableOf.ts';

const models = new WeakMap<TransactionTable, Map<ItemLevel, OfferModel>>();
const backtests = new WeakMap<TransactionTable, Map<ItemLevel, OfferBacktest>>();

function kept<T>(
  cache: WeakMap<TransactionTable, Map<ItemLevel, T>>,
  t: TransactionTable,
  level: ItemLevel,
  f: () => T,
): T {
  let m = cache.get(t);
  if (!m) cache.set(t, (m = new Map()));
  let v = m.get(level);
  if (v === undefined) m.set(level, (v = f()));
  return v;
}

const modelOf = (t: TransactionTable, level: ItemLevel) => kept(models, t, level, () => offerModel(t, level));

/** Due rows, and lapsed rows, sent to the page at most (the counts cover all). */
export const REPLENISHMENT_ROWS = 500;

export interface CustomerOffers {
  level: ItemLevel;
  offers: Offer[];
  /** Items the customer bought at that level. */
  owned: number;
}

export interface OverdueRow {
  customerId: string;
  item: string;
  purchaseDays: number;
  usualGap: number;
  lastDay: number;
  daysSince: number;
  ratio: number;
}

export interface ReplenishmentAnswer {
  level: ItemLevel;
  rule: ReplenishmentRule;
  text: Notice;
  referenceDay: number;
  pairs: number;
  regular: number;
  /** Pairs past the factor (due + lapsed) and their customers. */
  overdue: number;
  overdueCustomers: number;
  due: number;
  dueCustomers: number;
  lapsed: number;
  lapsedCustomers: number;
  /** The due pairs, most overdue first (at most REPLENISHMENT_ROWS). */
  rows: OverdueRow[];
  /** The lapsed pairs, most recently lapsed first (at most REPLENISHMENT_ROWS). */
  lapsedRows: OverdueRow[];
}

export interface CrossSellAnswer {
  level: ItemLevel;
  /** q_r: the backtest's share of holdout buyers who bought their rank-r offer. */
  q: number[];
  backtest: { splitDay: number; evaluated: number; hitRate: number; popularHitRate: number };
  fromProfit: boolean;
  margin: number;
  items: string[];
  /** Per customer (the order passed in): P(buy in 90 days) × Σ q_r π_r, and Σ q_r π_r. */
  cpv: Float64Array;
  expectedOfferProfit: Float64Array;
  /** Per customer × rank (3 per customer): offer item index (-1 none) and its π. */
  offer: Int32Array;
  profit: Float64Array;
}

export const offersApi = {
  /**
   * Customer `customer`'s (index into the dictionary) top `n` offers at `level` (null: most
   * detailed), without the products `exclude` leaves out; null without item columns.
   */
  async customerOffers(
    id: number,
    customer: number,
    level: ItemLevel | null,
    n = 3,
    exclude: ExcludeSetting = 'auto',
  ): Promise<CustomerOffers | null> {
    const t = await productTableOf(id, exclude);
    const at = offerLevelOf(t, level);
    if (!at) return null;
    const om = modelOf(t, at);
    return {
      level: at,
      offers: customerOffers(om, customer, n),
      owned: om.model.ownOffsets[customer + 1] - om.model.ownOffsets[customer],
    };
  },

  /**
   * The top three offers of each of `customers` (dictionary indices), as item names ('' where a
   * customer has fewer), three per customer in order, without the products `exclude` leaves out;
   * null without item columns. For the visit plan.
   */
  async topOffers(
    id: number,
    customers: Int32Array,
    level: ItemLevel | null,
    exclude: ExcludeSetting = 'auto',
  ): Promise<string[] | null> {
    const t = await productTableOf(id, exclude);
    const at = offerLevelOf(t, level);
    if (!at) return null;
    const om = modelOf(t, at);
    const scratch = new Float64Array(om.model.items.length);
    const out: string[] = [];
    for (const c of customers) {
      const offers = rankedOffers(om, c, 3, scratch);
      for (let r = 0; r < 3; r++) out.push(r < offers.length ? om.model.items[offers[r].item] : '');
    }
    return out;
  },

  /**
   * Usual gaps, due and lapsed customer × item pairs (the first REPLENISHMENT_ROWS of each),
   * without the products `exclude` leaves out; null without item columns.
   */
  async replenishment(
    id: number,
    level: ItemLevel | null,
    rule: ReplenishmentRule,
    exclude: ExcludeSetting = 'auto',
  ): Promise<ReplenishmentAnswer | null> {
    const t = await productTableOf(id, exclude);
    const at = offerLevelOf(t, level);
    if (!at) return null;
    const r = replenishment(t, at, rule);
    const rowOf = (x: (typeof r.rows)[number]): OverdueRow => ({
      customerId: t.customerIds[x.customer],
      item: x.item,
      purchaseDays: x.purchaseDays,
      usualGap: x.usualGap,
      lastDay: x.lastDay,
      daysSince: x.daysSince,
      ratio: x.ratio,
    });
    return {
      level: at,
      rule: r.rule,
      text: r.text,
      referenceDay: r.referenceDay,
      pairs: r.pairs,
      regular: r.rows.length,
      overdue: r.overdue,
      overdueCustomers: r.overdueCustomers,
      due: r.due,
      dueCustomers: r.dueCustomers,
      lapsed: r.lapsed,
      lapsedCustomers: r.lapsedCustomers,
      rows: r.rows
        .filter((x) => x.overdue && !x.lapsed)
        .slice(0, REPLENISHMENT_ROWS)
        .map(rowOf),
      lapsedRows: r.rows
        .filter((x) => x.lapsed)
        .slice(0, REPLENISHMENT_ROWS)
        .map(rowOf),
    };
  },

  /**
   * Cross-sell potential of `customers` (dictionary indices, e.g. the CLV summary's) given their
   * P(no purchase in 90 days) `pNone90` and the CLV `margin` (a share, for files without profit),
   * without the products `exclude` leaves out.
   */
  async crossSell(
    id: number,
    level: ItemLevel | null,
    customers: Int32Array,
    pNone90: Float64Array,
    margin: number,
    exclude: ExcludeSetting = 'auto',
  ): Promise<CrossSellAnswer | null> {
    const t = await productTableOf(id, exclude);
    const at = offerLevelOf(t, level);
    if (!at) return null;
    const om = modelOf(t, at);
    const b = kept(backtests, t, at, () => offerBacktest(t, at));
    const q = b.method.byRank.map((x) => (Number.isFinite(x) ? x : 0));
    const profit = itemProfit(om.ci, margin);
    const n = customers.length;
    const cpv = new Float64Array(n);
    const expectedOfferProfit = new Float64Array(n);
    const offer = new Int32Array(3 * n).fill(-1);
    const pi = new Float64Array(3 * n);
    const scratch = new Float64Array(om.model.items.length);
    for (let i = 0; i < n; i++) {
      const ranked = rankedOffers(om, customers[i], 3, scratch).map((o) => o.item);
      const terms = crossSellTerms(pNone90[i], ranked, q, profit);
      cpv[i] = terms.cpv;
      expectedOfferProfit[i] = terms.expectedOfferProfit;
      terms.terms.forEach((x, r) => {
        offer[3 * i + r] = x.item;
        pi[3 * i + r] = x.profit;
      });
    }
    const answer: CrossSellAnswer = {
      level: at,
      q,
      backtest: {
        splitDay: b.splitDay,
        evaluated: b.evaluated,
        hitRate: b.method.hitRate,
        popularHitRate: b.popular.hitRate,
      },
      fromProfit: profit.fromProfit,
      margin,
      items: om.model.items,
      cpv,
      expectedOfferProfit,
      offer,
      profit: pi,
    };
    return Comlink.transfer(answer, [cpv.buffer, expectedOfferProfit.buffer, offer.buffer, pi.buffer]);
  },
};
