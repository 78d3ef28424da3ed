// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { abcClasses } from '../../../src/core/value/abcClasses.ts';
import { drawPareto } from '../../../src/charts/pareto.ts';
import { classStarts, cumulativePoints, paretoBins } from '../../../src/charts/paretoMath.ts';
import type { ParetoOpts } from '../../../src/charts/types.ts';
import { cleanSvg, fmt, host, num, rng } from './chartTestUtils.ts';

function revenue(n: number, seed: number): Float64Array {
  const r = rng(seed);
  const v = Float64Array.from({ length: n }, () => Math.round(1000 * Math.exp(-6 * r())) / 100);
  return v.sort().reverse();
}

function opts(extra: Partial<ParetoOpts> = {}): ParetoOpts {
  return {
    width: 600,
    height: 360,
    format: fmt,
    labels: {
      x: 'Customers by revenue',
      y: 'Revenue',
      cumulative: 'Cumulative share',
      classA: 'A',
      classB: 'B',
      classC: 'C',
    },
    ...extra,
  };
}

describe('pareto helpers', () => {
  it.each([
    [0, 0],
    [10, 10],
    [300, 300],
    [301, 151],
    [1000, 250],
    [100_000, 300],
  ])('bins %i customers into %i bars of the mean revenue', (n, bars) => {
    const v = revenue(n, n + 1);
    const bins = paretoBins(v);
    expect(bins).toHaveLength(bars);
    expect(bins.length).toBeLessThanOrEqual(300);
    if (n) expect(bins.at(-1)!.end).toBe(n);
    for (const b of bins.slice(0, 3)) {
      let sum = 0;
      for (let i = b.start; i < b.end; i++) sum += v[i];
      expect(b.value).toBeCloseTo(sum / (b.end - b.start), 9);
    }
    const pts = cumulativePoints(v, bins);
    expect(pts[0]).toEqual([0, 0]);
    if (n) expect(pts.at(-1)).toEqual([n, 1]);
  });

  it.each([
    [
      [50, 30, 10, 5, 3, 2],
      [0.8, 0.95],
    ],
    [[100], [0.8, 0.95]],
    [
      [0, 0, 0],
      [0.8, 0.95],
    ],
    [
      [10, 10, 10, 10, 0],
      [0.5, 1],
    ],
    [
      [40, 40, 20],
      [0.8, 0.9],
    ],
  ] as const)('class starts of %j with cuts %j match abcClasses', (values, cuts) => {
    const v = Float64Array.from(values);
    const [a, b, c] = classStarts(v, cuts);
    const { cls, order } = abcClasses(v, cuts);
    const ranked = Array.from(order, (i) => cls[i]);
    const expected = ranked.map((_k, p) => (p < b ? 0 : p < c ? 1 : 2));
    expect(a).toBe(0);
    expect(ranked).toEqual(expected);
  });

  it('agrees with abcClasses on random data', () => {
    const v = revenue(2000, 3);
    const [, b, c] = classStarts(v, [0.8, 0.95]);
    const { cls, order } = abcClasses(v, [0.8, 0.95]);
    expect(cls[order[b - 1]]).toBe(0);
    expect(cls[order[b]]).toBe(1);
    expect(cls[order[c - 1]]).toBe(1);
    expect(cls[order[c]]).toBe(2);
  });
});

describe('drawPareto', () => {
  it('draws bars, a cumulative line ending at 100 %, cut lines and class markers', () => {
    const el = host();
    const v = revenue(1000, 9);
    drawPareto(el, { sortedRevenue: v, cuts: [0.8, 0.95] }, opts());
    expect(el.querySelectorAll('rect.bar')).toHaveLength(250);
    const d = el.querySelector('path.cumulative')!.getAttribute('d')!;
    const coords = d.match(/-?[\d.]+/g)!.map(Number);
    const [lastX, lastY] = coords.slice(-2);
    const w = 600 - 64 - 60;
    expect(lastX).toBeCloseTo(w, 6);
    expect(lastY).toBeCloseTo(0, 6);
    const right = Array.from(el.querySelectorAll('.y2-axis .tick text')).map((t) => t.textContent);
    expect(right.at(0)).toBe('0 %');
    expect(right.at(-1)).toBe('100 %');
    const cuts = Array.from(el.querySelectorAll('line.cut'));
    expect(cuts).toHaveLength(2);
    const h = 360 - 46 - 46;
    expect(num(cuts[0], 'y1')).toBeCloseTo(h * 0.2, 6);
    expect(cuts[0].getAttribute('stroke-dasharray')).toBeTruthy();
    expect(el.querySelectorAll('line.class-marker')).toHaveLength(2);
    expect(Array.from(el.querySelectorAll('text.class-label')).map((t) => t.textContent)).toEqual(['A', 'B', 'C']);
    expect(Array.from(el.querySelectorAll('.axis-title')).map((t) => t.textContent)).toEqual([
      'Customers by revenue',
      'Revenue',
      'Cumulative share',
    ]);
    expect(Array.from(el.querySelectorAll('.legend-item')).map((t) => t.textContent)).toEqual([
      'Revenue',
      'Cumulative share',
    ]);
  });

  it('places the class markers at the class starts', () => {
    const el = host();
    drawPareto(el, { sortedRevenue: [50, 30, 10, 5, 3, 2], cuts: [0.8, 0.95] }, opts());
    const w = 600 - 64 - 60;
    const xs = Array.from(el.querySelectorAll('line.class-marker')).map((l) => num(l, 'x1'));
    expect(xs[0]).toBeCloseTo((2 / 6) * w, 6);
    expect(xs[1]).toBeCloseTo((4 / 6) * w, 6);
    expect(el.querySelectorAll('rect.bar')).toHaveLength(6);
  });

  it('copes with no customers, updates and is removed by destroy', () => {
    const el = host();
    const chart = drawPareto(el, { sortedRevenue: [], cuts: [0.8, 0.95] }, opts());
    expect(el.querySelectorAll('rect.bar')).toHaveLength(0);
    chart.update({ sortedRevenue: [3, 2, 1], cuts: [0.5, 0.9] }, opts());
    expect(el.querySelectorAll('rect.bar')).toHaveLength(3);
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('matches the snapshot', () => {
    const el = host();
    drawPareto(el, { sortedRevenue: revenue(40, 5), cuts: [0.8, 0.95] }, opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
