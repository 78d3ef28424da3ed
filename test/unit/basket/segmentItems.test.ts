import { describe, expect, it } from 'vitest';
import { customerAttributes } from '../../../src/core/attributes/customerAttributes.ts';
import { customerItems } from '../../../src/core/basket/customerItems.ts';
import { pairs } from '../../../src/core/basket/pairs.ts';
import { basketRows, segmentItems } from '../../../src/core/basket/segmentItems.ts';
import { topProducts } from '../../../src/core/basket/topProducts.ts';
import { BASKET_SEGMENTS, basketTable } from '../../fixtures/basketFixture.ts';

const all = Int32Array.from({ length: 10 }, (_, k) => k);
const items = () => customerItems(basketTable(), 'category', all);
const bySegment = () => segmentItems(items(), { labels: [...BASKET_SEGMENTS.ids], codes: BASKET_SEGMENTS.segment });

describe('segmentItems on the hand-worked basket', () => {
  // Revenue per segment (see basketFixture.ts): loyal 50/125/125/200 of 500, new 50/100/100/250 of 500;
  // all revenue 1000, item shares of it Art 0.1, Binders 0.225, Paper 0.225, Phones 0.45.
  // share = revenue(g,k) / revenue(g); lift = share / item share of all revenue.
  it.each([
    // segment, item, buyers, revenue, profit, share, lift (by hand)
    ['loyal', 'Art', 3, 50, 20, 0.1, 1], //            50/500;  0.1 / 0.1
    ['loyal', 'Binders', 4, 125, 25, 0.25, 10 / 9], // 125/500; 0.25 / 0.225
    ['loyal', 'Paper', 5, 125, 12.5, 0.25, 10 / 9], // 25+20+30+(30−10)+30; c04's return netted in
    ['loyal', 'Phones', 1, 200, 20, 0.4, 8 / 9], //    200/500; 0.4 / 0.45
    ['new', 'Art', 1, 50, 20, 0.1, 1],
    ['new', 'Binders', 1, 100, 20, 0.2, 8 / 9], //     100/500; 0.2 / 0.225
    ['new', 'Paper', 2, 100, 10, 0.2, 8 / 9], //       40+60
    ['new', 'Phones', 4, 250, 25, 0.5, 10 / 9], //     100+60+40+50; 0.5 / 0.45
  ])(
    '%s × %s: %i buyers, revenue %d, profit %d, share %d, lift %d',
    (segment, item, buyers, revenue, profit, share, lift) => {
      const row = basketRows(bySegment()).find((r) => r.segment === segment && r.category === item);
      expect(row).toBeDefined();
      expect(row!.customers).toBe(buyers);
      expect(row!.revenue).toBeCloseTo(revenue, 12);
      expect(row!.profit).toBeCloseTo(profit, 12);
      expect(row!.share).toBeCloseTo(share, 12);
      expect(row!.lift).toBeCloseTo(lift, 12);
    },
  );

  it('lists every cell once, segments in order and items by name, with the totals', () => {
    const s = bySegment();
    expect(basketRows(s).map((r) => `${r.segment}/${r.category}`)).toEqual([
      'loyal/Art',
      'loyal/Binders',
      'loyal/Paper',
      'loyal/Phones',
      'new/Art',
      'new/Binders',
      'new/Paper',
      'new/Phones',
    ]);
    expect([...s.groupRevenue]).toEqual([500, 500]);
    expect([...s.itemRevenue]).toEqual([100, 225, 225, 450]);
    expect([...s.groupCustomers]).toEqual([5, 5]);
    expect([...s.itemCustomers]).toEqual([4, 5, 7, 5]);
    expect(s.total).toBe(1000);
  });

  it('groups by an attribute (latest value per customer): Region', () => {
    // North = c01–c03 (c04 moved South): Art 30, Binders 95, Paper 75 of 200 → shares 0.15, 0.475, 0.375;
    // lifts 0.15/0.1 = 1.5, 0.475/0.225 = 19/9, 0.375/0.225 = 5/3. South: Phones 450 of 800 → 0.5625, lift 1.25.
    const t = basketTable();
    const region = customerAttributes(t, all)[0];
    const s = segmentItems(customerItems(t, 'category', all), { labels: region.values, codes: region.codes });
    const got = Object.fromEntries(basketRows(s).map((r) => [`${r.segment}/${r.category}`, [r.share, r.lift]]));
    expect(Object.keys(got)).toHaveLength(7); // nobody in the North bought Phones
    const want: Record<string, [number, number]> = {
      'North/Art': [0.15, 1.5],
      'North/Binders': [0.475, 19 / 9],
      'North/Paper': [0.375, 5 / 3],
      'South/Phones': [0.5625, 1.25],
    };
    for (const [cell, [share, lift]] of Object.entries(want)) {
      expect(got[cell][0]).toBeCloseTo(share, 12);
      expect(got[cell][1]).toBeCloseTo(lift, 12);
    }
  });

  it('leaves customers without a group out of every total', () => {
    const codes = Uint8Array.from(BASKET_SEGMENTS.segment);
    const s = segmentItems(items(), {
      labels: ['loyal', 'new'],
      codes: Int32Array.from(codes, (g, c) => (c === 3 ? -1 : g)),
    });
    // Without c04 (Binders 30, Paper 20, Phones 200): loyal = 250, all = 750; loyal Phones has no cell.
    expect(s.groupRevenue[0]).toBe(250);
    expect(s.total).toBe(750);
    expect(basketRows(s).some((r) => r.segment === 'loyal' && r.category === 'Phones')).toBe(false);
  });

  it('refuses a grouping of another length', () => {
    expect(() => segmentItems(items(), { labels: ['x'], codes: [0] })).toThrow(RangeError);
  });
});

describe('pairs on the hand-worked basket', () => {
  // N = 10; n(Art) 4, n(Binders) 5, n(Paper) 7, n(Phones) 5; both: Binders∩Paper 4, Art∩Paper 3, others ≤ 2.
  it('finds both directions of the pairs bought together by at least 3, by lift then confidence', () => {
    const p = pairs(items(), 3);
    expect(p.customers).toBe(10);
    expect([...p.buyers]).toEqual([4, 5, 7, 5]);
    expect(p.found).toBe(4);
    expect(p.pairs.map((x) => [x.a, x.b, x.both, x.ofA])).toEqual([
      ['Binders', 'Paper', 4, 5], // support 4/10 = 0.4, confidence 4/5 = 0.8, lift 0.8 / (7/10) = 8/7
      ['Paper', 'Binders', 4, 7], // support 0.4, confidence 4/7, lift (4/7) / (5/10) = 8/7
      ['Art', 'Paper', 3, 4], //     support 0.3, confidence 3/4 = 0.75, lift 0.75 / 0.7 = 15/14
      ['Paper', 'Art', 3, 7], //     support 0.3, confidence 3/7, lift (3/7) / (4/10) = 15/14
    ]);
    const want = [
      [0.4, 0.8, 8 / 7],
      [0.4, 4 / 7, 8 / 7],
      [0.3, 0.75, 15 / 14],
      [0.3, 3 / 7, 15 / 14],
    ];
    p.pairs.forEach((x, i) => {
      expect(x.support).toBeCloseTo(want[i][0], 12);
      expect(x.confidence).toBeCloseTo(want[i][1], 12);
      expect(x.lift).toBeCloseTo(want[i][2], 12);
    });
  });

  it.each([
    [1, 12], // all six pairs, both ways
    [2, 10], // Art∩Phones (1) drops out
    [4, 2], //  Binders∩Paper only
    [5, 0],
  ])('threshold n(A∩B) ≥ %i keeps %i', (min, kept) => {
    expect(pairs(items(), min).found).toBe(kept);
  });

  it('returns the first `limit` pairs', () => {
    expect(pairs(items(), 1, 3).pairs).toHaveLength(3);
  });
});

describe('topProducts', () => {
  it("lists each group's items by revenue, then buyers, then name", () => {
    const top = topProducts(bySegment(), 3);
    // loyal: Phones 200, then Paper 125 (5 buyers) before Binders 125 (4 buyers).
    expect(top[0].map((x) => x.item)).toEqual(['Phones', 'Paper', 'Binders']);
    // new: Phones 250, then Paper 100 (2 buyers) before Binders 100 (1 buyer).
    expect(top[1].map((x) => x.item)).toEqual(['Phones', 'Paper', 'Binders']);
    expect(top[1][0]).toMatchObject({ revenue: 250, customers: 4, share: 0.5 });
  });
});
