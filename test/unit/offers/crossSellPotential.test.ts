import { describe, expect, it } from 'vitest';
import { customerItems } from '../../../src/core/basket/customerItems.ts';
import { crossSellTerms, itemProfit } from '../../../src/core/offers/crossSellPotential.ts';
import { offerTable } from './offerTable.ts';
import type { Line } from './offerTable.ts';

/** Paper: 3 purchase lines with profit 2 + 4 + (a return −1) → π = 5 / 3; Art: 1 line, profit 12 → 12. */
const LINES: Line[] = [
  ['K', 1, 10, 'Paper', 2],
  ['K', 2, 20, 'Paper', 4],
  ['L', 3, 30, 'Art', 12],
  ['L', 4, 10, 'Paper', 0],
  ['L', 5, -5, 'Paper', -1],
];
const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe('cross-sell potential: CPV = P(buy in 90 days) × Σ q_r × π_r', () => {
  it('π = profit per purchase line from the profit column', () => {
    const ci = customerItems(offerTable(LINES), 'category', all(2));
    const p = itemProfit(ci, 0.3);
    expect(p.fromProfit).toBe(true);
    expect(ci.items).toEqual(['Paper', 'Art']);
    expect(Array.from(p.perLine)).toEqual([5 / 3, 12]);
  });

  it('π = margin × revenue per line without a profit column', () => {
    const ci = customerItems(offerTable(LINES, false), 'category', all(2));
    const p = itemProfit(ci, 0.3);
    expect(p.fromProfit).toBe(false);
    // Paper: revenue 10 + 20 + 10 − 5 = 35 over 3 lines; Art 30 over 1.
    expect(p.perLine[0]).toBeCloseTo((0.3 * 35) / 3, 12);
    expect(p.perLine[1]).toBeCloseTo(9, 12);
  });

  it('prints every term: P, q_r, π_r, their products and the sum', () => {
    const ci = customerItems(offerTable(LINES), 'category', all(2));
    const terms = crossSellTerms(0.25, [1, 0], [0.127, 0.112, 0.086], itemProfit(ci, 0.3));
    expect(terms.pBuy).toBe(0.75);
    expect(terms.terms).toEqual([
      { item: 1, q: 0.127, profit: 12, product: 0.127 * 12 },
      { item: 0, q: 0.112, profit: 5 / 3, product: (0.112 * 5) / 3 },
    ]);
    expect(terms.expectedOfferProfit).toBeCloseTo(0.127 * 12 + (0.112 * 5) / 3, 12);
    expect(terms.cpv).toBeCloseTo(0.75 * (0.127 * 12 + (0.112 * 5) / 3), 12);
    expect(crossSellTerms(NaN, [1], [0.1], itemProfit(ci, 0.3)).cpv).toBeNaN();
  });
});
