// Issue 16: the import report said "Orders 0" whenever no invoice column was mapped (CDNOW, grocery
// logs, the R rfm orders file) while RFM frequency counts purchase days; and with "keep zero
// amounts" the customers whose purchases are all $0 were counted in the report but left out of the
// RFM table (68 of them on a CDNOW-style log). The report now says what frequency counts, and a kept
// row counts: report and table agree.
import { describe, expect, it } from 'vitest';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { zeroLog } from '../../fixtures/zeroLog.ts';
import { importText } from '../helpers.ts';

const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);

describe('the import report counts orders as frequency does', () => {
  it.each([
    {
      name: 'no invoice column: purchase days',
      csv: 'customer,date,amount\nA,2024-01-01,10\nA,2024-01-01,5\nA,2024-01-03,7\nB,2024-01-02,9\n',
      orders: 3,
      ordersBy: 'day',
    },
    {
      name: 'an invoice column: invoices',
      csv: 'invoice,customer,date,amount\n1,A,2024-01-01,10\n1,A,2024-01-01,5\n2,A,2024-01-01,7\n3,B,2024-01-02,9\n',
      orders: 3,
      ordersBy: 'invoice',
    },
  ])('$name', async ({ csv, orders, ordersBy }) => {
    const { table, report } = await importText(csv);
    expect(report.ordersBy).toBe(ordersBy);
    expect(report.orders).toBe(orders);
    expect(report.orders).toBe(sum(computeRfm(table).frequency));
  });

  it('a CDNOW-style log (no header, no invoice): orders are its purchase days, not 0', async () => {
    const log = zeroLog();
    const { table, report } = await importText(log.text, {}, { hasHeader: false, delimiter: 'whitespace' });
    expect(report.invoices).toBe(0);
    expect(report.ordersBy).toBe('day');
    expect(report.orders).toBe(log.purchaseDays - log.zeroDays); // $0 rows dropped by default
    expect(report.orders).toBe(sum(computeRfm(table).frequency));
    expect(report.customers).toBe(500 - 68);
  });
});

describe('keep zero amounts: report and table agree, a kept row counts', () => {
  it('the 68 customers whose purchases are all $0 are in the RFM table, with their orders', async () => {
    const log = zeroLog();
    const { table, report } = await importText(
      log.text,
      { cleaning: { dropNonPositive: false } },
      { hasHeader: false, delimiter: 'whitespace' },
    );
    const rfm = computeRfm(table);
    expect(report.customers).toBe(500);
    expect(rfm.n).toBe(report.customers);
    expect(report.customersWithoutPurchase).toBe(0);
    expect(report.orders).toBe(log.purchaseDays);
    expect(sum(rfm.frequency)).toBe(log.purchaseDays);
    const zeroOnly = rfm.ids.map((id, k) => [id, k] as const).filter(([id]) => Number(id) > 500 - 68);
    expect(zeroOnly).toHaveLength(68);
    for (const [, k] of zeroOnly) {
      expect(rfm.frequency[k]).toBeGreaterThan(0);
      expect(rfm.monetary[k]).toBe(0);
    }
  });

  it('customers with returns only are counted apart, so the table is the report minus them', async () => {
    const csv = 'invoice,customer,date,amount\n1,A,2024-01-01,10\nC2,B,2024-01-02,9\n3,C,2024-01-03,0\n';
    const { table, report } = await importText(csv, { cleaning: { keepReturns: true, dropNonPositive: false } });
    expect(report.customers).toBe(3);
    expect(report.customersWithoutPurchase).toBe(1);
    expect(computeRfm(table).n).toBe(report.customers - report.customersWithoutPurchase!);
    expect(computeRfm(table).ids).toEqual(['A', 'C']);
  });
});
