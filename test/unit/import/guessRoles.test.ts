import { describe, expect, it } from 'vitest';
import { guessRoles } from '../../../src/core/import/guessRoles.ts';

describe('guessRoles', () => {
  it.each([
    {
      name: 'UCI Online Retail',
      headers: [
        'InvoiceNo',
        'StockCode',
        'Description',
        'Quantity',
        'InvoiceDate',
        'UnitPrice',
        'CustomerID',
        'Country',
      ],
      row: ['536365', '85123A', 'WHITE HANGING HEART', '6', '2010-12-01 08:26:00', '2.55', '17850.0', 'United Kingdom'],
      want: ['invoice', 'ignore', 'ignore', 'quantity', 'date', 'price', 'customer', 'attribute'],
    },
    {
      name: 'Chinese headers with amount',
      headers: ['订单号', '客户编号', '下单时间', '实付金额', '年龄'],
      row: ['A001', 'K12', '2024-01-02 10:00', '12.50', '34'],
      want: ['invoice', 'customer', 'date', 'amount', 'attribute'],
    },
    {
      name: 'Chinese headers with quantity and unit price',
      headers: ['会员号', '交易日期', '数量', '单价', '地区'],
      row: ['9', '2024/1/2', '3', '1.50', '华东'],
      want: ['customer', 'date', 'quantity', 'price', 'attribute'],
    },
    {
      name: 'other Chinese spellings',
      headers: ['客户ID', '日期', '消费金额'],
      row: ['9', '2024年1月2日', '1.50'],
      want: ['customer', 'date', 'amount'],
    },
    {
      name: 'English shop export',
      headers: ['order_id', 'customer_id', 'order_date', 'amount', 'age', 'region', 'channel'],
      row: ['1', 'C0001', '2024-01-02', '9.99', '30', 'North', 'web'],
      want: ['invoice', 'customer', 'date', 'amount', 'attribute', 'attribute', 'attribute'],
    },
    {
      name: 'CDNOW layout without a header',
      headers: ['Column 1', 'Column 2', 'Column 3', 'Column 4', 'Column 5'],
      row: ['00004', '0001', '19970101', '2', '29.33'],
      hasHeader: false,
      want: ['customer', 'ignore', 'date', 'ignore', 'amount'],
    },
  ])('$name', ({ headers, row, want, hasHeader = true }) => {
    const rows = [row, [...row], row.map((v) => v)];
    expect(guessRoles(headers, rows, hasHeader)).toEqual(want);
  });
});
