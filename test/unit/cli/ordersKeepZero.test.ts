import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { zeroLog } from '../../fixtures/zeroLog.ts';
import { segmap, tempFiles } from './runCli.ts';

// Issue 16: on a log without an invoice column the CLI report said "invoices: 0" while frequency
// counts purchase days; with --keep-zero the 68 customers whose purchases are all $0 were counted
// in the report (customers: 500) but left out of the RFM table (432 rows).
const { write } = tempFiles('segmap-orders-');
const log = zeroLog();
const FILE = write('cdnow-style.txt', log.text);
const READ = ['--no-header', '--delimiter', 'whitespace'];
const csvRows = (stdout: string) => stdout.trim().split('\n').length - 1;

beforeAll(async () => {
  await buildCli();
}, 60_000);

describe('segmap rfm on a CDNOW-style log with $0 orders', () => {
  it.each([
    { name: 'default ($0 rows dropped)', flags: [], customers: 432, orders: log.purchaseDays - log.zeroDays },
    { name: '--keep-zero (a kept row counts)', flags: ['--keep-zero'], customers: 500, orders: log.purchaseDays },
  ])('$name: report, --json and the table agree', ({ flags, customers, orders }) => {
    const json = segmap('rfm', FILE, ...READ, ...flags, '--json');
    expect(json.code).toBe(0);
    const j = JSON.parse(json.stdout);
    expect(j).toMatchObject({ customers, rfmCustomers: customers, orders, ordersBy: 'day', invoices: 0 });
    expect(j.customersWithoutPurchase).toBe(0);

    const table = segmap('rfm', FILE, ...READ, ...flags);
    expect(table.code).toBe(0);
    expect(csvRows(table.stdout)).toBe(customers);
    expect(table.stderr).toContain(`customers:   ${customers}\n`);
    expect(table.stderr).toContain(`orders:      ${orders} (purchase days: no invoice column)`);
    expect(table.stderr).not.toContain('invoices:');
    const frequency = table.stdout
      .trim()
      .split('\n')
      .slice(1)
      .reduce((s, line) => s + Number(line.split(',')[2]), 0);
    expect(frequency).toBe(orders);
  });
});
