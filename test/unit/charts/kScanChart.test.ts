// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buildSvgDocument } from '../../../src/charts/exportImage.ts';
import { drawKScan, kScanName } from '../../../src/charts/kScanChart.ts';
import type { KScanData, KScanOpts } from '../../../src/charts/types.ts';
import { cleanSvg, click, fmt, host, num, press, rng } from './chartTestUtils.ts';

type Metric = 'inertia' | 'silhouette';
const METRICS: Metric[] = ['inertia', 'silhouette'];

/** k = from..to with a decreasing (elbow-shaped) inertia and a silhouette around 0.3, seeded. */
function scan(from = 2, to = 10, seed = 5, extra: Partial<KScanData> = {}): KScanData {
  const r = rng(seed);
  const rows = [];
  for (let k = from; k <= to; k++) {
    const inertia = Math.round((12000 / k ** 1.3 + 400 + r() * 150) * 10) / 10;
    const silhouette = Math.round((0.45 - Math.abs(k - 4) * 0.04 + (r() - 0.5) * 0.05) * 1000) / 1000;
    rows.push({ k, inertia, silhouette });
  }
  return { rows, suggested: 4, chosen: 5, ...extra };
}

function opts(extra: Partial<KScanOpts> = {}): KScanOpts {
  return {
    width: 600,
    height: 360,
    format: fmt,
    labels: {
      k: 'Number of clusters k',
      inertia: 'inertia',
      silhouette: 'silhouette',
      suggested: 'Suggested',
      chosen: 'Chosen',
    },
    ...extra,
  };
}

const points = (el: HTMLElement, metric?: Metric) =>
  Array.from(el.querySelectorAll<SVGCircleElement>(metric ? `circle.point[data-metric="${metric}"]` : 'circle.point'));
const point = (el: HTMLElement, metric: Metric, k: number) =>
  el.querySelector<SVGCircleElement>(`circle.point[data-metric="${metric}"][data-k="${k}"]`)!;
const translate = (t: Element) =>
  t
    .getAttribute('transform')!
    .match(/\((-?[\d.]+),(-?[\d.]+)\)/)!
    .slice(1)
    .map(Number);
/** Where a tick is (d3 offsets ticks by half a pixel for crisp lines). */
const tickX = (t: Element) => translate(t)[0] - 0.5;
const tickY = (t: Element) => translate(t)[1] - 0.5;
/** Ticks of a panel's y axis as [value, pixel y] (panel coordinates). */
const yTicks = (el: HTMLElement, metric: Metric) =>
  Array.from(el.querySelectorAll(`.y-axis-${metric} .tick`)).map((t) => [Number(t.textContent), tickY(t)] as const);
const tipLines = (el: HTMLElement) =>
  Array.from(el.querySelector('.chart-tooltip')!.children).map((c) => c.textContent);

describe('drawKScan', () => {
  it.each([
    [2, 10],
    [2, 5],
    [3, 3],
  ])('draws 2 points per k for k = %i..%i on integer ticks, in order of k', (from, to) => {
    const el = host();
    const data = scan(from, to);
    drawKScan(el, { ...data, rows: [...data.rows].reverse() }, opts());
    const n = to - from + 1;
    expect(points(el)).toHaveLength(2 * n);
    for (const metric of METRICS) expect(points(el, metric)).toHaveLength(n);
    const xs = data.rows.map((r) => num(point(el, 'inertia', r.k), 'cx'));
    data.rows.forEach((r, i) => {
      expect(num(point(el, 'silhouette', r.k), 'cx')).toBe(xs[i]);
      if (i > 0) expect(xs[i] - xs[i - 1]).toBeCloseTo(xs[1] - xs[0], 6);
    });
    const ticks = Array.from(el.querySelectorAll('.x-axis .tick'));
    expect(ticks.map((t) => t.textContent)).toEqual(data.rows.map((r) => String(r.k)));
    ticks.forEach((t, i) => expect(tickX(t)).toBeCloseTo(xs[i], 6));
    expect(el.querySelectorAll('path.curve')).toHaveLength(2);
  });

  it('puts a larger inertia higher, proportionally on an axis from 0, in the top panel', () => {
    const el = host();
    const data = scan();
    drawKScan(el, data, opts());
    const zero = yTicks(el, 'inertia').find(([v]) => v === 0)![1];
    const perUnit = (zero - num(point(el, 'inertia', 2), 'cy')) / data.rows[0].inertia;
    for (const r of data.rows) {
      expect((zero - num(point(el, 'inertia', r.k), 'cy')) / (r.inertia * perUnit)).toBeCloseTo(1, 4);
    }
    const ys = data.rows.map((r) => num(point(el, 'inertia', r.k), 'cy'));
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
    // The silhouette panel is below the inertia panel.
    const panelTop = (m: Metric) =>
      Number(
        el
          .querySelector(`.panel-${m}`)!
          .getAttribute('transform')!
          .match(/,(-?[\d.]+)\)/)![1],
      );
    expect(panelTop('silhouette')).toBeGreaterThan(panelTop('inertia') + zero);
  });

  it.each([
    ['positive values', [0.31, 0.42, 0.38], false],
    ['small values', [0.01, 0.03, 0.02], false],
    ['a negative value', [-0.12, 0.25, 0.18], true],
  ])('spans the silhouette axis from min(0, min) to max(max, 0.1) with %s', (_name, sil, dashedZero) => {
    const el = host();
    const rows = sil.map((silhouette, i) => ({ k: i + 2, inertia: 1000 - i * 100, silhouette }));
    drawKScan(el, { rows }, opts());
    const ticks = yTicks(el, 'silhouette');
    expect(ticks.map(([v]) => v)).toContain(0);
    // The value at pixel y of the panel, read off the axis; the axis spans the panel's height.
    const [[v0, p0], [v1, p1]] = [ticks[0], ticks.at(-1)!];
    const valueAt = (py: number) => v0 + ((py - p0) / (p1 - p0)) * (v1 - v0);
    const height = translate(el.querySelector('.panel-silhouette .x-axis')!)[1];
    expect(valueAt(height)).toBeLessThanOrEqual(Math.min(0, ...sil) + 1e-9);
    expect(valueAt(0)).toBeGreaterThanOrEqual(Math.max(0.1, ...sil) - 1e-9);
    expect(valueAt(0)).toBeLessThanOrEqual(Math.max(0.1, ...sil) * 1.5);
    rows.forEach((r) => expect(valueAt(num(point(el, 'silhouette', r.k), 'cy'))).toBeCloseTo(r.silhouette, 6));
    const zero = el.querySelector('.panel-silhouette line.zero');
    expect(zero !== null).toBe(dashedZero);
    if (zero) expect(num(zero, 'y1')).toBeCloseTo(ticks.find(([v]) => v === 0)![1], 6);
  });

  it.each([
    [4, 5],
    [3, 3],
    [10, 2],
  ])('marks the suggested k = %i with a band and the chosen k = %i with a line', (suggested, chosen) => {
    const el = host();
    drawKScan(el, scan(2, 10, 5, { suggested, chosen }), opts({ onSelect: () => {} }));
    const band = el.querySelector('rect.suggested')!;
    const x = (k: number) => num(point(el, 'inertia', k), 'cx');
    expect(band.getAttribute('data-k')).toBe(String(suggested));
    expect(num(band, 'x') + num(band, 'width') / 2).toBeCloseTo(x(suggested), 6);
    expect(num(band, 'width')).toBeLessThan(x(3) - x(2));
    const line = el.querySelector('line.chosen')!;
    expect(num(line, 'x1')).toBeCloseTo(x(chosen), 6);
    expect(num(line, 'x2')).toBeCloseTo(x(chosen), 6);
    expect(line.getAttribute('stroke-dasharray')).toBeTruthy();
    // Both reach from the top of the inertia panel to the bottom of the silhouette panel.
    const offset = (sel: string) => translate(el.querySelector(sel)!)[1];
    const bottom = offset('.panel-silhouette') + offset('.panel-silhouette .x-axis');
    expect(num(band, 'y') + num(band, 'height')).toBeCloseTo(bottom, 6);
    expect(num(band, 'y')).toBeLessThanOrEqual(0);
    expect(num(line, 'y2')).toBeCloseTo(bottom, 6);
    expect(el.querySelector('text.suggested-label')!.textContent).toBe('Suggested');
    expect(el.querySelector('text.chosen-label')!.textContent).toBe('Chosen');
    expect(num(el.querySelector('text.suggested-label'), 'y')).not.toBe(
      num(el.querySelector('text.chosen-label'), 'y'),
    );
    const chosenPoints = points(el).filter((p) => p.getAttribute('aria-pressed') === 'true');
    expect(chosenPoints.map((p) => p.getAttribute('data-k'))).toEqual([String(chosen), String(chosen)]);
    expect(num(chosenPoints[0], 'r')).toBeGreaterThan(num(point(el, 'inertia', chosen === 2 ? 3 : 2), 'r'));
  });

  it('draws no marker without a suggested or chosen k', () => {
    const el = host();
    drawKScan(el, scan(2, 10, 5, { suggested: null, chosen: undefined }), opts());
    expect(el.querySelector('.suggested')).toBeNull();
    expect(el.querySelector('.chosen')).toBeNull();
    expect(el.querySelector('.suggested-label')).toBeNull();
  });

  it('names each focusable point with k, inertia (1 decimal) and silhouette (3 decimals)', () => {
    const el = host();
    const rows = [
      { k: 3, inertia: 2345.67, silhouette: 0.3 },
      { k: 4, inertia: 1234.5, silhouette: 0.41234 },
      { k: 5, inertia: 999, silhouette: -0.05 },
    ];
    drawKScan(el, { rows, suggested: 4, chosen: 5 }, opts());
    expect(point(el, 'inertia', 3).getAttribute('aria-label')).toBe('k = 3: inertia 2,345.7, silhouette 0.300');
    expect(point(el, 'silhouette', 4).getAttribute('aria-label')).toBe(
      'k = 4: inertia 1,234.5, silhouette 0.412 (Suggested)',
    );
    expect(point(el, 'inertia', 5).getAttribute('aria-label')).toBe('k = 5: inertia 999.0, silhouette -0.050 (Chosen)');
    expect(kScanName(rows[1], opts().labels, fmt)).toBe('k = 4: inertia 1,234.5, silhouette 0.412');
    const p = point(el, 'silhouette', 4);
    expect(p.getAttribute('tabindex')).toBe('0');
    expect(p.getAttribute('role')).toBe('img');
    p.dispatchEvent(new FocusEvent('focus'));
    expect(tipLines(el)).toEqual(['k = 4', 'inertia: 1,234.5', 'silhouette: 0.412', 'Suggested']);
    p.dispatchEvent(new FocusEvent('blur'));
    expect(el.querySelector<HTMLElement>('.chart-tooltip')!.style.display).toBe('none');
  });

  it('writes k without decimals whatever the format’s default digits', () => {
    const el = host();
    drawKScan(el, scan(), opts({ format: (n, digits = 2) => fmt(n, digits) }));
    expect(Array.from(el.querySelectorAll('.x-axis .tick')).map((t) => t.textContent)).toEqual([
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('calls onSelect(k) on click, Enter and Space on a point and on a click in a column', () => {
    const el = host();
    const onSelect = vi.fn();
    drawKScan(el, scan(), opts({ onSelect }));
    expect(point(el, 'inertia', 6).getAttribute('role')).toBe('button');
    click(point(el, 'inertia', 6));
    press(point(el, 'silhouette', 3), 'Enter');
    press(point(el, 'silhouette', 8), ' ');
    press(point(el, 'silhouette', 8), 'x');
    click(el.querySelector('rect.column[data-k="9"]')!);
    expect(onSelect.mock.calls).toEqual([[6], [3], [8], [9]]);
  });

  it('skips non-finite values but keeps the k', () => {
    const el = host();
    const data = scan(2, 6);
    data.rows[1].silhouette = NaN;
    drawKScan(el, data, opts());
    expect(points(el, 'inertia')).toHaveLength(5);
    expect(points(el, 'silhouette')).toHaveLength(4);
    expect(point(el, 'inertia', 3).getAttribute('aria-label')).toContain('silhouette –');
    expect(el.querySelector('path.curve-silhouette')!.getAttribute('d')).not.toContain('NaN');
  });

  it('has a legend, axis titles per panel and for k', () => {
    const el = host();
    drawKScan(el, scan(), opts());
    expect(Array.from(el.querySelectorAll('.legend-item')).map((t) => t.textContent)).toEqual([
      'inertia',
      'silhouette',
      'Suggested',
      'Chosen',
    ]);
    expect(Array.from(el.querySelectorAll('.axis-title')).map((t) => t.textContent)).toEqual([
      'Number of clusters k',
      'inertia',
      'silhouette',
    ]);
    const colours = METRICS.map((m) => el.querySelector(`path.curve-${m}`)!.getAttribute('stroke'));
    expect(new Set(colours).size).toBe(2);
    expect(points(el, 'inertia').every((p) => p.getAttribute('fill') === colours[0])).toBe(true);
  });

  it('copes with no rows', () => {
    const el = host();
    drawKScan(el, { rows: [] }, opts());
    expect(points(el)).toHaveLength(0);
    expect(el.querySelector('svg')).not.toBeNull();
  });

  it('updates, takes its width from the element and is removed by destroy', () => {
    const el = host();
    const chart = drawKScan(el, scan(), opts({ width: undefined, height: undefined }));
    expect(el.querySelector('svg')!.getAttribute('width')).toBe('640');
    expect(el.querySelector('svg')!.getAttribute('height')).toBe('360');
    chart.update(scan(2, 6), opts({ width: 420 }));
    expect(points(el)).toHaveLength(10);
    expect(el.querySelectorAll('svg')).toHaveLength(1);
    expect(el.querySelectorAll('.chart-tooltip')).toHaveLength(1);
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('exports as a standalone SVG', () => {
    const el = host();
    drawKScan(el, scan(), opts());
    const doc = buildSvgDocument(el);
    expect([doc.width, doc.height]).toEqual([600, 360]);
    expect(doc.text.match(/class="point"/g)).toHaveLength(18);
  });

  it('matches the snapshot', () => {
    const el = host();
    drawKScan(el, scan(), opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
