// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { abcClasses } from '../../../src/core/concentration/abcClasses.ts';
import { drawPareto } from '../../../src/charts/pareto.ts';
import { binAt, classStarts, cumulativePoints, paretoBins, revenueBefore } from '../../../src/charts/paretoMath.ts';
import type { ParetoOpts } from '../../../src/charts/types.ts';
import { cleanSvg, fmt, host, num, rng } from './chartTestUtils.ts';

const tipOf = (el: HTMLElement) => el.querySelector<HTMLElement>('.chart-tooltip')!;
const lines = (el: HTMLElement) => Array.from(tipOf(el).children).map((c) => c.textContent);

/** happy-dom has no SVG geometry: an identity screen matrix makes client coordinates plot coordinates. */
function identityPointer(): void {
  vi.spyOn(SVGSVGElement.prototype, 'createSVGPoint').mockImplementation(() => {
    const p = { x: 0, y: 0, matrixTransform: () => ({ x: p.x, y: p.y }) };
    return p as unknown as DOMPoint;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

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

describe('pareto details helpers', () => {
  it('sums the revenue before each rank (negatives as 0) and finds the bin of a rank', () => {
    expect(Array.from(revenueBefore([5, 3, -1, 2]))).toEqual([0, 5, 8, 8, 10]);
    const bins = paretoBins(new Float64Array(7).fill(1), 3);
    expect(bins.map((b) => b.start)).toEqual([0, 3, 6]);
    expect([0, 2, 3, 5, 6, 9, -1].map((r) => binAt(bins, r))).toEqual([0, 0, 1, 1, 2, 2, 0]);
    expect(binAt([], 0)).toBe(-1);
  });
});

describe('drawPareto', () => {
  // 6 customers, 100 in all: A = ranks 1–2 (80 %), B = 3–4 (95 %), C = 5–6.
  const small = () => ({ sortedRevenue: [50, 30, 10, 5, 3, 2], cuts: [0.8, 0.95] as const });

  it('has a focusable marker where each class begins, named with the rank, its share and the cumulative revenue', () => {
    const el = host();
    drawPareto(el, small(), opts());
    const marks = Array.from(el.querySelectorAll<SVGCircleElement>('circle.class-start'));
    expect(marks.map((c) => c.getAttribute('tabindex'))).toEqual(['0', '0', '0']);
    expect(marks.map((c) => c.getAttribute('role'))).toEqual(['img', 'img', 'img']);
    expect(marks.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Class A starts at customer 1 (16.7 % of customers), Cumulative share: 0.0 %',
      'Class B starts at customer 3 (50.0 % of customers), Cumulative share: 80.0 %',
      'Class C starts at customer 5 (83.3 % of customers), Cumulative share: 95.0 %',
    ]);
    // On the cumulative line at the class start.
    const w = 600 - 64 - 60;
    const h = 360 - 46 - 46;
    expect(num(marks[1], 'cx')).toBeCloseTo((2 / 6) * w, 6);
    expect(num(marks[1], 'cy')).toBeCloseTo(h * 0.2, 6);
    marks[1].dispatchEvent(new FocusEvent('focus'));
    expect(tipOf(el).style.display).toBe('block');
    expect(lines(el)).toEqual(['Class B starts at customer 3 (50.0 % of customers)', 'Cumulative share: 80.0 %']);
    marks[1].dispatchEvent(new FocusEvent('blur'));
    expect(tipOf(el).style.display).toBe('none');
  });

  it('has a focusable mark on each cut line naming the cut and the class that begins there', () => {
    const el = host();
    drawPareto(el, small(), opts());
    const cuts = Array.from(el.querySelectorAll<SVGLineElement>('line.cut-mark'));
    expect(cuts.map((c) => c.getAttribute('tabindex'))).toEqual(['0', '0']);
    expect(cuts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Cumulative share: 80 %, Class B starts at customer 3 (50.0 % of customers)',
      'Cumulative share: 95 %, Class C starts at customer 5 (83.3 % of customers)',
    ]);
    expect(num(cuts[0], 'y1')).toBeCloseTo(num(el.querySelector('line.cut'), 'y1'), 6);
  });

  it('uses the translated class-start template and skips empty classes', () => {
    const el = host();
    const labels = { ...opts().labels, classStart: '{class} 类从第 {rank} 名客户开始（{share}）' };
    // cuts [0.5, 0.5]: class B is empty, so the first cut names class C.
    drawPareto(el, { sortedRevenue: [50, 30, 20], cuts: [0.5, 0.5] }, opts({ labels }));
    const marks = Array.from(el.querySelectorAll('circle.class-start')).map((c) => c.getAttribute('aria-label'));
    expect(marks).toEqual([
      'A 类从第 1 名客户开始（33.3 %）, Cumulative share: 0.0 %',
      'C 类从第 2 名客户开始（66.7 %）, Cumulative share: 50.0 %',
    ]);
    expect(el.querySelector('line.cut-mark')!.getAttribute('aria-label')).toBe(
      'Cumulative share: 50 %, C 类从第 2 名客户开始（66.7 %）',
    );
  });

  it('shows the ranks, revenue and cumulative share of the bar under the pointer', () => {
    identityPointer();
    const el = host();
    drawPareto(el, small(), opts());
    const area = el.querySelector('rect.hover-area')!;
    const w = 600 - 64 - 60;
    area.dispatchEvent(new MouseEvent('mousemove', { clientX: (2.5 / 6) * w, clientY: 10, bubbles: true }));
    expect(tipOf(el).style.display).toBe('block');
    expect(lines(el)).toEqual(['Customers by revenue: 3', 'Revenue: 10.00', 'Cumulative share: 90.0 %']);
    expect(el.querySelectorAll('rect.bar')[2].getAttribute('fill')).not.toBe(
      el.querySelectorAll('rect.bar')[1].getAttribute('fill'),
    );
    area.dispatchEvent(new MouseEvent('mouseleave'));
    expect(tipOf(el).style.display).toBe('none');
  });

  it('names a bar of several customers with the rank range, their revenue and the mean', () => {
    identityPointer();
    const el = host();
    // 600 customers → bars of 2; ranks 1–2 have 1000 + 998.
    const v = Float64Array.from({ length: 600 }, (_x, i) => 1000 - i);
    drawPareto(el, { sortedRevenue: v, cuts: [0.8, 0.95] }, opts());
    el.querySelector('rect.hover-area')!.dispatchEvent(new MouseEvent('mousemove', { clientX: 0.1, clientY: 10 }));
    const total = (600 * (1000 + 401)) / 2;
    expect(lines(el)).toEqual([
      'Customers by revenue: 1–2',
      'Revenue: 1,999.00',
      'Revenue (mean per customer): 999.50',
      `Cumulative share: ${fmt((1999 / total) * 100, 1)} %`,
    ]);
    const labels = { ...opts().labels, meanRevenue: '平均销售额' };
    const zh = host();
    drawPareto(zh, { sortedRevenue: v, cuts: [0.8, 0.95] }, opts({ labels }));
    zh.querySelector('rect.hover-area')!.dispatchEvent(new MouseEvent('mousemove', { clientX: 0.1, clientY: 10 }));
    expect(lines(zh)[2]).toBe('平均销售额: 999.50');
  });

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
