// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { drawPyramid } from '../../../src/charts/pyramid.ts';
import type { PyramidData, PyramidOpts } from '../../../src/charts/types.ts';
import { cleanSvg, fmt, host, num } from './chartTestUtils.ts';

function data(): PyramidData {
  const rows = [
    ['top', 'Top', 10, 50000],
    ['big', 'Big', 40, 30000],
    ['medium', 'Medium', 150, 15000],
    ['small', 'Small', 800, 5000],
  ] as const;
  return {
    layers: rows.map(([id, label, customers, revenue]) => ({
      id,
      label,
      customers,
      revenue,
      customerShare: customers / 1000,
      revenueShare: revenue / 100000,
    })),
  };
}

function opts(extra: Partial<PyramidOpts> = {}): PyramidOpts {
  return {
    width: 600,
    format: fmt,
    labels: { byCount: 'By count', byRevenue: 'By revenue', customers: 'Customers', revenue: 'Revenue' },
    ...extra,
  };
}

describe('drawPyramid', () => {
  it.each([
    ['count', 'customerShare'],
    ['revenue', 'revenueShare'],
  ] as const)('draws the 4 layers of the %s panel top to bottom, centred, with width ∝ %s', (panel, key) => {
    const el = host();
    const d = data();
    drawPyramid(el, d, opts());
    const rects = Array.from(el.querySelectorAll(`rect.layer[data-panel="${panel}"]`));
    expect(rects.map((r) => r.getAttribute('data-id'))).toEqual(d.layers.map((l) => l.id));
    const perShare = num(rects[0], 'width') / d.layers[0][key];
    rects.forEach((r, i) => expect(num(r, 'width')).toBeCloseTo(d.layers[i][key] * perShare, 6));
    const centres = rects.map((r) => num(r, 'x') + num(r, 'width') / 2);
    for (const c of centres) expect(c).toBeCloseTo(centres[0], 6);
    const ys = rects.map((r) => Number(r.parentElement!.getAttribute('transform')!.match(/,(-?[\d.]+)\)/)![1]));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('uses one scale for both panels, one colour per layer, and labels layers with their share', () => {
    const el = host();
    drawPyramid(el, data(), opts());
    const rect = (panel: string, id: string) => el.querySelector(`rect.layer[data-panel="${panel}"][data-id="${id}"]`)!;
    expect(el.querySelectorAll('rect.layer')).toHaveLength(8);
    expect(num(rect('count', 'small'), 'width') / num(rect('revenue', 'top'), 'width')).toBeCloseTo(0.8 / 0.5, 6);
    expect(rect('count', 'top').getAttribute('fill')).toBe(rect('revenue', 'top').getAttribute('fill'));
    expect(rect('count', 'top').getAttribute('fill')).not.toBe(rect('count', 'big').getAttribute('fill'));
    const labels = Array.from(el.querySelectorAll('text.layer-label')).map((t) => t.textContent);
    expect(labels.slice(0, 4)).toEqual(['Top · 1.0 %', 'Big · 4.0 %', 'Medium · 15.0 %', 'Small · 80.0 %']);
    expect(labels.slice(4)).toEqual(['Top · 50.0 %', 'Big · 30.0 %', 'Medium · 15.0 %', 'Small · 5.0 %']);
    expect(Array.from(el.querySelectorAll('text.panel-title')).map((t) => t.textContent)).toEqual([
      'By count',
      'By revenue',
    ]);
  });

  it('names the layers with customers and revenue and makes them focusable', () => {
    const el = host();
    drawPyramid(el, data(), opts());
    const r = el.querySelector('rect.layer[data-panel="revenue"][data-id="big"]')!;
    expect(r.getAttribute('aria-label')).toBe('By revenue – Big: Customers: 40 (4.0 %), Revenue: 30,000 (30.0 %)');
    expect(r.getAttribute('tabindex')).toBe('0');
    r.dispatchEvent(new FocusEvent('focus'));
    expect(el.querySelector<HTMLElement>('.chart-tooltip')!.textContent).toContain('Revenue: 30,000 (30.0 %)');
  });

  it('updates and is removed by destroy', () => {
    const el = host();
    const chart = drawPyramid(el, data(), opts());
    chart.update({ layers: data().layers.slice(0, 2) }, opts());
    expect(el.querySelectorAll('rect.layer')).toHaveLength(4);
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('matches the snapshot', () => {
    const el = host();
    drawPyramid(el, data(), opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
