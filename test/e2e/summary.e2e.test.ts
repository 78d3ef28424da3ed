// A customer summary in the browser: recognised from its headers, imported, the same RFM rows as
// the transactions it summarises, the views that need transactions say so, and the warehouse SQL
// panel copies the query for the chosen database.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shopCsv } from '../unit/summary/shopCsv.ts';
import { warehouseSummary } from '../unit/summary/warehouseSummary.ts';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

/** The first rows of the customers table, as text. */
async function rows(page: Page): Promise<string[]> {
  const texts = await page.locator('[data-testid="rfm-row"]').allInnerTexts();
  return texts.slice(0, 15).map((r) => r.replace(/\s+/g, ' '));
}

describe('customer summary in the browser', () => {
  it('imports a warehouse summary with the RFM of its transactions; cohorts and migration say they need transactions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segmap-e2e-summary-'));
    const csv = shopCsv(21, 90);
    const tx = join(dir, 'shop-transactions.csv');
    const summary = join(dir, 'shop-summary.csv');
    writeFileSync(tx, csv);
    writeFileSync(summary, await warehouseSummary(csv));

    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);

    // The transactions, with returns netted in and repeated lines kept (as the summary SQL counts).
    await page.setInputFiles('[data-testid="file-input"]', tx);
    await page.waitForSelector('[data-testid="preview"]');
    expect(await page.inputValue('[data-testid="file-kind"]')).toBe('transactions');
    await page.check('[data-testid="clean-keepReturns"]');
    await page.uncheck('[data-testid="clean-dropDuplicates"]');
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 90);
    await page.waitForSelector('[data-testid="saved"]');
    const fromTx = await rows(page);

    await page.click('[data-testid="nav-data"]');
    await page.setInputFiles('[data-testid="file-input"]', summary);
    await page.waitForSelector('[data-testid="preview"]');
    expect(await page.inputValue('[data-testid="file-kind"]')).toBe('summary');
    const roles = await Promise.all([0, 1, 2, 3, 4, 5].map((j) => page.inputValue(`[data-testid="role-${j}"]`)));
    expect(roles).toEqual(['customer', 'first', 'date', 'orders', 'amount', 'average']);
    await page.waitForSelector('[data-testid="summary-note"]');
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 90);
    await page.waitForSelector('[data-testid="saved"]');
    expect(await rows(page)).toEqual(fromTx);

    // Stored: after a reload the summary opens with the same rows.
    await page.reload();
    await expectCustomers(page, 90);
    await page.waitForSelector('text=shop-summary');
    await page.click('[data-testid="nav-data"]');
    await page.waitForSelector('[data-testid="dataset-summary"]');
    await page.click('[data-testid="nav-customers"]');
    expect(await rows(page)).toEqual(fromTx);

    await page.click('[data-testid="nav-card"]');
    await page.fill('[data-testid="card-search"]', 'C1');
    await page.locator('[data-testid="card-match"]').first().click();
    await page.waitForSelector('[data-testid="card-summary-note"]');

    await page.click('[data-testid="nav-cohorts"]');
    await page.waitForSelector('[data-testid="needs-transactions"]');
    await page.click('[data-testid="nav-time"]');
    await page.waitForSelector('[data-testid="needs-transactions"]');
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="needs-transactions"]');
    expect(await page.isDisabled('[data-testid="clv-calibration"]')).toBe(true);
    await page.waitForSelector('[data-testid="clv-fit"]', { timeout: 60_000 });
    await context.close();
  });

  it('writes the summary SQL for the chosen database and copies it', async () => {
    const { context, page } = await newPage(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_URL.replace(/\/$/, '') });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-data"]');
    await page.click('[data-testid="summary-sql"] summary');
    await page.selectOption('[data-testid="sql-dialect"]', 'bigquery');
    await page.fill('[data-testid="sql-table"]', 'shop.orders');
    await page.fill('[data-testid="sql-invoice"]', '');
    const sql = await page.textContent('[data-testid="sql-text"]');
    expect(sql).toContain('FROM `shop`.`orders`');
    expect(sql).toContain('COUNT(DISTINCT CASE WHEN `amount` > 0 THEN CAST(`order_date` AS DATE) END) AS orders');
    await page.click('[data-testid="sql-copy"]');
    await page.waitForSelector('[data-testid="sql-copied"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sql);
    await context.close();
  });
});
