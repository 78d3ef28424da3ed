// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { drawStackedShares } from '../../../src/charts/stackedShares.ts';
import type { StackedSharesData, StackedSharesOpts } from '../../../src/charts/stackedShares.ts';
import { cleanSvg, fmt, host, num } from './chartTestUtils.ts';

/** The age structure of the hand-worked crosstab fixture: segments 0 and 2, customers and value. */
function ages(): StackedSharesData {
  return {
    categories: [
      { label: '0–17', colour: '#CC6677' },
      { label: '18–24', colour: '#332288' },
      { label: '25–39', colour: '#DDCC77' },
    ],
    groups: [
      {
        label: 'Champions',
        bars: [
          { label: 'Customers', shares: [1 / 3, 0, 2 / 3] },
          { label: 'Value', shares: [1 / 6, 0, 5 / 6] },
        ],
      },
      {
        label: 'Lost',
        bars: [
          { label: 'Customers', shares: [0, 1, 0] },
          { label: 'Value', shares: [NaN, NaN, NaN] },
        ],
      },
    ],
  };
}

const opts = (extra: Partial<StackedSharesOpts> = {}): StackedSharesOpts => ({
  width: 560,
  format: (n, d = 1) => fmt(n, d),
  labels: { name: 'Age structure' },
  ...extra,
});

describe('drawStackedShares', () => {
  it('splits each bar into its shares, widths ∝ share, and leaves a bar without shares empty', () => {
    const el = host();
    drawStackedShares(el, ages(), opts());
    const parts = (g: number, b: number) =>
      Array.from(el.querySelectorAll(`g.bar[data-group="${g}"][data-bar="${b}"] rect.part`));
    const widths = parts(0, 0).map((p) => num(p, 'width') + 1);
    expect(parts(0, 0).map((p) => p.getAttribute('data-category'))).toEqual(['0', '2']);
    expect(widths[1] / widths[0]).toBeCloseTo(2, 6);
    expect(parts(1, 0).map((p) => p.getAttribute('data-category'))).toEqual(['1']);
    expect(parts(1, 1)).toHaveLength(0);
  });

  it('names every bar with all its shares and labels groups and bars', () => {
    const el = host();
    drawStackedShares(el, ages(), opts());
    const hits = Array.from(el.querySelectorAll('rect.hit'));
    expect(hits.map((h) => h.getAttribute('aria-label'))).toEqual([
      'Champions, Customers: 0–17 33.3 %, 18–24 0.0 %, 25–39 66.7 %',
      'Champions, Value: 0–17 16.7 %, 18–24 0.0 %, 25–39 83.3 %',
      'Lost, Customers: 0–17 0.0 %, 18–24 100.0 %, 25–39 0.0 %',
      'Lost, Value: 0–17 –, 18–24 –, 25–39 –',
    ]);
    expect(Array.from(el.querySelectorAll('text.group-label')).map((t) => t.textContent)).toEqual([
      'Champions',
      'Lost',
    ]);
    expect(Array.from(el.querySelectorAll('.legend text')).map((t) => t.textContent)).toEqual([
      '0–17',
      '18–24',
      '25–39',
    ]);
    expect(Array.from(el.querySelectorAll('text.share')).map((t) => t.textContent)).toEqual([
      '33 %',
      '67 %',
      '17 %',
      '83 %',
      '100 %',
    ]);
  });

  it('matches the snapshot', () => {
    const el = host();
    drawStackedShares(el, ages(), opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
