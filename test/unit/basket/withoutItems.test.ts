// Leaving lines out of the product analyses, worked by hand: two customers in segment 0 pay
// postage, the third (segment 1) does not; shares and lifts are then over the kept lines only.
import { describe, expect, it } from 'vitest';
import { customerItems } from '../../../src/core/basket/customerItems.ts';
import { pairs } from '../../../src/core/basket/pairs.ts';
import { segmentItems } from '../../../src/core/basket/segmentItems.ts';
import { withoutItems } from '../../../src/core/basket/withoutItems.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { offerModel, customerOffers } from '../../../src/core/offers/offerModel.ts';
import { replenishment } from '../../../src/core/offers/replenishment.ts';
import { MS_PER_DAY } from '../../../src/core/values/civil.ts';

/** Rows: [customer, product, amount, day]; products P (Paper), Q (Pens), POST; categories Office, Shipping. */
function table(): TransactionTable {
  const rows: [number, number, number, number][] = [
    [0, 0, 30, 1],
    [0, 2, 10, 1],
    [0, 2, 10, 5],
    [0, 2, 10, 9],
    [1, 1, 20, 2],
    [1, 2, 10, 2],
    [2, 0, 10, 3],
    [2, 1, 30, 3],
  ];
  const col = (j: number) => Int32Array.from(rows.map((r) => r[j]));
  const product = col(1);
  return {
    rows: rows.length,
    customer: col(0),
    customerIds: ['a', 'b', 'c'],
    time: Float64Array.from(rows.map((r) => r[3] * MS_PER_DAY)),
    amount: Float64Array.from(rows.map((r) => r[2])),
    invoice: new Int32Array(rows.length).fill(-1),
    invoiceIds: [],
    attributes: [],
    items: {
      product: { name: 'StockCode', codes: product, values: ['P', 'Q', 'POST'] },
      productName: { name: 'Description', codes: product.slice(), values: ['Paper', 'Pens', 'POSTAGE'] },
      category: { name: 'Category', codes: product.map((p) => (p === 2 ? 1 : 0)), values: ['Office', 'Shipping'] },
    },
  };
}

const grouping = { labels: ['g0', 'g1'], codes: [0, 0, 1] };
const all = Int32Array.of(0, 1, 2);
const cell = (s: ReturnType<typeof segmentItems>, g: number, item: string) =>
  g * s.items.length + s.items.indexOf(item);

describe('withoutItems', () => {
  const t = table();
  const kept = withoutItems(t, ['POST']);

  it('shares and lifts are over the kept lines (hand-worked)', () => {
    const s = segmentItems(customerItems(kept, 'product', all), grouping);
    expect(s.items).toEqual(['Paper', 'Pens']);
    // g0 spent 30 on Paper and 20 on Pens: 50 (the 40 of postage are not in it).
    expect(Array.from(s.groupRevenue)).toEqual([50, 40]);
    expect(s.total).toBe(90);
    expect(s.share[cell(s, 0, 'Paper')]).toBeCloseTo(0.6, 12);
    expect(s.share[cell(s, 1, 'Pens')]).toBeCloseTo(0.75, 12);
    // lift(g0, Paper) = 0.6 / (40 / 90) = 1.35; lift(g1, Pens) = 0.75 / (50 / 90) = 1.35.
    expect(s.lift[cell(s, 0, 'Paper')]).toBeCloseTo(1.35, 12);
    expect(s.lift[cell(s, 1, 'Pens')]).toBeCloseTo(1.35, 12);
    // With postage: g0's revenue is 90 and Paper's share 30 / 90.
    const withFees = segmentItems(customerItems(t, 'product', all), grouping);
    expect(withFees.groupRevenue[0]).toBe(90);
    expect(withFees.share[cell(withFees, 0, 'Paper')]).toBeCloseTo(30 / 90, 12);
  });

  it('leaves the lines out at every level: the category of a postage line goes too', () => {
    const s = segmentItems(customerItems(kept, 'category', all), grouping);
    expect(s.items).toEqual(['Office']);
    expect(Array.from(s.groupRevenue)).toEqual([50, 40]);
  });

  it('pairs, offers and replenishment no longer see POSTAGE', () => {
    expect(pairs(customerItems(t, 'product', all), 1).pairs.some((p) => p.a === 'POSTAGE')).toBe(true);
    expect(
      pairs(customerItems(kept, 'product', all), 1).pairs.some((p) => p.a === 'POSTAGE' || p.b === 'POSTAGE'),
    ).toBe(false);
    // c owns Paper and Pens: with postage its only offer is POSTAGE (bought by a and b), without none.
    expect(customerOffers(offerModel(t, 'product', all), 2).map((o) => o.item)).toEqual(['POSTAGE']);
    expect(customerOffers(offerModel(kept, 'product', all), 2)).toEqual([]);
    // a paid postage on days 1, 5 and 9: a usual gap of 4 days, overdue on the reference day.
    const rule = { factor: 2, minDays: 3 };
    expect(replenishment(t, 'product', rule).rows.map((r) => r.item)).toEqual(['POSTAGE']);
    expect(replenishment(kept, 'product', rule).rows).toEqual([]);
  });

  it('keeps customers, dates, amounts (so RFM does not change) and the input table as it was', () => {
    expect(kept.amount).toBe(t.amount);
    expect(kept.customer).toBe(t.customer);
    expect(kept.time).toBe(t.time);
    expect(Array.from(t.items!.product!.codes)).toEqual([0, 2, 2, 2, 1, 2, 0, 1]);
    expect(Array.from(kept.items!.product!.codes)).toEqual([0, -1, -1, -1, 1, -1, 0, 1]);
    expect(Array.from(kept.items!.productName!.codes)).toEqual([0, -1, -1, -1, 1, -1, 0, 1]);
  });

  it('is the table itself when nothing listed is on it', () => {
    expect(withoutItems(t, [])).toBe(t);
    expect(withoutItems(t, ['NOPE'])).toBe(t);
    expect(withoutItems({ ...t, items: undefined }, ['POST']).items).toBeUndefined();
  });

  it('names products by name when the file has no product id column', () => {
    const names = { ...t, items: { productName: t.items!.productName } };
    const s = segmentItems(customerItems(withoutItems(names, ['POSTAGE']), 'product', all), grouping);
    expect(s.items).toEqual(['Paper', 'Pens']);
  });
});
