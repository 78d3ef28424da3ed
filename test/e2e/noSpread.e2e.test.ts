// Issue 14: when every customer bought on the same day, the rank formula gave everyone R = 1 and a
// customer who bought 20 times including that day was "lost". Now a dimension with no spread gets
// the middle grade, and the Segments view, the Customers view and the customer card say so.
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

// 100 customers, all buying on 2024-03-01; A also on 19 earlier days (20 orders, the most spend).
const LINES = [
  'customer,date,amount',
  ...Array.from({ length: 19 }, (_, k) => `A,2024-02-${String(k + 1).padStart(2, '0')},50`),
  'A,2024-03-01,50',
  ...Array.from({ length: 99 }, (_, i) => `C${i},2024-03-01,${10 + i}`),
];

describe('scores with no spread', () => {
  it('grades a dimension where everyone ties in the middle and warns where grades show', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-data"]');
    await page.setInputFiles('[data-testid="file-input"]', {
      name: 'same-day.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(LINES.join('\n') + '\n'),
    });
    await page.click('[data-testid="import"]', { timeout: 60_000 });
    await expectCustomers(page, 100);
    // The Customers view: only R has no spread.
    await page.waitForSelector('[data-testid="no-spread-r"]', { timeout: 60_000 });
    expect(await page.locator('[data-testid^="no-spread-"]').count()).toBe(1);
    expect(await page.textContent('[data-testid="no-spread-r"]')).toContain('middle grade 3 of 5');

    await page.click('[data-testid="nav-segments"]');
    await page.waitForSelector('[data-testid="no-spread-r"]', { timeout: 60_000 });
    // No "split ties" offer for R: there is nothing to split.
    expect(await page.locator('[data-testid="collapsed-r"]').count()).toBe(0);

    await page.click('[data-testid="nav-card"]');
    await page.fill('[data-testid="card-search"]', 'A');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="card-scores"]');
    // R 3 (everyone bought that day), F 5, M 5: loyal, not lost.
    expect(await page.textContent('[data-testid="card-scores"]')).toMatch(/R\D*3\D+F\D*5\D+M\D*5/);
    await page.waitForSelector('[data-testid="card-scores"] ~ [data-testid="no-spread-r"]');
    await context.close();
  });
});
