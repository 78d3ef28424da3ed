// The Pareto/NBD likelihood (series forms, the integral shared per distinct (x, time)) against a
// slow reference written here: the dropout integral by 6,400-point Gauss–Legendre in
// u = ln((α + y)/(α + t_x)), over a grid of parameters that includes the s → 0, β → ∞ ridge, huge s
// and heavy buyers. And its cost on the ridge, against BG/NBD's on the same rows.
import { describe, expect, it } from 'vitest';
import { bgnbd } from '../../../src/core/clv/bgnbd.ts';
import { repeatData } from '../../../src/core/clv/compress.ts';
import { paretoNbd } from '../../../src/core/clv/paretoNbd.ts';
import { pnbdLogLikelihoodBy } from '../../../src/core/clv/pnbdLikelihood.ts';
import { gammaln, gaussLegendre, log2F1, log2F1One } from '../../../src/core/clv/special.ts';
import type { RepeatData } from '../../../src/core/clv/types.ts';
import { rng } from '../rng.ts';

/** ln ∫ₗₒʰⁱ (α + y)^{−rx} (β + y)^{−(s+1)} dy: 400 panels of 16-point Gauss–Legendre in u, summed in log space. */
function referenceDrop(rx: number, alpha: number, s: number, beta: number, lo: number, hi: number): number {
  if (!(hi > lo)) return -Infinity;
  const U = Math.log((alpha + hi) / (alpha + lo));
  const { x, w } = gaussLegendre(16);
  const panels = 400;
  const terms: number[] = [];
  for (let p = 0; p < panels; p++) {
    const a = (p * U) / panels;
    const h = U / panels / 2;
    for (let i = 0; i < 16; i++) {
      const u = a + h + h * x[i];
      const y = (alpha + lo) * Math.exp(u) - alpha;
      // dy = (α + y) du
      terms.push(Math.log(w[i] * h) + (1 - rx) * Math.log(alpha + y) - (s + 1) * Math.log(beta + Math.max(y, lo)));
    }
  }
  const top = Math.max(...terms);
  return top + Math.log(terms.reduce((acc, t) => acc + Math.exp(t - top), 0));
}

/** One customer's ln L by the reference integral. */
function referenceRow([r, alpha, s, beta]: number[], x: number, tx: number, T: number): number {
  const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const gone = Math.log(s) + referenceDrop(r + x, alpha, s, beta, tx, T);
  const top = Math.max(alive, gone);
  return (
    gammaln(r + x) -
    gammaln(r) +
    r * Math.log(alpha) +
    s * Math.log(beta) +
    top +
    Math.log(Math.exp(alive - top) + Math.exp(gone - top))
  );
}

// Customers (x, t_x, T) in weeks: one-time buyers, light, regular and heavy buyers, a last purchase
// at the end (t_x = T) and just before it.
const ROWS = [
  [0, 0, 52],
  [0, 0, 3],
  [1, 2, 40],
  [1, 39.86, 40],
  [2, 30.43, 38.86],
  [5, 10, 52],
  [12, 50, 52.14],
  [26, 30.86, 31],
  [40, 5, 53],
  [150, 51.71, 52],
  [150, 20, 52],
  [7, 52, 52],
];
const GRID: number[][] = [];
for (const r of [0.3, 0.8, 2.5])
  for (const alpha of [0.5, 10, 300])
    for (const [s, beta] of [
      [1e-7, 1e7], // the ridge: no dropout
      [3e-5, 3e3],
      [1e-3, 50],
      [0.6, 12],
      [5, 0.2],
      [2e3, 1e4],
    ])
      GRID.push([r, alpha, s, beta]);

describe('Pareto/NBD log-likelihood against a slow reference quadrature', () => {
  const data = (rows: number[][]) =>
    repeatData({
      x: Float64Array.from(rows, (q) => q[0]),
      tx: Float64Array.from(rows, (q) => q[1]),
      T: Float64Array.from(rows, (q) => q[2]),
    });

  it.each(GRID)('r=%f α=%f s=%f β=%f: every customer to 1e-9, and all of them together', (...p) => {
    let sum = 0;
    for (const [x, tx, T] of ROWS) {
      const want = referenceRow(p, x, tx, T);
      expect(Math.abs(paretoNbd.logLikelihood(p, data([[x, tx, T]])) - want)).toBeLessThan(
        1e-9 * Math.max(1, Math.abs(want)),
      );
      sum += want;
    }
    // The rows share x and times: the integral is evaluated once per distinct (x, time).
    expect(Math.abs(paretoNbd.logLikelihood(p, data(ROWS)) - sum)).toBeLessThan(1e-9 * Math.max(1, Math.abs(sum)));
  });

  it('the reference agrees with mpmath (the dropout table of special.test.ts)', () => {
    expect(referenceDrop(26.55, 10.58, 0.61, 11.67, 30.86, 31)).toBeCloseTo(-106.92976748984513, 10);
    expect(referenceDrop(221.55, 10.58, 0.61, 11.67, 103.43, 103.57)).toBeCloseTo(-1059.064880503738, 9);
    expect(referenceDrop(0.05, 5, 0.03, 5, 0, 1000)).toBeCloseTo(1.33493175791515, 10);
    expect(referenceDrop(0.2, 0.01, 0.3, 1000, 0, 2000)).toBeCloseTo(-3.344976792967414, 9);
  });
});

// Rows with one x whose terms lie far apart: the scaled evaluation takes each x's terms relative to
// the largest (one logarithm a row) and a row in log space where its terms underflow that scale.
// Heavy buyers (x = 300) aged 0.14 and 52 weeks are ~1,300 apart in ln at α = 0.5: those rows fall back.
const SPREAD_ROWS = [
  [300, 0.1, 0.14],
  [300, 0.12, 0.14],
  [300, 50, 52],
  [300, 52, 52],
  [300, 10, 52],
  [0, 0, 0.14],
  [0, 0, 52],
  [3, 1, 52],
];

describe('Pareto/NBD log-likelihood: the rows of one x scaled together, and each row in log space', () => {
  const data = (rows: number[][]) =>
    repeatData({
      x: Float64Array.from(rows, (q) => q[0]),
      tx: Float64Array.from(rows, (q) => q[1]),
      T: Float64Array.from(rows, (q) => q[2]),
    });
  const spread = data(SPREAD_ROWS);
  const mixed = data([...ROWS, ...SPREAD_ROWS]);
  const many = retailLike(3000, 9);
  it.each([
    [2.5, 0.5, 0.6, 12],
    [0.8, 0.5, 5, 0.2],
    [2.5, 0.5, 1e-7, 1e7],
    [0.3, 10, 2e3, 1e4],
  ])('r=%f α=%f s=%f β=%f: far apart, scaled = the reference row by row', (...p) => {
    let sum = 0;
    for (const [x, tx, T] of SPREAD_ROWS) sum += referenceRow(p, x, tx, T);
    expect(Math.abs(pnbdLogLikelihoodBy(p, spread, true) - sum)).toBeLessThan(1e-9 * Math.abs(sum));
    expect(Math.abs(pnbdLogLikelihoodBy(p, spread, false) - sum)).toBeLessThan(1e-9 * Math.abs(sum));
  });
  it.each(GRID)('r=%f α=%f s=%f β=%f: scaled = log space to 1e-12', (...p) => {
    for (const d of [mixed, many]) {
      const log = pnbdLogLikelihoodBy(p, d, false);
      expect(Math.abs(pnbdLogLikelihoodBy(p, d, true) - log)).toBeLessThan(1e-12 * Math.abs(log));
    }
  });
});

describe('log2F1One, the Euler form', () => {
  it.each([
    [0.5, 0.61, 0.3],
    [26.55, 1.61, 0.9],
    [3.2, 3.2, 0.97],
    [200.5, 1.01, 0.99],
    [1.5, 0.4, 0.5],
  ])('ln ₂F₁(m, b; m + 1; z) = (1 − b) ln(1 − z) + ln ₂F₁(1, m + 1 − b; m + 1; z) (m=%f b=%f z=%f)', (m, b, z) => {
    expect(log2F1One(m + 1 - b, m + 1, z)).toBeCloseTo(log2F1(m, b, m + 1, z) - (1 - b) * Math.log1p(-z), 11);
  });

  it('is NaN when z is too close to 1 for the series, and refuses b ≥ c', () => {
    expect(log2F1One(0.5, 2, 1 - 1e-7)).toBeNaN();
    expect(() => log2F1One(2, 2, 0.5)).toThrow(RangeError);
  });
});

/** Customers like Online Retail's one year in weeks: many one-time buyers, some heavy ones. */
function retailLike(n: number, seed: number): RepeatData {
  const r = rng(seed);
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    T[i] = Math.floor(r() * 53 * 7) / 7;
    x[i] = Math.floor(Math.pow(r(), 3) * 60);
    tx[i] = x[i] > 0 ? Math.floor(r() * T[i] * 7) / 7 : 0;
  }
  return repeatData({ x, tx, T });
}

describe('the cost of a Pareto/NBD evaluation on the ridge', () => {
  it('is within 25 times BG/NBD’s on the same rows (about 50 times with the quadrature branch)', () => {
    const d = retailLike(4000, 3);
    const runPnbd = () => paretoNbd.logLikelihood([0.83, 9.87, 3e-7, 1.5e7], d);
    const runBg = () => bgnbd.logLikelihood([0.83, 9.84, 0.0034, 6.7], d);
    const time = (f: () => number) => {
      const t0 = performance.now();
      for (let j = 0; j < 5; j++) f();
      return performance.now() - t0;
    };
    // Warmed up, then interleaved so that a busy machine slows both alike; medians of 11.
    for (let k = 0; k < 3; k++) {
      time(runPnbd);
      time(runBg);
    }
    const pn: number[] = [];
    const bgs: number[] = [];
    for (let k = 0; k < 11; k++) {
      pn.push(time(runPnbd));
      bgs.push(time(runBg));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[5];
    const [pnbd, bg] = [median(pn), median(bgs)];
    expect(pnbd / bg).toBeLessThan(25);
  });
});
