// Importing a customer summary file: the CSV a warehouse writes from the summary SQL (DuckDB here)
// imports as a summary, gives the RFM of the transactions it summarises, and bad rows are dropped
// with their line and column, as in a transactions import.
import { describe, expect, it } from 'vitest';
import { tableAsOf } from '../../../src/core/asof/tableAsOf.ts';
import { cohortTable } from '../../../src/core/cohorts/cohortTable.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { daysFromCivil } from '../../../src/core/values/civil.ts';
import { importText } from '../helpers.ts';
import { shopCsv } from './shopCsv.ts';
import { warehouseSummary } from './warehouseSummary.ts';

const HEADER = 'customer_id,first_purchase,last_purchase,orders,total_amount,average_amount';

describe('customer summary import', () => {
  it('recognises the warehouse CSV as a summary and gives the RFM of the transactions', async () => {
    const csv = shopCsv(11, 80);
    const fromTx = computeRfm(
      (await importText(csv, { cleaning: { keepReturns: true, dropDuplicates: false } })).table,
    );
    const summary = await importText(await warehouseSummary(csv));
    expect(summary.sniff.kind).toBe('summary');
    expect(summary.options.roles).toEqual(['customer', 'first', 'date', 'orders', 'amount', 'average']);
    expect(summary.report).toMatchObject({ kind: 'summary', customers: fromTx.n, rowsKept: fromTx.n });
    const rfm = computeRfm(summary.table, { referenceDay: fromTx.referenceDay });
    expect(rfm.referenceDay).toBe(computeRfm(summary.table).referenceDay);
    expect(rfm.ids).toEqual(fromTx.ids);
    expect(Array.from(rfm.recency)).toEqual(Array.from(fromTx.recency));
    expect(Array.from(rfm.frequency)).toEqual(Array.from(fromTx.frequency));
    fromTx.monetary.forEach((m, k) => expect(rfm.monetary[k]).toBeCloseTo(m, 6));
    expect(summary.report.invoices).toBe(Array.from(fromTx.frequency).reduce((a, b) => a + b, 0));
  });

  it.each([
    { headers: HEADER, roles: ['customer', 'first', 'date', 'orders', 'amount', 'average'] },
    {
      headers: 'Customer ID,First Purchase Date,Last Order Date,Order Count,Total Spend,AOV,Region',
      roles: ['customer', 'first', 'date', 'orders', 'amount', 'average', 'region'],
    },
    {
      headers: '客户编号,首次购买日期,最近购买日期,购买次数,消费金额,客单价',
      roles: ['customer', 'first', 'date', 'orders', 'amount', 'average'],
    },
  ])('guesses the roles of $headers', async ({ headers, roles }) => {
    const row = ['C1', '2024-01-05', '2024-03-01', '3', '120.50', '40.17', 'North'].slice(0, roles.length);
    const { sniff, table } = await importText(`${headers}\n${row.join(',')}\n`);
    expect(sniff.kind).toBe('summary');
    expect(sniff.roles).toEqual(roles);
    expect(Array.from(table.orders ?? [])).toEqual([3]);
  });

  it('takes the total as average × orders when there is no total column', async () => {
    const { table } = await importText(
      'customer_id,first_purchase,last_purchase,orders,average_amount\nA,2024-01-01,2024-02-01,4,12.5\n',
    );
    const rfm = computeRfm(table);
    expect(rfm.monetary[0]).toBe(50);
    expect(rfm.frequency[0]).toBe(4);
  });

  it.each([
    { row: 'B,2024-13-01,2024-02-01,2,10', reason: 'badDate', column: 2, raw: '2024-13-01' },
    { row: 'B,2024-01-01,soon,2,10', reason: 'badDate', column: 3, raw: 'soon' },
    { row: 'B,2024-03-01,2024-02-01,2,10', reason: 'badSpan', column: 2, raw: '2024-03-01 > 2024-02-01' },
    { row: 'B,2024-01-01,2024-02-01,0,10', reason: 'badOrders', column: 4, raw: '0' },
    { row: 'B,2024-01-01,2024-02-01,1.5,10', reason: 'badOrders', column: 4, raw: '1.5' },
    { row: 'B,2024-01-01,2024-02-01,-2,10', reason: 'badOrders', column: 4, raw: '-2' },
    { row: 'B,2024-01-01,2024-02-01,2,NaN', reason: 'badAmount', column: 5, raw: 'NaN' },
    { row: ',2024-01-01,2024-02-01,2,10', reason: 'noCustomer', column: 1, raw: '' },
    { row: 'A,2024-01-01,2024-02-01,2,10', reason: 'duplicate', column: 1, raw: 'A' },
    { row: 'B,2024-01-01,2024-02-01', reason: 'malformed', column: 4, raw: '3 fields' },
  ])('drops $row as $reason at line 3, column $column', async ({ row, reason, column, raw }) => {
    const csv = `customer_id,first_purchase,last_purchase,orders,total_amount\nA,2024-01-01,2024-02-01,2,10\n${row}\n`;
    // Roles given: with one good row in two, the guess would not call a column of dates a date.
    const roles = ['customer', 'first', 'date', 'orders', 'amount'] as const;
    const { report, table } = await importText(csv, { kind: 'summary', roles: [...roles] });
    expect(table.customerIds).toEqual(['A']);
    expect(report.dropped[reason as keyof typeof report.dropped]).toBe(1);
    expect(report.samples[reason as keyof typeof report.samples][0]).toEqual({ line: 3, column, raw });
  });

  it('refuses a second, different row for a customer, with its line and column', async () => {
    const csv = `${HEADER}\nA,2024-01-01,2024-02-01,2,10,5\nB,2024-01-01,2024-01-01,1,7,7\nA,2024-01-01,2024-03-01,3,15,5\n`;
    await expect(importText(csv)).rejects.toMatchObject({
      code: 'import.summaryRepeats',
      line: 4,
      column: 1,
      params: { customer: 'A', earlier: 2 },
    });
  });

  it.each([
    { headers: 'customer_id,last_purchase,orders,total_amount', missing: 'first' },
    { headers: 'customer_id,first_purchase,last_purchase,total_amount', missing: 'orders' },
    { headers: 'customer_id,first_purchase,last_purchase,orders', missing: 'average' },
  ])('says which column a summary lacks ($missing)', async ({ headers, missing }) => {
    const row = headers.split(',').map((h, j) => (j === 0 ? 'A' : /purchase/.test(h) ? '2024-01-01' : '3'));
    await expect(importText(`${headers}\n${row.join(',')}\n`, { kind: 'summary' })).rejects.toMatchObject({
      code: 'import.summaryNeeds',
      params: { role: missing },
    });
  });

  it('refuses what needs the purchases in between: cohorts and an earlier as-of date', async () => {
    const { table } = await importText(`${HEADER}\nA,2024-01-01,2024-05-01,3,30,10\nB,2024-02-01,2024-02-01,1,9,9\n`);
    expect(() => cohortTable(table, 'month')).toThrow(expect.objectContaining({ code: 'summary.noHistory' }));
    expect(() => tableAsOf(table, daysFromCivil(2024, 3, 1))).toThrow(
      expect.objectContaining({ code: 'summary.noHistory' }),
    );
    expect(tableAsOf(table, daysFromCivil(2024, 6, 1))).toBe(table);
  });
});
