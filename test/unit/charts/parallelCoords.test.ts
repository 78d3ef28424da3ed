// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buildSvgDocument } from '../../../src/charts/exportImage.ts';
import { segmentColour } from '../../../src/charts/palette.ts';
import { drawParallelCoords } from '../../../src/charts/parallelCoords.ts';
import { textWidth } from '../../../src/charts/size.ts';
import type { ParallelCoordsData, ParallelCoordsOpts } from '../../../src/charts/types.ts';
import { wrapText } from '../../../src/charts/wrapText.ts';
import { cleanSvg, click, fmt, host, num, press, rng } from './chartTestUtils.ts';

const FEATURES = ['Recency', 'Frequency', 'Monetary', 'Tenure', 'Avg. basket', 'Returns', 'Discount share', 'Visits'];

/** Clusters with seeded centroids (z-scores in −2..2, 2 decimals) and sizes. */
function centroids(features: number, clusters: number, seed = 9, selected: number | null = null): ParallelCoordsData {
  const r = rng(seed);
  return {
    features: FEATURES.slice(0, features),
    lines: Array.from({ length: clusters }, (_v, index) => ({
      index,
      label: `Cluster ${index + 1}`,
      colour: segmentColour(index),
      size: Math.round(100 + r() * 3000),
      values: Array.from({ length: features }, () => Math.round((r() * 4 - 2) * 100) / 100),
    })),
    selected,
  };
}

function opts(extra: Partial<ParallelCoordsOpts> = {}): ParallelCoordsOpts {
  return {
    width: 640,
    height: 360,
    format: fmt,
    labels: { value: 'Standardised value (z)', size: 'Customers' },
    ...extra,
  };
}

const paths = (el: HTMLElement) => Array.from(el.querySelectorAll<SVGPathElement>('path.line'));
const line = (el: HTMLElement, i: number) => el.querySelector<SVGPathElement>(`path.line[data-index="${i}"]`)!;
const dot = (el: HTMLElement, i: number, j: number) =>
  el.querySelector<SVGCircleElement>(`circle.dot[data-index="${i}"][data-feature="${j}"]`)!;
const translate = (t: Element) =>
  t
    .getAttribute('transform')!
    .match(/\((-?[\d.]+),(-?[\d.]+)\)/)!
    .slice(1)
    .map(Number);
/** The value at plot pixel y, read off the y axis (d3 offsets ticks by half a pixel). */
function yValue(el: HTMLElement, py: number): number {
  const ticks = Array.from(el.querySelectorAll('.y-axis .tick'));
  const at = (t: Element) => translate(t)[1] - 0.5;
  const value = (t: Element) => Number(t.textContent);
  const [a, b] = [ticks[0], ticks.at(-1)!];
  return value(a) + ((py - at(a)) / (at(b) - at(a))) * (value(b) - value(a));
}
/** The [x, y] points of a path drawn by d3.line (M…L…). */
function vertices(p: Element): [number, number][] {
  const n = p
    .getAttribute('d')!
    .match(/-?[\d.]+(?:e[-+]?\d+)?/gi)!
    .map(Number);
  return Array.from({ length: n.length / 2 }, (_v, i) => [n[2 * i], n[2 * i + 1]]);
}
const tipLines = (el: HTMLElement) =>
  Array.from(el.querySelector('.chart-tooltip')!.children).map((c) => c.textContent);

describe('drawParallelCoords', () => {
  it.each([
    [5, 4],
    [8, 6],
    [2, 1],
  ])('draws %i feature axes and one line per cluster (%i) with a dot on each axis at its value', (nf, nc) => {
    const el = host();
    const data = centroids(nf, nc);
    drawParallelCoords(el, data, opts());
    expect(paths(el)).toHaveLength(nc);
    expect(el.querySelectorAll('circle.dot')).toHaveLength(nf * nc);
    const axes = Array.from(el.querySelectorAll('g.feature-axis'));
    expect(axes).toHaveLength(nf);
    const axisX = axes.map((a) => translate(a)[0]);
    for (let j = 1; j < nf; j++) expect(axisX[j] - axisX[j - 1]).toBeCloseTo(axisX[1] - axisX[0], 6);
    for (const l of data.lines) {
      const pts = vertices(line(el, l.index));
      expect(pts).toHaveLength(nf);
      l.values.forEach((v, j) => {
        const d = dot(el, l.index, j);
        expect(num(d, 'cx')).toBeCloseTo(axisX[j], 6);
        expect(pts[j][0]).toBeCloseTo(axisX[j], 2);
        expect(pts[j][1]).toBeCloseTo(num(d, 'cy'), 2);
        expect(yValue(el, num(d, 'cy'))).toBeCloseTo(v, 6);
        expect(d.getAttribute('fill')).toBe(l.colour);
      });
      expect(line(el, l.index).getAttribute('stroke')).toBe(l.colour);
    }
  });

  it('puts larger values higher on a shared scale of at least −1..1 with a dashed zero line', () => {
    const el = host();
    const data: ParallelCoordsData = {
      features: ['A', 'B', 'C'],
      lines: [{ index: 0, label: 'Only', colour: '#332288', size: 5, values: [0.2, -0.4, 0.6] }],
    };
    drawParallelCoords(el, data, opts());
    const cy = (j: number) => num(dot(el, 0, j), 'cy');
    expect(cy(2)).toBeLessThan(cy(0));
    expect(cy(0)).toBeLessThan(cy(1));
    const ticks = Array.from(el.querySelectorAll('.y-axis .tick text')).map((t) => Number(t.textContent));
    expect(Math.min(...ticks)).toBeLessThanOrEqual(-1);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(1);
    const zero = el.querySelector('line.zero')!;
    expect(zero.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(yValue(el, num(zero, 'y1'))).toBeCloseTo(0, 6);
    expect(num(zero, 'y1')).toBe(num(zero, 'y2'));
  });

  it.each([
    [
      'long English names',
      ['Average number of days since the last purchase', 'Total revenue per customer in euros', 'x'],
    ],
    ['Chinese names', ['最近一次购买距今的天数', '客户平均订单金额（元）', '购买频率（次数）']],
    ['mixed names', ['Recency 最近购买', 'Monetary（金额）per customer', 'A/B-test-group-membership-flag']],
  ])('wraps and fits %s so neighbouring labels do not overlap', (_name, features) => {
    const el = host();
    const r = rng(3);
    const lines = [0, 1].map((index) => ({
      index,
      label: `C${index}`,
      colour: segmentColour(index),
      size: 10,
      values: features.map(() => r() * 2 - 1),
    }));
    for (const width of [640, 360]) {
      drawParallelCoords(el, { features, lines }, opts({ width }));
      const axes = Array.from(el.querySelectorAll('g.feature-axis'));
      const step = translate(axes[1])[0] - translate(axes[0])[0];
      axes.forEach((a, j) => {
        const spans = Array.from(a.querySelectorAll('text.feature-label tspan')).map((t) => t.textContent!);
        expect(spans.length).toBeGreaterThanOrEqual(1);
        expect(spans.length).toBeLessThanOrEqual(3);
        for (const s of spans) expect(textWidth(s)).toBeLessThanOrEqual(step - 8);
        const shown = spans.join('');
        const full = features[j].replace(/\s+/g, '');
        if (shown.endsWith('…')) {
          expect(full.startsWith(shown.slice(0, -1).replace(/\s+/g, ''))).toBe(true);
          expect(a.querySelector('title')!.textContent).toBe(features[j]);
        } else expect(shown.replace(/\s+/g, '')).toBe(full);
      });
      el.replaceChildren();
    }
  });

  it('names each focusable line with its label, size and every value (2 decimals)', () => {
    const el = host();
    const data: ParallelCoordsData = {
      features: ['Recency', 'Frequency', 'Monetary'],
      lines: [
        { index: 3, label: 'Big spenders', colour: '#882255', size: 1234, values: [-1.234, 0.5, 2] },
        { index: 4, label: 'Others', colour: '#44AA99', size: 56, values: [0.1, NaN, -0.3] },
      ],
    };
    drawParallelCoords(el, data, opts({ format: (n, digits = 1) => fmt(n, digits) }));
    const big = line(el, 3);
    expect(big.getAttribute('tabindex')).toBe('0');
    expect(big.getAttribute('role')).toBe('img');
    expect(big.getAttribute('aria-label')).toBe(
      'Big spenders: Customers: 1,234, Recency: -1.23, Frequency: 0.50, Monetary: 2.00',
    );
    expect(line(el, 4).getAttribute('aria-label')).toBe(
      'Others: Customers: 56, Recency: 0.10, Frequency: –, Monetary: -0.30',
    );
    expect(el.querySelectorAll('circle.dot[data-index="4"]')).toHaveLength(2);
    big.dispatchEvent(new FocusEvent('focus'));
    expect(tipLines(el)).toEqual([
      'Big spenders',
      'Customers: 1,234',
      'Recency: -1.23',
      'Frequency: 0.50',
      'Monetary: 2.00',
    ]);
    big.dispatchEvent(new FocusEvent('blur'));
    expect(el.querySelector<HTMLElement>('.chart-tooltip')!.style.display).toBe('none');
  });

  it('selects by click and Enter, deselects the selected line, which is thick and on top', () => {
    const el = host();
    const onSelect = vi.fn();
    drawParallelCoords(el, centroids(5, 4, 9, 1), opts({ onSelect }));
    click(line(el, 2));
    press(line(el, 0), 'Enter');
    press(line(el, 3), ' ');
    press(line(el, 3), 'q');
    click(line(el, 1));
    press(line(el, 1), 'Enter');
    click(el.querySelector('path.hit')!);
    expect(onSelect.mock.calls).toEqual([[2], [0], [3], [null], [null], [0]]);
    const selected = line(el, 1);
    expect(selected.getAttribute('role')).toBe('button');
    expect(selected.getAttribute('aria-pressed')).toBe('true');
    expect(line(el, 0).getAttribute('aria-pressed')).toBe('false');
    expect(num(selected, 'stroke-width')).toBeGreaterThan(num(line(el, 0), 'stroke-width'));
    expect(el.querySelector('g.lines')!.lastElementChild!.contains(selected)).toBe(true);
    expect(num(selected.parentElement, 'opacity')).toBe(1);
    for (const i of [0, 2, 3]) expect(num(line(el, i).parentElement, 'opacity')).toBeLessThan(1);
    expect(num(dot(el, 1, 0), 'r')).toBeGreaterThan(num(dot(el, 0, 0), 'r'));
  });

  it('fades nothing without a selection', () => {
    const el = host();
    drawParallelCoords(el, centroids(5, 4), opts());
    expect(paths(el).every((p) => num(p.parentElement, 'opacity') === 1)).toBe(true);
    expect(new Set(paths(el).map((p) => p.getAttribute('stroke-width'))).size).toBe(1);
  });

  it('has a legend of the clusters with their sizes and the value axis title', () => {
    const el = host();
    const data = centroids(4, 3);
    drawParallelCoords(el, data, opts());
    expect(Array.from(el.querySelectorAll('.legend-item')).map((t) => t.textContent)).toEqual(
      data.lines.map((l) => `${l.label} (${fmt(l.size)})`),
    );
    expect(Array.from(el.querySelectorAll('.legend-item rect')).map((r) => r.getAttribute('fill'))).toEqual(
      data.lines.map((l) => l.colour),
    );
    expect(Array.from(el.querySelectorAll('.axis-title')).map((t) => t.textContent)).toEqual([
      'Standardised value (z)',
    ]);
    expect(Array.from(el.querySelectorAll('text.feature-label')).map((t) => t.textContent)).toEqual(
      data.features.map((f) => f.replace(' ', '')),
    );
  });

  it('updates, takes its width from the element and is removed by destroy', () => {
    const el = host();
    const chart = drawParallelCoords(el, centroids(5, 4), opts({ width: undefined, height: undefined }));
    expect(el.querySelector('svg')!.getAttribute('width')).toBe('640');
    expect(el.querySelector('svg')!.getAttribute('height')).toBe('360');
    chart.update(centroids(3, 2), opts({ width: 400 }));
    expect(paths(el)).toHaveLength(2);
    expect(el.querySelectorAll('svg')).toHaveLength(1);
    expect(el.querySelectorAll('.chart-tooltip')).toHaveLength(1);
    chart.update({ features: [], lines: [] }, opts());
    expect(paths(el)).toHaveLength(0);
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('exports as a standalone SVG', () => {
    const el = host();
    drawParallelCoords(el, centroids(5, 4), opts());
    const doc = buildSvgDocument(el);
    expect([doc.width, doc.height]).toEqual([640, 360]);
    expect(doc.text.match(/class="line"/g)).toHaveLength(4);
  });

  it('matches the snapshot', () => {
    const el = host();
    drawParallelCoords(el, centroids(6, 4, 9, 2), opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});

describe('wrapText', () => {
  it.each([
    ['Recency', 100, 2, ['Recency']],
    ['Average days since last purchase', 80, 3, ['Average days', 'since last', 'purchase']],
    ['Average days since last purchase', 80, 2, ['Average days', 'since last…']],
    ['最近一次购买距今天数', 50, 2, ['最近一次', '购买距…']],
    ['平均订单金额（元）', 70, 2, ['平均订单金额', '（元）']],
    ['金额（元）', 44, 2, ['金额', '（元）']],
    ['Monetary（金额）', 70, 2, ['Monetary', '（金额）']],
    ['A/B-group', 32, 3, ['A/B-', 'group']],
    ['Supercalifragilistic', 40, 2, ['Superc', 'alifr…']],
    ['  spaced   out  ', 200, 2, ['spaced out']],
    ['', 100, 2, []],
  ])('wraps %j into %i px, %i lines', (text, width, lines, expected) => {
    const out = wrapText(text, width, lines);
    expect(out).toEqual(expected);
    for (const l of out) expect(textWidth(l)).toBeLessThanOrEqual(width);
  });
});
