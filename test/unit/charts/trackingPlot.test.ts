// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSvgDocument } from '../../../src/charts/exportImage.ts';
import { drawTrackingPlot } from '../../../src/charts/trackingPlot.ts';
import type { TrackingData, TrackingOpts } from '../../../src/charts/types.ts';
import { cleanSvg, fmt, host, num, press, rng } from './chartTestUtils.ts';

/** Weekly cumulative repeat transactions: the model's smooth curve and noisy actuals around it. */
function tracking(weeks: number, calibrationEnd: number, seed = 7, extra: Partial<TrackingData> = {}): TrackingData {
  const r = rng(seed);
  const t = Array.from({ length: weeks + 1 }, (_v, i) => i);
  const expected = t.map((w) => 900 * (1 - Math.exp(-w / 30)) + 3.7 * w);
  const actual: number[] = [];
  let sum = 0;
  for (let i = 0; i <= weeks; i++) {
    const step = i ? expected[i] - expected[i - 1] : expected[0];
    sum += Math.round(step * (0.7 + 0.6 * r()));
    actual.push(sum);
  }
  return { t, actual, expected, calibrationEnd, ...extra };
}

function opts(extra: Partial<TrackingOpts> = {}): TrackingOpts {
  return {
    width: 600,
    height: 320,
    format: fmt,
    labels: {
      x: 'Week',
      y: 'Cumulative repeat transactions',
      actual: 'Actual',
      expected: 'Model',
      calibrationEnd: 'End of calibration',
    },
    ...extra,
  };
}

/** The [x, y] points of a path drawn by d3.line (M…L…). */
function points(el: HTMLElement, cls: string): [number, number][] {
  const d = el.querySelector(`path.${cls}`)!.getAttribute('d')!;
  const n = d.match(/-?[\d.]+(?:e[-+]?\d+)?/gi)!.map(Number);
  return Array.from({ length: n.length / 2 }, (_v, i) => [n[2 * i], n[2 * i + 1]]);
}

/** The value at pixel y of the y axis, interpolated between its first and last ticks. */
function yValue(el: HTMLElement, py: number): number {
  const ticks = Array.from(el.querySelectorAll('.y-axis .tick'));
  const at = (t: Element) => Number(t.getAttribute('transform')!.match(/,(-?[\d.]+)\)/)![1]);
  const value = (t: Element) => Number(t.textContent!.replace(/,/g, ''));
  const [a, b] = [ticks[0], ticks.at(-1)!];
  return value(a) + ((py + 0.5 - at(a)) / (at(b) - at(a))) * (value(b) - value(a));
}

const svgOf = (el: HTMLElement) => el.querySelector('svg')!;
const tipText = (el: HTMLElement) => el.querySelector<HTMLElement>('.chart-tooltip')!;

afterEach(() => vi.restoreAllMocks());

describe('drawTrackingPlot', () => {
  it.each([
    [52, 26],
    [78, 39],
    [10, 8],
  ])('draws %i weeks: lines from the first to the last week, the marker at week %i', (weeks, cal) => {
    const el = host();
    const data = tracking(weeks, cal);
    drawTrackingPlot(el, data, opts());
    const actual = points(el, 'actual');
    const expected = points(el, 'expected');
    expect(actual).toHaveLength(weeks + 1);
    expect(expected).toHaveLength(weeks + 1);
    const x0 = expected[0][0];
    const xN = expected.at(-1)![0];
    expect(actual[0][0]).toBeCloseTo(x0, 2);
    expect(actual.at(-1)![0]).toBeCloseTo(xN, 2);
    const marker = el.querySelector('line.calibration')!;
    expect(num(marker, 'x1')).toBe(num(marker, 'x2'));
    expect((num(marker, 'x1') - x0) / (xN - x0)).toBeCloseTo(cal / weeks, 4);
    const lastExpected = Number(data.expected[weeks]);
    expect(yValue(el, expected.at(-1)![1]) / lastExpected).toBeCloseTo(1, 2);
    expect(yValue(el, actual.at(-1)![1]) / Number(data.actual[weeks])).toBeCloseTo(1, 2);
    expect(yValue(el, expected[0][1])).toBeCloseTo(0, 6);
  });

  it('draws the actual line solid and the expected line dashed, with legend, labels and axis titles', () => {
    const el = host();
    drawTrackingPlot(el, tracking(52, 26), opts());
    expect(el.querySelector('path.actual')!.getAttribute('stroke-dasharray')).toBeNull();
    expect(el.querySelector('path.expected')!.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(el.querySelector('path.actual')!.getAttribute('stroke')).not.toBe(
      el.querySelector('path.expected')!.getAttribute('stroke'),
    );
    expect(el.querySelector('line.calibration')!.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(el.querySelector('text.calibration-label')!.textContent).toBe('End of calibration');
    expect(Array.from(el.querySelectorAll('.legend-item')).map((t) => t.textContent)).toEqual(['Actual', 'Model']);
    expect(el.querySelector('.legend-item line[stroke-dasharray]')!.parentElement!.textContent).toBe('Model');
    expect(Array.from(el.querySelectorAll('.axis-title')).map((t) => t.textContent)).toEqual([
      'Week',
      'Cumulative repeat transactions',
    ]);
  });

  it('writes the x ticks with data.tickLabel when given', () => {
    const el = host();
    drawTrackingPlot(el, tracking(52, 26, 7, { tickLabel: (t) => `W${t}` }), opts());
    const ticks = Array.from(el.querySelectorAll('.x-axis .tick text')).map((t) => t.textContent!);
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) expect(t).toMatch(/^W\d+$/);
    const plain = host();
    drawTrackingPlot(plain, tracking(52, 26), opts());
    expect(Array.from(plain.querySelectorAll('.x-axis .tick text')).map((t) => t.textContent)).toContain('0');
  });

  it('moves a cursor through the time points with the arrow keys and shows both values', () => {
    const el = host();
    const data = tracking(10, 8, 3, { tickLabel: (t) => `W${t}` });
    drawTrackingPlot(el, data, opts());
    const svg = svgOf(el);
    const tip = tipText(el);
    expect(svg.getAttribute('tabindex')).toBe('0');
    expect(tip.getAttribute('aria-live')).toBe('polite');
    const cursorX = () => num(el.querySelector('line.cursor-line'), 'x1');
    const expected = points(el, 'expected');
    press(svg, 'ArrowRight');
    expect(tip.style.display).toBe('block');
    expect(Array.from(tip.children).map((c) => c.textContent)).toEqual([
      'Week: W0',
      `Actual: ${fmt(Number(data.actual[0]))}`,
      `Model: ${fmt(Number(data.expected[0]), 1)}`,
    ]);
    expect(cursorX()).toBeCloseTo(expected[0][0], 2);
    press(svg, 'ArrowRight');
    press(svg, 'ArrowRight');
    press(svg, 'ArrowLeft');
    expect(tip.textContent).toContain('Week: W1');
    expect(cursorX()).toBeCloseTo(expected[1][0], 2);
    expect(num(el.querySelector('circle.cursor-expected'), 'cy')).toBeCloseTo(expected[1][1], 2);
    press(svg, 'End');
    press(svg, 'ArrowRight');
    expect(tip.textContent).toContain('Week: W10');
    press(svg, 'Home');
    press(svg, 'ArrowLeft');
    expect(tip.textContent).toContain('Week: W0');
    press(svg, 'Escape');
    expect(tip.style.display).toBe('none');
    expect(el.querySelector('g.cursor')!.getAttribute('display')).toBe('none');
  });

  it('shows the nearest time point on hover', () => {
    // happy-dom has no SVG geometry: an identity screen matrix makes client coordinates plot coordinates.
    vi.spyOn(SVGSVGElement.prototype, 'createSVGPoint').mockImplementation(() => {
      const p = { x: 0, y: 0, matrixTransform: () => ({ x: p.x, y: p.y }) };
      return p as unknown as DOMPoint;
    });
    const el = host();
    drawTrackingPlot(el, tracking(10, 8), opts());
    const expected = points(el, 'expected');
    const overlay = el.querySelector('rect.overlay')!;
    const between = expected[3][0] * 0.7 + expected[4][0] * 0.3;
    overlay.dispatchEvent(new MouseEvent('mousemove', { clientX: between, clientY: 10 }));
    expect(tipText(el).textContent).toContain('Week: 3');
    expect(num(el.querySelector('line.cursor-line'), 'x1')).toBeCloseTo(expected[3][0], 2);
    overlay.dispatchEvent(new MouseEvent('mousemove', { clientX: -50, clientY: 10 }));
    expect(tipText(el).textContent).toContain('Week: 0');
    overlay.dispatchEvent(new MouseEvent('mouseleave'));
    expect(tipText(el).style.display).toBe('none');
  });

  it('leaves gaps where values are missing and copes with no data', () => {
    const el = host();
    const data = tracking(10, 8);
    const actual = Array.from(data.actual);
    actual[9] = NaN;
    actual[10] = NaN;
    const chart = drawTrackingPlot(el, { ...data, actual }, opts());
    expect(points(el, 'actual')).toHaveLength(9);
    press(svgOf(el), 'End');
    expect(tipText(el).textContent).toContain('Actual: –');
    chart.update({ t: [], actual: [], expected: [], calibrationEnd: 5 }, opts());
    press(svgOf(el), 'ArrowRight');
    expect(el.querySelector('path.actual')!.getAttribute('d')).toBe('');
    expect(el.querySelector('line.calibration')).not.toBeNull();
  });

  it('updates and is removed by destroy', () => {
    const el = host();
    const chart = drawTrackingPlot(el, tracking(52, 26), opts());
    chart.update(tracking(20, 10), opts({ width: 400 }));
    expect(points(el, 'actual')).toHaveLength(21);
    expect(el.querySelectorAll('svg')).toHaveLength(1);
    expect(el.querySelectorAll('.chart-tooltip')).toHaveLength(1);
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('exports as a standalone SVG with both lines and the marker', () => {
    const el = host();
    drawTrackingPlot(el, tracking(20, 12), opts());
    const doc = buildSvgDocument(el);
    expect([doc.width, doc.height]).toEqual([600, 320]);
    expect(doc.text).toContain('class="actual"');
    expect(doc.text).toContain('class="expected"');
    expect(doc.text).toContain('class="calibration"');
    expect(doc.text).not.toContain('<style');
  });

  it('matches the snapshot', () => {
    const el = host();
    drawTrackingPlot(el, tracking(20, 12), opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
