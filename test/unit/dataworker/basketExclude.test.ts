// The data worker leaves the products the settings exclude out of the Products view and the
// offers: 'auto' = the service lines found (POSTAGE here), [] keeps every line, a list names ids.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import * as datasets from '../../../src/db/datasets.ts';
import { basketApi } from '../../../workers/data/basketApi.ts';
import type { BasketRequest } from '../../../workers/data/basketApi.ts';
import { offersApi } from '../../../workers/data/offersApi.ts';
import { reportOf } from '../db/reportOf.ts';
import { importText } from '../helpers.ts';

/** Six customers, each buying two of four products and most paying POSTAGE. */
const csv = [
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID',
  ...[
    ['85123A', '22423', 'POST'],
    ['85123A', '47566', 'POST'],
    ['22423', '47566', 'POST'],
    ['21212', '85123A', 'POST'],
    ['21212', '22423', 'POST'],
    ['47566', '21212'],
  ].flatMap((codes, c) =>
    codes.map(
      (code) =>
        `${540000 + c},${code},${code === 'POST' ? 'POSTAGE' : `ITEM ${code}`},1,2011-0${c + 1}-10 10:00,${code === 'POST' ? 40 : 3},${13000 + c}`,
    ),
  ),
].join('\n');

let id: number;
let customers: Int32Array;
beforeAll(async () => {
  const imported = await importText(csv);
  id = await datasets.saveDataset('fees', imported.table, imported.options, reportOf('fees.csv', imported.table));
  customers = Int32Array.from(imported.table.customerIds, (_, c) => c);
});

const request = (exclude?: BasketRequest['exclude']): BasketRequest => ({
  level: 'product',
  customers,
  referenceDay: 20000,
  grouping: { labels: ['all'], codes: new Array(customers.length).fill(0) },
  pairMin: 1,
  pairLimit: 100,
  ...(exclude !== undefined ? { exclude } : {}),
});

describe('the data worker and the products left out', () => {
  it('auto (also when absent): POSTAGE is found, listed and left out of the table', async () => {
    for (const r of [request(), request('auto')]) {
      const b = await basketApi.basket(id, r);
      expect(b.service.map((s) => [s.id, s.name, s.lines, s.detected])).toEqual([['POST', 'POSTAGE', 5, true]]);
      expect(b.excluded).toEqual(['POST']);
      expect(b.table!.items).not.toContain('POSTAGE');
      expect(b.table!.total).toBe(36); // 12 product lines at 3
    }
  });

  it('[] keeps every line; a list of ids leaves those out (the detected ones stay listed)', async () => {
    const all = await basketApi.basket(id, request([]));
    expect(all.excluded).toEqual([]);
    expect(all.service.map((s) => s.id)).toEqual(['POST']);
    expect(all.table!.items).toContain('POSTAGE');
    expect(all.table!.total).toBe(36 + 5 * 40);
    const mine = await basketApi.basket(id, request(['21212']));
    expect(mine.excluded).toEqual(['21212']);
    expect(mine.service.map((s) => [s.id, s.detected])).toEqual([
      ['POST', true],
      ['21212', false],
    ]);
    expect(mine.table!.items).toContain('POSTAGE');
    expect(mine.table!.items).not.toContain('ITEM 21212');
  });

  it('offers follow the same setting', async () => {
    const offered = async (exclude: 'auto' | string[]) =>
      (await offersApi.customerOffers(id, 5, 'product', 3, exclude))!.offers.map((o) => o.item);
    // Customer 6 (index 5) bought 47566 and 21212 and pays no postage.
    expect(await offered([])).toContain('POSTAGE');
    expect(await offered('auto')).not.toContain('POSTAGE');
  });
});
