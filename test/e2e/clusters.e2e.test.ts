// Clusters and the AHP value index in Chromium: the k scan with a suggestion, profiles that can be
// renamed and filter the table, and AHP weights that refuse to score on inconsistent judgements.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

async function open(page: Page, view: string) {
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await page.click(`[data-testid="nav-${view}"]`);
}

const sizes = (page: Page) =>
  page
    .locator('[data-testid="cluster-row"]')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-size'))));

describe('clusters', () => {
  it('scans k, suggests one, profiles the clusters and filters the customers', async () => {
    const { context, page } = await newPage(browser());
    await open(page, 'clusters');
    await page.waitForSelector('[data-testid="cluster-profiles"]', { timeout: 60_000 });
    // Nine k (2..10), each with an inertia and a silhouette point.
    expect(await page.locator('[data-testid="k-scan"] circle.point').count()).toBe(18);
    // Issue 16: not k = 2 (the best silhouette alone): the best among k ≥ 3 with clusters of ≥ 5 %.
    expect(await page.textContent('[data-testid="k-suggestion"]')).toMatch(
      /Suggested k = 3: the best mean silhouette \(0\.\d+, on 400 customers\) among k ≥ 3 whose every cluster holds at least 5 % of the customers/,
    );
    expect(await page.locator('[data-testid="feature-histograms"] rect.bar').count()).toBeGreaterThan(10);
    const suggested = (await sizes(page)).length;
    expect((await sizes(page)).reduce((a, b) => a + b, 0)).toBe(SAMPLE_CUSTOMERS);

    await page.selectOption('[data-testid="cl-k"]', '4');
    await expect.poll(async () => (await sizes(page)).length, { timeout: 30_000 }).toBe(4);
    expect(suggested).toBe(3);

    const first = (await sizes(page))[0];
    await page.locator('[data-testid="show-cluster"]').first().click();
    await page.waitForSelector('[data-testid="cl-filter"]');
    expect(await page.getAttribute('[data-testid="cl-count"]', 'data-count')).toBe(String(first));

    // A name sticks, also after a reload.
    await page.fill('[data-testid="cluster-name"] >> nth=0', 'Weekend regulars');
    await page.locator('[data-testid="cluster-name"]').first().dispatchEvent('change');
    await page.waitForTimeout(600);
    await page.reload();
    await page.click('[data-testid="nav-clusters"]');
    await page.waitForSelector('[data-testid="cluster-profiles"]', { timeout: 60_000 });
    expect(await page.inputValue('[data-testid="cluster-name"] >> nth=0')).toBe('Weekend regulars');
    expect(await page.inputValue('[data-testid="cl-k"]')).toBe('4');
    await context.close();
  });

  it('adds a numeric attribute as a feature', async () => {
    const { context, page } = await newPage(browser());
    await open(page, 'clusters');
    await page.waitForSelector('[data-testid="feature-attr:age"]');
    await page.check('[data-testid="feature-attr:age"]');
    const axisNames = () =>
      page
        .locator('[data-testid="cluster-centroids"] svg text')
        .evaluateAll((ts) => ts.map((t) => t.textContent?.trim()));
    await expect.poll(axisNames, { timeout: 60_000 }).toContain('age');
    await context.close();
  });

  it('fits CLV for a ticked CLV feature instead of dropping it, and a name stays with its clusters', async () => {
    const { context, page } = await newPage(browser());
    await open(page, 'clusters');
    await page.waitForSelector('[data-testid="cluster-profiles"]', { timeout: 60_000 });
    await page.fill('[data-testid="cluster-name"] >> nth=0', 'Named on R, F, M');
    await page.locator('[data-testid="cluster-name"]').first().dispatchEvent('change');
    // The CLV view was never opened: ticking P(alive) starts the fit, and k-means waits for it.
    await page.check('[data-testid="feature-pAlive"]');
    const axisNames = () =>
      page
        .locator('[data-testid="cluster-centroids"] svg text')
        .evaluateAll((ts) => ts.map((t) => t.textContent?.trim() ?? ''));
    await expect
      .poll(async () => (await axisNames()).some((n) => /P\(alive\)/.test(n)), { timeout: 60_000 })
      .toBe(true);
    // Other features, other clusters: the name given to a cluster of the old run is not moved here.
    expect(await page.inputValue('[data-testid="cluster-name"] >> nth=0')).toBe('');
    await page.uncheck('[data-testid="feature-pAlive"]');
    await expect
      .poll(() => page.inputValue('[data-testid="cluster-name"] >> nth=0'), { timeout: 60_000 })
      .toBe('Named on R, F, M');
    await context.close();
  });
  it('scans k on a sample of 5,000 when there are more customers, and clusters every one', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    // 6,000 customers with 1 to 6 orders each over 2023 (seeded), spending in three bands.
    let seed = 7;
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const lines = ['customer,date,amount'];
    for (let c = 0; c < 6000; c++) {
      const orders = 1 + Math.floor(rand() * 6);
      const spend = [20, 80, 300][c % 3];
      for (let o = 0; o < orders; o++) {
        const day = new Date(Date.UTC(2023, 0, 1 + Math.floor(rand() * 365))).toISOString().slice(0, 10);
        lines.push(`c${c},${day},${(spend * (0.5 + rand())).toFixed(2)}`);
      }
    }
    await page.click('[data-testid="nav-data"]');
    await page.setInputFiles('[data-testid="file-input"]', {
      name: 'six-thousand.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 6000);
    await page.click('[data-testid="nav-clusters"]');
    await page.waitForSelector('[data-testid="cluster-profiles"]', { timeout: 90_000 });
    expect(await page.textContent('[data-testid="k-scan-sample"]')).toContain('random sample of 5,000 of the 6,000');
    expect((await sizes(page)).reduce((a, b) => a + b, 0)).toBe(6000);
    await context.close();
  });
});

describe('AHP value index', () => {
  it('weights the hierarchy, scores and ranks customers, and refuses inconsistent judgements', async () => {
    const { context, page } = await newPage(browser());
    await open(page, 'ahp');
    await page.waitForSelector('[data-testid="ahp-scores"]', { timeout: 60_000 });
    const total = await page
      .locator('[data-testid="ahp-quadrants"] > div')
      .evaluateAll((qs) => qs.reduce((s, q) => s + Number(q.getAttribute('data-count')), 0));
    expect(total).toBe(SAMPLE_CUSTOMERS);
    const weights = (await page.locator('[data-testid="global-weight"]').allInnerTexts()).map(Number);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    expect(await page.textContent('[data-testid="ahp-ok-potential"]')).toContain('Consistent');

    // Lifetime value 9 × loyalty, loyalty 9 × recency, but recency 9 × lifetime value: a cycle.
    const slider = (i: number, j: number) => page.locator(`[data-testid="judgement-potential-${i}-${j}"]`);
    await slider(0, 1).fill('0'); // leftmost: the first item 9 × as important
    await slider(1, 2).fill('0');
    await slider(0, 2).fill('16'); // rightmost: the second item 9 × as important
    await page.waitForSelector('[data-testid="ahp-bad-potential"]');
    await page.waitForSelector('[data-testid="ahp-blocked"]');
    expect(await page.locator('[data-testid="ahp-scores"]').count()).toBe(0);
    await context.close();
  });
});
