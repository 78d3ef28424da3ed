// The analytic gradients the fits use (BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma) against central finite
// differences of the log-likelihood, over a few parameter points each including ones near the
// ridges the fits run along; and the likelihoods on compressed rows (distinct (x, t_x, T) with
// weights) against the same customers one row each.
import { describe, expect, it } from 'vitest';
import { bgnbd } from '../../../src/core/clv/bgnbd.ts';
import { repeatData } from '../../../src/core/clv/compress.ts';
import { fitModel } from '../../../src/core/clv/fitModel.ts';
import { ggLogLikelihood } from '../../../src/core/clv/gammaGamma.ts';
import type { SpendData } from '../../../src/core/clv/gammaGamma.ts';
import { mbgnbd } from '../../../src/core/clv/mbgnbd.ts';
import { hessianFromGradient, invertSpd } from '../../../src/core/clv/optimise.ts';
import { paretoNbd } from '../../../src/core/clv/paretoNbd.ts';
import { digamma, gammaln } from '../../../src/core/clv/special.ts';
import type { RepeatData } from '../../../src/core/clv/types.ts';
import { rng } from '../rng.ts';

/** Customers in whole weeks (many repeated rows), x up to 20. */
function customers(n: number, seed: number) {
  const r = rng(seed);
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    T[i] = 1 + Math.floor(r() * 40);
    x[i] = Math.floor(r() * r() * 21);
    tx[i] = x[i] > 0 ? Math.floor(r() * T[i]) : 0;
  }
  return { x, tx, T };
}

/** One row per customer, weight 1: what the compression must not change. */
function uncompressed(c: { x: Float64Array; tx: Float64Array; T: Float64Array }): RepeatData {
  return { ...c, w: new Float64Array(c.x.length).fill(1), maxX: Math.max(...c.x) };
}

/** Central differences with a relative step, per parameter. */
function numericGradient(f: (p: number[]) => number, p: number[]): number[] {
  return p.map((v, i) => {
    const h = 1e-6 * v;
    const up = p.slice();
    const down = p.slice();
    up[i] += h;
    down[i] -= h;
    return (f(up) - f(down)) / (2 * h);
  });
}

/** Agreement to 1e-6 of the gradient's size (finite differences are good to about that). */
function expectGradient(analytic: number[], numeric: number[]) {
  const scale = Math.max(1, ...numeric.map(Math.abs));
  analytic.forEach((g, i) => expect(Math.abs(g - numeric[i]) / scale).toBeLessThan(1e-6));
}

const c = customers(4000, 3);
const d = repeatData(c);

describe('analytic gradients against finite differences', () => {
  it.each([
    ['BG/NBD', [0.243, 4.414, 0.793, 2.426], bgnbd],
    ['BG/NBD', [1.3, 40, 0.2, 5], bgnbd],
    ['BG/NBD', [0.9, 3.5, 2e4, 1.5e5], bgnbd],
    ['BG/NBD', [0.05, 0.5, 3, 0.7], bgnbd],
    ['MBG/NBD', [0.525, 6.183, 0.891, 1.614], mbgnbd],
    ['MBG/NBD', [2.4, 8.5, 1e4, 8e4], mbgnbd],
    ['MBG/NBD', [0.05, 0.5, 3, 0.7], mbgnbd],
    ['Pareto/NBD', [0.5534, 10.5802, 0.6061, 11.6562], paretoNbd],
    ['Pareto/NBD', [2.4, 11.3, 4.36, 144.7], paretoNbd],
    ['Pareto/NBD', [0.9, 3.5, 0.001, 1e5], paretoNbd],
    ['Pareto/NBD', [0.05, 0.5, 3, 0.7], paretoNbd],
    ['Pareto/NBD', [0.3, 60, 8, 2], paretoNbd],
  ] as const)('%s at %j', (_, p, m) => {
    const g: number[] = [];
    const ll = m.gradient!([...p], d, g);
    expect(ll).toBe(m.logLikelihood([...p], d));
    expectGradient(
      g,
      numericGradient((q) => m.logLikelihood(q, d), [...p]),
    );
  });

  // Heavy buyers (x up to 200) at times in days of a week: long stretches between a group's
  // times, where the drop integral's slopes are summed in pieces. Richardson-extrapolated central
  // differences (good to about 1e-10 here) against the analytic gradient.
  const heavy = (() => {
    const r = rng(5);
    const n = 3000;
    const x = new Float64Array(n);
    const tx = new Float64Array(n);
    const T = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      T[i] = 1 + Math.floor(r() * 280) / 7;
      x[i] = Math.floor(r() * r() * 201);
      tx[i] = x[i] > 0 ? Math.floor(r() * T[i] * 7) / 7 : 0;
    }
    return repeatData({ x, tx, T });
  })();
  it.each([
    [0.5534, 10.5802, 0.6061, 11.6562],
    [0.05, 0.5, 3, 0.7],
    [1.3, 40, 0.2, 5],
    [0.9, 3.5, 0.001, 1e5],
  ])('Pareto/NBD with heavy buyers at %s, %s, %s, %s', (...p) => {
    const g: number[] = [];
    expect(paretoNbd.gradient!(p, heavy, g)).toBe(paretoNbd.logLikelihood(p, heavy));
    const f = (q: number[]) => paretoNbd.logLikelihood(q, heavy);
    const central = (i: number, h: number) => {
      const up = p.slice();
      const down = p.slice();
      up[i] += h;
      down[i] -= h;
      return (f(up) - f(down)) / (2 * h);
    };
    const numeric = p.map((v, i) => (4 * central(i, 1e-4 * v) - central(i, 2e-4 * v)) / 3);
    const scale = Math.max(1, ...numeric.map(Math.abs));
    g.forEach((v, i) => expect(Math.abs(v - numeric[i]) / scale).toBeLessThan(1e-8));
  });

  it('Pareto/NBD standard errors: the fit’s covariance is the inverse of the Hessian to 1e-4', () => {
    const m = paretoNbd;
    const fit = fitModel('pnbd', m.paramNames, (p) => m.logLikelihood(p, d), c.x.length, m.starts(d), {
      gradient: (p, g) => m.gradient!(p, d, g),
      doubleSteps: false,
    });
    expect(fit.converged).toBe(true);
    const u = Object.values(fit.params).map(Math.log);
    const slope = (v: number[], out: number[]) => {
      const q = v.map(Math.exp);
      m.gradient!(q, d, out);
      for (let i = 0; i < 4; i++) out[i] *= q[i];
    };
    // The reference: Richardson's extrapolation of the gradient's central differences at 2h and h.
    const coarse = hessianFromGradient(slope, u, 2e-3);
    const fine = hessianFromGradient(slope, u, 1e-3);
    const cov = invertSpd(fine.map((row, i) => row.map((v, j) => -(4 * v - coarse[i][j]) / 3)))!;
    fit.covLog!.forEach((row, i) =>
      row.forEach((v, j) => expect(Math.abs(v - cov[i][j])).toBeLessThan(1e-4 * Math.sqrt(cov[i][i] * cov[j][j]))),
    );
  });

  const r = rng(9);
  const spend: SpendData = {
    x: Float64Array.from({ length: 3000 }, () => 1 + Math.floor(r() * 12)),
    m: Float64Array.from({ length: 3000 }, () => Math.round(5 + r() * r() * 400) / 4),
    w: Float64Array.from({ length: 3000 }, () => 1 + Math.floor(r() * 3)),
  };
  it.each([
    [6.25, 3.74, 15.44],
    [0.8, 1.5, 100],
    [40, 0.3, 2000],
  ])('Gamma-Gamma at p = %s, q = %s, γ = %s', (...p) => {
    const g: number[] = [];
    const ll = ggLogLikelihood(p, spend, g);
    expect(ll).toBe(ggLogLikelihood(p, spend));
    expectGradient(
      g,
      numericGradient((q) => ggLogLikelihood(q, spend), p),
    );
  });

  it.each([1e-6, 0.01, 0.5, 1, 3.7, 9.99, 10, 250, 1e8])('digamma(%s) is the slope of ln Γ', (x) => {
    const h = 1e-5 * x;
    const slope = (gammaln(x + h) - gammaln(x - h)) / (2 * h);
    expect(Math.abs(digamma(x) - slope)).toBeLessThan(1e-7 * Math.max(1, Math.abs(slope)));
  });

  it('digamma at known points: ψ(1) = −γ, ψ(½) = −γ − 2 ln 2', () => {
    const euler = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-euler, 14);
    expect(digamma(0.5)).toBeCloseTo(-euler - 2 * Math.LN2, 14);
  });
});

describe('compressed rows give the likelihood of one row per customer', () => {
  const plain = uncompressed(c);
  it('compresses (the rows repeat)', () => {
    expect(d.x.length).toBeLessThan(c.x.length * 0.75);
  });
  it.each([
    ['BG/NBD', [0.243, 4.414, 0.793, 2.426], bgnbd],
    ['MBG/NBD', [0.525, 6.183, 0.891, 1.614], mbgnbd],
    ['Pareto/NBD', [0.5534, 10.5802, 0.6061, 11.6562], paretoNbd],
  ] as const)('%s, value and gradient', (_, p, m) => {
    const want = m.logLikelihood([...p], plain);
    expect(Math.abs(m.logLikelihood([...p], d) / want - 1)).toBeLessThan(1e-13);
    if (m.gradient) {
      const g: number[] = [];
      const h: number[] = [];
      m.gradient([...p], d, g);
      m.gradient([...p], plain, h);
      g.forEach((v, i) => expect(Math.abs(v - h[i])).toBeLessThan(1e-9 * Math.max(1, Math.abs(h[i]))));
    }
  });
});
