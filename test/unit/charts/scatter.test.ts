// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { drawScatter } from '../../../src/charts/scatter.ts';
import { groupByColour, paintPoints } from '../../../src/charts/scatterCanvas.ts';
import { UNMATCHED_COLOUR } from '../../../src/charts/palette.ts';
import type { ScatterData, ScatterOpts } from '../../../src/charts/types.ts';
import { fmt, host, press, rng } from './chartTestUtils.ts';

function data(n: number, seed = 1): ScatterData & { recency: Float64Array; monetary: Float64Array } {
  const r = rng(seed);
  return {
    recency: Float64Array.from({ length: n }, () => Math.floor(r() * 400)),
    monetary: Float64Array.from({ length: n }, () => Math.round(r() * 500000) / 100),
    segment: Int32Array.from({ length: n }, () => Math.floor(r() * 4)),
    ids: Array.from({ length: n }, (_v, i) => `C${i}`),
    segments: [
      { index: 0, label: 'Champions', colour: '#CC6677' },
      { index: 1, label: 'Loyal', colour: '#332288' },
      { index: 2, label: 'At risk', colour: '#DDCC77' },
    ],
  };
}

function opts(extra: Partial<ScatterOpts> = {}): ScatterOpts {
  return {
    width: 640,
    height: 400,
    logX: false,
    logY: false,
    format: fmt,
    labels: {
      x: 'Recency (days)',
      y: 'Monetary',
      customer: 'Customer',
      segment: 'Segment',
      hint: 'Drag to select, wheel to zoom, arrows to browse.',
    },
    ...extra,
  };
}

const root = (el: HTMLElement) => el.querySelector<HTMLElement>('[data-points]')!;

describe('drawScatter', () => {
  it.each([0, 1, 250, 100_000])('draws %i points without a 2D context (data-points, overlay, legend)', (n) => {
    const el = host();
    drawScatter(el, data(n), opts());
    expect(root(el).dataset.points).toBe(String(n));
    expect(el.querySelector('canvas')).not.toBeNull();
    expect(el.querySelectorAll('circle, rect.point')).toHaveLength(1);
    expect(Array.from(el.querySelectorAll('.axis-title')).map((t) => t.textContent)).toEqual([
      'Recency (days)',
      'Monetary',
    ]);
    expect(Array.from(el.querySelectorAll('.legend-item')).map((t) => t.textContent)).toEqual([
      'Champions',
      'Loyal',
      'At risk',
    ]);
    expect(el.querySelector('.brush rect.overlay')).not.toBeNull();
    expect(el.querySelector('.chart-hint')!.textContent).toBe('Drag to select, wheel to zoom, arrows to browse.');
  });

  it('counts only points with finite coordinates', () => {
    const el = host();
    const d = data(10);
    d.recency[3] = NaN;
    d.monetary[4] = Infinity;
    drawScatter(el, d, opts());
    expect(root(el).dataset.points).toBe('8');
  });

  it('uses symlog scales with zero and negative values', () => {
    const el = host();
    const d = data(50);
    d.monetary[0] = -120;
    d.monetary[1] = 0;
    drawScatter(el, d, opts({ logX: true, logY: true }));
    const ticks = Array.from(el.querySelectorAll('.y-axis .tick text')).map((t) => t.textContent);
    expect(ticks).toContain('0');
    expect(ticks.length).toBeGreaterThan(2);
  });

  it('browses customers by ascending recency with the arrow keys and shows a tooltip', () => {
    const el = host();
    const d = data(5);
    d.recency.set([30, 10, 20, 40, 0]);
    drawScatter(el, d, opts());
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('tabindex')).toBe('0');
    expect(svg.getAttribute('aria-describedby')).toBe(el.querySelector('.chart-hint')!.id);
    const tip = el.querySelector<HTMLElement>('.chart-tooltip')!;
    const seen: string[] = [];
    for (let k = 0; k < 6; k++) {
      press(svg, 'ArrowRight');
      seen.push(tip.firstElementChild!.textContent!);
    }
    expect(seen).toEqual(['Customer C4', 'Customer C1', 'Customer C2', 'Customer C0', 'Customer C3', 'Customer C3']);
    press(svg, 'ArrowLeft');
    expect(tip.textContent).toContain('Customer C0');
    expect(tip.textContent).toContain('Recency (days): 30');
    press(svg, 'Escape');
    expect(tip.style.display).toBe('none');
  });

  it('keeps the canvas when only labels change, rebuilds for new data, and destroy empties the element', () => {
    const el = host();
    const d = data(100);
    const chart = drawScatter(el, d, opts());
    const canvas = el.querySelector('canvas');
    chart.update(d, opts({ labels: { ...opts().labels, x: 'Days since last order' } }));
    expect(el.querySelector('canvas')).toBe(canvas);
    expect(el.querySelector('.axis-title')!.textContent).toBe('Days since last order');
    chart.update(data(30), opts());
    expect(el.querySelector('canvas')).not.toBe(canvas);
    expect(root(el).dataset.points).toBe('30');
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });
});

describe('scatter canvas', () => {
  it('groups finite points by colour, unknown segments in the unmatched grey, largest first', () => {
    const d: ScatterData = {
      recency: [1, 2, 3, 4, NaN, 6],
      monetary: [1, 1, 1, 1, 1, 1],
      segment: [0, 1, 1, 9, 1, 1],
      ids: ['a', 'b', 'c', 'd', 'e', 'f'],
      segments: [
        { index: 0, label: 'A', colour: '#111111' },
        { index: 1, label: 'B', colour: '#222222' },
      ],
    };
    const groups = groupByColour(d);
    expect(groups.map((g) => [g.colour, [...g.idx]])).toEqual([
      ['#222222', [1, 2, 5]],
      ['#111111', [0]],
      [UNMATCHED_COLOUR, [3]],
    ]);
  });

  it('paints one fillRect per visible point, setting the colour once per group', () => {
    const fillRect = vi.fn();
    const styles: string[] = [];
    const ctx = {
      clearRect: vi.fn(),
      save: vi.fn(),
      restore: vi.fn(),
      beginPath: vi.fn(),
      rect: vi.fn(),
      clip: vi.fn(),
      fillRect,
      set fillStyle(v: string) {
        styles.push(v);
      },
    } as unknown as CanvasRenderingContext2D;
    const groups = [
      { colour: 'red', idx: Uint32Array.of(0, 1) },
      { colour: 'blue', idx: Uint32Array.of(2, 3) },
    ];
    const sx = Float32Array.of(10, 20, 500, 30);
    const sy = Float32Array.of(10, 20, 10, 30);
    paintPoints(ctx, { width: 200, height: 100 }, { left: 50, top: 5, width: 100, height: 80 }, groups, sx, sy, 2);
    expect(styles).toEqual(['red', 'blue']);
    expect(fillRect.mock.calls).toEqual([
      [59, 14, 2, 2],
      [69, 24, 2, 2],
      [79, 34, 2, 2],
    ]);
  });
});
