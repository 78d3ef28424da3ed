// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lorenzCurve } from '../../../src/core/value/lorenz.ts';
import { drawLorenz, giniText } from '../../../src/charts/lorenz.ts';
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

describe('drawLorenz', () => {
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
