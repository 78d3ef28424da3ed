import { describe, expect, it } from 'vitest';
import { customerItems, itemLevels } from '../../../src/core/basket/customerItems.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { MS_PER_DAY } from '../../../src/core/values/civil.ts';

const day = (d: number) => d * MS_PER_DAY;

/** Two customers; A buys Paper twice on day 10 and once on day 20, returns 5 of it on day 21, buys Art on day 12. */
function table(): TransactionTable {
  const rows: [number, number, number, number, number, number][] = [
    // customer, day, amount, profit, product code, category code
    [0, 10, 10, 2, 0, 0],
    [0, 10, 6, 1, 0, 0],
    [0, 20, 4, NaN, 0, 0],
    [0, 21, -5, -1, 0, 0],
    [0, 12, 30, 9, 1, 1],
    [1, 11, 7, 3, 2, 0],
    [1, 15, 8, 3, -1, -1],
  ];
  const col = (j: number) => rows.map((r) => r[j]);
  return {
    rows: rows.length,
    customer: Int32Array.from(col(0)),
    customerIds: ['A', 'B'],
    time: Float64Array.from(col(1), day),
    amount: Float64Array.from(col(2)),
    invoice: new Int32Array(rows.length).fill(-1),
    invoiceIds: [],
    attributes: [],
    items: {
      product: { name: 'Product ID', codes: Int32Array.from(col(4)), values: ['P1', 'P2', 'P3'] },
      productName: { name: 'Product Name', codes: Int32Array.from(col(4)), values: ['Copy paper', 'Pens', 'Notepad'] },
      category: { name: 'Category', codes: Int32Array.from(col(5)), values: ['Paper', 'Art'] },
    },
    profit: Float64Array.from(col(3)),
  };
}

describe('customerItems', () => {
  it('lists the levels the table has', () => {
    expect(itemLevels(table())).toEqual(['category', 'product']);
  });

  it.each([
    {
      name: 'categories over the whole table',
      level: 'category' as const,
      range: undefined,
      items: ['Paper', 'Art'],
      // A: Art (index 1) then Paper (index 0) sorted by index → Paper, Art
      entries: [
        { c: 0, item: 'Paper', revenue: 15, profit: 2, lines: 3, days: 2, first: 10, last: 20 },
        { c: 0, item: 'Art', revenue: 30, profit: 9, lines: 1, days: 1, first: 12, last: 12 },
        { c: 1, item: 'Paper', revenue: 7, profit: 3, lines: 1, days: 1, first: 11, last: 11 },
      ],
    },
    {
      name: 'products labelled by name, days 11–20',
      level: 'product' as const,
      range: { fromDay: 11, toDay: 20 },
      items: ['Copy paper', 'Pens', 'Notepad'],
      entries: [
        { c: 0, item: 'Copy paper', revenue: 4, profit: 0, lines: 1, days: 1, first: 20, last: 20 },
        { c: 0, item: 'Pens', revenue: 30, profit: 9, lines: 1, days: 1, first: 12, last: 12 },
        { c: 1, item: 'Notepad', revenue: 7, profit: 3, lines: 1, days: 1, first: 11, last: 11 },
      ],
    },
  ])('$name', ({ level, range, items, entries }) => {
    const ci = customerItems(table(), level, Int32Array.of(0, 1), range);
    expect(ci.items).toEqual(items);
    const got = [];
    for (let k = 0; k < 2; k++) {
      for (let e = ci.offsets[k]; e < ci.offsets[k + 1]; e++) {
        got.push({
          c: k,
          item: ci.items[ci.item[e]],
          revenue: ci.revenue[e],
          profit: ci.profit[e],
          lines: ci.lines[e],
          days: ci.days[e],
          first: ci.firstDay[e],
          last: ci.lastDay[e],
        });
      }
    }
    expect(got).toEqual(entries);
  });

  it('follows the order of the customers passed in and leaves others out', () => {
    const ci = customerItems(table(), 'category', Int32Array.of(1));
    expect(Array.from(ci.offsets)).toEqual([0, 1]);
    expect(ci.items).toEqual(['Paper']);
  });

  it('says which column is missing', () => {
    expect(() => customerItems(table(), 'subcategory', Int32Array.of(0))).toThrow(/no subcategory column/);
  });
});
