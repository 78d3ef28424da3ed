// The compute jobs on the job bridge, as a new user meets them (issue 15): Clusters left and
// revisited keeps its scan and profiles, the value index opened first does not leave Clusters
// hanging, Cancel keeps the last result and Run again works, a failure is said in the user's
// language, and no compute worker starts at page load.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

async function start(page: Page) {
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
}

const profiles = (page: Page) => page.waitForSelector('[data-testid="cluster-profiles"]', { timeout: 60_000 });
const computeWorkers = (page: Page) => page.workers().filter((w) => /compute\.worker/.test(w.url())).length;

describe('compute jobs', () => {
  it('Clusters, then Customers, then Clusters again: the scan, profiles and buttons are there at once', async () => {
    const { context, page } = await newPage(browser());
    await start(page);
    expect(computeWorkers(page)).toBe(0);
    await page.click('[data-testid="nav-clusters"]');
    await profiles(page);
    await page.click('[data-testid="nav-customers"]');
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-clusters"]');
    // Shown from the kept result: no new scan, nothing running.
    await page.waitForSelector('[data-testid="cluster-profiles"]', { timeout: 2_000 });
    expect(await page.locator('[data-testid="k-scan"] circle.point').count()).toBe(18);
    expect(await page.locator('[data-testid="show-cluster"]').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid="cl-running"]').count()).toBe(0);
    await context.close();
  });

  it('CLV, then Customers, then CLV again: the fit and the model checks are there, nothing refits', async () => {
    const { context, page } = await newPage(browser());
    await start(page);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="comparison-row"]', { timeout: 90_000 });
    await page.click('[data-testid="nav-customers"]');
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-fit"]', { timeout: 2_000 });
    expect(await page.locator('[data-testid="comparison-row"]').count()).toBe(3);
    expect(await page.locator('[data-testid="clv-running"], [data-testid="checks-running"]').count()).toBe(0);
    await context.close();
  });

  it('the value index first, then Clusters: the clustering finishes', async () => {
    const { context, page } = await newPage(browser());
    await start(page);
    await page.click('[data-testid="nav-ahp"]');
    await page.waitForSelector('[data-testid="ahp-scores"]', { timeout: 60_000 });
    await page.click('[data-testid="nav-clusters"]');
    await profiles(page);
    await page.waitForSelector('[data-testid="cl-running"]', { state: 'detached', timeout: 60_000 });
    expect(await page.locator('[data-testid="cluster-row"]').count()).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('Cancel keeps the last clusters and says so; Run again clusters without a reload', async () => {
    const { context, page } = await newPage(browser());
    await start(page);
    await page.click('[data-testid="nav-clusters"]');
    await profiles(page);
    // Another feature and fifty restarts: a longer scan starts; cancel it. Typing the restarts and
    // then pressing Cancel sends the setting again as the input loses focus: it stays cancelled.
    await page.check('[data-testid="feature-attr:age"]');
    await page.fill('[data-testid="cl-restarts"]', '50');
    await page.locator('[data-testid="cl-restarts"]').dispatchEvent('change');
    await page.waitForSelector('[data-testid="cl-running"]');
    // The clusters shown now are the last ones (of the first features, or of age with the old
    // restarts when that scan finished before the restarts changed); a run of stale inputs still
    // under way was dropped, so nothing else can land before Cancel.
    const before = await page.locator('[data-testid="cluster-row"]').count();
    expect(before).toBeGreaterThanOrEqual(2);
    await page.click('[data-testid="cl-cancel"]');
    const cancelled = await page.waitForSelector('[data-testid="cl-cancelled"]');
    expect(await cancelled.innerText()).toContain('Cancelled');
    await page.waitForTimeout(1_000);
    expect(await page.locator('[data-testid="cl-running"]').count()).toBe(0);
    expect(await page.locator('[data-testid="cl-cancelled"]').count()).toBe(1);
    expect(await page.locator('[data-testid="cluster-row"]').count()).toBe(before);
    await page.click('[data-testid="cl-rerun"]');
    const axisNames = () =>
      page
        .locator('[data-testid="cluster-centroids"] svg text')
        .evaluateAll((ts) => ts.map((t) => t.textContent?.trim()));
    await expect.poll(axisNames, { timeout: 90_000 }).toContain('age');
    expect(await page.locator('[data-testid="cl-cancelled"]').count()).toBe(0);
    await context.close();
  });

  it('says in Chinese when the clustering worker fails, and no raw English reaches the page', async () => {
    const context = await browser().newContext({
      locale: 'zh-CN',
      viewport: { width: 768, height: 1024 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    // The compute worker's script fails as a worker dying of low memory would.
    await page.route(/compute\.worker-[^/]*\.js$/, (r) =>
      r.fulfill({ contentType: 'text/javascript', body: 'throw new Error("out of memory")' }),
    );
    await start(page);
    await page.click('[data-testid="nav-clusters"]');
    const error = await page.waitForSelector('[data-testid="cl-error"]', { timeout: 60_000 });
    const text = await error.innerText();
    expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(text).not.toMatch(/out of memory|unexpectedly/);
    await context.close();
  });
});
