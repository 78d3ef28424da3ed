import { describe, expect, it } from 'vitest';
import { customerOffers, offerModel } from '../../../src/core/offers/offerModel.ts';
import { basketTable, BASKET_CUSTOMERS } from '../../fixtures/basketFixture.ts';

/**
 * One customer's offers on the shared hand-worked basket (test/fixtures/basketFixture.ts), by hand.
 * Buyers (N = 10): Art 4, Binders 5, Paper 7, Phones 5. Co-buyers: Art∩Paper 3, Binders∩Paper 4; every
 * other pair has fewer than 3, so those two are the only neighbours (top-20 with ≥ 3 co-buyers).
 * c10 owns Paper only:
 *   Binders  sim = 4 / √(7·5) = 0.676123; reason 4/7 = 57 %, lift (4/7)/(5/10) = 1.14
 *   Art      sim = 3 / √(7·4) = 0.566947; reason 3/7 = 43 %, lift (3/7)/(4/10) = 1.07
 *   Phones   no neighbour of Paper (2 co-buyers): the popularity fill, 5 of 10 customers = 50 %
 * c05 owns Art and Paper: Binders (through Paper only: Art∩Binders has 2 co-buyers), then Phones
 * (fill); the pair {Art, Paper} has 3 customers, 2 of whom buy Binders: under 5, so the single rule.
 */
describe('offers on the basket fixture', () => {
  const t = basketTable();
  const om = offerModel(t, 'category');
  const k = (id: string) => BASKET_CUSTOMERS.indexOf(id as (typeof BASKET_CUSTOMERS)[number]);

  it('c10 (Paper): Binders, Art, then Phones by popularity, with the reasons worked by hand', () => {
    const offers = customerOffers(om, k('c10'));
    expect(offers.map((o) => [o.item, Math.round(o.score * 1e6) / 1e6])).toEqual([
      ['Binders', 0.676123],
      ['Art', 0.566947],
      ['Phones', 0],
    ]);
    expect(offers.map((o) => o.reason.text)).toEqual([
      '57 % of customers who buy Paper also buy Binders (4 of 7; lift 1.14)',
      '43 % of customers who buy Paper also buy Art (3 of 7; lift 1.07)',
      '50 % of all customers buy Phones (5 of 10): offered as one of the most bought',
    ]);
  });

  it('c05 (Art, Paper): only the items not owned, Binders through Paper', () => {
    const offers = customerOffers(om, k('c05'));
    expect(offers.map((o) => o.item)).toEqual(['Binders', 'Phones']);
    expect(offers[0].score).toBeCloseTo(4 / Math.sqrt(35), 12);
    expect(offers[0].reason.text).toBe('57 % of customers who buy Paper also buy Binders (4 of 7; lift 1.14)');
  });
});
