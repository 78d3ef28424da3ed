// @vitest-environment happy-dom
// Tooltips on tap and click (no hover on touch screens), the focus kept across a redraw, and the
// scatter's zoom for buttons and pinch.
import { describe, expect, it, vi } from 'vitest';
import { drawKScan } from '../../../src/charts/kScanChart.ts';
import { drawPAliveMatrix } from '../../../src/charts/pAliveMatrix.ts';
import { drawPyramid } from '../../../src/charts/pyramid.ts';
import { drawScatter } from '../../../src/charts/scatter.ts';
import { createTooltip } from '../../../src/charts/tooltip.ts';
import type { KScanData, KScanOpts, PyramidData } from '../../../src/charts/types.ts';
import { fmt, host, press } from './chartTestUtils.ts';

const tipOf = (el: HTMLElement) => el.querySelector<HTMLElement>('.chart-tooltip')!;
/** A tap as Chromium sends it: pointer down (touch), click, then mouseleave (on `left`, default the target). */
const tap = (target: Element, left: Element = target) => {
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1, clientX: 10, clientY: 10 }));
  left.dispatchEvent(new MouseEvent('mouseleave'));
};

function pyramid(): PyramidData {
  return {
    layers: ['key', 'major', 'ordinary', 'small'].map((id, i) => ({
      id,
      label: id,
      customers: 10 * (i + 1),
      revenue: 100 * (4 - i),
      customerShare: (i + 1) / 10,
      revenueShare: (4 - i) / 10,
    })),
  };
}
const pyramidOpts = {
  width: 600,
  format: fmt,
  labels: { byCount: 'By count', byRevenue: 'By revenue', customers: 'Customers', revenue: 'Revenue' },
};

describe('tooltips without hover', () => {
  it('show a mark’s tooltip on a click, and keep it after a tap until a pointer comes down outside', () => {
    const el = host();
    drawPyramid(el, pyramid(), pyramidOpts);
    const tip = tipOf(el);
    const mark = el.querySelector('rect.layer[data-id="major"][data-panel="count"]')!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(tip.style.display).toBe('block');
    expect(tip.textContent).toContain('Customers: 20');
    // With a mouse, leaving hides it.
    mark.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'mouse' }));
    mark.dispatchEvent(new MouseEvent('mouseleave'));
    expect(tip.style.display).toBe('none');
    // A tap: the mouseleave the browser sends after it does not hide the tooltip.
    tap(mark);
    expect(tip.style.display).toBe('block');
    mark.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
    expect(tip.style.display).toBe('block');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
    expect(tip.style.display).toBe('none');
  });

  it('show a P(alive) cell on a tap (its highlight too)', () => {
    const el = host();
    drawPAliveMatrix(
      el,
      { x: [0, 1], tx: [0, 1], p: [0.9, NaN, 0.5, 0.7] },
      {
        width: 400,
        format: fmt,
        labels: { x: 'Recency', y: 'Frequency', pAlive: 'P(alive)' },
      },
    );
    tap(el.querySelector('rect.cell[data-x="1"][data-tx="1"]')!, el.querySelector('g.plot')!);
    expect(tipOf(el).style.display).toBe('block');
    expect(tipOf(el).textContent).toContain('70 %');
    expect(el.querySelector('g.highlight')!.getAttribute('display')).toBeNull();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
    expect(tipOf(el).style.display).toBe('none');
    expect(el.querySelector('g.highlight')!.getAttribute('display')).toBe('none');
  });

  it('forget a chart that is gone: a pointer down after the redraw removes the listener', () => {
    const el = host();
    const root = document.createElement('div');
    el.append(root);
    const spy = vi.spyOn(document, 'removeEventListener');
    const tooltip = createTooltip(root);
    tooltip.node.remove();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(spy).toHaveBeenCalledWith('pointerdown', expect.any(Function), true);
    spy.mockRestore();
  });
});

describe('focus across a redraw', () => {
  const scan: KScanData = {
    rows: [2, 3, 4, 5].map((k) => ({ k, inertia: 100 / k, silhouette: 0.3 + k / 100 })),
    suggested: 3,
    chosen: 3,
  };
  const opts = (onSelect: (k: number) => void): KScanOpts => ({
    width: 500,
    format: fmt,
    labels: { k: 'k', inertia: 'Inertia', silhouette: 'Silhouette', suggested: 'suggested', chosen: 'chosen' },
    onSelect,
  });

  it('stays on the same mark when picking it redraws the chart, and shows its tooltip', () => {
    const el = host();
    let chart: ReturnType<typeof drawKScan> | null = null;
    const o = opts((k) => chart!.update({ ...scan, chosen: k }, o));
    chart = drawKScan(el, scan, o);
    const point = el.querySelector<SVGElement>('circle.point[data-k="5"][data-metric="silhouette"]')!;
    point.focus();
    press(point, 'Enter');
    const now = document.activeElement!;
    expect(now).not.toBe(point);
    expect(now.isConnected).toBe(true);
    expect(now.getAttribute('data-k')).toBe('5');
    expect(now.getAttribute('data-metric')).toBe('silhouette');
    expect(now.getAttribute('aria-pressed')).toBe('true');
    expect(tipOf(el).style.display).toBe('block');
    expect(tipOf(el).textContent).toContain('k = 5');
    // Fewer k: the focusable mark at the same place.
    chart.update({ ...scan, rows: scan.rows.slice(0, 2) }, o);
    expect(el.contains(document.activeElement)).toBe(true);
  });
});

describe('scatter zoom', () => {
  const data = {
    recency: Float64Array.from({ length: 50 }, (_, i) => i * 8),
    monetary: Float64Array.from({ length: 50 }, (_, i) => 10 + i * 30),
    segment: new Int32Array(50),
    ids: Array.from({ length: 50 }, (_, i) => `C${i}`),
    segments: [{ index: 0, label: 'All', colour: '#332288' }],
  };
  const opts = {
    width: 640,
    height: 400,
    logX: false,
    logY: false,
    format: fmt,
    labels: { x: 'Recency', y: 'Monetary', customer: 'Customer', segment: 'Segment', hint: 'hint' },
  };

  it('zooms by a factor about the centre and resets, as the buttons do', () => {
    const el = host();
    const chart = drawScatter(el, data, opts);
    const root = el.querySelector<HTMLElement>('.chart-root')!;
    const ticks = () => Array.from(el.querySelectorAll('.x-axis .tick text'), (t) => t.textContent);
    const before = ticks();
    expect(root.dataset.zoom).toBe('1 0 0');
    chart.zoomBy(2);
    const [k, x, y] = root.dataset.zoom!.split(' ').map(Number);
    expect(k).toBe(2);
    // About the centre of the plot: the centre stays where it was.
    const plot = el.querySelector('.brush rect.overlay')!;
    const w = Number(plot.getAttribute('width'));
    const h = Number(plot.getAttribute('height'));
    expect(x).toBeCloseTo(-w / 2, 6);
    expect(y).toBeCloseTo(-h / 2, 6);
    expect(ticks()).not.toEqual(before);
    chart.zoomBy(0.25);
    expect(root.dataset.zoom).toBe('1 0 0');
    chart.zoomBy(4);
    chart.resetZoom();
    expect(root.dataset.zoom).toBe('1 0 0');
    expect(ticks()).toEqual(before);
  });

  it('leaves touches on the plot to the chart (touch-action: none)', () => {
    const el = host();
    drawScatter(el, data, opts);
    expect((el.querySelector('g.plot') as SVGGElement).style.touchAction).toBe('none');
  });
});
