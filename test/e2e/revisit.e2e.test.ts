// Leaving and revisiting views in Chromium: each view shows its result again at once, in any
// order, without a reload (the state modules keep their answers; views only activate them); and a
// migration cancelled on the Over time view can be run again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, TEN_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

/** Each view, and how to tell it shows its result (not blank, not loading). */
const views: Record<string, (page: Page) => Promise<void>> = {
  customers: (page) => expectCustomers(page, SAMPLE_CUSTOMERS),
  segments: async (page) => {
    await page.waitForSelector('[data-testid="segment-row"]');
  },
  value: async (page) => {
    await page.waitForSelector('[data-testid="gini"]');
  },
  card: async (page) => {
    // An attribute's text: the search text of every customer is loaded.
    await page.fill('[data-testid="card-search"]', 'north');
    await page.waitForSelector('[data-testid="card-match"]');
  },
  cohorts: async (page) => {
    await page.waitForSelector('[data-testid="cohort-row"]');
  },
  crosstab: async (page) => {
    await page.waitForSelector('[data-testid="crosstab-row"]');
  },
  time: async (page) => {
    await page.waitForSelector('[data-testid="life-row"]');
    await page.waitForSelector('[data-testid="mig-headline"]');
  },
};

const orders = [
  [
    'customers',
    'segments',
    'value',
    'card',
    'cohorts',
    'crosstab',
    'time',
    'customers',
    'segments',
    'value',
    'card',
    'cohorts',
    'crosstab',
    'time',
  ],
  [
    'time',
    'card',
    'crosstab',
    'value',
    'cohorts',
    'segments',
    'customers',
    'crosstab',
    'time',
    'cohorts',
    'card',
    'segments',
    'value',
    'time',
  ],
];

describe('views left and revisited', () => {
  it.each(orders.map((o) => [o.join(' → '), o] as const))('%s', async (_name, order) => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    for (const view of order) {
      await page.click(`[data-testid="nav-${view}"]`);
      await views[view](page);
    }
    // Never an error on the way.
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    await context.close();
  });

  it('cancels a migration, keeps it cancelled over a revisit, and runs it again', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-time"]');
    await views.time(page);
    const before = await page.innerText('[data-testid="mig-headlines"]');
    // Keep the data worker busy for a few seconds, so the next migration is still running when
    // Cancel is pressed (the sample's migration alone takes milliseconds).
    const worker = page.workers().find((w) => w.url().includes('data.worker'));
    expect(worker).toBeDefined();
    void worker!.evaluate(() => {
      const until = Date.now() + 4000;
      while (Date.now() < until);
    });
    await page.getByRole('button', { name: 'Remove 2025-06-30' }).click();
    await page.waitForSelector('[data-testid="mig-running"]');
    await page.click('[data-testid="mig-running"] button');
    await page.waitForSelector('[data-testid="mig-cancelled"]');
    // The last result stays on screen.
    expect(await page.innerText('[data-testid="mig-headlines"]')).toBe(before);
    // Away and back: still cancelled, not started again by itself.
    await page.click('[data-testid="nav-customers"]');
    await page.click('[data-testid="nav-time"]');
    await page.waitForSelector('[data-testid="mig-cancelled"]');
    await page.click('[data-testid="mig-rerun"]');
    await expect.poll(() => page.locator('[data-testid="mig-headline"]').count(), { timeout: 60_000 }).toBe(2);
    expect(await page.locator('[data-testid="mig-cancelled"]').count()).toBe(0);
    await context.close();
  });
});

describe('the error banner', () => {
  it('goes once a later import succeeds, or a dataset is opened', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    const banner = page.locator('[data-testid="error-message"]');
    const fail = async () => {
      await page.click('[data-testid="nav-data"]');
      await page.setInputFiles('[data-testid="file-input"]', {
        name: 'empty.csv',
        mimeType: 'text/csv',
        buffer: Buffer.alloc(0),
      });
      await banner.waitFor();
    };
    await fail();
    await page.setInputFiles('[data-testid="file-input"]', TEN_CUSTOMERS);
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="saved"]');
    expect(await banner.count()).toBe(0);
    await fail();
    await page.click('[data-testid="nav-data"]');
    await page.locator('[data-testid="dataset-row"]').first().locator('[data-testid="open"]').click();
    await expect.poll(() => banner.count()).toBe(0);
    await context.close();
  });
});
