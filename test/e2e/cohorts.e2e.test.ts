// Cohorts and cross-tabs in Chromium on the 400-customer sample shop: the retention heatmap starts at
// 100 % for every cohort and the cohorts hold every customer, a tapped cell explains itself, the
// region cross-tab counts everyone once with rows adding up to 100 %, band edges are editable and
// kept, and both views speak Chinese.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

async function open(page: Page, view: string) {
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await page.click(`[data-testid="nav-${view}"]`);
}

const numbers = (page: Page, selector: string, attribute: string) =>
  page.locator(selector).evaluateAll((els, a) => els.map((e) => Number(e.getAttribute(a))), attribute);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('cohorts', () => {
  it('shows a retention heatmap starting at 100 % for every cohort, with every customer in a cohort', async () => {
    const { context, page } = await newPage(browser());
    await open(page, 'cohorts');
    await page.waitForSelector('[data-testid="cohort-retention"] rect.cell', { timeout: 60_000 });
    const sizes = await numbers(page, '[data-testid="cohort-row"]', 'data-customers');
    expect(sizes.length).toBeGreaterThan(12);
    expect(sum(sizes)).toBe(SAMPLE_CUSTOMERS);
    const first = await page
      .locator('[data-testid="cohort-retention"] rect.cell[data-col="0"]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')));
    expect(first).toHaveLength(sizes.length);
    for (const name of first) expect(name).toMatch(/: 100 %$/);
    // The table behind the chart says the same.
    const plus0 = await numbers(page, '[data-testid="cohort-row"] td:nth-child(6)', 'data-value');
    expect(plus0).toEqual(sizes.map(() => 1));

    // Tapping a later cell explains it in words, right below the heatmap.
    await page.locator('[data-testid="cohort-retention"] rect.cell[data-row="0"][data-col="1"]').click();
    const detail = page.locator('[data-testid="cohort-detail"]');
    await detail.waitFor();
    expect(await detail.textContent()).toMatch(new RegExp(`of the cohort’s ${sizes[0]} customers bought`));
    await page.click('[data-testid="cohort-detail-close"]');
    expect(await detail.count()).toBe(0);

    // By quarter: fewer, larger cohorts, still everyone; the choice survives a reload.
    await page.click('[data-testid="cohort-period-quarter"]');
    await expect
      .poll(async () => (await numbers(page, '[data-testid="cohort-row"]', 'data-customers')).length, {
        timeout: 30_000,
      })
      .toBeLessThan(sizes.length);
    expect(sum(await numbers(page, '[data-testid="cohort-row"]', 'data-customers'))).toBe(SAMPLE_CUSTOMERS);
    expect(await page.locator('[data-testid="cohort-row"] th').first().textContent()).toMatch(/^Q\d \d{4}$/);
    await page.waitForTimeout(600);
    await page.reload();
    await page.click('[data-testid="nav-cohorts"]');
    await page.waitForSelector('[data-testid="cohort-row"]', { timeout: 60_000 });
    expect(await page.getAttribute('[data-testid="cohort-period-quarter"]', 'aria-pressed')).toBe('true');
    await context.close();
  });
});

describe('cross-tabs', () => {
  it('counts every customer once by segment × region, with row % adding up to 100 %', async () => {
    const { context, page } = await newPage(browser());
    await open(page, 'crosstab');
    await page.waitForSelector('[data-testid="crosstab-table"]', { timeout: 60_000 });
    await page.selectOption('[data-testid="crosstab-attribute"]', 'region');
    await expect.poll(() => page.locator('[data-testid="crosstab-table"] thead th').count()).toBe(7); // 5 regions
    const counts = await numbers(page, '[data-testid="crosstab-row"] td[data-count]', 'data-count');
    expect(sum(counts)).toBe(SAMPLE_CUSTOMERS);
    expect(sum(await numbers(page, '[data-testid="crosstab-row"]', 'data-customers'))).toBe(SAMPLE_CUSTOMERS);
    expect(await page.locator('[data-testid="crosstab-all"] td').last().textContent()).toBe('400');

    await page.click('[data-testid="crosstab-measure-row"]');
    await page.waitForSelector('[data-testid="crosstab-table"][data-measure="row"]');
    const rows = await page.locator('[data-testid="crosstab-row"]').evaluateAll((trs) =>
      trs.map((tr) => ({
        customers: Number(tr.getAttribute('data-customers')),
        shares: Array.from(tr.querySelectorAll('td[data-value]'), (td) => Number(td.getAttribute('data-value'))),
        total: tr.querySelector('[data-testid="crosstab-row-total"]')?.textContent,
      })),
    );
    for (const r of rows.filter((x) => x.customers > 0)) {
      expect(sum(r.shares)).toBeCloseTo(1, 9);
      expect(r.total).toBe('100 %');
    }
    // The heatmap shows the same row shares; the structure chart has a customers and a value bar per segment.
    expect(await page.locator('[data-testid="crosstab-heatmap"] rect.cell[aria-label]').count()).toBe(
      rows.filter((x) => x.customers > 0).length * 5,
    );
    const groups = rows.filter((x) => x.customers > 0).length + 1;
    expect(await page.locator('[data-testid="crosstab-structure"] rect.hit').count()).toBe(2 * groups);
    await context.close();
  });

  it('bands ages with editable edges, kept for the dataset', async () => {
    const { context, page } = await newPage(browser());
    await open(page, 'crosstab');
    await page.waitForSelector('[data-testid="crosstab-edges"]', { timeout: 60_000 });
    const head = () => page.locator('[data-testid="crosstab-table"] thead th').allTextContents();
    expect(await head()).toEqual(['Segment', '0–17', '18–24', '25–39', '40–59', '60+', 'Total']);
    await page.fill('[data-testid="crosstab-edges"]', '0, 30, 50');
    await page.locator('[data-testid="crosstab-edges"]').dispatchEvent('change');
    await expect.poll(head).toEqual(['Segment', '0–29', '30–49', '50+', 'Total']);
    expect(sum(await numbers(page, '[data-testid="crosstab-row"] td[data-count]', 'data-count'))).toBe(
      SAMPLE_CUSTOMERS,
    );
    await page.fill('[data-testid="crosstab-edges"]', '50, 30');
    await page.locator('[data-testid="crosstab-edges"]').dispatchEvent('change');
    await page.waitForSelector('[data-testid="crosstab-error"]');
    expect(await page.inputValue('[data-testid="crosstab-edges"]')).toBe('0, 30, 50');
    await page.waitForTimeout(600);
    await page.reload();
    await page.click('[data-testid="nav-crosstab"]');
    await page.waitForSelector('[data-testid="crosstab-table"]', { timeout: 60_000 });
    expect(await head()).toEqual(['Segment', '0–29', '30–49', '50+', 'Total']);
    await page.click('[data-testid="crosstab-edges-reset"]');
    await expect.poll(head).toEqual(['Segment', '0–17', '18–24', '25–39', '40–59', '60+', 'Total']);
    await context.close();
  });
});

describe('in Chinese', () => {
  it('labels the cohorts and cross-tab views in Chinese', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN' });
    await open(page, 'cohorts');
    expect(await page.textContent('[data-testid="nav-cohorts"]')).toBe('同期群');
    expect(await page.textContent('[data-testid="nav-crosstab"]')).toBe('交叉表');
    await page.waitForSelector('[data-testid="cohort-table"]', { timeout: 60_000 });
    expect(await page.textContent('h2')).toBe('同期群：按首次购买时间划分客户');
    expect(await page.locator('[data-testid="cohort-table"] thead th').first().textContent()).toBe('同期群');
    expect(await page.locator('[data-testid="cohort-row"] th').first().textContent()).toMatch(/^\d{4}年\d{1,2}月$/);
    expect(await page.getAttribute('[data-testid="cohort-retention"] svg', 'aria-label')).toBe(
      '留存率：各同期群仍在购买的客户比例',
    );
    await page.click('[data-testid="nav-crosstab"]');
    await page.waitForSelector('[data-testid="crosstab-table"]', { timeout: 60_000 });
    expect(await page.textContent('h2')).toBe('交叉表：按客户属性查看细分');
    expect(await page.locator('[data-testid="crosstab-table"] thead th').first().textContent()).toBe('细分');
    expect(await page.locator('[data-testid="crosstab-row"] th').first().textContent()).toBe('冠军客户');
    expect(await page.textContent('[data-testid="crosstab-measure-row"]')).toBe('行百分比');
    await page.locator('[data-testid="how"] summary').click();
    expect(await page.textContent('[data-testid="how"]')).toContain('默认 0–17、18–24、25–39、40–59 和 60+');
    await context.close();
  });
});
