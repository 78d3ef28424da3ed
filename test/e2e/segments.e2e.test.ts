// The Segments view in Chromium: schemes, the RFM grid filtering the customer table, heavy ties,
// custom rules, settings kept across a reload, and the members export opening with Chinese intact.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../unit/helpers.ts';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, TEN_CUSTOMERS, useBrowser } from './browser.ts';

const FIXTURE = TEN_CUSTOMERS;

const browser = useBrowser();

async function openSegments(page: Page) {
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await page.click('[data-testid="nav-segments"]');
  await page.waitForSelector('[data-testid="segment-row"]');
}

/** Segment id → customers, from the summary table. */
const summary = async (page: Page) =>
  Object.fromEntries(
    await page
      .locator('[data-testid="segment-row"]')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-id'), Number(r.getAttribute('data-customers'))])),
  ) as Record<string, number>;

const membersCount = async (page: Page) =>
  Number(await page.getAttribute('[data-testid="members-count"]', 'data-count'));

describe('segments', () => {
  it('shows each scheme with every customer in one segment', async () => {
    const { context, page } = await newPage(browser());
    await openSegments(page);
    for (const [scheme, n] of [
      ['rfm11', 11],
      ['cn8', 8],
      ['tiers', 5],
    ] as const) {
      await page.selectOption('[data-testid="scheme"]', scheme);
      await expect.poll(async () => Object.keys(await summary(page)).length).toBe(n);
      const counts = Object.values(await summary(page));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(SAMPLE_CUSTOMERS);
      await page.waitForSelector('[data-testid="rfm-grid"] svg');
      await page.waitForSelector('[data-testid="treemap"] svg');
      await page.waitForSelector('[data-testid="segment-bars"] svg');
      await page.waitForSelector('[data-testid="scatter"] canvas');
    }
    await context.close();
  });

  it('filters the customer table by a clicked RFM grid cell, and by keyboard', async () => {
    const { context, page } = await newPage(browser());
    await openSegments(page);
    expect(await membersCount(page)).toBe(SAMPLE_CUSTOMERS);
    await page.click('[data-testid="rfm-grid"] rect.cell[data-r="5"][data-f="5"]');
    await page.waitForSelector('[data-testid="filter"]');
    const n = await membersCount(page);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(SAMPLE_CUSTOMERS);
    const label = await page.getAttribute('[data-testid="rfm-grid"] rect.cell[data-r="5"][data-f="5"]', 'aria-label');
    expect(label).toContain(String(n));
    const scores = await page
      .locator('[data-testid="rfm-row"]')
      .evaluateAll((rows) =>
        rows.map((r) => `${r.querySelector('.score-r')?.textContent}${r.querySelector('.score-f')?.textContent}`),
      );
    expect(new Set(scores)).toEqual(new Set(['55']));

    // Terciles have no R 5: the cell filter goes, and the segments terciles cannot reach are named.
    await page.selectOption('[data-testid="grades"]', '3');
    await expect.poll(() => page.locator('[data-testid="filter"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="unreachable"]')).toContain('Promising');
    expect(await page.locator('[data-testid="rfm-grid"] rect.cell').count()).toBe(9);
    await page.selectOption('[data-testid="grades"]', '5');
    await expect.poll(() => page.locator('[data-testid="rfm-grid"] rect.cell').count()).toBe(25);
    expect(await page.locator('[data-testid="unreachable"]').count()).toBe(0);
    expect(await membersCount(page)).toBe(SAMPLE_CUSTOMERS);
    await page.focus('[data-testid="rfm-grid"] rect.cell[data-r="1"][data-f="1"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="filter"]');
    expect(await page.textContent('[data-testid="filter"]')).toContain('R score 1, F score 1');
    await context.close();
  });

  it('filters by a segment and by a brushed area of the scatter', async () => {
    const { context, page } = await newPage(browser());
    await openSegments(page);
    const counts = await summary(page);
    await page.click('[data-testid="segment-row"][data-id="champions"] [data-testid="show-segment"]');
    await expect.poll(() => membersCount(page)).toBe(counts.champions);
    const segs = await page.locator('[data-testid="row-extra"]').allInnerTexts();
    expect(new Set(segs.map((s) => s.trim()))).toEqual(new Set(['Champions']));

    const plot = page.locator('[data-testid="scatter"] svg').first();
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.75, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(async () => (await page.textContent('[data-testid="filter"]')) ?? '')
      .toMatch(/selected in the scatter/);
    await context.close();
  });

  it('warns when ties collapse a dimension and splits them by rank on request', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.setInputFiles('[data-testid="file-input"]', FIXTURE);
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="saved"]');
    await page.click('[data-testid="nav-segments"]');
    // Ten customers, frequency 5, 4, 3, 3, 2, 2, 1, 1, 1, 1: grades 5, 5, 4, 4, 3, 3, 1, 1, 1, 1.
    await page.waitForSelector('[data-testid="collapsed-f"]');
    expect(await page.getAttribute('[data-testid="grades-used"] [data-dim="f"]', 'data-used')).toBe('4');
    await page.click('[data-testid="split-ties"]');
    await expect.poll(() => page.getAttribute('[data-testid="grades-used"] [data-dim="f"]', 'data-used')).toBe('5');
    expect(await page.locator('[data-testid="collapsed-f"]').count()).toBe(0);
    expect(await page.locator('[data-testid="thresholds-f"] tbody tr').count()).toBe(5);
    await context.close();
  });

  it('keeps the scheme and edited actions after a reload; custom rules count the unmatched', async () => {
    const { context, page } = await newPage(browser());
    await openSegments(page);
    await page.selectOption('[data-testid="scheme"]', 'tiers');
    await page.fill('[data-testid="action-vip"]', 'Call them every month');
    await page.locator('[data-testid="action-vip"]').dispatchEvent('change');
    await page.waitForTimeout(600); // settings are stored 300 ms after the last change
    await page.reload();
    await page.click('[data-testid="nav-segments"]');
    await page.waitForSelector('[data-testid="segment-row"][data-id="vip"]');
    expect(await page.inputValue('[data-testid="scheme"]')).toBe('tiers');
    expect(await page.inputValue('[data-testid="action-vip"]')).toBe('Call them every month');

    await page.selectOption('[data-testid="scheme"]', 'custom');
    await expect.poll(() => page.locator('[data-testid="rule-row"]').count()).toBe(11);
    await expect.poll(async () => Object.keys(await summary(page)).length).toBe(12); // 11 rules + unmatched
    expect((await summary(page)).unmatched).toBe(0);
    await page.locator('[data-testid="rule-row"]').first().locator('[data-testid="rule-delete"]').click();
    await expect.poll(async () => (await summary(page)).unmatched).toBeGreaterThan(0);
    await page.waitForSelector('[data-testid="unmatched-note"]');
    await context.close();
  });

  it('exports the segment members as CSV that opens with Chinese names intact', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN' });
    await openSegments(page);
    await page.selectOption('[data-testid="scheme"]', 'cn8');
    await page.waitForSelector('[data-testid="segment-row"][data-id="important_value"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-members"]')]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_code,segment,action',
    );
    expect(lines).toHaveLength(SAMPLE_CUSTOMERS + 1);
    expect(lines.some((l) => l.includes(',重要价值客户,'))).toBe(true);

    const [sum] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-summary"]')]);
    const text = readFileSync((await sum.path())!, 'utf8');
    expect(text.split('\r\n')[1]).toMatch(/^\uFEFF?重要价值客户,\d+,/);

    // Charts export as standalone SVG and as PNG.
    const grid = page.locator('[data-testid="rfm-grid"]');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      grid.locator('[data-testid="export-svg"]').click(),
    ]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText.match(/class="cell[ "]/g)).toHaveLength(25);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      grid.locator('[data-testid="export-png"]').click(),
    ]);
    expect([...readFileSync((await png.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.suggestedFilename()).toBe('segmap-rfm-grid.png');
    await context.close();
  });
});

describe('on Online Retail, as a new user would', () => {
  const retail = sharedData('online_retail/online_retail.csv');
  it.skipIf(!retail.present)('shows every scheme, clicks through to customers and exports in Chinese', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN' });
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.setInputFiles('[data-testid="file-input"]', retail.path);
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 4338);
    await page.waitForSelector('[data-testid="saved"]', { timeout: 60_000 });
    await page.click('[data-testid="nav-segments"]');
    for (const [scheme, n] of [
      ['rfm11', 11],
      ['cn8', 8],
      ['tiers', 5],
      ['custom', 12],
    ] as const) {
      await page.selectOption('[data-testid="scheme"]', scheme);
      await expect.poll(async () => Object.keys(await summary(page)).length).toBe(n);
      expect(Object.values(await summary(page)).reduce((a, b) => a + b, 0)).toBe(4338);
      expect(await page.getAttribute('[data-testid="scatter"] .chart-root', 'data-points')).toBe('4338');
    }
    await page.selectOption('[data-testid="scheme"]', 'cn8');
    await page.waitForSelector('[data-testid="segment-row"][data-id="important_value"]');
    await page.click('[data-testid="segment-row"][data-id="important_value"] [data-testid="show-segment"]');
    const n = (await summary(page)).important_value;
    await expect.poll(() => membersCount(page)).toBe(n);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-members"]')]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(n + 1);
    expect(lines.slice(1).every((l) => l.includes(',重要价值客户,'))).toBe(true);
    await context.close();
  });
});

describe('value', () => {
  it('draws the Pareto, Lorenz and pyramid charts and follows the pyramid preset', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-value"]');
    await page.waitForSelector('[data-testid="pareto"] svg');
    await page.waitForSelector('[data-testid="lorenz"] svg');
    await page.waitForSelector('[data-testid="pyramid"] svg');
    expect(await page.textContent('[data-testid="gini"]')).toMatch(/0\.\d{3}/);
    const keyCount = () => page.textContent('[data-testid="pyramid-shares-key"] td');
    expect(await keyCount()).toBe('4'); // 1 % of 400
    // An impossible ABC cut is refused with a message, and the input shows the cut in use again.
    await page.fill('[data-testid="abc-a"]', '97');
    await page.locator('[data-testid="abc-a"]').dispatchEvent('change');
    await page.waitForSelector('[data-testid="value-error"]');
    expect(await page.inputValue('[data-testid="abc-a"]')).toBe('80');
    await page.selectOption('[data-testid="pyramid-preset"]', 'curry');
    await expect.poll(() => page.textContent('[data-testid="pyramid-shares-major"] td')).toBe('16'); // next 4 %
    await context.close();
  });
});
