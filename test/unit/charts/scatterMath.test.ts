import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import * as sm from '../../../src/charts/scatterMath.ts';
import type { Rect } from '../../../src/charts/scatterMath.ts';
import { rng } from './chartTestUtils.ts';

function cloud(n: number, seed: number) {
  const r = rng(seed);
  const x = Float64Array.from({ length: n }, () => Math.floor(r() * 365));
  const y = Float64Array.from({ length: n }, () => Math.round((r() * 2000 - 100) * 100) / 100);
  return { x, y };
}

describe('scatter scales', () => {
  it('maps the data into the range with a small inset (linear, y upwards)', () => {
    const s = sm.makeScale([0, 50, 100], false, 200, 0);
    expect(s(0)).toBeLessThan(200);
    expect(s(0)).toBeGreaterThan(190);
    expect(s(100)).toBeGreaterThan(0);
    expect(s(100)).toBeLessThan(10);
  });

  it('symlog handles zero and negative values and inverts', () => {
    const s = sm.makeScale([-50, 0, 10, 100000], true, 0, 500);
    for (const v of [-50, 0, 10, 1000, 100000]) {
      expect(Number.isFinite(s(v))).toBe(true);
      expect(s.invert(s(v))).toBeCloseTo(v, 6);
    }
    expect(s(0) - s(-50)).toBeGreaterThan(0);
    const ticks = sm.symlogTicks(s, 30);
    expect(ticks).toContain(0);
    expect(ticks.every((t) => t >= -50 && t <= 100000)).toBe(true);
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
    for (let i = 1; i < ticks.length; i++) expect(Math.abs(s(ticks[i]) - s(ticks[i - 1]))).toBeGreaterThanOrEqual(30);
  });

  it('survives empty and constant data', () => {
    expect(sm.makeScale([], false, 0, 100).domain()).toEqual([0, 1]);
    expect(sm.makeScale([NaN, 5, 5], true, 0, 100).domain()).toEqual([4, 6]);
  });

  it('projects values (NaN for non-finite) and applies a zoom', () => {
    const s = sm.makeScale([0, 10], false, 0, 110);
    const p = sm.project([0, 10, NaN], s);
    expect(p[0]).toBeCloseTo(5);
    expect(p[1]).toBeCloseTo(105);
    expect(p[2]).toBeNaN();
    expect([...sm.applyZoom(p, 2, -10)].slice(0, 2)).toEqual([0, 200]);
  });
});

describe('pointsInRect', () => {
  const { x, y } = cloud(5000, 7);
  const w = 400;
  const h = 300;
  const sx = sm.makeScale(x, false, 0, w);
  const sy = sm.makeScale(y, false, h, 0);

  it.each<[string, Rect]>([
    [
      'a middle rectangle',
      [
        [100, 50],
        [250, 200],
      ],
    ],
    [
      'corners given the other way round',
      [
        [250, 200],
        [100, 50],
      ],
    ],
    [
      'the whole plot',
      [
        [0, 0],
        [w, h],
      ],
    ],
    [
      'an empty strip',
      [
        [10, 10],
        [10, 10],
      ],
    ],
  ])('returns exactly the points inside %s', (_name, rect) => {
    const got = sm.pointsInRect(x, y, rect, sx, sy);
    const [x0, x1] = [Math.min(rect[0][0], rect[1][0]), Math.max(rect[0][0], rect[1][0])];
    const [y0, y1] = [Math.min(rect[0][1], rect[1][1]), Math.max(rect[0][1], rect[1][1])];
    const eps = 1e-6;
    const expected: number[] = [];
    for (let i = 0; i < x.length; i++) {
      const px = sx(x[i]);
      const py = sy(y[i]);
      const inside = px >= x0 - eps && px <= x1 + eps && py >= y0 - eps && py <= y1 + eps;
      const outside = px < x0 - eps || px > x1 + eps || py < y0 - eps || py > y1 + eps;
      if (inside && !outside) expected.push(i);
    }
    expect([...got]).toEqual(expected);
    if (rect[0][0] === 0 && rect[1][0] === w) expect(got.length).toBe(x.length);
  });

  it('uses the zoomed scales', () => {
    const t = zoomIdentity.translate(-200, -150).scale(2);
    const z = sm.zoomedScales(t, sx, sy);
    const rect: Rect = [
      [0, 0],
      [w, h],
    ];
    const got = sm.pointsInRect(x, y, rect, z.x, z.y);
    const data = sm.pixelRectToData(rect, z.x, z.y);
    expect(got.length).toBeLessThan(x.length);
    for (const i of got) {
      expect(x[i]).toBeGreaterThanOrEqual(data[0][0]);
      expect(x[i]).toBeLessThanOrEqual(data[1][0]);
    }
    const back = sm.dataRectToPixels(data, z.x, z.y);
    expect(back[0][0]).toBeCloseTo(0, 6);
    expect(back[1][1]).toBeCloseTo(h, 6);
  });

  it('selects by data coordinates, edges included', () => {
    const got = sm.pointsInDataRect(
      [1, 2, 3, 4],
      [1, 2, 3, 4],
      [
        [2, 2],
        [3, 3],
      ],
    );
    expect(got).toBeInstanceOf(Uint32Array);
    expect([...got]).toEqual([1, 2]);
  });
});

describe('hover and keyboard helpers', () => {
  it('finds the nearest visible point within the radius only', () => {
    const sx = Float32Array.of(10, 50, 52, -5, 90);
    const sy = Float32Array.of(10, 50, 50, 10, 90);
    const tree = sm.screenIndex(sx, sy, 100, 100);
    expect(tree.size()).toBe(4);
    expect(sm.nearestPoint(tree, 49, 51)).toBe(1);
    expect(sm.nearestPoint(tree, 53, 50)).toBe(2);
    expect(sm.nearestPoint(tree, 30, 30)).toBeUndefined();
    expect(sm.nearestPoint(tree, -4, 10)).toBeUndefined();
  });

  it('orders by recency, then monetary, then index, skipping non-finite points', () => {
    const order = sm.recencyOrder([5, 1, 5, NaN, 1], [10, 3, 2, 1, 3]);
    expect([...order]).toEqual([1, 4, 2, 0]);
  });

  it.each([
    [-1, 1, 0],
    [0, 1, 2],
    [2, 1, -1],
    [-1, -1, 2],
    [2, -1, 0],
    [0, -1, -1],
  ] as const)('steps from %i in direction %i to %i among the visible', (from, dir, to) => {
    const order = Uint32Array.of(7, 8, 9, 10);
    expect(sm.stepVisible(order, from, dir, (i) => i !== 8 && i !== 10)).toBe(to);
  });
});
