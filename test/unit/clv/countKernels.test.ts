import { describe, expect, it } from 'vitest';
import { bgbbAlivePmf, bgbbExpected, bgbbModel, bgbbPAlive, bgbbPNone } from '../../../src/core/clv/bgbb.ts';
import { bgnbd } from '../../../src/core/clv/bgnbd.ts';
import { bgStillAlive } from '../../../src/core/clv/bgnbdCore.ts';
import { countKernel, invertCdf } from '../../../src/core/clv/countKernels.ts';
import { mbgnbd } from '../../../src/core/clv/mbgnbd.ts';
import { paretoNbd } from '../../../src/core/clv/paretoNbd.ts';
import { lnDropIntegral, lnDropMoments } from '../../../src/core/clv/pnbdDrop.ts';
import { gammaln, logAddExp, logIntegrate } from '../../../src/core/clv/special.ts';

/**
 * Pareto/NBD's P(Y(t) = n | x, t_x, T) as the model computed it before it had an alive part (FH
 * 2005 note, the dropout integral over (T, T + t]): the reference for the shared path.
 */
function pnbdConditionalPmf(p: number[], t: number, n: number, x: number, tx: number, T: number): number {
  const [r, alpha, s, beta] = p;
  const pa = paretoNbd.pAlive(p, x, tx, T);
  const rr = r + x;
  const a1 = alpha + T;
  const b1 = beta + T;
  const lnNb = gammaln(rr + n) - gammaln(rr) - gammaln(n + 1);
  const stay = lnNb + rr * Math.log(a1 / (a1 + t)) + n * Math.log(t / (a1 + t)) - s * Math.log1p(t / b1);
  const lnDrop =
    n === 0
      ? lnDropIntegral(rr, alpha, s, beta, T, T + t)
      : logIntegrate((y) => n * Math.log(y) - (rr + n) * Math.log(a1 + y) - (s + 1) * Math.log(b1 + y), 0, t);
  const drop = lnNb + rr * Math.log(a1) + Math.log(s) + s * Math.log(b1) + lnDrop;
  return pa * Math.exp(logAddExp(stay, drop)) + (n === 0 ? 1 - pa : 0);
}

/** CDNOW's published Pareto/NBD (weeks), Online Retail's "no dropout" fit, and a fast churner. */
const PNBD_CASES = [
  { p: [0.553, 10.58, 0.606, 11.67], x: 2, tx: 30.43, T: 38.86, t: 39 },
  { p: [0.553, 10.58, 0.606, 11.67], x: 0, tx: 0, T: 38.86, t: 39 },
  { p: [0.553, 10.58, 0.606, 11.67], x: 14, tx: 36, T: 37, t: 52 },
  { p: [0.83, 9.87, 0.0008, 81], x: 5, tx: 40, T: 52, t: 52.18 },
  { p: [2, 5, 3, 4], x: 1, tx: 2, T: 20, t: 10 },
];

describe('Pareto/NBD on the shared path: given alive, a new customer with (r + x, α + T, s, β + T)', () => {
  it.each(PNBD_CASES)('P(alive)·alive pmf + (1 − P(alive))·[n = 0] = the conditional pmf: $p x=$x', (c) => {
    const alive = paretoNbd.ifAlive!;
    const pa = paretoNbd.pAlive(c.p, c.x, c.tx, c.T);
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 400; n++) {
      const v = alive.pmf(c.p, c.t, n, c.x, c.T);
      total += v;
      mean += n * v;
      if (n < 30) {
        const want = pnbdConditionalPmf(c.p, c.t, n, c.x, c.tx, c.T);
        expect(Math.abs(pa * v + (n === 0 ? 1 - pa : 0) - want)).toBeLessThan(1e-9 + 1e-7 * want);
      }
    }
    expect(total).toBeCloseTo(1, 6);
    expect(mean).toBeCloseTo(alive.expected(c.p, c.t, c.x, c.T), 4);
    expect(paretoNbd.pAliveAt(c.p, c.t, c.x, c.tx, c.T)).toBeCloseTo(pa * alive.stillAlive(c.p, c.t, c.x, c.T), 12);
  });
});

describe('lnDropMoments: the dropout integral by quadrature, with its gradient and Hessian', () => {
  it.each([
    [1.83, 9.87, 0.0008, 81, 0, 53],
    [0.55, 10.6, 0.61, 11.7, 5, 38],
    [20.55, 10.6, 0.61, 11.7, 30, 38],
    [130.8, 9.8, 0.0008, 81, 52.9, 53.1],
    [3.2, 1, 2, 300, 1, 70],
    [1, 300, 0.3, 1, 0, 70],
    [60, 0.5, 5, 0.5, 2, 78],
  ])('R=%f α=%f s=%f β=%f over (%f, %f) as lnDropIntegral', (R, a, s, b, lo, hi) => {
    const m = lnDropMoments(R, a, s, b, lo, hi);
    expect(m.ln).toBeCloseTo(lnDropIntegral(R, a, s, b, lo, hi), 5);
    const p = [R, a, s, b];
    p.forEach((v, i) => {
      const e = 1e-5 * v;
      const up = [...p];
      const dn = [...p];
      up[i] += e;
      dn[i] -= e;
      const fd =
        (lnDropIntegral(up[0], up[1], up[2], up[3], lo, hi) - lnDropIntegral(dn[0], dn[1], dn[2], dn[3], lo, hi)) /
        (2 * e);
      expect(Math.abs(m.grad[i] - fd)).toBeLessThan(1e-4 * (1 + Math.abs(fd)));
    });
  });
});

/** Whole numbers 0 … horizon for BG/BB's periods. */
const BGBB_CASES = [
  { p: [1.2, 0.75, 0.66, 2.78], x: 3, tx: 5, n: 6, m: 5 },
  { p: [1.2, 0.75, 0.66, 2.78], x: 0, tx: 0, n: 6, m: 10 },
  { p: [0.75, 8.6, 0.2, 196], x: 20, tx: 50, n: 52, m: 52 },
  { p: [0.5, 0.5, 2, 1], x: 1, tx: 1, n: 1, m: 3 },
];

describe('BG/BB: the whole count distribution over the next periods', () => {
  it.each(BGBB_CASES)('sums to 1, P(0) is bgbbPNone and the mean is bgbbExpected: $p x=$x n=$n m=$m', (c) => {
    let total = 0;
    let mean = 0;
    for (let k = 0; k <= c.m; k++) {
      const v = bgbbModel.pmf(c.p, c.m, k, c.x, c.tx, c.n);
      expect(v).toBeGreaterThanOrEqual(0);
      total += v;
      mean += k * v;
    }
    expect(total).toBeCloseTo(1, 10);
    expect(mean).toBeCloseTo(bgbbExpected(c.p, c.m, c.x, c.tx, c.n), 10);
    expect(bgbbModel.pmf(c.p, c.m, 0, c.x, c.tx, c.n)).toBe(bgbbPNone(c.p, c.m, c.x, c.tx, c.n));
    // Given alive: the alive part at 0 is P(none | alive).
    const pa = bgbbPAlive(c.p, 0, c.x, c.tx, c.n);
    expect(pa * bgbbAlivePmf(c.p, c.m, 0, c.x, c.n) + 1 - pa).toBeCloseTo(bgbbPNone(c.p, c.m, c.x, c.tx, c.n), 12);
  });
});

/** The cumulative distribution of `pmf` at 0 … len − 1. */
function cumulative(pmf: (n: number) => number, len: number): number[] {
  let c = 0;
  return Array.from({ length: len }, (_, n) => (c += pmf(n)));
}

describe('count kernels: the recurrences give the models’ own distributions', () => {
  it.each([
    { model: 'bgnbd', m: bgnbd, p: [0.243, 4.414, 0.793, 2.426], x: 2, tx: 30.43, T: 38.86, t: 39 },
    { model: 'bgnbd', m: bgnbd, p: [0.243, 4.414, 0.793, 2.426], x: 0, tx: 0, T: 10, t: 39 },
    { model: 'mbgnbd', m: mbgnbd, p: [0.525, 6.183, 0.891, 1.614], x: 7, tx: 20, T: 35, t: 52 },
    // A wholesale buyer: NB(0) = (α/(α + t))^{r+x} underflows (it used to fall back to the slow pmf).
    { model: 'bgnbd', m: bgnbd, p: [0.83, 9.8, 0.0034, 6.7], x: 1500, tx: 52, T: 53, t: 52 },
  ] as const)('$model x=$x: cdf, P(still alive) and P(alive)', ({ model, m, p, x, tx, T, t }) => {
    const k = countKernel(model, [[...p]], [...p], t, []);
    k.group(x, T);
    const len = k.len[0];
    const cdf = Array.from(k.pool.subarray(k.start[0], k.start[0] + len));
    // The mean from the cdf: Σ P(Y > n), against the closed form.
    const mean = cdf.reduce((a, c) => a + 1 - c, 0);
    expect(Math.abs(mean / m.ifAlive!.expected(p, t, x, T) - 1)).toBeLessThan(1e-3);
    expect(cdf[len - 1]).toBe(1);
    if (x < 100) {
      const want = cumulative((n) => m.ifAlive!.pmf(p, t, n, x, T), len);
      for (let n = 0; n < len - 1; n++) expect(Math.abs(cdf[n] - want[n])).toBeLessThan(1e-9);
      expect(1 - want[len - 2]).toBeLessThan(2e-4);
    }
    expect(k.still[0]).toBeCloseTo(m.ifAlive!.stillAlive(p, t, x, T), 3);
    const pa = new Float64Array(1);
    k.alive(x, tx, T, pa);
    expect(pa[0]).toBeCloseTo(m.pAlive(p, x, tx, T), 12);
  });

  it('bgCdfInto: P(still alive) from the same recurrence as the cdf', () => {
    for (const [r, alpha, a, b, t] of [
      [0.243, 4.414, 0.793, 2.426, 39],
      [5.2, 40, 0.3, 9, 52],
      [0.5, 1, 2, 0.5, 100],
    ]) {
      const k = countKernel('bgnbd', [[r, alpha, a, b]], [r, alpha, a, b], t, []);
      k.group(0, 0);
      expect(Math.abs(k.still[0] - bgStillAlive(r, alpha, a, b, t))).toBeLessThan(2e-4);
    }
  });

  it.each(BGBB_CASES)('BG/BB: cdf, P(still alive) and P(alive): $p x=$x n=$n m=$m', (c) => {
    const k = countKernel('bgbb', [c.p], c.p, c.m, []);
    k.group(c.x, c.n);
    const len = k.len[0];
    const cdf = Array.from(k.pool.subarray(k.start[0], k.start[0] + len));
    const want = cumulative((j) => bgbbAlivePmf(c.p, c.m, j, c.x, c.n), len);
    for (let j = 0; j < len - 1; j++) expect(cdf[j]).toBeCloseTo(want[j], 10);
    expect(k.still[0]).toBeCloseTo(bgbbPAlive(c.p, c.m, c.x, c.tx, c.n) / bgbbPAlive(c.p, 0, c.x, c.tx, c.n), 10);
    const pa = new Float64Array(1);
    k.alive(c.x, c.tx, c.n, pa);
    expect(pa[0]).toBeCloseTo(bgbbPAlive(c.p, 0, c.x, c.tx, c.n), 10);
  });

  it.each(PNBD_CASES)('Pareto/NBD: exact samples, and the stratified cdf within 1/100: $p x=$x', (c) => {
    const D = 100;
    const draws = Array.from({ length: D }, () => c.p);
    const k = countKernel('pnbd', draws, c.p, c.t, [[c.x, c.tx, c.T]]);
    k.group(c.x, c.T);
    const exact = cumulative((n) => paretoNbd.ifAlive!.pmf(c.p, c.t, n, c.x, c.T), 600);
    // The quantiles' mixture over the draws (one lifetime stratum each).
    let worst = 0;
    for (let n = 0; n < 200; n++) {
      let f = 0;
      for (let d = 0; d < D; d++) f += n < k.len[d] ? k.pool[k.start[d] + n] : 1;
      worst = Math.max(worst, Math.abs(f / D - exact[n]));
    }
    expect(worst).toBeLessThan(0.01);
    // Samples on a fine grid of v (the dropout path's second uniform seeded): their distribution.
    let seed = 7;
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const N = 20_000;
    const counts = new Float64Array(600);
    for (let i = 0; i < N; i++) counts[Math.min(599, k.sample(i % D, (i + 0.5) / N, rand))]++;
    let c2 = 0;
    let worstSample = 0;
    for (let n = 0; n < 200; n++) {
      c2 += counts[n] / N;
      worstSample = Math.max(worstSample, Math.abs(c2 - exact[n]));
      if (n === 0) expect(k.zero[0]).toBeLessThanOrEqual(exact[0] + 1e-12);
    }
    expect(worstSample).toBeLessThan(0.02);
  });

  it('Pareto/NBD P(alive) per draw: the expansion around the estimate, or exact when draws stray', () => {
    const est = [0.553, 10.58, 0.606, 11.67];
    let seed = 3;
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const near = Array.from({ length: 50 }, () => est.map((v) => v * Math.exp(0.1 * (rand() - 0.5))));
    // s and β along their ridge (s/β nearly fixed, as where dropout is weakly identified).
    const ridge = Array.from({ length: 50 }, () => {
      const u = 1.5 * (rand() - 0.5);
      return [est[0], est[1], est[2] * Math.exp(u), est[3] * Math.exp(u + 0.05 * (rand() - 0.5))];
    });
    const far = Array.from({ length: 50 }, () => est.map((v) => v * Math.exp(6 * (rand() - 0.5))));
    for (const draws of [near, ridge, far]) {
      const histories = [
        [0, 0, 38.86],
        [2, 30.43, 38.86],
        [10, 12, 38],
        [25, 37.5, 38.5],
      ] as const;
      const k = countKernel('pnbd', draws, est, 39, histories);
      for (const [x, tx, T] of histories) {
        k.group(x, T);
        const pa = new Float64Array(draws.length);
        k.alive(x, tx, T, pa);
        // The mean over the draws (what the count's mixture uses) to 0.002, each draw to 0.03.
        const exact = draws.map((p) => paretoNbd.pAlive(p, x, tx, T));
        const meanOff = exact.reduce((a, v, d) => a + (pa[d] - v) / draws.length, 0);
        expect(Math.abs(meanOff)).toBeLessThan(2e-3);
        exact.forEach((v, d) => expect(Math.abs(pa[d] - v)).toBeLessThan(draws === near ? 2e-3 : 0.03));
      }
    }
  });
});

describe('invertCdf: the smallest n with cdf(n) ≥ v (a scan of the first counts, then bisection)', () => {
  it.each([1, 2, 5, 8, 9, 10, 40, 300])('a cdf of %i entries, at every v on a grid and at its own values', (len) => {
    let seed = len;
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const at = 3;
    const buf = new Float64Array(len + 6).fill(-1);
    let c = 0;
    for (let n = 0; n < len; n++) buf[at + n] = c += rand() * (n % 4 === 1 ? 0 : 1);
    for (let n = 0; n < len; n++) buf[at + n] /= c;
    buf[at + len - 1] = 1;
    const vs = [...Array.from({ length: 101 }, (_, k) => k / 100), ...buf.subarray(at, at + len)];
    for (const v of vs) {
      let want = 0;
      while (want < len - 1 && buf[at + want] < v) want++;
      expect(invertCdf(buf, at, len, v)).toBe(want);
    }
  });
});
