// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lorenzCurve } from '../../../src/core/concentration/lorenz.ts';
import { drawLorenz, giniText, lorenzAt } from '../../../src/charts/lorenz.ts';
import type { LorenzOpts } from '../../../src/charts/types.ts';
import { cleanSvg, fmt, host, num } from './chartTestUtils.ts';

function opts(extra: Partial<LorenzOpts> = {}): LorenzOpts {
  return {
    width: 500,
    height: 360,
    format: fmt,
    labels: {
      x: 'Share of customers',
      y: 'Share of revenue',
      equality: 'Perfect equality',
      curve: 'Lorenz curve',
      gini: 'Gini coefficient',
    },
    ...extra,
  };
}

const data = () => ({ ...lorenzCurve(Float64Array.of(1, 1, 2, 4, 12, 30, 50)), gini: 0.647 });

afterEach(() => {
  vi.restoreAllMocks();
});

const tipLines = (el: HTMLElement) =>
  Array.from(el.querySelector('.chart-tooltip')!.children).map((c) => c.textContent);

describe('lorenzAt', () => {
  it('interpolates the curve linearly between its points', () => {
    const { x, y } = lorenzCurve(Float64Array.of(1, 1, 2, 4, 12, 30, 50));
    expect(lorenzAt(x, y, 0)).toBe(0);
    expect(lorenzAt(x, y, 1)).toBeCloseTo(1, 12);
    expect(lorenzAt(x, y, 0.5)).toBeCloseTo(0.06, 12);
    expect(lorenzAt(x, y, 3 / 7)).toBeCloseTo(0.04, 12);
    expect(lorenzAt([0, NaN, 1], [0, 5, 1], 0.25)).toBeCloseTo(0.25, 12);
    expect(lorenzAt([], [], 0.5)).toBeNaN();
  });
});

describe('drawLorenz', () => {
  it('has focusable points at 10 % … 90 % of customers naming both shares', () => {
    const el = host();
    drawLorenz(el, data(), opts());
    const points = Array.from(el.querySelectorAll<SVGCircleElement>('circle.decile'));
    expect(points).toHaveLength(9);
    expect(points.every((p) => p.getAttribute('tabindex') === '0' && p.getAttribute('role') === 'img')).toBe(true);
    // Revenues 1, 1, 2, 4, 12, 30, 50 (100 in all) from the lowest: e.g. 10 % of 7 customers = 0.7 × 1.
    const revenue = ['0.7', '1.4', '2.2', '3.6', '6.0', '10.4', '18.8', '38.0', '65.0'];
    expect(points.map((p) => p.getAttribute('aria-label'))).toEqual(
      revenue.map((r, i) => `Share of customers: ${(i + 1) * 10} %, Share of revenue: ${r} %`),
    );
    const side = Math.min(500 - 60 - 16, 360 - 32 - 46);
    expect(num(points[4], 'cx')).toBeCloseTo(side / 2, 6);
    expect(num(points[4], 'cy')).toBeCloseTo(side * 0.94, 6);
    points[4].dispatchEvent(new FocusEvent('focus'));
    expect(tipLines(el)).toEqual(['Lorenz curve', 'Share of customers: 50 %', 'Share of revenue: 6.0 %']);
    points[4].dispatchEvent(new FocusEvent('blur'));
    expect(el.querySelector<HTMLElement>('.chart-tooltip')!.style.display).toBe('none');
  });

  it('shows the curve point nearest to the pointer on hover', () => {
    // happy-dom has no SVG geometry: an identity screen matrix makes client coordinates plot coordinates.
    vi.spyOn(SVGSVGElement.prototype, 'createSVGPoint').mockImplementation(() => {
      const p = { x: 0, y: 0, matrixTransform: () => ({ x: p.x, y: p.y }) };
      return p as unknown as DOMPoint;
    });
    const el = host();
    drawLorenz(el, data(), opts());
    const side = Math.min(500 - 60 - 16, 360 - 32 - 46);
    const area = el.querySelector('rect.hover-area')!;
    area.dispatchEvent(new MouseEvent('mousemove', { clientX: side * (3 / 7 + 0.02), clientY: 10 }));
    expect(tipLines(el)).toEqual(['Lorenz curve', 'Share of customers: 42.9 %', 'Share of revenue: 4.0 %']);
    const dot = el.querySelector('circle.hover-dot')!;
    expect(num(dot, 'cx')).toBeCloseTo((side * 3) / 7, 6);
    expect(num(dot, 'cy')).toBeCloseTo(side * 0.96, 6);
    area.dispatchEvent(new MouseEvent('mouseleave'));
    expect(el.querySelector<HTMLElement>('.chart-tooltip')!.style.display).toBe('none');
    expect((dot as SVGElement).style.display).toBe('none');
  });

  it('has no points without a curve', () => {
    const el = host();
    drawLorenz(el, { x: [], y: [], gini: 0 }, opts());
    expect(el.querySelectorAll('circle.decile')).toHaveLength(0);
  });

  it.each([
    ['Gini coefficient', 'Gini coefficient: 0.647'],
    ['Gini coefficient:', 'Gini coefficient: 0.647'],
    ['基尼系数：', '基尼系数： 0.647'],
  ])('writes the Gini text for the label %j', (label, text) => {
    expect(giniText(label, 0.647, fmt)).toBe(text);
  });

  it('draws the curve from (0,0) to (1,1) on a square plot, the diagonal, the shaded area and the Gini text', () => {
    const el = host();
    drawLorenz(el, data(), opts());
    const side = Math.min(500 - 60 - 16, 360 - 32 - 46);
    const d = el.querySelector('path.lorenz')!.getAttribute('d')!;
    const c = d.match(/-?[\d.]+/g)!.map(Number);
    expect(c.slice(0, 2)).toEqual([0, side]);
    expect(c.at(-2)).toBeCloseTo(side, 6);
    expect(c.at(-1)).toBeCloseTo(0, 6);
    const eq = el.querySelector('line.equality')!;
    expect([num(eq, 'x1'), num(eq, 'y1'), num(eq, 'x2'), num(eq, 'y2')]).toEqual([0, side, side, 0]);
    expect(el.querySelector('path.lorenz-area')!.getAttribute('d')).toMatch(/Z$/);
    expect(el.querySelector('text.gini')!.textContent).toBe('Gini coefficient: 0.647');
    const ticks = Array.from(el.querySelectorAll('.x-axis .tick text')).map((t) => t.textContent);
    expect(ticks.at(0)).toBe('0 %');
    expect(ticks.at(-1)).toBe('100 %');
    expect(Array.from(el.querySelectorAll('.legend-item')).map((t) => t.textContent)).toEqual([
      'Lorenz curve',
      'Perfect equality',
    ]);
    expect(el.querySelector('svg')!.getAttribute('aria-label')).toContain('Gini coefficient: 0.647');
  });

  it('updates and is removed by destroy', () => {
    const el = host();
    const chart = drawLorenz(el, data(), opts());
    chart.update({ x: [0, 1], y: [0, 1], gini: 0 }, opts());
    expect(el.querySelector('text.gini')!.textContent).toBe('Gini coefficient: 0.000');
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('matches the snapshot', () => {
    const el = host();
    drawLorenz(el, data(), opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
