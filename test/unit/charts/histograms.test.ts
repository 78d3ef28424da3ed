// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSvgDocument } from '../../../src/charts/exportImage.ts';
import { drawHistograms, edgeDigits, histogramColumns } from '../../../src/charts/histograms.ts';
import type { HistogramsData, HistogramsOpts } from '../../../src/charts/types.ts';
import { cleanSvg, fmt, host, num, press, rng } from './chartTestUtils.ts';

const LABELS = ['Recency (log days)', 'Frequency (log orders)', 'Monetary (log)', 'Tenure', '平均订单金额', 'Returns'];

/** Histograms of seeded normal samples (Box–Muller), bins of equal width from the minimum to the maximum. */
function histograms(panels: number, seed = 13, samples = 500): HistogramsData {
  const r = rng(seed);
  return {
    panels: Array.from({ length: panels }, (_v, p) => {
      const bins = 6 + 2 * p;
      const xs = Array.from({ length: samples }, () => {
        const z = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
        return 2 + p + z * (0.5 + p / 4);
      });
      const lo = Math.min(...xs);
      const width = (Math.max(...xs) - lo) / bins;
      const edges = Array.from({ length: bins + 1 }, (_e, i) => lo + i * width);
      const counts = new Array<number>(bins).fill(0);
      for (const x of xs) counts[Math.min(bins - 1, Math.floor((x - lo) / width))]++;
      return { label: LABELS[p % LABELS.length], edges, counts };
    }),
  };
}

function opts(extra: Partial<HistogramsOpts> = {}): HistogramsOpts {
  return { width: 640, format: fmt, labels: { count: 'Customers' }, ...extra };
}

const bars = (el: HTMLElement) => Array.from(el.querySelectorAll<SVGRectElement>('rect.bar'));
const bar = (el: HTMLElement, p: number, b: number) =>
  el.querySelector<SVGRectElement>(`rect.bar[data-panel="${p}"][data-bin="${b}"]`)!;
const panel = (el: HTMLElement, p: number) => el.querySelector<SVGGElement>(`g.panel[data-panel="${p}"]`)!;
const translate = (t: Element) =>
  t
    .getAttribute('transform')!
    .match(/\((-?[\d.]+),(-?[\d.]+)\)/)!
    .slice(1)
    .map(Number);
const tip = (el: HTMLElement) => el.querySelector<HTMLElement>('.chart-tooltip')!;
const tipLines = (el: HTMLElement) => Array.from(tip(el).children).map((c) => c.textContent);

afterEach(() => vi.restoreAllMocks());

describe('drawHistograms', () => {
  it.each([
    [360, 5, 2, 3],
    [640, 5, 3, 2],
    [960, 5, 4, 2],
    [960, 3, 3, 1],
    [640, 1, 1, 1],
  ])('at %i px lays out %i panels in %i columns and %i rows, with Σ bins bars', (width, n, cols, rows) => {
    const el = host();
    const data = histograms(n);
    drawHistograms(el, data, opts({ width }));
    const panels = Array.from(el.querySelectorAll('g.panel'));
    expect(panels).toHaveLength(n);
    expect(bars(el)).toHaveLength(data.panels.reduce((s, p) => s + p.counts.length, 0));
    expect(new Set(panels.map((p) => translate(p)[0])).size).toBe(cols);
    expect(new Set(panels.map((p) => translate(p)[1])).size).toBe(rows);
    // One y axis with the count title per row, on its first panel.
    expect(el.querySelectorAll('.y-axis')).toHaveLength(rows);
    for (let p = 0; p < n; p++) expect(panel(el, p).querySelector('.y-axis') !== null).toBe(p % cols === 0);
    expect(Array.from(el.querySelectorAll('.axis-title')).map((t) => t.textContent)).toEqual(
      new Array(rows).fill('Customers'),
    );
    // The full label (a shortened title keeps it in a <title>).
    const titles = Array.from(el.querySelectorAll('.panel-title'));
    expect(titles.map((t) => t.querySelector('title')?.textContent ?? t.textContent)).toEqual(
      data.panels.map((p) => p.label),
    );
    expect(el.querySelector('svg')!.getAttribute('height')).toBe(String(rows * 180));
    expect(el.querySelector('svg')!.getAttribute('width')).toBe(String(width));
  });

  it('draws bar heights ∝ counts on one scale from 0 and bar spans ∝ bin edges', () => {
    const el = host();
    const data = histograms(4);
    drawHistograms(el, data, opts());
    const base = bar(el, 0, 0);
    const perCount = num(base, 'height') / Number(data.panels[0].counts[0]);
    const bottom = num(base, 'y') + num(base, 'height');
    data.panels.forEach((p, i) => {
      const first = bar(el, i, 0);
      const last = bar(el, i, p.counts.length - 1);
      const span = num(last, 'x') + num(last, 'width') + 1 - num(first, 'x');
      const perUnit = span / (Number(p.edges[p.edges.length - 1]) - Number(p.edges[0]));
      Array.from(p.counts).forEach((c, b) => {
        const rect = bar(el, i, b);
        if (c > 0) expect(num(rect, 'height') / (c * perCount)).toBeCloseTo(1, 2);
        else expect(num(rect, 'height')).toBe(0);
        expect(num(rect, 'y') + num(rect, 'height')).toBeCloseTo(bottom, 6);
        expect((num(rect, 'x') - num(first, 'x')) / perUnit + Number(p.edges[0])).toBeCloseTo(Number(p.edges[b]), 6);
        expect((num(rect, 'width') + 1) / perUnit).toBeCloseTo(Number(p.edges[b + 1]) - Number(p.edges[b]), 6);
      });
    });
    // The tallest bar reaches at most the top of the axis (its highest tick is at or above it).
    const ticks = Array.from(el.querySelectorAll('.y-axis'))[0].querySelectorAll('.tick');
    const max = Math.max(...data.panels.flatMap((p) => Array.from(p.counts)));
    expect(Number(ticks[ticks.length - 1].textContent!.replace(/,/g, ''))).toBeGreaterThanOrEqual(max * 0.8);
    expect(Math.min(...bars(el).map((b) => num(b, 'y')))).toBeGreaterThanOrEqual(0);
  });

  it('writes a few x ticks per panel and integer count ticks', () => {
    const el = host();
    drawHistograms(el, histograms(3), opts());
    for (const axis of Array.from(el.querySelectorAll('.x-axis'))) {
      const n = axis.querySelectorAll('.tick').length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(6);
    }
    const counts = Array.from(el.querySelectorAll('.y-axis .tick text')).map((t) => t.textContent!);
    for (const c of counts) expect(c).toMatch(/^[\d,]+$/);
    const small = host();
    drawHistograms(small, { panels: [{ label: 'x', edges: [0, 1, 2], counts: [1, 0] }] }, opts());
    const ticks = Array.from(small.querySelectorAll('.y-axis .tick text')).map((t) => t.textContent);
    expect(ticks).toEqual(['0', '1']);
  });

  it('moves through a panel’s bins with the arrow keys and shows range and count', () => {
    const el = host();
    const data: HistogramsData = {
      panels: [
        { label: 'Recency', edges: [0, 0.25, 0.5, 0.75], counts: [12, 1234, 0] },
        { label: 'Frequency', edges: [1, 2, 3], counts: [5, 7] },
      ],
    };
    drawHistograms(el, data, opts());
    const g = panel(el, 0);
    expect(g.getAttribute('tabindex')).toBe('0');
    expect(g.getAttribute('aria-label')).toBe('Recency: 0.00 – 0.75, Customers: 1,246');
    expect(panel(el, 1).getAttribute('aria-label')).toBe('Frequency: 1 – 3, Customers: 12');
    expect(tip(el).getAttribute('aria-live')).toBe('polite');
    press(g, 'ArrowRight');
    expect(tip(el).style.display).toBe('block');
    expect(tipLines(el)).toEqual(['Recency', '0.00 – 0.25', 'Customers: 12']);
    expect(bar(el, 0, 0).getAttribute('fill')).not.toBe(bar(el, 0, 1).getAttribute('fill'));
    press(g, 'ArrowRight');
    expect(tipLines(el)).toEqual(['Recency', '0.25 – 0.50', 'Customers: 1,234']);
    expect(bar(el, 0, 1).getAttribute('fill')).not.toBe(bar(el, 0, 0).getAttribute('fill'));
    press(g, 'End');
    press(g, 'ArrowRight');
    expect(tipLines(el)).toEqual(['Recency', '0.50 – 0.75', 'Customers: 0']);
    press(g, 'Home');
    press(g, 'ArrowLeft');
    expect(tipLines(el)[1]).toBe('0.00 – 0.25');
    press(g, 'Escape');
    expect(tip(el).style.display).toBe('none');
    expect(new Set(bars(el).map((b) => b.getAttribute('fill'))).size).toBe(1);
    // A fresh cursor: ArrowLeft starts at the last bin; blur hides.
    const other = panel(el, 1);
    press(other, 'ArrowLeft');
    expect(tipLines(el)).toEqual(['Frequency', '2 – 3', 'Customers: 7']);
    other.dispatchEvent(new FocusEvent('blur'));
    expect(tip(el).style.display).toBe('none');
  });

  it('shows a bar’s range and count on hover, also above a short bar', () => {
    // happy-dom has no SVG geometry: an identity screen matrix makes client coordinates panel coordinates.
    vi.spyOn(SVGSVGElement.prototype, 'createSVGPoint').mockImplementation(() => {
      const p = { x: 0, y: 0, matrixTransform: () => ({ x: p.x, y: p.y }) };
      return p as unknown as DOMPoint;
    });
    const el = host();
    drawHistograms(el, { panels: [{ label: 'Tenure', edges: [0, 10, 20, 30], counts: [3, 40, 1] }] }, opts());
    bar(el, 0, 1).dispatchEvent(new MouseEvent('mouseenter', { clientX: 5, clientY: 5 }));
    expect(tipLines(el)).toEqual(['Tenure', '10 – 20', 'Customers: 40']);
    expect(bar(el, 0, 1).getAttribute('aria-label')).toBe('10 – 20, Customers: 40');
    const overlay = panel(el, 0).querySelector('rect.overlay')!;
    const third = bar(el, 0, 2);
    overlay.dispatchEvent(new MouseEvent('mousemove', { clientX: num(third, 'x') + 2, clientY: 4 }));
    expect(tipLines(el)[1]).toBe('20 – 30');
    panel(el, 0).dispatchEvent(new MouseEvent('mouseleave'));
    expect(tip(el).style.display).toBe('none');
  });

  it('writes counts without decimals whatever the format’s default digits', () => {
    const el = host();
    const format = (n: number, digits = 1) => fmt(n, digits);
    drawHistograms(el, { panels: [{ label: 'x', edges: [0, 1, 2], counts: [1500, 300] }] }, opts({ format }));
    expect(Array.from(el.querySelectorAll('.y-axis .tick text')).map((t) => t.textContent)).toContain('1,000');
    expect(bar(el, 0, 0).getAttribute('aria-label')).toBe('0 – 1, Customers: 1,500');
    expect(panel(el, 0).getAttribute('aria-label')).toBe('x: 0 – 2, Customers: 1,800');
  });

  it('leaves out bins with a non-finite edge and draws nothing for missing counts', () => {
    const el = host();
    drawHistograms(
      el,
      {
        panels: [
          { label: 'x', edges: [0, 1, NaN, 3, 4], counts: [2, 3, 4, NaN] },
          { label: 'y', edges: [], counts: [] },
        ],
      },
      opts(),
    );
    expect(bars(el).map((b) => `${b.dataset.panel}:${b.dataset.bin}`)).toEqual(['0:0', '0:3']);
    expect(num(bar(el, 0, 3), 'height')).toBe(0);
    expect(el.querySelectorAll('g.panel')).toHaveLength(2);
    press(panel(el, 1), 'ArrowRight');
    expect(tip(el).style.display).not.toBe('block');
  });

  it('shortens long panel titles and keeps the full one as a title', () => {
    const el = host();
    const label = 'Average number of days between two consecutive purchases of a customer';
    drawHistograms(el, { panels: [0, 1, 2].map(() => ({ label, edges: [0, 1], counts: [1] })) }, opts());
    const title = el.querySelector('.panel-title')!;
    expect(title.firstChild!.textContent!.endsWith('…')).toBe(true);
    expect(title.querySelector('title')!.textContent).toBe(label);
    expect(panel(el, 0).getAttribute('aria-label')).toContain(label);
  });

  it('updates, takes its width from the element and is removed by destroy', () => {
    const el = host();
    const chart = drawHistograms(el, histograms(5), opts({ width: undefined }));
    expect(el.querySelector('svg')!.getAttribute('width')).toBe('640');
    chart.update(histograms(2), opts({ width: 400, height: 250 }));
    expect(el.querySelectorAll('g.panel')).toHaveLength(2);
    expect(el.querySelector('svg')!.getAttribute('height')).toBe('250');
    expect(el.querySelectorAll('svg')).toHaveLength(1);
    expect(el.querySelectorAll('.chart-tooltip')).toHaveLength(1);
    chart.update({ panels: [] }, opts());
    expect(bars(el)).toHaveLength(0);
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('exports as a standalone SVG', () => {
    const el = host();
    const data = histograms(4);
    drawHistograms(el, data, opts());
    const doc = buildSvgDocument(el);
    expect([doc.width, doc.height]).toEqual([640, 360]);
    expect(doc.text.match(/class="bar"/g)).toHaveLength(data.panels.reduce((s, p) => s + p.counts.length, 0));
  });

  it('matches the snapshot', () => {
    const el = host();
    drawHistograms(el, histograms(4), opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});

describe('histogramColumns', () => {
  it.each([
    [320, 6, 2],
    [479, 6, 2],
    [480, 6, 3],
    [799, 6, 3],
    [800, 6, 4],
    [1200, 6, 4],
    [1200, 2, 2],
    [1200, 1, 1],
    [640, 0, 1],
  ])('at %i px with %i panels uses %i columns', (width, panels, cols) => {
    expect(histogramColumns(width, panels)).toBe(cols);
  });
});

describe('edgeDigits', () => {
  it.each([
    [[0, 1, 2, 3], 0],
    [[0, 10, 20], 0],
    [[0, 0.25, 0.5], 2],
    [[1.2345, 2.3456, 3.4567], 1],
    [[0.01234, 0.02345, 0.03456], 3],
    [[0, 0.5, 1], 1],
    [[5], 0],
    [[], 0],
  ])('%j need %i digits', (edges, digits) => {
    expect(edgeDigits(edges)).toBe(digits);
  });
});
