import { describe, expect, it } from 'vitest';
import { tableAsOf } from '../../../src/core/asof/tableAsOf.ts';
import { compactTable } from '../../../src/core/import/compactTable.ts';
import { tableBuffers, type TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { MS_PER_DAY } from '../../../src/core/values/civil.ts';

function table(): TransactionTable {
  return {
    rows: 3,
    customer: Int32Array.of(0, 1, 0),
    customerIds: ['A', 'B'],
    time: Float64Array.of(0, MS_PER_DAY, 2 * MS_PER_DAY),
    amount: Float64Array.of(1, 2, 3),
    invoice: Int32Array.of(-1, -1, -1),
    invoiceIds: [],
    attributes: [],
    items: { category: { name: 'Category', codes: Int32Array.of(0, 1, 2), values: ['Art', 'Paper', 'Phones'] } },
    profit: Float64Array.of(0.5, NaN, 1.5),
  };
}

describe('item and profit columns', () => {
  it.each([
    {
      name: 'compactTable drops a row and its unused item',
      run: (t: TransactionTable) => compactTable(t, Uint8Array.of(1, 0, 1)),
      values: ['Art', 'Phones'],
      codes: [0, 1],
      profit: [0.5, 1.5],
    },
    {
      name: 'tableAsOf keeps the dictionary',
      run: (t: TransactionTable) => tableAsOf(t, 1),
      values: ['Art', 'Paper', 'Phones'],
      codes: [0, 1],
      profit: [0.5, NaN],
    },
  ])('$name', ({ run, values, codes, profit }) => {
    const out = run(table());
    expect(out.items?.category?.values).toEqual(values);
    expect(Array.from(out.items?.category?.codes ?? [])).toEqual(codes);
    expect(Array.from(out.profit ?? [])).toEqual(profit);
  });

  it('hands the item and profit buffers to postMessage', () => {
    const t = table();
    const buffers = tableBuffers(t);
    expect(buffers).toContain(t.items?.category?.codes.buffer);
    expect(buffers).toContain(t.profit?.buffer);
  });
});
