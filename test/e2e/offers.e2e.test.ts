// Issue 17, next best offers: the customer card's three offers with their reasons, the value
// cube's potential axis switched to cross-sell potential with its formula, and the replenishment
// table in the Products view, on a generated office-supplies shop with categories and profit.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offersShop } from '../fixtures/offersShop.ts';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();
const shop = join(tmpdir(), `segmap-offers-shop-${process.pid}.csv`);
writeFileSync(shop, offersShop());

describe('next best offers', () => {
  it('shows a card’s three offers with reasons, switches the cube to cross-sell potential, lists who is due', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.setInputFiles('[data-testid="file-input"]', shop);
    await page.waitForSelector('[data-testid="preview"]');
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 120);
    await page.waitForSelector('[data-testid="saved"]', { timeout: 60_000 });

    // K000 buys only Art and Paper: the desk items its co-buyers buy come first, with the rule in words.
    await page.click('[data-testid="nav-card"]');
    await page.fill('[data-testid="card-search"]', 'K000');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="card-offer"]', { timeout: 60_000 });
    const offers = await page.locator('[data-testid="card-offer"] strong').allTextContents();
    expect(offers).toHaveLength(3);
    expect(offers.slice(0, 2)).toEqual(['Binders', 'Labels']);
    const reasons = await page.locator('[data-testid="card-offer-reason"]').allTextContents();
    expect(reasons[0]).toMatch(
      /^\d+ % of customers who buy Art and Paper also buy Binders \(\d+ of \d+; lift [\d.]+\)$/,
    );
    for (const r of reasons) expect(r).toMatch(/% of (all )?customers (who )?buy/);

    // The cube's potential axis: model CLV, then cross-sell potential with the customer's three terms.
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="cube-potential"]', { timeout: 90_000 });
    expect(await page.isChecked('[data-testid="cube-potential-clv"]')).toBe(true);
    const modelCuts = await page.textContent('[data-testid="cube-cuts"]');
    await page.click('[data-testid="cube-potential-cross"]');
    await page.waitForSelector('[data-testid="cross-sell-terms"]', { timeout: 90_000 });
    expect(await page.locator('[data-testid="cross-sell-term"]').count()).toBe(3);
    expect(await page.textContent('[data-testid="cross-sell-cpv"]')).toMatch(/cross-sell potential = [\d.,]+/);
    await expect.poll(() => page.textContent('[data-testid="cube-cuts"]')).not.toBe(modelCuts);
    // The class table names the axis in use, not the model's potential value.
    expect(await page.locator('[data-testid="cube-table"] thead th').nth(4).innerText()).toBe('Cross-sell potential');
    const counts = await page
      .locator('[data-testid="cube-row"]')
      .evaluateAll((rows) => rows.reduce((s, r) => s + Number(r.getAttribute('data-customers')), 0));
    expect(counts).toBe(120);
    // Picking a class of the cross-sell cube filters the customer table to its customers.
    const row = page
      .locator('[data-testid="cube-row"]')
      .filter({ has: page.locator('[data-testid="cube-show"]:enabled') });
    const n = await row.first().getAttribute('data-customers');
    await row.first().locator('[data-testid="cube-show"]').click();
    await expect.poll(() => page.getAttribute('[data-testid="clv-count"]', 'data-count')).toBe(n);
    await page.click('[data-testid="clv-clear-filter"]');
    // A customer picked by id shows their own terms.
    await page.fill('[data-testid="cross-sell-customer"]', 'K000');
    await expect.poll(() => page.textContent('[data-testid="cross-sell-terms"] caption')).toMatch(/K000/);
    expect(await page.locator('[data-testid="cross-sell-term"] td:nth-child(2)').first().textContent()).toBe('Binders');

    // The switch is a setting: kept over a reload.
    await page.waitForTimeout(600);
    await page.reload();
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="cross-sell-terms"]', { timeout: 90_000 });
    expect(await page.isChecked('[data-testid="cube-potential-cross"]')).toBe(true);

    // Replenishment: the rule in words and the overdue pairs; a stricter factor leaves fewer.
    await page.click('[data-testid="nav-products"]');
    await page.waitForSelector('[data-testid="rep-rule"]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid="rep-rule"]')).toMatch(/exceed 2 × the usual gap/);
    const overdue = Number(await page.getAttribute('[data-testid="rep-counts"]', 'data-overdue'));
    expect(overdue).toBeGreaterThan(0);
    // Due and lapsed apart: due pairs are at most a year old; lapsed ones are folded away.
    const count = async (what: 'due' | 'lapsed') =>
      Number(await page.getAttribute('[data-testid="rep-counts"]', `data-${what}`));
    const due = await count('due');
    expect(due + (await count('lapsed'))).toBe(overdue);
    expect(await page.locator('[data-testid="rep-row"]').count()).toBe(Math.min(due, 500));
    const since = (await page.locator('[data-testid="rep-table"] .since').allInnerTexts()).map((x) =>
      Number(x.replace(/\D/g, '')),
    );
    for (const d of since) expect(d).toBeLessThanOrEqual(365);
    // Lapsed past 1 day: every overdue pair (over 2 gaps of at least a day) is lapsed, none due.
    await page.fill('[data-testid="rep-lapsed-days"]', '1');
    await page.locator('[data-testid="rep-lapsed-days"]').dispatchEvent('change');
    await expect.poll(() => page.textContent('[data-testid="rep-rule"]')).toMatch(/4 × the usual gap or 1 days/);
    await expect.poll(() => count('lapsed')).toBe(overdue);
    expect(await count('due')).toBe(0);
    expect(await page.locator('[data-testid="rep-row"]').count()).toBe(0);
    expect(await page.locator('[data-testid="rep-lapsed-row"]').first().isVisible()).toBe(false);
    await page.click('[data-testid="rep-lapsed"] summary');
    expect(await page.locator('[data-testid="rep-lapsed-row"]').count()).toBe(Math.min(overdue, 500));
    expect(await page.locator('[data-testid="rep-lapsed-row"]').first().isVisible()).toBe(true);
    await page.fill('[data-testid="rep-lapsed-days"]', '365');
    await page.locator('[data-testid="rep-lapsed-days"]').dispatchEvent('change');
    await page.fill('[data-testid="rep-factor"]', '4');
    await page.locator('[data-testid="rep-factor"]').dispatchEvent('change');
    await expect
      .poll(() => page.textContent('[data-testid="rep-rule"]'))
      .toMatch(/exceed 4 × the usual gap.*past 8 × the usual gap or 365 days/);
    await expect
      .poll(async () => Number(await page.getAttribute('[data-testid="rep-counts"]', 'data-overdue')))
      .toBeLessThan(overdue);
    await context.close();
  }, 240_000);
});
