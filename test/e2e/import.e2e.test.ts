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
    await page.reload(); // back in the Data view, where the import ran
    await page.click('[data-testid="nav-customers"]');
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

  it('says what frequency counts without an invoice column, and keeps $0 customers in the table (issue 16)', async () => {
    const file = join(tmpdir(), 'segmap-zero.csv');
    // A and B bought on two days (A twice on one of them); C's only purchase was free.
    writeFileSync(
      file,
      'customer,date,amount\nA,2024-01-05,10\nA,2024-01-05,4\nA,2024-02-01,7\nB,2024-01-09,5\nB,2024-03-01,6\nC,2024-02-10,0\n',
    );
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForSelector('[data-testid="preview"]');
    await page.uncheck('[data-testid="clean-dropNonPositive"]');
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 3);
    await page.waitForSelector('[data-testid="saved"]');
    expect(await page.innerText('[data-testid="report-orders-label"]')).toBe(
      'Orders (purchase days: no invoice column)',
    );
    expect(await page.innerText('[data-testid="report-orders"]')).toBe('5');
    expect(await page.innerText('[data-testid="report-customers"]')).toBe('3');
    await context.close();
  });

  it('skips a title row, lets the user change the rows to skip, and shows coded warnings in Chinese', async () => {
    const file = join(tmpdir(), 'segmap-title.csv');
    writeFileSync(
      file,
      'Sales report 2024\ncustomer,date,amount\nA,2024-01-05,10\nB,2099-01-05,20\nC,2024-02-01,5\nC,2024-03-01,7\n',
    );
    const { context, page } = await newPage(browser(), { locale: 'zh-CN' });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForSelector('[data-testid="preview"]');
    const colnames = () => page.locator('[data-testid="preview"] .colname').allInnerTexts();
    expect(await page.inputValue('[data-testid="skip-rows"]')).toBe('1');
    expect(await colnames()).toEqual(['customer', 'date', 'amount']);
    expect(await page.innerText('[data-testid="sniff-notices"]')).toContain(
      '已跳过表头上方的 1 行（第一行：“Sales report 2024”）',
    );

    // Rows to skip 0: the title row becomes the header; back to 1: the real header again.
    await page.fill('[data-testid="skip-rows"]', '0');
    await page.press('[data-testid="skip-rows"]', 'Tab');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="preview"] .colname')?.textContent === 'Sales report 2024',
    );
    expect(await page.locator('[data-testid="sniff-notice"]').count()).toBe(0);
    await page.fill('[data-testid="skip-rows"]', '1');
    await page.press('[data-testid="skip-rows"]', 'Tab');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="preview"] .colname')?.textContent === 'customer',
    );
    expect(await colnames()).toEqual(['customer', 'date', 'amount']);

    await page.click('[data-testid="import"]');
    await expectCustomers(page, 3);
    await page.waitForSelector('[data-testid="saved"]');
    const warnings = await page.locator('[data-testid="import-warning"]').allInnerTexts();
    expect(warnings).toContain(
      '日期晚于今天的行：1 行（第一行：第 4 行，2099-01-05）。这些行已保留，因此默认参考日期（最后一笔交易的次日）晚于今天：请用清洗规则删除它们，或设置参考日期。',
    );
    expect(warnings.join(' ')).not.toMatch(/[a-z]{4} rows? (is|are) dated/);
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
