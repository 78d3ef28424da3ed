// Accessibility: axe-core in Chromium on every view, at tablet portrait and desktop sizes, with the
// sample dataset: no serious or critical violations.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';
import { VIEWS_READY } from './viewsReady.ts';

const browser = useBrowser();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const VIEWS = VIEWS_READY;

/** axe's serious and critical violations on the page: rule, impact, and a few offending nodes. */
async function violations(page: Page) {
  // Evaluated, not added as a <script>: the app's Content-Security-Policy refuses inline script.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

describe('accessibility (axe-core)', () => {
  it('has no serious violations on the mapping step with its notices and skip-rows control', async () => {
    const file = join(tmpdir(), 'segmap-a11y-title.csv');
    writeFileSync(file, 'Report\ncustomer,date,amount,amount\nA,2024-01-05,10,1\nB,2024-01-06,20,2\n');
    for (const locale of ['en-US', 'zh-CN']) {
      const { context, page } = await newPage(browser(), { locale });
      await page.goto(APP_URL);
      await expectCustomers(page, SAMPLE_CUSTOMERS);
      await page.setInputFiles('[data-testid="file-input"]', file);
      await page.waitForSelector('[data-testid="sniff-notices"]');
      expect(await page.locator('[data-testid="sniff-notice"]').count()).toBe(2);
      expect(await violations(page)).toEqual([]);
      await context.close();
    }
  });

  for (const size of [
    { name: 'tablet portrait', width: 768, height: 1024 },
    { name: 'desktop', width: 1280, height: 900 },
  ]) {
    it(`has no serious violations on any view at ${size.name} size, in English and Chinese`, async () => {
      for (const locale of ['en-US', 'zh-CN']) {
        const { context, page } = await newPage(browser(), { locale, width: size.width, height: size.height });
        await page.goto(APP_URL);
        await expectCustomers(page, SAMPLE_CUSTOMERS);
        // Every view in the nav (the view registry) is checked: a new view needs its entry above.
        const nav = await page
          .locator('nav [data-testid^="nav-"]')
          .evaluateAll((b) => b.map((x) => x.getAttribute('data-testid')!.slice(4)));
        expect(nav.sort()).toEqual(VIEWS.map((v) => v.view).sort());
        const found: string[] = [];
        for (const v of VIEWS) {
          await page.click(`[data-testid="nav-${v.view}"]`);
          await page.waitForSelector(v.ready, { timeout: 60_000 });
          // Open the "how this is computed" panels too: their content must pass as well.
          const closed = page.locator('details:not([open]) > summary');
          for (let i = 0; i < 10 && (await closed.count()) > 0; i++) await closed.first().click();
          found.push(...(await violations(page)).map((x) => `${locale} ${v.view}: ${x}`));
          // A label whose message was given too few values reads its placeholder aloud ("{name} (table…").
          const unfilled = await page
            .locator('[aria-label*="{"]')
            .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
          found.push(...unfilled.map((l) => `${locale} ${v.view}: unfilled aria-label "${l}"`));
        }
        expect(found).toEqual([]);
        await context.close();
      }
    }, 240_000);
  }
});
