// The rest of the foundation's user path in Chromium: drag and drop, the mapping step's questions,
// the customers table's search / sort / reference date, and rename / delete of stored datasets.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, TEN_CUSTOMERS, useBrowser } from './browser.ts';

const FIXTURE = TEN_CUSTOMERS;

const browser = useBrowser();

/** Drops a file on the drop zone the way a drag from the desktop does (a DataTransfer with a File). */
async function dropFile(page: Page, name: string, text: string) {
  const dt = await page.evaluateHandle(
    ([n, body]) => {
      const d = new DataTransfer();
      d.items.add(new File([body], n, { type: 'text/csv' }));
      return d;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('[data-testid="drop-zone"]', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer: dt });
}

const rowTexts = async (page: Page) =>
  (await page.locator('[data-testid="rfm-row"]').allInnerTexts()).map((s) => s.replace(/\s+/g, ' '));

describe('datasets and the customers table', () => {
  it('imports a dropped file, then searches, sorts and changes the reference date', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, 400);
    await dropFile(page, 'dropped.csv', readFileSync(FIXTURE, 'utf8'));
    await page.waitForSelector('[data-testid="preview"]');
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 10);
    await page.waitForSelector('[data-testid="saved"]');

    await page.fill('[data-testid="search"]', 'J');
    expect(await rowTexts(page)).toEqual(['J 91 1 20 1 1 1 111']);
    await page.fill('[data-testid="search"]', '');

    await page.click('[data-testid="sort-monetary"]'); // highest spend first
    expect((await rowTexts(page))[0]).toBe('A 1 5 500 5 5 5 555');
    await page.click('[data-testid="sort-monetary"]'); // reversed
    expect((await rowTexts(page))[0]).toBe('J 91 1 20 1 1 1 111');

    // A reference date 10 days later adds 10 days to every recency; the scores (ranks) stay.
    await page.fill('[data-testid="reference-date"]', '2024-04-11');
    await page.locator('[data-testid="reference-date"]').dispatchEvent('change');
    await page.fill('[data-testid="search"]', 'J');
    await expect.poll(() => rowTexts(page)).toEqual(['J 101 1 20 1 1 1 111']);
    // An earlier one is "as of the day before": later purchases are left out (G had none yet).
    await page.fill('[data-testid="reference-date"]', '2024-02-01');
    await page.locator('[data-testid="reference-date"]').dispatchEvent('change');
    await expectCustomers(page, 9);
    await expect.poll(() => rowTexts(page)).toEqual(['J 31 1 20 1 3 1 131']); // everyone has bought once by then: F ties, the middle grade
    await context.close();
  });

  it('asks the day/month order when the first rows cannot tell, and reports who decided', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, 400);
    await dropFile(page, 'ambiguous.csv', 'customer,date,amount\nA,1/2/2024,10\nB,3/4/2024,20\nC,5/6/2024,30\n');
    await page.waitForSelector('[data-testid="preview"]');
    expect(await page.inputValue('[data-testid="date-order"]')).toBe('');
    await page.selectOption('[data-testid="date-order"]', 'mdy');
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 3);
    expect(await page.textContent('[data-testid="date-order-report"]')).toContain('month/day/year');
    await context.close();
  });

  it('renames and deletes a stored dataset, and both survive a reload', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, 400);
    await page.setInputFiles('[data-testid="file-input"]', FIXTURE);
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="saved"]');
    await page.click('[data-testid="nav-data"]');
    const row = page.locator('[data-testid="dataset-row"]', { hasText: 'ten-customers' });
    page.once('dialog', (d) => d.accept('Ten, renamed'));
    await row.locator('[data-testid="rename"]').click();
    await page.waitForSelector('[data-testid="dataset-name"]:text-is("Ten, renamed")');
    await page.reload();
    await page.click('[data-testid="nav-data"]');
    expect(await page.locator('[data-testid="dataset-name"]').allInnerTexts()).toContain('Ten, renamed');

    page.once('dialog', (d) => d.accept());
    await page
      .locator('[data-testid="dataset-row"]', { hasText: 'Ten, renamed' })
      .locator('[data-testid="delete"]')
      .click();
    await expect.poll(() => page.locator('[data-testid="dataset-row"]').count()).toBe(1);
    await page.reload();
    await page.click('[data-testid="nav-data"]');
    await expect.poll(() => page.locator('[data-testid="dataset-name"]').allInnerTexts()).not.toContain('Ten, renamed');
    expect(await page.locator('[data-testid="dataset-row"]').count()).toBe(1);
    await context.close();
  });
});
