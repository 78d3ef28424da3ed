import { describe, expect, it } from 'vitest';
import { customerItems } from '../../../src/core/basket/customerItems.ts';
import { fitItemItem, topOffers } from '../../../src/core/offers/itemItem.ts';
import { customerOffers, offerModel } from '../../../src/core/offers/offerModel.ts';
import { offerReason, strongestRule } from '../../../src/core/offers/offerReason.ts';
import { setsTable } from './offerTable.ts';

/**
 * Eight customers × four categories, worked by hand. Buyers: Art 3 (C1 C2 C3), Binders 6 (C1 C2 C3
 * C4 C5 C7), Paper 5 (C1 C2 C3 C4 C6), Phones 4 (C3 C4 C5 C8); N = 8.
 * Co-buyers of Binders: Art 3, Paper 4, Phones 3 (all ≥ 3, so all neighbours).
 *   sim(Binders, Paper)  = 4 / √(6·5) = 0.730297
 *   sim(Binders, Art)    = 3 / √(6·3) = 0.707107
 *   sim(Binders, Phones) = 3 / √(6·4) = 0.612372
 * C7 owns only Binders → offers Paper, Art, Phones with those scores.
 * Reasons (confidence n(B∩j)/n(B), lift = confidence / (n(j)/N)):
 *   Paper  4/6 = 67 %, lift (4/6)/(5/8) = 1.07
 *   Art    3/6 = 50 %, lift (3/6)/(3/8) = 1.33
 *   Phones 3/6 = 50 %, lift (3/6)/(4/8) = 1.00
 */
const SETS = {
  C1: ['Art', 'Binders', 'Paper'],
  C2: ['Art', 'Binders', 'Paper'],
  C3: ['Art', 'Binders', 'Paper', 'Phones'],
  C4: ['Binders', 'Paper', 'Phones'],
  C5: ['Binders', 'Phones'],
  C6: ['Paper'],
  C7: ['Binders'],
  C8: ['Phones'],
};

describe('item-to-item offers on the hand-worked fixture', () => {
  const t = setsTable(SETS);
  const om = offerModel(t, 'category');
  const k = (id: string) => t.customerIds.indexOf(id);

  it('offers C7 Paper, Art, Phones with Σ cosine scores and reasons in words', () => {
    const offers = customerOffers(om, k('C7'));
    expect(offers.map((o) => o.item)).toEqual(['Paper', 'Art', 'Phones']);
    expect(offers[0].score).toBeCloseTo(4 / Math.sqrt(30), 12);
    expect(offers[1].score).toBeCloseTo(3 / Math.sqrt(18), 12);
    expect(offers[2].score).toBeCloseTo(3 / Math.sqrt(24), 12);
    expect(offers.map((o) => o.reason.text)).toEqual([
      '67 % of customers who buy Binders also buy Paper (4 of 6; lift 1.07)',
      '50 % of customers who buy Binders also buy Art (3 of 6; lift 1.33)',
      '50 % of customers who buy Binders also buy Phones (3 of 6; lift 1.00)',
    ]);
    expect(offers[0].reason).toMatchObject({
      code: 'offers.reason',
      params: { pct: 67, a: 'Binders', offer: 'Paper', both: 4, of: 6, lift: 1.07 },
    });
  });

  it('sums the similarities of every owned item and skips neighbours under 3 co-buyers', () => {
    // C5 owns Binders and Phones: Phones has 2 co-buyers with Paper and 1 with Art (< 3: not neighbours).
    const offers = customerOffers(om, k('C5'));
    expect(offers.map((o) => [o.item, o.score])).toEqual([
      ['Paper', 4 / Math.sqrt(30)],
      ['Art', 3 / Math.sqrt(18)],
    ]);
  });

  it('fills with the most popular items not owned when nothing points anywhere', () => {
    // C6 owns Paper: neighbours Art (3 co-buyers, 3/√(5·3) = 0.7746) and Binders (4, 4/√(5·6) = 0.7303);
    // Phones has 2 co-buyers with Paper (< 3) → the popularity fill, with its own reason.
    const offers = customerOffers(om, k('C6'));
    expect(offers.map((o) => [o.item, o.score])).toEqual([
      ['Art', 3 / Math.sqrt(15)],
      ['Binders', 4 / Math.sqrt(30)],
      ['Phones', 0],
    ]);
    expect(offers[2].reason).toMatchObject({ code: 'offers.popular', params: { pct: 50, both: 4, of: 8 } });
    expect(offers[2].reason.text).toBe('50 % of all customers buy Phones (4 of 8): offered as one of the most bought');
  });

  it('breaks equal scores by popularity', () => {
    // X: 4 buyers; Y: 9 (3 of them with X); Z: 16 (4 with X). sim(X,Y) = 3/√36 = 0.5 = 4/√64 = sim(X,Z):
    // a tie, which the more popular Z wins although Y comes first in the data; then W by popularity.
    const sets: Record<string, string[]> = {};
    for (let i = 0; i < 4; i++) sets[`x${i}`] = i < 3 ? ['X', 'Y', 'Z'] : ['X', 'Z'];
    for (let i = 0; i < 6; i++) sets[`y${i}`] = ['Y'];
    for (let i = 0; i < 12; i++) sets[`z${i}`] = ['Z'];
    sets.w = ['W'];
    const t = setsTable(sets);
    const m = fitItemItem(
      customerItems(
        t,
        'category',
        Int32Array.from(t.customerIds, (_, i) => i),
      ),
    );
    expect(m.items).toEqual(['X', 'Y', 'Z', 'W']);
    const offers = topOffers(m, [0]);
    expect(offers.map((o) => [m.items[o.item], o.score])).toEqual([
      ['Z', 0.5],
      ['Y', 0.5],
      ['W', 0],
    ]);
  });

  it('names the best pair of owned items when enough customers back it', () => {
    // C4 owns Binders, Paper, Phones; offer Art. Singles: Paper→Art 3/5 = 60 %, Binders→Art 3/6 = 50 %.
    // Pair {Binders, Paper}: 4 customers, 3 of them buy Art: 75 %, lift 0.75/(3/8) = 2.
    const art = om.model.items.indexOf('Art');
    const owned = ['Binders', 'Paper', 'Phones'].map((i) => om.model.items.indexOf(i));
    expect(offerReason(om.model, owned, art).text).toBe(
      '60 % of customers who buy Paper also buy Art (3 of 5; lift 1.60)',
    );
    expect(offerReason(om.model, owned, art, { minPair: 3 }).text).toBe(
      '75 % of customers who buy Binders and Paper also buy Art (3 of 4; lift 2.00)',
    );
    expect(strongestRule(om.model, owned, art, { minPair: 3 })).toMatchObject({ both: 3, of: 4, confidence: 0.75 });
  });
});
