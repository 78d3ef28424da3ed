// Issue 16 in Chromium: the CLV view opens with the automatic model choice and says what it
// picked and why; one click shows the backtest scorecard against both baselines, with its charts,
// CSV and PNG export, in English and in Chinese.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

async function openScorecard(page: Page) {
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await page.click('[data-testid="nav-clv"]');
  await page.waitForSelector('[data-testid="clv-choice"]', { timeout: 120_000 });
  await page.waitForSelector('[data-testid="scorecard-toggle"]', { timeout: 120_000 });
  expect(await page.getAttribute('[data-testid="scorecard-toggle"]', 'aria-expanded')).toBe('false');
  await page.click('[data-testid="scorecard-toggle"]');
  await page.waitForSelector('[data-testid="scorecard-table"]');
}

describe('automatic model choice and backtest scorecard', () => {
  it('states the choice, scores the models against both baselines and exports CSV and PNG', async () => {
    const { context, page } = await newPage(browser());
    await openScorecard(page);
    expect(await page.inputValue('[data-testid="clv-model"]')).toBe('auto');
    expect(await page.locator('[data-testid="clv-model"] option[value="auto"]').innerText()).toBe(
      'Automatic (recommended)',
    );
    const choice = page.locator('[data-testid="clv-choice"]');
    expect(['holdout', 'holdoutTie']).toContain(await choice.getAttribute('data-by'));
    const chosen = await choice.getAttribute('data-chosen');
    expect(await choice.innerText()).toMatch(
      /chosen automatically[\s\S]*predicted the held-out last part of the data (best|equally well) \(RMSE/,
    );

    const ids = await page
      .locator('[data-testid="scorecard-row"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(ids).toEqual(['bgnbd', 'mbgnbd', 'pnbd', 'pastRate', 'lastPeriod']);
    // The model in use is the one with the lowest RMSE, and it is marked so.
    const inUse = page.locator(`[data-testid="scorecard-row"][data-id="${chosen}"] th`);
    expect(await inUse.innerText()).toContain('lowest RMSE');
    expect(await inUse.innerText()).toContain('in use');
    expect(await page.innerText('[data-testid="scorecard-split"]')).toMatch(
      /scored on the holdout 2025-07-02 to 2025-12-31/,
    );
    await page.waitForSelector('[data-testid="decile-chart"] svg rect.bar');
    expect(await page.locator('[data-testid="decile-chart"] rect.bar').count()).toBe(20);
    await page.waitForSelector('[data-testid="reliability-chart"] svg circle.point');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="scorecard-csv"]')]);
    expect(csv.suggestedFilename()).toBe('segmap-backtest.csv');
    const lines = readFileSync((await csv.path())!, 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^forecast,baseline,mae,rmse,/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(ids);

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="scorecard-png"]')]);
    expect(png.suggestedFilename()).toBe('segmap-backtest.png');
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(10_000);

    // Another forecast's deciles on request.
    await page.selectOption('[data-testid="scorecard-decile-model"]', 'lastPeriod');
    await expect
      .poll(() =>
        page.locator('[data-testid="decile-chart"] .chart-title, [data-testid="decile-chart"]').first().innerText(),
      )
      .toContain('same as last period');
    await context.close();
  });

  it('says it in Chinese', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN' });
    await openScorecard(page);
    expect(await page.innerText('[data-testid="clv-choice"]')).toMatch(
      /自动选择[\s\S]*留出的最后一段数据预测得(最准|一样准)/,
    );
    expect(await page.innerText('[data-testid="scorecard-table"]')).toContain('基准：过去速率 x / T');
    expect(await page.innerText('[data-testid="scorecard-split"]')).toMatch(/在留出期 2025-07-02 至 2025-12-31/);
    await context.close();
  });
});
