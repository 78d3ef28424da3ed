// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { drawLines } from '../../../src/charts/lines.ts';
import type { LinesData, LinesOpts } from '../../../src/charts/lines.ts';
import { cleanSvg, fmt, host, num } from './chartTestUtils.ts';

/** Average order value of three cohorts (a triangle) and their order-weighted mean. */
function aov(): LinesData {
  const N = NaN;
  return {
    x: ['0', '1', '2', '3'],
    series: [
      { label: '2024-01', colour: '#440154', values: [50, 50, 80, 20] },
      { label: '2024-02', colour: '#21918c', values: [123.33, 50, 25, N] },
      { label: '2024-03', colour: '#fde725', values: [90, 45, N, N] },
      { label: 'All cohorts', colour: '#1b1f24', values: [82.5, 48.33, 52.5, 20], emphasis: true },
    ],
  };
}

function opts(extra: Partial<LinesOpts> = {}): LinesOpts {
  return {
    width: 520,
    format: fmt,
    labels: { name: 'Average order value by cohort', x: 'Months since first purchase', y: 'Average order value' },
    valueText: (v) => fmt(v, 0),
    ...extra,
  };
}

describe('drawLines', () => {
  it('draws a line per series, the emphasised one last and thick, with gaps for NaN', () => {
    const el = host();
    drawLines(el, aov(), opts());
    const lines = Array.from(el.querySelectorAll('path.line'));
    expect(lines.map((l) => l.getAttribute('data-series'))).toEqual(['0', '1', '2', '3']);
    expect(lines.map((l) => l.getAttribute('stroke-width'))).toEqual(['1.5', '1.5', '1.5', '3']);
    // The March cohort has two points: one segment (M … L), no more.
    expect(lines[2].getAttribute('d')!.match(/[ML]/g)).toEqual(['M', 'L']);
  });

  it('makes the emphasised line’s points focusable and named, the others not', () => {
    const el = host();
    drawLines(el, aov(), opts());
    const points = Array.from(el.querySelectorAll<SVGCircleElement>('circle.point'));
    expect(points.map((p) => p.getAttribute('aria-label'))).toEqual([
      'All cohorts, 0: 83',
      'All cohorts, 1: 48',
      'All cohorts, 2: 53',
      'All cohorts, 3: 20',
    ]);
    expect(points.every((p) => p.getAttribute('tabindex') === '0')).toBe(true);
    // Higher values sit higher.
    expect(num(points[0], 'cy')).toBeLessThan(num(points[1], 'cy'));
    points[0].dispatchEvent(new FocusEvent('focus'));
    expect(el.querySelector('.chart-tooltip')!.textContent).toBe(
      'All cohorts, Months since first purchase 0Average order value: 83',
    );
  });

  it('names the mean and the first and last context lines in the legend', () => {
    const el = host();
    drawLines(el, aov(), opts());
    expect(Array.from(el.querySelectorAll('.legend text')).map((t) => t.textContent)).toEqual([
      'All cohorts',
      '2024-01',
      '2024-03',
    ]);
  });

  it('matches the snapshot', () => {
    const el = host();
    drawLines(el, aov(), opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
