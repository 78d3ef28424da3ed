// The Over time view in Chromium: lifecycle stages with their customers, segments recomputed as of
// the last quarter ends with the Sankey, headlines and matrix, a flow listing its customers, date
// edits, clusters as the followed segments, the stage on the customer card, and Chinese text.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

async function openTime(page: Page) {
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await page.click('[data-testid="nav-time"]');
  await page.waitForSelector('[data-testid="life-row"]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid="mig-sankey"] path.flow', { state: 'attached', timeout: 60_000 });
}

const filterCount = async (page: Page) => Number(await page.getAttribute('[data-testid="time-filter"]', 'data-count'));

describe('over time', () => {
  it('counts every customer in one lifecycle stage and lists a stage’s customers', async () => {
    const { context, page } = await newPage(browser());
    await openTime(page);
    const rows = page.locator('[data-testid="life-row"]');
    expect(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-stage')))).toEqual([
      'new',
      'active',
      'cooling',
      'at_risk',
      'lapsed',
    ]);
    const counts = await rows.evaluateAll((r) => r.map((x) => Number(x.getAttribute('data-customers'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(SAMPLE_CUSTOMERS);
    await rows.nth(1).locator('button').click();
    expect(await filterCount(page)).toBe(counts[1]);
    // Fixed windows instead of gaps: the stages change, the total does not.
    await page.selectOption('[data-testid="life-mode"]', 'window');
    await expect
      .poll(async () => (await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-customers')))).join())
      .not.toBe(counts.join());
    const after = await rows.evaluateAll((r) => r.map((x) => Number(x.getAttribute('data-customers'))));
    expect(after.reduce((a, b) => a + b, 0)).toBe(SAMPLE_CUSTOMERS);
    await context.close();
  });

  it('recomputes segments as of the last quarter ends, lists a flow’s customers, and follows date edits', async () => {
    const { context, page } = await newPage(browser());
    await openTime(page);
    const dates = await page
      .locator('[data-testid="mig-date"]')
      .evaluateAll((d) => d.map((x) => (x as HTMLInputElement).value));
    expect(dates).toEqual(['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    expect(await page.locator('[data-testid="mig-headline"]').count()).toBe(3);
    // The matrix of the first step counts every customer who had bought by 2025-06-30.
    const total = Number(
      (await page.locator('[data-testid="mig-matrix"] tfoot td').last().innerText()).replace(/,/g, ''),
    );
    expect(total).toBeGreaterThan(200);
    expect(total).toBeLessThan(SAMPLE_CUSTOMERS);
    // A flow lists exactly its customers.
    const flow = page.locator('[data-testid="mig-sankey"] path.flow').first();
    const n = Number((await flow.getAttribute('aria-label'))!.match(/: ([\d,]+) customers/)![1].replace(/,/g, ''));
    await flow.dispatchEvent('click');
    expect(await filterCount(page)).toBe(n);
    expect(await page.locator('[data-testid="rfm-row"]').count()).toBe(Math.min(n, 30));
    // Two dates only: one step.
    await page.getByRole('button', { name: 'Remove 2025-06-30' }).click();
    await page.getByRole('button', { name: 'Remove 2025-09-30' }).click();
    await expect.poll(() => page.locator('[data-testid="mig-headline"]').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.innerText('[data-testid="mig-headline"]')).toMatch(/^2025-03-31 → 2025-12-31: of \d+ customers/);
    await context.close();
  });

  it('follows clusters, shows the stage on the customer card, and speaks Chinese', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN' });
    await openTime(page);
    expect(await page.innerText('[data-testid="mig-headline"] >> nth=0')).toMatch(/位客户中/);
    await page.selectOption('[data-testid="mig-basis"]', 'clusters');
    await expect
      .poll(
        async () =>
          (await page.locator('[data-testid="mig-sankey"] rect.node').first().getAttribute('aria-label')) ?? '',
        {
          timeout: 60_000,
        },
      )
      .toMatch(/第 \d 类/);
    await page.click('[data-testid="nav-card"]');
    await page.fill('[data-testid="card-search"]', 'C0005');
    await page.locator('[data-testid="card-match"]').first().click();
    const stage = await page.getAttribute('[data-testid="card-stage"]', 'data-stage');
    expect(['new', 'active', 'cooling', 'at_risk', 'lapsed']).toContain(stage);
    expect(await page.innerText('[data-testid="card-stage"]')).toMatch(/生命周期阶段/);
    await context.close();
  });
});
