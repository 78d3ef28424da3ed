// Charts' text alternatives and touch controls in Chromium, with the built-in sample: every chart
// has its data as a table (folded under "Data as a table") with the numbers the chart shows, the
// scatters have zoom buttons that drive the same zoom as the wheel, pinching zooms, and a tap shows
// a mark's tooltip.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

interface Table {
  caption: string;
  columns: string[];
  rows: string[][];
  colHeaders: number;
  rowHeaders: number;
}

/** The chart's data table (details[data-testid=<chart>-table]): opened, then read. */
async function table(page: Page, chart: string): Promise<Table> {
  const details = page.locator(`[data-testid="${chart}-table"]`);
  await details.waitFor({ state: 'attached', timeout: 60_000 });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  return details.evaluate((d) => {
    const t = d.querySelector('table')!;
    return {
      caption: t.caption?.textContent?.trim() ?? '',
      columns: Array.from(t.tHead!.rows[0].cells, (c) => c.textContent!.trim()),
      rows: Array.from(t.tBodies[0].rows, (r) => Array.from(r.cells, (c) => c.textContent!.trim())),
      colHeaders: t.querySelectorAll('thead th[scope="col"]').length,
      rowHeaders: t.querySelectorAll('tbody th[scope="row"]').length,
    };
  });
}

/** A whole number as the table writes it in English ("1,234"). */
const int = (s: string) => Number(s.replace(/,/g, ''));
const sum = (rows: string[][], col: number) => rows.reduce((s, r) => s + int(r[col]), 0);

async function open(page: Page, view: string, ready: string) {
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await page.click(`[data-testid="nav-${view}"]`);
  await page.waitForSelector(ready, { timeout: 60_000 });
}

/** The scatter's zoom transform "k x y" (data-zoom on its root). */
const zoomOf = (page: Page, chart: string) => page.getAttribute(`[data-testid="${chart}"] .chart-root`, 'data-zoom');

/** Zoom in twice, out once, then reset; each step changes the transform, reset restores it. */
async function checkZoomButtons(page: Page, chart: string) {
  const scope = `[data-testid="${chart}"]`;
  expect(await zoomOf(page, chart)).toBe('1 0 0');
  for (const b of ['zoom-in', 'zoom-out', 'zoom-reset']) {
    const button = page.locator(`${scope} [data-testid="${b}"]`);
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  expect(await page.getAttribute(`${scope} [data-testid="zoom-in"]`, 'aria-label')).toBe('Zoom in');
  expect(await page.getAttribute(`${scope} [data-testid="zoom-out"]`, 'aria-label')).toBe('Zoom out');
  const ticks = () => page.locator(`${scope} .x-axis .tick text`).allTextContents();
  const before = await ticks();
  await page.click(`${scope} [data-testid="zoom-in"]`);
  expect((await zoomOf(page, chart))!.split(' ')[0]).toBe('2');
  await page.click(`${scope} [data-testid="zoom-in"]`);
  expect((await zoomOf(page, chart))!.split(' ')[0]).toBe('4');
  expect(await ticks()).not.toEqual(before);
  await page.click(`${scope} [data-testid="zoom-out"]`);
  expect((await zoomOf(page, chart))!.split(' ')[0]).toBe('2');
  await page.click(`${scope} [data-testid="zoom-reset"]`);
  expect(await zoomOf(page, chart)).toBe('1 0 0');
  expect(await ticks()).toEqual(before);
}

describe('chart data tables', () => {
  it('Value: Pareto groups, Lorenz deciles and the pyramid layers', async () => {
    const { context, page } = await newPage(browser());
    await open(page, 'value', '[data-testid="pyramid"] svg');
    const details = page.locator('[data-testid="pyramid-table"]');
    expect(await details.evaluate((d) => d.tagName)).toBe('DETAILS');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect((await details.locator('summary').textContent())?.trim()).toBe('Data as a table');

    const pyramid = await table(page, 'pyramid');
    expect(pyramid.columns).toEqual(['Layer', 'Customers', '% customers', 'Revenue', '% revenue']);
    expect(pyramid.colHeaders).toBe(5);
    expect(pyramid.rows.map((r) => r[0])).toEqual(['Key (top)', 'Major', 'Ordinary', 'Small']);
    expect(pyramid.rowHeaders).toBe(4);
    expect(sum(pyramid.rows, 1)).toBe(SAMPLE_CUSTOMERS);
    expect(pyramid.caption).toBe('Customer pyramid: customers and revenue');

    const lorenz = await table(page, 'lorenz');
    expect(lorenz.rows.map((r) => r[0])).toEqual([
      '10 %',
      '20 %',
      '30 %',
      '40 %',
      '50 %',
      '60 %',
      '70 %',
      '80 %',
      '90 %',
      '100 %',
    ]);
    expect(lorenz.rows.at(-1)![1]).toBe('100 %');
    const shares = lorenz.rows.map((r) => parseFloat(r[1]));
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(lorenz.caption).toMatch(/Gini coefficient: 0\.\d{3}/);

    const pareto = await table(page, 'pareto');
    expect(pareto.rows).toHaveLength(10);
    expect(pareto.rows[0][0]).toBe('1–40');
    expect(pareto.rows.at(-1)![0]).toBe('361–400');
    expect(pareto.rows.at(-1)![2]).toBe('100 %');
    expect(pareto.rows[0][3]).toBe('A');
    expect(pareto.rows.at(-1)![3]).toBe('C');
    await context.close();
  });

  it('Segments: the R × F cells, the segments, and zoom buttons on the scatter', async () => {
    const { context, page } = await newPage(browser());
    await open(page, 'segments', '[data-testid="scatter"] canvas');
    const grid = await table(page, 'rfm-grid');
    expect(grid.rows).toHaveLength(25);
    expect(grid.columns).toEqual([
      'Recency score (5 = most recent)',
      'Frequency score (5 = most orders)',
      'Customers',
      'Avg monetary',
    ]);
    expect(sum(grid.rows, 2)).toBe(SAMPLE_CUSTOMERS);
    // The counts are those of the grid's cells.
    const cell = (await page.getAttribute('[data-testid="rfm-grid"] rect.cell[data-r="5"][data-f="5"]', 'aria-label'))!;
    const row = grid.rows.find((r) => r[0] === '5' && r[1] === '5')!;
    expect(cell).toContain(`${row[2]} Customers`);

    for (const chart of ['treemap', 'segment-bars', 'scatter']) {
      const segs = await table(page, chart);
      expect(segs.columns.slice(0, 2)).toEqual(['Segment', 'Customers']);
      expect(sum(segs.rows, 1)).toBe(SAMPLE_CUSTOMERS);
    }
    await checkZoomButtons(page, 'scatter');
    await context.close();
  });

  it('CLV: the cube classes, the holdout bins, the tracking plot and a P(alive) summary', async () => {
    const { context, page } = await newPage(browser());
    await open(page, 'clv', '[data-testid="model-comparison"]');
    const cube = await table(page, 'value-cube');
    expect(cube.rows).toHaveLength(8);
    expect(sum(cube.rows, 4)).toBe(SAMPLE_CUSTOMERS);
    expect(cube.rows[0].slice(1, 4)).toEqual(['high', 'high', 'high']);

    const holdout = await table(page, 'holdout-bars');
    const bins = await page.locator('[data-testid="holdout-bars"] rect.bar').count();
    expect(holdout.rows).toHaveLength(bins / 2);
    expect(holdout.columns).toEqual(['Repeat purchases in calibration (x)', 'Customers', 'Actual', 'Model']);

    const tracking = await table(page, 'tracking-plot');
    expect(tracking.rows.length).toBeGreaterThan(2);
    expect(tracking.rows.length).toBeLessThanOrEqual(20);
    expect(tracking.rows[0].slice(1)).toEqual(['0', '0']);
    const actual = tracking.rows.map((r) => int(r[1]));
    expect(actual).toEqual([...actual].sort((a, b) => a - b));
    expect(tracking.caption).toMatch(/Calibration end: /);

    const pAlive = await table(page, 'p-alive-matrix');
    expect(pAlive.rows.length).toBeLessThanOrEqual(12);
    expect(pAlive.columns[0]).toBe('Frequency x');
    expect(pAlive.columns.slice(1).every((c) => c.startsWith('t_x = '))).toBe(true);
    expect(
      pAlive.rows
        .flat()
        .slice(1)
        .every((c) => /^(\d+ %|—)$/.test(c) || /^\d+$/.test(c)),
    ).toBe(true);
    await context.close();
  });

  it('Clusters: k scan, histograms, centroids, projection and its zoom buttons', async () => {
    const { context, page } = await newPage(browser());
    await open(page, 'clusters', '[data-testid="cluster-profiles"]');
    const scan = await table(page, 'k-scan');
    expect(scan.rows.map((r) => r[0])).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(scan.columns).toEqual(['Number of clusters k', 'Inertia', 'Mean silhouette']);
    expect(scan.rows.every((r) => /^\d[\d,]*(\.\d)?$/.test(r[1]) && /^-?\d\.\d{1,3}$|^-?\d$/.test(r[2]))).toBe(true);

    const hist = await table(page, 'feature-histograms');
    expect(hist.rows.length).toBeLessThanOrEqual(25);
    const features = [...new Set(hist.rows.map((r) => r[0]))];
    expect(features).toHaveLength(3);
    for (const f of features)
      expect(
        sum(
          hist.rows.filter((r) => r[0] === f),
          2,
        ),
      ).toBe(SAMPLE_CUSTOMERS);

    const clusters = await page.locator('[data-testid="cluster-row"]').count();
    const centroids = await table(page, 'cluster-centroids');
    expect(centroids.rows).toHaveLength(clusters);
    expect(centroids.columns.slice(0, 2)).toEqual(['Cluster', 'Customers']);
    expect(sum(centroids.rows, 1)).toBe(SAMPLE_CUSTOMERS);
    const projection = await table(page, 'cluster-scatter');
    expect(projection.rows).toHaveLength(clusters);
    expect(sum(projection.rows, 1)).toBe(SAMPLE_CUSTOMERS);
    expect(projection.columns[3]).toMatch(/^Mean PC1 /);

    await checkZoomButtons(page, 'cluster-scatter');
    await context.close();
  });

  it('writes the tables in Chinese', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-CN' });
    await open(page, 'value', '[data-testid="pyramid"] svg');
    expect((await page.locator('[data-testid="pyramid-table"] summary').textContent())?.trim()).toBe('以表格查看数据');
    const pyramid = await table(page, 'pyramid');
    expect(pyramid.columns.every((c) => /[\u4e00-\u9fff]/.test(c))).toBe(true);
    expect(sum(pyramid.rows, 1)).toBe(SAMPLE_CUSTOMERS);
    await context.close();
  });
});

describe('touch', () => {
  /** A context with a touch screen (d3 then listens to touch events). */
  async function touchPage() {
    const context = await browser().newContext({
      locale: 'en-US',
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    return { context, page };
  }

  it('pinches the scatter to zoom, one finger after the other or both at once', async () => {
    const { context, page } = await touchPage();
    await open(page, 'segments', '[data-testid="scatter"] canvas');
    const overlay = page.locator('[data-testid="scatter"] .brush rect.overlay');
    await overlay.scrollIntoViewIfNeeded();
    expect(await page.locator('[data-testid="scatter"] g.plot').evaluate((g) => getComputedStyle(g).touchAction)).toBe(
      'none',
    );
    const box = (await overlay.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([x, y], id) => ({ x, y, id })),
      });
    const spread = async (staggered: boolean) => {
      if (staggered) await touch('touchStart', [[cx - 20, cy]]);
      await touch('touchStart', [
        [cx - 20, cy],
        [cx + 20, cy],
      ]);
      for (let d = 30; d <= 80; d += 10) {
        await touch('touchMove', [
          [cx - d, cy],
          [cx + d, cy],
        ]);
      }
      await touch('touchEnd', []);
    };
    await spread(true);
    await expect.poll(async () => Number((await zoomOf(page, 'scatter'))!.split(' ')[0])).toBeGreaterThan(1.5);
    const afterFirst = Number((await zoomOf(page, 'scatter'))!.split(' ')[0]);
    // The pinch did not leave a brushed selection behind.
    expect(await page.locator('[data-testid="filter"]').count()).toBe(0);
    await page.waitForTimeout(600);
    await spread(false);
    await expect
      .poll(async () => Number((await zoomOf(page, 'scatter'))!.split(' ')[0]))
      .toBeGreaterThan(afterFirst * 1.5);
    await page.click('[data-testid="scatter"] [data-testid="zoom-reset"]');
    expect(await zoomOf(page, 'scatter')).toBe('1 0 0');
    await context.close();
  });

  it('shows a mark’s tooltip on a tap', async () => {
    const { context, page } = await touchPage();
    await open(page, 'value', '[data-testid="pyramid"] svg');
    const layer = page.locator('[data-testid="pyramid"] rect.layer[data-id="major"][data-panel="count"]');
    await layer.scrollIntoViewIfNeeded();
    const box = (await layer.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator('[data-testid="pyramid"] .chart-tooltip');
    await expect.poll(() => tip.evaluate((t) => (t as HTMLElement).style.display)).toBe('block');
    expect(await tip.textContent()).toContain('Major');
    await context.close();
  });
});
