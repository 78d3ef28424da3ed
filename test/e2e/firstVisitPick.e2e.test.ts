// A first visit where the user picks their own file before the built-in sample has loaded: their
// file goes to the mapping step and is imported; the sample does not replace it.
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, TEN_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('first visit', () => {
  it('a file picked while the sample is still loading wins over the sample', async () => {
    const { context, page } = await newPage(browser());
    // The sample arrives late (a slow network on a first visit).
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/samples\/sample-shop\.csv$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(APP_URL);
    await page.click('[data-testid="nav-data"]');
    await page.setInputFiles('[data-testid="file-input"]', TEN_CUSTOMERS);
    await page.waitForSelector('[data-testid="preview"]');
    release();
    await page.waitForTimeout(1_000);
    // Still the user's mapping step, with their file.
    expect(await page.inputValue('[data-testid="role-1"]')).toBe('customer');
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 10);
    await page.waitForSelector('[data-testid="saved"]');
    await page.click('[data-testid="nav-data"]');
    expect(await page.locator('[data-testid="dataset-name"]').allInnerTexts()).toEqual(['ten-customers']);
    await context.close();
  });
});
