// The CLV view in Chromium: fits and predictions in a worker, the value cube filtering the table,
// the CSV export, model switching and Cancel, and on CDNOW the published fits in the model checks.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../unit/helpers.ts';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

async function openClv(page: Page) {
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await page.click('[data-testid="nav-clv"]');
  await page.waitForSelector('[data-testid="clv-fit"]', { timeout: 60_000 });
}

async function setCalibration(page: Page, day: string) {
  await page.fill('[data-testid="clv-calibration"]', day);
  await page.locator('[data-testid="clv-calibration"]').dispatchEvent('change');
}

const params = (page: Page, table: string) =>
  page
    .locator(`[data-testid="${table}"] tbody tr`)
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-param')));

describe('CLV', () => {
  it('fits the automatic choice and Gamma-Gamma, fills the cube and filters and exports the predictions', async () => {
    const { context, page } = await newPage(browser());
    await openClv(page);
    // The automatic choice (issue 16) names its model; the fit shows that model's parameters.
    const chosen = await page.getAttribute('[data-testid="clv-choice"]', 'data-chosen');
    const names: Record<string, string[]> = {
      bgnbd: ['r', 'alpha', 'a', 'b'],
      mbgnbd: ['r', 'alpha', 'a', 'b'],
      pnbd: ['r', 'alpha', 's', 'beta'],
    };
    expect(await params(page, 'fit-params')).toEqual(names[chosen!]);
    expect(await params(page, 'spend-params')).toEqual(['p', 'q', 'gamma']);
    const classes = await page
      .locator('[data-testid="cube-row"]')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-id'), Number(r.getAttribute('data-customers'))] as const),
      );
    expect(classes.map(([id]) => id)).toEqual([
      'platinum',
      'gold',
      'loyal',
      'potential',
      'easy_to_lose',
      'short_term',
      'least_valuable',
      'developable',
    ]);
    expect(classes.reduce((s, [, n]) => s + n, 0)).toBe(SAMPLE_CUSTOMERS);
    expect(await page.getAttribute('[data-testid="clv-count"]', 'data-count')).toBe(String(SAMPLE_CUSTOMERS));

    // A cube cell filters the table to its class.
    const [id, n] = classes.find(([, c]) => c > 0)!;
    await page.click(`[data-testid="value-cube"] rect.cube-cell[data-id="${id}"]`);
    await page.waitForSelector('[data-testid="clv-filter"]');
    expect(await page.getAttribute('[data-testid="clv-count"]', 'data-count')).toBe(String(n));

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="clv-export"]')]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^customer_id,recency_days,x,t_x,T,p_alive,/);
    expect(lines).toHaveLength(n + 1);
    expect(lines.slice(1).every((l) => l.includes(`,${id},`))).toBe(true);

    // A row opens the customer's details: the chance of 0, 1, … 5, 6+ purchases adds up to 100 %.
    await page.locator('[data-testid="clv-row"]').first().click();
    await page.waitForSelector('[data-testid="clv-detail"]');
    const pmf = await page.locator('[data-testid="detail-pmf"] tbody tr td.num').allInnerTexts();
    expect(pmf).toHaveLength(7);
    expect(pmf.reduce((s, v) => s + Number(v.replace(/[ ,%]/g, '')), 0)).toBeCloseTo(100, 0);

    // Model checks run on their own split and compare the three continuous models.
    await page.waitForSelector('[data-testid="comparison-row"]', { timeout: 60_000 });
    expect(await page.locator('[data-testid="comparison-row"]').count()).toBe(3);
    await page.waitForSelector('[data-testid="holdout-bars"] svg');
    await page.waitForSelector('[data-testid="tracking-plot"] svg');
    await page.waitForSelector('[data-testid="p-alive-matrix"] svg');
    await context.close();
  });

  it('refits with another model, shows progress, cancels, and keeps the choice after a reload', async () => {
    const { context, page } = await newPage(browser());
    await openClv(page);
    // Fits take well under a second now: hold the data worker (it reads the customer summary
    // first) for a few seconds so that Cancel meets a running job on any machine.
    const data = page.workers().find((w) => w.url().includes('data.worker'));
    expect(data).toBeDefined();
    await data!.evaluate(() => {
      setTimeout(() => {
        const until = Date.now() + 4000;
        while (Date.now() < until);
      }, 0);
    });
    await page.selectOption('[data-testid="clv-model"]', 'pnbd');
    await page.waitForSelector('[data-testid="clv-running"]');
    await page.click('[data-testid="clv-cancel"]');
    await page.waitForSelector('[data-testid="clv-cancelled"]');
    await page.click('[data-testid="clv-run"]');
    await expect.poll(() => params(page, 'fit-params'), { timeout: 60_000 }).toEqual(['r', 'alpha', 's', 'beta']);
    await page.waitForTimeout(600); // settings are stored 300 ms after the last change
    await page.reload();
    await page.click('[data-testid="nav-clv"]');
    expect(await page.inputValue('[data-testid="clv-model"]')).toBe('pnbd');
    await expect.poll(() => params(page, 'fit-params'), { timeout: 60_000 }).toEqual(['r', 'alpha', 's', 'beta']);
    await context.close();
  });

  it('explains in Chinese why BG/NBD gives P(alive) = 1, and says in Chinese why a fit fails', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN' });
    await openClv(page);
    // The automatic choice takes Pareto/NBD on the sample; the note belongs to BG/NBD pinned.
    await page.selectOption('[data-testid="clv-model"]', 'bgnbd');
    await expect.poll(() => page.textContent('[data-testid="clv-fit"]'), { timeout: 60_000 }).toContain('P(活跃) = 1');
    // Learning from the first two days only: nothing to fit. The reason is in Chinese, and a good
    // date afterwards recovers (the date range comes from the dataset, not from the failed fit).
    await setCalibration(page, '2024-01-02');
    const error = await page.waitForSelector('[data-testid="clv-error"]');
    expect(await error.innerText()).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(await error.innerText()).not.toMatch(/no customer|purchase histories/);
    await setCalibration(page, '2024-09-30');
    await page.waitForSelector('[data-testid="clv-error"]', { state: 'detached', timeout: 60_000 });
    await page.waitForSelector('[data-testid="fit-params"]');
    await context.close();
  });
});

describe('CLV on CDNOW, as the literature fits it', () => {
  const cdnow = sharedData('cdnow/CDNOW_sample.txt');
  it.skipIf(!cdnow.present)('reproduces the published log-likelihoods in the model checks', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.setInputFiles('[data-testid="file-input"]', cdnow.path);
    await page.waitForSelector('[data-testid="preview"]');
    // Every row counts in the models: $0.00 purchases and repeated identical lines included.
    await page.uncheck('[data-testid="clean-dropNonPositive"]');
    await page.uncheck('[data-testid="clean-dropDuplicates"]');
    await page.click('[data-testid="import"]');
    // Issue 16: a kept $0.00 row is a purchase, so the 8 customers who only ever bought for $0.00
    // are in the table too (it said 2,349 while the import report said 2,357).
    await expectCustomers(page, 2357);
    await page.waitForSelector('[data-testid="saved"]', { timeout: 60_000 });
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-fit"]', { timeout: 60_000 });
    // The default split holds out the last quarter of the data (issue 16); the literature's is 1997-09-30.
    expect(await page.inputValue('[data-testid="clv-split"]')).toBe('1998-02-13');
    await page.fill('[data-testid="clv-split"]', '1997-09-30');
    await page.locator('[data-testid="clv-split"]').dispatchEvent('change');
    const ll = (model: string) =>
      page.locator(`[data-testid="comparison-row"][data-model="${model}"] td`).first().innerText();
    await expect.poll(() => ll('bgnbd'), { timeout: 60_000 }).toBe('-9,582.4');
    expect(await ll('pnbd')).toBe('-9,595');
    // Predictions learn from the same calibration period when asked: BG/NBD (pinned) as published.
    await page.selectOption('[data-testid="clv-model"]', 'bgnbd');
    await setCalibration(page, '1997-09-30');
    const value = (p: string) =>
      page.locator(`[data-testid="fit-params"] tr[data-param="${p}"] td`).first().innerText();
    await expect.poll(() => value('r'), { timeout: 60_000 }).toBe('0.2426');
    expect(await value('alpha')).toBe('4.4136');
    expect(await value('a')).toBe('0.7929');
    expect(await value('b')).toBe('2.4259');
    // 60 % never bought again (P(alive) = 1), so the median loyalty cut is 1: high loyalty means
    // P(alive) = 1, the page says so, and every class of the cube has customers.
    await page.waitForSelector('[data-testid="cube-inclusive-loyalty"]');
    const counts = await page
      .locator('[data-testid="cube-row"]')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-customers'))));
    expect(counts).toHaveLength(8);
    expect(counts.every((n) => n > 0)).toBe(true);
    await context.close();
  });
});
