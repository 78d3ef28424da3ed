// Column headers on a 768 px portrait tablet: a right-aligned header whose word was wider than its
// column was clipped at the left ("requency" in Segments and Clusters, ": repeat urchases" in CLV).
// Every header's text now stays inside its cell, in English and in Chinese.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

/** The headers whose text reaches outside the cell's content box, by more than a pixel. */
function clippedHeaders(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[role="columnheader"]'))
      .filter((cell) => (cell as HTMLElement).offsetParent !== null)
      .filter((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const text = range.getBoundingClientRect();
        const box = cell.getBoundingClientRect();
        const style = getComputedStyle(cell);
        return (
          text.left < box.left + parseFloat(style.paddingLeft) - 1 ||
          text.right > box.right - parseFloat(style.paddingRight) + 1
        );
      })
      .map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ')),
  );
}

describe('table headers at 768 px', () => {
  it.each(['en-US', 'zh-CN'])('stay inside their cells (%s)', async (locale) => {
    const { context, page } = await newPage(browser(), { locale, width: 768, height: 1024 });
    try {
      await page.goto(APP_URL);
      await expectCustomers(page, SAMPLE_CUSTOMERS);
      const seen: Record<string, string[]> = {};
      for (const [view, ready] of [
        ['segments', 'segment-row'],
        ['clv', 'clv-fit'],
      ] as const) {
        await page.click(`[data-testid="nav-${view}"]`);
        await page.waitForSelector(`[data-testid="${ready}"]`, { timeout: 60_000 });
        await page.waitForSelector('[role="columnheader"]');
        seen[view] = await clippedHeaders(page);
      }
      expect(seen).toEqual({ segments: [], clv: [] });
    } finally {
      await context.close();
    }
  });
});
