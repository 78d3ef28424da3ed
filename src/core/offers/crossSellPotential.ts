/**
 * Cross-sell potential value (the telecom three-dimensional value model's CPV):
 *
 *   CPV_i = P(i buys in the next 90 days) × Σ_{r=1..3} q_r × π_{j_r}
 *
 * P = 1 − P(no purchase in 90 days) from the CLV model (purchaseTiming.ts, `pNone90`); j_r the
 * customer's rank-r offer; q_r = the offer backtest's share of customers who bought in the holdout
 * and bought their rank-r offer (P(takes the rank-r offer | buys in the next period)); π_j the
 * expected profit of one purchase of j = Σ profit(j) / purchase lines(j) over all customers (no
 * profit column: margin × revenue per line, the CLV margin). Every term is a number a student can
 * check; currency as in the file.
 */
import type { CustomerItems } from '../basket/types.ts';

/** Expected profit of one purchase line per item, and where it came from. */
export interface ItemProfit {
  /** Per item (index into ci.items): currency per purchase line; 0 for an item never bought. */
  perLine: Float64Array;
  /** True when from the profit column, false when margin × revenue per line. */
  fromProfit: boolean;
  /** The margin used when fromProfit is false (a share, 0.3 = 30 %). */
  margin: number;
}

/** π_j for every item of `ci` (the whole period's customer items). */
export function itemProfit(ci: CustomerItems, margin: number): ItemProfit {
  const ni = ci.items.length;
  const sum = new Float64Array(ni);
  const lines = new Float64Array(ni);
  let fromProfit = ci.profit.length > 0;
  for (let e = 0; e < ci.profit.length; e++) if (Number.isNaN(ci.profit[e])) fromProfit = false;
  for (let e = 0; e < ci.item.length; e++) {
    const j = ci.item[e];
    sum[j] += fromProfit ? ci.profit[e] : margin * ci.revenue[e];
    lines[j] += ci.lines[e];
  }
  const perLine = Float64Array.from(sum, (s, j) => (lines[j] > 0 ? s / lines[j] : 0));
  return { perLine, fromProfit, margin };
}

/** One customer's terms: P, and per rank the offer, q_r, π and q_r × π. */
export interface CrossSellTerms {
  pBuy: number;
  terms: { item: number; q: number; profit: number; product: number }[];
  /** Σ q_r × π_r. */
  expectedOfferProfit: number;
  /** pBuy × expectedOfferProfit (NaN when pBuy is unknown). */
  cpv: number;
}

/** A customer's CPV from P(no purchase in 90 days), their ranked offers, q_r and π. */
export function crossSellTerms(
  pNone90: number,
  offers: ArrayLike<number>,
  q: ArrayLike<number>,
  profit: ItemProfit,
): CrossSellTerms {
  const pBuy = 1 - pNone90;
  const terms = [];
  let expectedOfferProfit = 0;
  for (let r = 0; r < offers.length && r < q.length; r++) {
    const item = offers[r];
    const pi = profit.perLine[item];
    const product = q[r] * pi;
    expectedOfferProfit += product;
    terms.push({ item, q: q[r], profit: pi, product });
  }
  return { pBuy, terms, expectedOfferProfit, cpv: pBuy * expectedOfferProfit };
}
