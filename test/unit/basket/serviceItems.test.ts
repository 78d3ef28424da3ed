// Lines that are not products: the rule on Online Retail's real codes and descriptions (each row
// copied from the file, with its line count there), and what the detector returns on a small table.
import { describe, expect, it } from 'vitest';
import { excludedItemIds, isServiceItem, serviceItems } from '../../../src/core/basket/serviceItems.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';

/** [StockCode, its most frequent Description, lines in online_retail.csv, a service line?]. */
const RETAIL: [string, string, number, boolean][] = [
  ['POST', 'POSTAGE', 1256, true],
  ['DOT', 'DOTCOM POSTAGE', 710, true],
  ['M', 'Manual', 571, true],
  ['m', 'Manual', 1, true],
  ['C2', 'CARRIAGE', 144, true],
  ['D', 'Discount', 77, true],
  ['S', 'SAMPLES', 63, true],
  ['BANK CHARGES', 'Bank Charges', 37, true],
  ['AMAZONFEE', 'AMAZON FEE', 34, true],
  ['CRUK', 'CRUK Commission', 16, true],
  ['B', 'Adjust bad debt', 3, true],
  ['PADS', 'PADS TO MATCH ALL CUSHIONS', 4, true], // a £0.001 placeholder: rule 2 (1–4 letters)
  ['gift_0001_20', 'Dotcomgiftshop Gift Voucher £20.00', 10, true],
  ['gift_0001_50', 'Dotcomgiftshop Gift Voucher £50.00', 4, true],
  ['23444', 'Next Day Carriage', 80, true],
  ['23574', 'PACKING CHARGE', 16, true],
  // Products, some with a fee word that is not their head word, some with odd codes.
  ['23099', 'FRENCH CARRIAGE LANTERN', 63, false],
  ['85168B', 'BLACK BAROQUE CARRIAGE CLOCK', 35, false],
  ['DCGSSGIRL', 'GIRLS PARTY BAG', 13, false],
  ['DCGSSBOY', 'BOYS PARTY BAG', 11, false],
  ['DCGS0003', 'BOXED GLASS ASHTRAY', 5, false],
  ['85123A', 'WHITE HANGING HEART T-LIGHT HOLDER', 2313, false],
  ['22423', 'REGENCY CAKESTAND 3 TIER', 2203, false],
  ['47566', 'PARTY BUNTING', 1727, false],
  ['22197', 'SMALL POPCORN HOLDER', 1476, false],
  ['21212', 'PACK OF 72 RETROSPOT CAKE CASES', 1385, false],
];

describe('isServiceItem on Online Retail (a numbered catalogue)', () => {
  it.each(RETAIL)('%s %j (%i lines) → %s', (id, name, _lines, expected) => {
    expect(isServiceItem(id, name, true)).toBe(expected);
  });
});

describe('isServiceItem elsewhere', () => {
  it.each([
    // Rule 2 only holds in a numbered catalogue: a shop naming products by words keeps MILK.
    ['MILK', 'Milk', false, false],
    ['MILK', 'Milk', true, true],
    ['TEA', 'Tea', false, false],
    // Superstore-like names keep their products; fee words as the head make a service line.
    ['OFF-PA-10002365', 'Xerox 1967', false, false],
    ['OFF-AR-10003056', 'Newell 341', false, false],
    ['FUR-FU-10000001', 'Eldon Delivery Desk Tray', false, false],
    ['X1', 'Shipping', false, true],
    ['X2', 'Gift Card £25', false, true],
    ['X3', 'BIRTHDAY CARD', false, false],
    ['X4', 'Sales tax 7.5%', false, true], // numbers are set aside: the head is "tax"
    // Chinese names: the head is the end.
    ['Y1', '顺丰快递运费', false, true],
    ['Y2', '满减优惠', false, true],
    ['Y3', '运费险说明书', false, false],
    ['Y4', '办公用品', false, false],
    ['Y5', '手续费 2', false, true],
  ])('%s %j numbered=%s → %s', (id, name, numbered, expected) => {
    expect(isServiceItem(id, name, numbered)).toBe(expected);
  });
});

/** Five products with ids and names; row → [customer, product, name, amount]. */
function table(): TransactionTable {
  const rows: [number, number, number, number][] = [
    [0, 0, 0, 10],
    [0, 1, 1, 5],
    [1, 1, 1, 5],
    [1, 1, 2, 7], // POST once named "" → its most frequent name is still POSTAGE
    [1, 2, 3, 20],
    [2, 3, 4, -4],
    [2, 4, 5, 3],
  ];
  const col = (j: number) => Int32Array.from(rows.map((r) => r[j]));
  return {
    rows: rows.length,
    customer: col(0),
    customerIds: ['a', 'b', 'c'],
    time: new Float64Array(rows.length),
    amount: Float64Array.from(rows.map((r) => r[3])),
    invoice: new Int32Array(rows.length).fill(-1),
    invoiceIds: [],
    attributes: [],
    items: {
      product: { name: 'StockCode', codes: col(1), values: ['85123A', 'POST', '22423', 'D', '21212'] },
      productName: {
        name: 'Description',
        codes: col(2),
        values: ['WHITE HANGING HEART', 'POSTAGE', 'P0STAGE', 'REGENCY CAKESTAND', 'Discount', 'CAKE CASES'],
      },
    },
  };
}

describe('serviceItems', () => {
  it('finds POSTAGE (3 lines) and Discount (1), most lines first, with lines, revenue and name', () => {
    expect(serviceItems(table())).toEqual([
      { id: 'POST', name: 'POSTAGE', detected: true, lines: 3, revenue: 17 },
      { id: 'D', name: 'Discount', detected: true, lines: 1, revenue: -4 },
    ]);
  });

  it('adds the items a user listed (not found by the rule), leaves out ids not on the table', () => {
    const got = serviceItems(table(), ['21212', 'NOPE']);
    expect(got.map((s) => [s.id, s.detected])).toEqual([
      ['POST', true],
      ['21212', false],
      ['D', true],
    ]);
  });

  it('resolves the setting: auto = the items found, else the list as given', () => {
    expect(excludedItemIds(table(), 'auto')).toEqual(['POST', 'D']);
    expect(excludedItemIds(table(), ['21212'])).toEqual(['21212']);
    expect(excludedItemIds(table(), [])).toEqual([]);
  });

  it('names a product by its id without a name column, and finds nothing without a product column', () => {
    const t = table();
    const noNames = { ...t, items: { product: t.items!.product } };
    // ids: 3 of 5 hold a digit (< 90 %): rule 2 is off, and "POST" is no fee word.
    expect(serviceItems(noNames)).toEqual([]);
    expect(serviceItems({ ...t, items: {} })).toEqual([]);
  });
});
