// Every destination of the navigation is on screen without scrolling sideways, at tablet and
// desktop widths, in both languages (the tabs wrap; issue 19 will group them).
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('navigation', () => {
  it.each([
    ['en-US', 768, 1024],
    ['zh-CN', 768, 1024],
    ['en-US', 1280, 800],
    ['zh-CN', 1280, 800],
  ])('%s at %i px: every tab inside the viewport, none clipped', async (locale, width, height) => {
    const { context, page } = await newPage(browser(), { locale, width, height });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    const tabs = page.locator('nav [data-testid^="nav-"]');
    const n = await tabs.count();
    expect(n).toBeGreaterThanOrEqual(12);
    for (let i = 0; i < n; i++) {
      const box = await tabs.nth(i).boundingBox();
      const name = await tabs.nth(i).getAttribute('data-testid');
      expect(box, name ?? '').not.toBeNull();
      expect(box!.x, name ?? '').toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, name ?? '').toBeLessThanOrEqual(width);
      // Not cut by the nav itself.
      expect(await tabs.nth(i).evaluate((b) => b.scrollWidth <= b.clientWidth + 1), name ?? '').toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
  });
});
