// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { drawDecileChart } from '../../../src/charts/decileChart.ts';
import type { DecileChartOpts } from '../../../src/charts/decileChart.ts';
import { drawReliabilityChart } from '../../../src/charts/reliabilityChart.ts';
import type { ReliabilityData, ReliabilityOpts } from '../../../src/charts/reliabilityChart.ts';
import { cleanSvg, fmt, host, num, rng } from './chartTestUtils.ts';

// Issue 16: the backtest scorecard's decile calibration and reliability charts.

const decileOpts: DecileChartOpts = {
  width: 560,
  height: 320,
  format: fmt,
  labels: { x: 'Decile', y: 'Mean holdout value', actual: 'Actual', predicted: 'Predicted', customers: 'Customers' },
};

const deciles = (seed = 5) => {
  const r = rng(seed);
  return Array.from({ length: 10 }, (_v, i) => {
    const predicted = Math.round((200 / (i + 1)) * 100) / 100;
    return {
      customers: 100 + Math.round(r() * 3),
      predicted,
      actual: Math.round(predicted * (0.7 + r() * 0.6) * 100) / 100,
    };
  });
};

describe('drawDecileChart', () => {
  it('draws an actual and a predicted bar per decile, numbered from 1 (the highest predictions)', () => {
    const el = host();
    const data = { deciles: deciles() };
    drawDecileChart(el, data, decileOpts);
    expect(el.querySelectorAll('rect.bar')).toHaveLength(20);
    const ticks = Array.from(el.querySelectorAll('.x-axis .tick text')).map((t) => t.textContent);
    expect(ticks).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const h = (kind: string, i: number) =>
      num(el.querySelector(`rect.bar[data-kind="${kind}"][data-bin="${i}"]`), 'height');
    expect(h('predicted', 0) / h('predicted', 1)).toBeCloseTo(data.deciles[0].predicted / data.deciles[1].predicted, 2);
    expect(el.querySelector('rect.bar[data-kind="actual"][data-bin="0"]')!.getAttribute('aria-label')).toContain(
      'Decile 1',
    );
  });

  it('redraws on update and matches the snapshot', () => {
    const el = host();
    const chart = drawDecileChart(el, { deciles: deciles(1) }, decileOpts);
    chart.update({ deciles: deciles(2) }, decileOpts);
    expect(el.querySelectorAll('rect.bar')).toHaveLength(20);
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});

const relOpts: ReliabilityOpts = {
  width: 480,
  height: 360,
  format: fmt,
  labels: {
    x: 'Predicted P(alive)',
    y: 'Bought in the holdout',
    diagonal: 'Perfect calibration',
    customers: 'Customers',
  },
};

const relData = (): ReliabilityData => ({
  series: [
    {
      label: 'Pareto/NBD',
      colour: '#0072B2',
      bins: Array.from({ length: 10 }, (_v, k) => ({
        predicted: k / 10 + 0.05,
        actual: (k / 10) * 0.9,
        customers: k === 3 ? 0 : 10 * (k + 1),
      })),
    },
    { label: 'Past rate', colour: '#D55E00', dashed: true, bins: [{ predicted: 0.2, actual: 0.3, customers: 50 }] },
  ],
});

describe('drawReliabilityChart', () => {
  it('places each non-empty bin at (predicted, actual) on 0–1 axes with the diagonal', () => {
    const el = host();
    drawReliabilityChart(el, relData(), relOpts);
    // 9 non-empty bins of the model, 1 of the baseline.
    expect(el.querySelectorAll('circle.point[data-series="0"]')).toHaveLength(9);
    expect(el.querySelectorAll('circle.point[data-series="1"]')).toHaveLength(1);
    expect(el.querySelector('circle.point[data-series="0"][data-bin="3"]')).toBeNull();
    const d = el.querySelector('line.diagonal')!;
    const [x0, y0, x1, y1] = ['x1', 'y1', 'x2', 'y2'].map((a) => num(d, a));
    const p = el.querySelector('circle.point[data-series="1"]')!;
    // (0.2, 0.3) lies on the chart's 0–1 scales.
    expect((num(p, 'cx') - x0) / (x1 - x0)).toBeCloseTo(0.2, 6);
    expect((y0 - num(p, 'cy')) / (y0 - y1)).toBeCloseTo(0.3, 6);
    expect(p.getAttribute('aria-label')).toBe(
      'Past rate: Predicted P(alive): 20 %, Bought in the holdout: 30 %, Customers: 50',
    );
    // Larger bins have larger points.
    const r = (k: number) => num(el.querySelector(`circle.point[data-series="0"][data-bin="${k}"]`), 'r');
    expect(r(9)).toBeGreaterThan(r(0));
    expect(el.querySelector('path.series[data-series="1"]')!.getAttribute('stroke-dasharray')).toBe('6 4');
  });

  it('matches the snapshot', () => {
    const el = host();
    drawReliabilityChart(el, relData(), relOpts);
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
