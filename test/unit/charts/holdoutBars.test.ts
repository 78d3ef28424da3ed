// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { drawHoldoutBars } from '../../../src/charts/holdoutBars.ts';
import type { HoldoutBarsData, HoldoutBarsOpts } from '../../../src/charts/types.ts';
import { valueDigits } from '../../../src/charts/valueDigits.ts';
import { cleanSvg, fmt, host, num, rng } from './chartTestUtils.ts';

/** Bins "0", "1", … "(n − 1)+" with seeded customers, actual means and predictions near them. */
function holdout(n: number, seed = 11): HoldoutBarsData {
  const r = rng(seed);
  return {
    bins: Array.from({ length: n }, (_v, i) => {
      const actual = Math.round((0.2 + i * 0.9 + r() * 0.4) * 1000) / 1000;
      return {
        label: i === n - 1 && n > 1 ? `${i}+` : String(i),
        customers: Math.round(2000 / (i + 1) + r() * 50),
        actual,
        predicted: Math.round(actual * (0.8 + r() * 0.4) * 1000) / 1000,
      };
    }),
  };
}

function opts(extra: Partial<HoldoutBarsOpts> = {}): HoldoutBarsOpts {
  return {
    width: 560,
    height: 320,
    format: fmt,
    labels: {
      x: 'Purchases in calibration',
      y: 'Mean purchases in holdout',
      actual: 'Actual',
      predicted: 'Predicted',
      customers: 'Customers',
    },
    ...extra,
  };
}

const bars = (el: HTMLElement) => Array.from(el.querySelectorAll<SVGRectElement>('rect.bar'));
const bar = (el: HTMLElement, kind: string, bin: number) =>
  el.querySelector<SVGRectElement>(`rect.bar[data-kind="${kind}"][data-bin="${bin}"]`)!;
const tickY = (t: Element) => Number(t.getAttribute('transform')!.match(/,(-?[\d.]+)\)/)![1]);

describe('drawHoldoutBars', () => {
  it.each([8, 3, 1])('draws 2 × %i bars with heights ∝ the means on a y axis from 0', (n) => {
    const el = host();
    const data = holdout(n);
    drawHoldoutBars(el, data, opts());
    expect(bars(el)).toHaveLength(2 * n);
    const perUnit = num(bar(el, 'actual', 0), 'height') / data.bins[0].actual;
    const zero = Array.from(el.querySelectorAll('.y-axis .tick')).find((t) => Number(t.textContent) === 0)!;
    data.bins.forEach((b, i) => {
      for (const kind of ['actual', 'predicted'] as const) {
        const rect = bar(el, kind, i);
        expect(num(rect, 'height') / (b[kind] * perUnit)).toBeCloseTo(1, 2);
        expect(Math.abs(num(rect, 'y') + num(rect, 'height') - tickY(zero))).toBeLessThanOrEqual(0.5);
      }
      expect(num(bar(el, 'actual', i), 'x')).toBeLessThan(num(bar(el, 'predicted', i), 'x'));
      if (i > 0) expect(num(bar(el, 'actual', i), 'x')).toBeGreaterThan(num(bar(el, 'predicted', i - 1), 'x'));
    });
    const ticks = Array.from(el.querySelectorAll('.x-axis .tick text')).map((t) => t.textContent);
    expect(ticks).toEqual(data.bins.map((b) => b.label));
  });

  it('has a legend, axis titles and one colour per kind', () => {
    const el = host();
    drawHoldoutBars(el, holdout(8), opts());
    expect(Array.from(el.querySelectorAll('.legend-item')).map((t) => t.textContent)).toEqual(['Actual', 'Predicted']);
    const swatches = Array.from(el.querySelectorAll('.legend-item rect')).map((r) => r.getAttribute('fill'));
    expect(new Set(bars(el).map((b) => `${b.dataset.kind}:${b.getAttribute('fill')}`))).toEqual(
      new Set([`actual:${swatches[0]}`, `predicted:${swatches[1]}`]),
    );
    expect(Array.from(el.querySelectorAll('.axis-title')).map((t) => t.textContent)).toEqual([
      'Purchases in calibration',
      'Mean purchases in holdout',
    ]);
  });

  it('names each focusable bar with the bin, customers, actual and predicted (2 decimals)', () => {
    const el = host();
    drawHoldoutBars(
      el,
      { bins: [{ label: '7+', customers: 1234, actual: 5.4321, predicted: 5.1 }] },
      opts({ width: 300 }),
    );
    const actual = bar(el, 'actual', 0);
    expect(actual.getAttribute('tabindex')).toBe('0');
    expect(actual.getAttribute('aria-label')).toBe(
      'Actual, Purchases in calibration 7+: Customers: 1,234, Actual: 5.43, Predicted: 5.10',
    );
    expect(bar(el, 'predicted', 0).getAttribute('aria-label')).toMatch(/^Predicted, Purchases in calibration 7\+:/);
    const tip = el.querySelector<HTMLElement>('.chart-tooltip')!;
    actual.dispatchEvent(new FocusEvent('focus'));
    expect(tip.style.display).toBe('block');
    expect(Array.from(tip.children).map((c) => c.textContent)).toEqual([
      'Purchases in calibration: 7+',
      'Customers: 1,234',
      'Actual: 5.43',
      'Predicted: 5.10',
    ]);
    actual.dispatchEvent(new FocusEvent('blur'));
    expect(tip.style.display).toBe('none');
  });

  it('draws no bar for a missing or negative mean and writes a dash', () => {
    const el = host();
    drawHoldoutBars(
      el,
      {
        bins: [
          { label: '0', customers: 10, actual: NaN, predicted: 0.5 },
          { label: '1', customers: 0, actual: -1, predicted: 0 },
        ],
      },
      opts(),
    );
    expect(num(bar(el, 'actual', 0), 'height')).toBe(0);
    expect(num(bar(el, 'actual', 1), 'height')).toBe(0);
    expect(num(bar(el, 'predicted', 0), 'height')).toBeGreaterThan(0);
    expect(bar(el, 'actual', 0).getAttribute('aria-label')).toContain('Actual: –');
  });

  it('writes y ticks with the decimals they need', () => {
    const el = host();
    drawHoldoutBars(el, { bins: [{ label: '0', customers: 5, actual: 1.2, predicted: 0.9 }] }, opts());
    const ticks = Array.from(el.querySelectorAll('.y-axis .tick text')).map((t) => t.textContent!);
    expect(ticks[0]).toMatch(/^0\.\d$/);
    expect(new Set(ticks).size).toBe(ticks.length);
  });

  it('updates and is removed by destroy', () => {
    const el = host();
    const chart = drawHoldoutBars(el, holdout(8), opts());
    chart.update(holdout(4, 3), opts({ width: 400 }));
    expect(bars(el)).toHaveLength(8);
    expect(el.querySelectorAll('svg')).toHaveLength(1);
    expect(el.querySelectorAll('.chart-tooltip')).toHaveLength(1);
    chart.update({ bins: [] }, opts());
    expect(bars(el)).toHaveLength(0);
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('matches the snapshot', () => {
    const el = host();
    drawHoldoutBars(el, holdout(8), opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});

describe('valueDigits', () => {
  it.each([
    [[0, 2, 4, 6], 0],
    [[0, 0.5, 1, 1.5], 1],
    [[0, 0.25, 0.5], 2],
    [[0.001, NaN], 2],
    [[1e6, 2e6, Infinity], 0],
    [[], 0],
  ])('%j need %i decimals', (values, digits) => {
    expect(valueDigits(values)).toBe(digits);
  });
});
