import { describe, expect, it } from 'vitest';
import { gini, LORENZ_MAX_POINTS, lorenzCurve } from '../../../src/core/concentration/lorenz.ts';

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 1 − 2 × the trapezoid area under a Lorenz curve: the Gini coefficient computed a second way. */
function giniFromCurve({ x, y }: { x: Float64Array; y: Float64Array }): number {
  let area = 0;
  for (let i = 1; i < x.length; i++) area += ((x[i] - x[i - 1]) * (y[i] + y[i - 1])) / 2;
  return 1 - 2 * area;
}

describe('gini', () => {
  it.each([
    { monetary: [], want: 0 },
    { monetary: [7], want: 0 },
    { monetary: [3, 3, 3], want: 0 },
    { monetary: [0, 0], want: 0 },
    // sorted ascending, weights 2i − n − 1 = −3, −1, 1, 3: 3 × 1 / (4 × 1) = 0.75
    { monetary: [0, 0, 0, 1], want: 0.75 },
    // weights −4, −2, 0, 2, 4: −4 − 4 + 0 + 8 + 20 = 20; 20 / (5 × 15) = 4/15 ≈ 0.2667
    { monetary: [1, 2, 3, 4, 5], want: 4 / 15 },
    // the same values in another order: sorting makes it the same
    { monetary: [5, 1, 4, 2, 3], want: 4 / 15 },
    // weights −1, 1: (−1 + 3) / (2 × 4) = 0.25
    { monetary: [3, 1], want: 0.25 },
    // net negative and zero count as 0 revenue: [0, 0, 0, 10] → 0.75
    { monetary: [-5, 0, 10, -1], want: 0.75 },
  ])('$monetary → $want', ({ monetary, want }) => {
    expect(gini(Float64Array.from(monetary))).toBeCloseTo(want, 14);
  });
});

describe('lorenzCurve', () => {
  it.each([
    // [1..5]: x = i/5; y = cumulative 0, 1, 3, 6, 10, 15 over 15
    {
      monetary: [3, 1, 5, 2, 4],
      max: LORENZ_MAX_POINTS,
      x: [0, 0.2, 0.4, 0.6, 0.8, 1],
      y: [0, 1 / 15, 3 / 15, 6 / 15, 10 / 15, 1],
    },
    { monetary: [0, 0, 0, 1], max: LORENZ_MAX_POINTS, x: [0, 0.25, 0.5, 0.75, 1], y: [0, 0, 0, 0, 1] },
    // downsampled to 3 points: i = round(j × 4 / 2) = 0, 2, 4
    { monetary: [0, 0, 0, 1], max: 3, x: [0, 0.5, 1], y: [0, 0, 1] },
    // [1..5] to 4 points: i = round(j × 5 / 3) = 0, 2 (1.67), 3 (3.33), 5
    { monetary: [1, 2, 3, 4, 5], max: 4, x: [0, 0.4, 0.6, 1], y: [0, 3 / 15, 6 / 15, 1] },
    // returns netted in count as 0: [0, 2, 2] → y = 0, 0, 0.5, 1
    { monetary: [2, -3, 2], max: LORENZ_MAX_POINTS, x: [0, 1 / 3, 2 / 3, 1], y: [0, 0, 0.5, 1] },
    // no customers, or no revenue: the diagonal
    { monetary: [], max: LORENZ_MAX_POINTS, x: [0, 1], y: [0, 1] },
    { monetary: [0, -1], max: LORENZ_MAX_POINTS, x: [0, 1], y: [0, 1] },
  ])('$monetary (at most $max points)', ({ monetary, max, x, y }) => {
    const c = lorenzCurve(Float64Array.from(monetary), max);
    expect(Array.from(c.x)).toEqual(x);
    expect(Array.from(c.y)).toEqual(y);
  });

  it('rejects fewer than 2 points', () => {
    expect(() => lorenzCurve(Float64Array.of(1, 2), 1)).toThrow(RangeError);
  });

  // 5,000 customers: log-normal spend in cents, a tenth with nothing, a few net negative (returns).
  const next = random(20240401);
  const spend = Float64Array.from({ length: 5000 }, () => {
    const u = next();
    if (u < 0.1) return 0;
    if (u < 0.12) return -Math.round(next() * 5000) / 100;
    const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    return Math.round(Math.exp(4 + 1.5 * normal) * 100) / 100;
  });

  it('gives gini = 1 − 2 × the area under the complete curve on a seeded random distribution', () => {
    const g = gini(spend);
    expect(g).toBeGreaterThan(0.5);
    expect(g).toBeLessThan(1);
    const full = lorenzCurve(spend, Infinity);
    expect(full.x).toHaveLength(5001);
    expect(giniFromCurve(full)).toBeCloseTo(g, 12);
  });

  it('downsamples big inputs to exact vertices, keeping (0, 0) and (1, 1)', () => {
    const full = lorenzCurve(spend, Infinity);
    const c = lorenzCurve(spend);
    expect(c.x).toHaveLength(LORENZ_MAX_POINTS);
    expect([c.x[0], c.y[0], c.x[999], c.y[999]]).toEqual([0, 0, 1, 1]);
    // point j is vertex i = round(j × 5000 / 999) of the complete curve
    for (const j of [1, 500, 998]) {
      const i = Math.round((j * 5000) / 999);
      expect([c.x[j], c.y[j]]).toEqual([full.x[i], full.y[i]]);
    }
    for (let j = 1; j < c.x.length; j++) expect(c.y[j]).toBeGreaterThanOrEqual(c.y[j - 1]);
    // drawn from 1,000 of 5,001 vertices, the area is still close
    expect(giniFromCurve(c)).toBeCloseTo(gini(spend), 3);
  });
});
