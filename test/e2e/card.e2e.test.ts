// The field-sales customer card and visit list in Chromium, at tablet size with touch.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

async function openCard(page: Page) {
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await page.click('[data-testid="nav-card"]');
}

describe('customer card', () => {
  it('finds a customer by id or attribute and shows segments, scores, timeline and the next action', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    await openCard(page);
    // By attribute: "north" matches the region of some customers.
    await page.fill('[data-testid="card-search"]', 'north');
    await expect
      .poll(async () => Number(await page.getAttribute('[data-testid="card-matches"]', 'data-count')))
      .toBeGreaterThan(0);
    // By id, typed partly: ids starting with the text come first.
    await page.fill('[data-testid="card-search"]', 'c000');
    await page.waitForSelector('[data-testid="card-match"]');
    expect(await page.locator('[data-testid="card-match"] strong').first().textContent()).toBe('C0001');
    await page.locator('[data-testid="card-match"]').first().click();
    await page.waitForSelector('[data-testid="customer-card"]');
    expect(await page.textContent('#card-id')).toBe('C0001');
    await page.click('[data-testid="card-others"] summary');
    const schemes = await page
      .locator('[data-testid="card-segment"]')
      .evaluateAll((li) => li.map((l) => l.getAttribute('data-scheme')));
    expect(schemes).toEqual(['rfm11', 'cn8', 'tiers']);
    expect(await page.textContent('[data-testid="card-scores"]')).toMatch(/R \d · F \d · M \d/);
    expect((await page.textContent('[data-testid="card-next"]'))!.length).toBeGreaterThan(20);
    await page.waitForSelector('[data-testid="card-timeline"] svg line.stem', { state: 'attached' });
    await context.close();
  });

  it('adds CLV, P(alive) and the value class once a model is fitted', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-fit"]', { timeout: 60_000 });
    await page.click('[data-testid="nav-card"]');
    await page.fill('[data-testid="card-search"]', 'C0005');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="card-clv"]');
    expect(await page.textContent('[data-testid="card-p-alive"]')).toMatch(/^\d+ %$/);
    expect(await page.getAttribute('[data-testid="card-cube"]', 'data-id')).toMatch(/^[a-z_]+$/);
    await context.close();
  });
});
