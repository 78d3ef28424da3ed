import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../unit/helpers.ts';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, TEN_CUSTOMERS, useBrowser } from './browser.ts';

const FIXTURE = TEN_CUSTOMERS;

const browser = useBrowser();

describe('import in the browser', () => {
  it('shows the built-in sample first, imports a CSV through the file input, and keeps it after a reload', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);

    await page.setInputFiles('[data-testid="file-input"]', FIXTURE);
    await page.waitForSelector('[data-testid="preview"]');
    expect(await page.inputValue('[data-testid="role-1"]')).toBe('customer');
    expect(await page.inputValue('[data-testid="role-2"]')).toBe('date');
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 10);
    await page.waitForSelector('[data-testid="saved"]');
    expect(await page.textContent('[data-testid="dropped-cancellation"]')).toBe('1');
    const firstRow = await page.locator('[data-testid="rfm-row"]').first().innerText();
    expect(firstRow.replace(/\s+/g, ' ')).toBe('A 1 5 500 5 5 5 555');

    await page.reload();
    await expectCustomers(page, 10);
    await page.click('[data-testid="nav-data"]');
    const names = await page.locator('[data-testid="dataset-name"]').allInnerTexts();
    expect(names).toContain('ten-customers');
    await context.close();
  });

  it('cancels a running import and stores nothing', async () => {
    const big = join(tmpdir(), 'segmap-cancel.csv');
    const lines = ['customer,date,amount'];
    for (let i = 0; i < 1_500_000; i++)
      lines.push(`${i % 50000},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i % 97}.5`);
    writeFileSync(big, lines.join('\n'));
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.setInputFiles('[data-testid="file-input"]', big);
    await page.click('[data-testid="import"]');
    await page.click('[data-testid="cancel"]');
    await page.waitForSelector('text=Import cancelled');
    await page.reload();
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-data"]');
    expect(await page.locator('[data-testid="dataset-row"]').count()).toBe(1);
    await context.close();
  });

  const retail = sharedData('online_retail/online_retail.csv');
  it.skipIf(!retail.present)('imports Online Retail with no mapping changes: 4,338 customers', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.setInputFiles('[data-testid="file-input"]', retail.path);
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 4338);
    await page.waitForSelector('[data-testid="saved"]', { timeout: 60_000 });
    await page.reload();
    await expectCustomers(page, 4338);
    await context.close();
  });

  it('switches to Chinese and remembers it', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.selectOption('[data-testid="lang"]', 'zh-CN');
    await page.waitForSelector('text=导入您的 CSV');
    await page.reload();
    await page.waitForSelector('text=导入您的 CSV');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await context.close();
  });
});
