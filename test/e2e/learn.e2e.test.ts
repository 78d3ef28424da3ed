// Learning mode in Chromium: the guided tour across the views (and resumed after a reload), a
// customer's numbers explained with their own values, the second sample (Lin's Books) and the
// glossary in both languages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

/** Customers in public/samples/bookshop.csv (scripts/make-bookshop.js). */
const BOOKSHOP_CUSTOMERS = 122;

const browser = useBrowser();

async function start(page: Page) {
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
}

const activeView = (page: Page) => page.locator('nav [aria-current="page"]').getAttribute('data-testid');

describe('learning mode', () => {
  it('tours import → RFM → scores → segments → pyramid → CLV → clusters, and resumes after a reload', async () => {
    const { context, page } = await newPage(browser());
    await start(page);
    await page.click('[data-testid="nav-learn"]');
    await page.click('[data-testid="tour-start"]');
    const seen: [string | null, string | null][] = [];
    for (let i = 0; i < 7; i++) {
      const tour = page.locator('[data-testid="tour"]');
      await tour.waitFor();
      seen.push([await tour.getAttribute('data-step'), await activeView(page)]);
      if (i === 0) expect(await page.textContent('[data-testid="tour-body"]')).toContain('400 customers');
      if (i === 3) {
        // Mid-way: a reload keeps the step.
        await page.reload();
        await page.waitForSelector('[data-testid="nav-segments"][aria-current="page"]'); // the URL's view
        await page.waitForSelector('[data-testid="tour"][data-step="segments"]');
      }
      await page.click('[data-testid="tour-next"]');
    }
    expect(seen).toEqual([
      ['import', 'nav-data'],
      ['rfm', 'nav-customers'],
      ['scores', 'nav-customers'],
      ['segments', 'nav-segments'],
      ['pyramid', 'nav-value'],
      ['clv', 'nav-clv'],
      ['clusters', 'nav-clusters'],
    ]);
    await page.waitForSelector('[data-testid="tour"]', { state: 'detached' });
    await context.close();
  });

  it('explains a customer’s scores, segment and P(alive) with their own numbers', async () => {
    const { context, page } = await newPage(browser());
    await start(page);
    const row = page.locator('[data-testid="rfm-row"]').first();
    const r = Number(await row.locator('.score-r').innerText());
    await row.click();
    const explain = page.locator('[data-testid="explain"]');
    await explain.waitFor();
    expect(await page.innerText('[data-testid="explain-r"]')).toMatch(new RegExp(`so R = ${r}\\.`));
    expect(await page.innerText('[data-testid="explain-segment"]')).toMatch(/The first rule that matches .* so: .+/);
    // The CLV fit is requested for the explanation: BG/NBD and MBG/NBD give P(alive) = 1 / (1 +
    // odds × ratio^power); the automatic choice may pick Pareto/NBD, which has no short closed form.
    const text = await page.locator('[data-testid="explain-palive"]').innerText({ timeout: 60_000 });
    const m = text.match(/= 1 \/ \(1 \+ ([\d.]+) × ([\d.]+)\^([\d.]+)\) = (\d(?:\.\d+)?)/);
    if (m) {
      const [odds, ratio, power, p] = m.slice(1).map(Number);
      expect(1 / (1 + odds * ratio ** power)).toBeCloseTo(p, 3);
    } else
      expect(text).toMatch(
        /x = 0 .*P\(alive\) = 1|P\(alive\) = 0\.\d+, from the fitted parameters .*no short closed form/,
      );
    expect(await page.innerText('[data-testid="explain-clv-value"]')).toMatch(
      /Before discounting: .* = [\d,.]+; discounted/,
    );
    await context.close();
  });

  it('opens Lin’s Books with its story and exercises, and shows the glossary in Chinese', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN' });
    await start(page);
    await page.click('[data-testid="nav-learn"]');
    expect(await page.locator('[data-testid="exercises"] li').count()).toBe(5);
    expect(await page.locator('[data-testid="glossary"] .entry').count()).toBe(25);
    expect(await page.innerText('[data-testid="glossary-silhouette"]')).toContain('轮廓系数');
    await page.click('[data-testid="open-sample-bookshop"]');
    await expectCustomers(page, BOOKSHOP_CUSTOMERS);
    // Opening it again from Learn reuses the stored copy instead of importing a second one.
    await page.click('[data-testid="nav-learn"]');
    await page.click('[data-testid="open-sample-shop"]');
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-learn"]');
    await page.click('[data-testid="open-sample-bookshop"]');
    await expectCustomers(page, BOOKSHOP_CUSTOMERS);
    await page.click('[data-testid="nav-data"]');
    await expect.poll(() => page.locator('[data-testid="dataset-row"]').count()).toBe(2);
    await context.close();
  });
});
