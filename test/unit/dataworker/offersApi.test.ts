import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { customerItems } from '../../../src/core/basket/customerItems.ts';
import { crossSellTerms, itemProfit } from '../../../src/core/offers/crossSellPotential.ts';
import { offerBacktest } from '../../../src/core/offers/offerBacktest.ts';
import { customerOffers, offerModel, rankedOffers } from '../../../src/core/offers/offerModel.ts';
import { replenishment } from '../../../src/core/offers/replenishment.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import * as datasets from '../../../src/db/datasets.ts';
import { offersApi } from '../../../workers/data/offersApi.ts';
import { basketCsv } from '../../fixtures/basketFixture.ts';
import { reportOf } from '../db/reportOf.ts';
import { importText } from '../helpers.ts';

let id: number;
let plainId: number;
let table: TransactionTable;
beforeAll(async () => {
  const imported = await importText(basketCsv());
  table = imported.table;
  id = await datasets.saveDataset('basket', table, imported.options, reportOf('basket.csv', table));
  const plain = await importText('customer,date,amount\nA,2024-01-01,5\nB,2024-01-02,7\n');
  plainId = await datasets.saveDataset('plain', plain.table, plain.options, reportOf('plain.csv', plain.table));
});

describe('the data worker’s offer calls (on the stored dataset, as the core computes them)', () => {
  it('gives a customer’s offers with reasons, at the most detailed level mapped', async () => {
    const c10 = table.customerIds.indexOf('c10');
    const answer = await offersApi.customerOffers(id, c10, null);
    expect(answer?.level).toBe('category');
    expect(answer?.owned).toBe(1);
    expect(answer?.offers.map((o) => o.item)).toEqual(['Binders', 'Art', 'Phones']);
    expect(answer?.offers).toEqual(customerOffers(offerModel(table, 'category'), c10));
  });

  it('lists the due and the lapsed pairs with the rule in words', async () => {
    const rule = { factor: 0.1, minDays: 2, lapsedFactor: 2, lapsedDays: 365 };
    const answer = await offersApi.replenishment(id, 'category', rule);
    const core = replenishment(table, 'category', rule);
    expect(answer?.text).toEqual(core.text);
    // c02 bought Binders on days 102 and 110 (gap 8); the import drops c04's return (day 120), so the
    // reference day is 111: 1 day since > 0.1 × 8.
    expect(answer?.rows).toContainEqual(expect.objectContaining({ customerId: 'c02', item: 'Binders', usualGap: 8 }));
    expect([answer?.pairs, answer?.regular, answer?.overdue, answer?.due, answer?.lapsed]).toEqual([
      core.pairs,
      core.rows.length,
      core.overdue,
      core.due,
      core.lapsed,
    ]);
    expect(answer!.due + answer!.lapsed).toBe(answer!.overdue);
    expect([answer?.due, answer?.lapsed, answer?.lapsedRows]).toEqual([1, 0, []]);
    const pairsOf = (rows: typeof core.rows) => rows.map((r) => [table.customerIds[r.customer], r.item]);
    expect(answer?.rows.map((r) => [r.customerId, r.item])).toEqual(
      pairsOf(core.rows.filter((r) => r.overdue && !r.lapsed)),
    );
    expect(answer?.lapsedRows.map((r) => [r.customerId, r.item])).toEqual(pairsOf(core.rows.filter((r) => r.lapsed)));
  });

  it('moves the pair to the lapsed rows past the lapsed factor (0.125 gaps > 0.12)', async () => {
    const answer = await offersApi.replenishment(id, 'category', {
      factor: 0.1,
      minDays: 2,
      lapsedFactor: 0.12,
      lapsedDays: 365,
    });
    expect([answer?.overdue, answer?.due, answer?.lapsed, answer?.lapsedCustomers, answer?.rows]).toEqual([
      1,
      0,
      1,
      1,
      [],
    ]);
    expect(answer?.lapsedRows).toEqual([expect.objectContaining({ customerId: 'c02', item: 'Binders', daysSince: 1 })]);
  });

  it('computes every customer’s cross-sell potential from P(no purchase in 90 days), q_r and π', async () => {
    const customers = Int32Array.from(table.customerIds, (_, c) => c).reverse();
    const pNone90 = Float64Array.from(customers, (c) => c / 20);
    const answer = (await offersApi.crossSell(id, null, customers.slice(), pNone90.slice(), 0.3))!;
    const om = offerModel(table, 'category');
    const q = offerBacktest(table, 'category').method.byRank;
    const profit = itemProfit(
      customerItems(
        table,
        'category',
        Int32Array.from(table.customerIds, (_, c) => c),
      ),
      0.3,
    );
    expect(answer.fromProfit).toBe(true);
    expect(answer.q).toEqual(q);
    customers.forEach((c, i) => {
      const terms = crossSellTerms(
        pNone90[i],
        rankedOffers(om, c).map((o) => o.item),
        q,
        profit,
      );
      expect(answer.cpv[i]).toBeCloseTo(terms.cpv, 12);
      expect(answer.cpv[i]).toBeCloseTo((1 - pNone90[i]) * answer.expectedOfferProfit[i], 12);
    });
  });

  it('answers null for a dataset without item columns', async () => {
    expect(await offersApi.customerOffers(plainId, 0, null)).toBeNull();
    expect(
      await offersApi.replenishment(plainId, null, { factor: 2, minDays: 3, lapsedFactor: 4, lapsedDays: 365 }),
    ).toBeNull();
    expect(await offersApi.crossSell(plainId, null, Int32Array.of(0), Float64Array.of(0.5), 0.3)).toBeNull();
  });
});
