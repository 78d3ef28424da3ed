// The CLV models against published results: Fader, Hardie & Lee (2005) for BG/NBD, Batislam et al.
// (2007) via BTYDplus for MBG/NBD, Schmittlein et al. / BTYD for Pareto/NBD, Fader & Hardie (2013)
// for Gamma-Gamma, Fader, Hardie & Shang (2010) for BG/BB, and Hardie's spreadsheets and BTYD's
// documentation for the predictions (the values lifetimes' tests also use).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bgbbExpected,
  bgbbLogLikelihood,
  bgbbPAlive,
  bgbbPmfNew,
  bgbbStarts,
  BGBB_PARAMS,
} from '../../../src/core/clv/bgbb.ts';
import { bgnbd } from '../../../src/core/clv/bgnbd.ts';
import { discreteData, repeatData, spendData } from '../../../src/core/clv/compress.ts';
import { fitModel } from '../../../src/core/clv/fitModel.ts';
import type { FitResult } from '../../../src/core/clv/fitModel.ts';
import { ggExpectedSpend, ggLogLikelihood, ggStarts, GG_PARAMS } from '../../../src/core/clv/gammaGamma.ts';
import { mbgnbd } from '../../../src/core/clv/mbgnbd.ts';
import { paretoNbd } from '../../../src/core/clv/paretoNbd.ts';
import { summarize } from '../../../src/core/clv/summarize.ts';
import type { CustomerSummary } from '../../../src/core/clv/summarize.ts';
import type { RepeatModel } from '../../../src/core/clv/types.ts';
import { CDNOW, CDNOW_CALIBRATION_END, loadCdnow } from './cdnow.ts';

const BGNBD_PUBLISHED = [0.243, 4.414, 0.793, 2.426];
const PNBD_BTYD = [0.5534, 10.5802, 0.6061, 11.6562];
const PNBD_EXPECTATION = [
  0, 0.05077821, 0.09916088, 0.14542507, 0.1897993, 0.23247466, 0.27361274, 0.31335159, 0.35181024, 0.38909211,
];

const values = (f: FitResult) => Object.values(f.params);
/** Equal at the published precision: |a − b| ≤ half a unit of the last published digit. */
const atPrecision = (got: number, published: number, decimals: number) =>
  expect(Math.abs(got - published)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);

describe.skipIf(!CDNOW.present)('fits on CDNOW (2,357 customers, 39 weeks of calibration)', () => {
  let s: CustomerSummary;
  const fit = (m: RepeatModel) =>
    fitModel(m.id, m.paramNames, (p) => m.logLikelihood(p, repeatData(s)), s.n, m.starts(repeatData(s)), {
      gradient: m.gradient && ((p, g) => m.gradient!(p, repeatData(s), g)),
    });
  beforeAll(async () => {
    s = summarize(await loadCdnow(), { unit: 'week', calibrationEnd: CDNOW_CALIBRATION_END });
  });

  it('summarises the cohort as the literature does', () => {
    expect(s.n).toBe(2357);
    expect(s.x.reduce((a, b) => a + b, 0)).toBe(2457);
    expect(s.x.filter((x) => x === 0).length).toBe(1411);
    expect(spendData(s).x.length).toBe(946);
    expect(s.holdoutLength).toBe(39);
  });

  it('BG/NBD: r, alpha, a, b and the log-likelihood as published (FHL 2005)', () => {
    const f = fit(bgnbd);
    values(f).forEach((v, i) => atPrecision(v, BGNBD_PUBLISHED[i], 3));
    atPrecision(f.logLikelihood, -9582.4, 1);
    expect(f.converged).toBe(true);
    expect(f.warnings).toEqual([]);
    // Standard errors exist and are small against the estimates.
    expect(f.se!.r / f.params.r).toBeLessThan(0.1);
    expect(f.aic).toBeCloseTo(2 * 4 - 2 * f.logLikelihood, 9);
    expect(f.bic).toBeCloseTo(4 * Math.log(2357) - 2 * f.logLikelihood, 9);
    // x = 2, t_x = 30.43, T = 38.86: 1.226 expected purchases in the next 39 weeks.
    expect(bgnbd.expected(values(f), 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
    // BTYD / Hardie spreadsheet: E[X(t)] of a new customer.
    const times = [0.1429, 1.0, 3.0, 31.8571, 32.0, 78.0];
    const want = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => expect(bgnbd.expectedNew(values(f), t)).toBeCloseTo(want[i], 3));
  });

  it('the L2 penalty shrinks every parameter, more with a larger penalty (as lifetimes’ penalizer)', () => {
    const d = repeatData(s);
    const fitWith = (penalty: number) =>
      values(
        fitModel('bgnbd', bgnbd.paramNames, (p) => bgnbd.logLikelihood(p, d), s.n, bgnbd.starts(d), {
          penalty,
          gradient: (p, g) => bgnbd.gradient!(p, d, g),
        }),
      );
    const [p0, p1, p2] = [0, 0.1, 10].map(fitWith);
    p1.forEach((v, i) => expect(v).toBeLessThan(p0[i]));
    p2.forEach((v, i) => expect(v).toBeLessThan(p1[i]));
  });

  it('MBG/NBD: r = 0.525, alpha = 6.183, a = 0.891, b = 1.614 (BTYDplus)', () => {
    const f = fit(mbgnbd);
    values(f).forEach((v, i) => atPrecision(v, [0.525, 6.183, 0.891, 1.614][i], 3));
  });

  it('Pareto/NBD: r, alpha, s, beta and the log-likelihood as published, and BTYD’s predictions', () => {
    const f = fit(paretoNbd);
    values(f).forEach((v, i) => atPrecision(v, [0.553, 10.578, 0.606, 11.669][i], 3));
    atPrecision(f.logLikelihood, -9595.0, 1);
    // BTYD walkthrough: x = 26, t_x = 30.86, T = 31 expects 25.46 purchases in 52 weeks.
    expect(paretoNbd.expected(values(f), 52, 26, 30.86, 31)).toBeCloseTo(25.46, 2);
    // E[X(t)] of a new customer near BTYD's example (which uses the rounded 0.55, 10.56, 0.61, 11.64).
    PNBD_EXPECTATION.forEach((w, t) => expect(paretoNbd.expectedNew(values(f), t)).toBeCloseTo(w, 2));
  });

  it('Gamma-Gamma: p = 6.25, q = 3.74, gamma = 15.44 on the 946 repeat buyers, and the spreadsheet’s spends', () => {
    const d = spendData(s);
    const f = fitModel('gg', GG_PARAMS, (p) => ggLogLikelihood(p, d), d.x.length, ggStarts(d), {
      gradient: (p, g) => ggLogLikelihood(p, d, g),
    });
    values(f).forEach((v, i) => atPrecision(v, [6.25, 3.74, 15.44][i], 2));
    // Expected average spend of the first ten customers (Hardie, note 025).
    const first10 = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    first10.forEach((want, i) => atPrecision(ggExpectedSpend(values(f), s.x[i], s.spend[i]), want, 2));
  });

  it('gives the same predictions for the same calendar horizon whether fitted in days or in weeks', async () => {
    const days = summarize(await loadCdnow(), { unit: 'day', calibrationEnd: CDNOW_CALIBRATION_END });
    const dDays = repeatData(days);
    for (const m of [bgnbd, mbgnbd, paretoNbd]) {
      const w = fit(m);
      const d = fitModel(m.id, m.paramNames, (p) => m.logLikelihood(p, dDays), days.n, m.starts(dDays), {
        gradient: m.gradient && ((p, g) => m.gradient!(p, dDays, g)),
      });
      // The shape parameters are unit-free; alpha (and beta) scale by 7.
      expect(d.params.r).toBeCloseTo(w.params.r, 3);
      expect(d.params.alpha / w.params.alpha).toBeCloseTo(7, 2);
      for (const i of [0, 1, 5, 100, 2000]) {
        const inWeeks = m.expected(values(w), 39, s.x[i], s.tx[i], s.T[i]);
        const inDays = m.expected(values(d), 273, days.x[i], days.tx[i], days.T[i]);
        expect(Math.abs(inDays - inWeeks)).toBeLessThan(1e-4 * Math.max(1, inWeeks));
        expect(m.pAlive(values(d), days.x[i], days.tx[i], days.T[i])).toBeCloseTo(
          m.pAlive(values(w), s.x[i], s.tx[i], s.T[i]),
          5,
        );
      }
    }
  });
});

describe('predictions with published parameters (no data needed)', () => {
  it.each([
    // BTYD docs: P(X(t) = n) for a new customer under BG/NBD with the FHL 2005 parameters.
    [2, 10, 1.07869e-7],
    [39, 0, 0.5737864],
    [30, 11, 0.0019995214],
    [30, 12, 0.0015170236],
    [30, 15, 0.0007023638],
    [30, 20, 0.000222226],
  ])('BG/NBD P(X(%f) = %i) = %f', (t, n, want) => {
    // The new-customer PMF is the conditional one for x = 0 at T = 0 (alive for sure).
    expect(bgnbd.pmf(BGNBD_PUBLISHED, t, n, 0, 0, 0)).toBeCloseTo(want, 6);
    expect(Math.abs(bgnbd.pmf(BGNBD_PUBLISHED, t, n, 0, 0, 0) / want - 1)).toBeLessThan(2e-3);
  });

  it('BG/NBD E[X(52)] ≈ 1.444 for a new customer (FHL 2005)', () => {
    expect(bgnbd.expectedNew(BGNBD_PUBLISHED, 52)).toBeCloseTo(1.444, 2);
  });

  it('Pareto/NBD E[X(t)], t = 0..9, as BTYD’s pnbd.Expectation example (0.55, 10.56, 0.61, 11.64)', () => {
    PNBD_EXPECTATION.forEach((w, t) => expect(paretoNbd.expectedNew([0.55, 10.56, 0.61, 11.64], t)).toBeCloseTo(w, 8));
  });

  it('Pareto/NBD P(alive | x = 26, t_x = 30.86, T = 31) = 0.9979 (BTYD walkthrough)', () => {
    expect(paretoNbd.pAlive(PNBD_BTYD, 26, 30.86, 31)).toBeCloseTo(0.9979, 4);
  });

  it('Pareto/NBD: one more purchase changes the expectation only a little (lifetimes’ underflow case)', () => {
    const p = [0.55, 10.58, 0.61, 11.67];
    const left = paretoNbd.expected(p, 10, 132, 200, 200);
    const right = paretoNbd.expected(p, 10, 133, 200, 200);
    expect(left).toBeCloseTo(6.206, 3);
    expect(right).toBeCloseTo(6.253, 3);
  });

  it.each([
    [40, 5, 6],
    [50, 1, 37],
    [50, 4, 37],
    [400, 5, 6],
    [500, 1, 37],
  ])('Pareto/NBD stays in [0, 1] for extreme parameters (x = %i, t_x = %f, T = %f)', (x, tx, T) => {
    const p = [10.465, 7.98565181e-3, 3.0516, 2.82];
    const pa = paretoNbd.pAlive(p, x, tx, T);
    expect(pa).toBeGreaterThanOrEqual(0);
    expect(pa).toBeLessThanOrEqual(1);
    expect(
      Number.isFinite(
        paretoNbd.logLikelihood(p, {
          x: Float64Array.of(x),
          tx: Float64Array.of(tx),
          T: Float64Array.of(T),
          w: Float64Array.of(1),
          maxX: x,
        }),
      ),
    ).toBe(true);
  });

  it.each([
    ['BG/NBD', bgnbd, BGNBD_PUBLISHED],
    ['MBG/NBD', mbgnbd, [0.525, 6.183, 0.891, 1.614]],
    ['Pareto/NBD', paretoNbd, PNBD_BTYD],
  ] as const)('%s is finite for a heavy buyer (x = 221, t_x = 103.43, T = 103.57)', (_, m, p) => {
    const d = {
      x: Float64Array.of(221),
      tx: Float64Array.of(103.43),
      T: Float64Array.of(103.57),
      w: Float64Array.of(1),
      maxX: 221,
    };
    expect(Number.isFinite(m.logLikelihood(p, d))).toBe(true);
    const pa = m.pAlive(p, 221, 103.43, 103.57);
    expect(pa).toBeGreaterThan(0.9);
    expect(pa).toBeLessThanOrEqual(1);
    const e = m.expected(p, 52, 221, 103.43, 103.57);
    expect(Number.isFinite(e) && e > 50).toBe(true);
    expect(Number.isFinite(m.pmf(p, 52, 100, 221, 103.43, 103.57))).toBe(true);
  });
});

describe('model properties', () => {
  const models = [
    ['BG/NBD', bgnbd, BGNBD_PUBLISHED],
    ['MBG/NBD', mbgnbd, [0.525, 6.183, 0.891, 1.614]],
    ['Pareto/NBD', paretoNbd, PNBD_BTYD],
  ] as const;

  it('BG/NBD: a customer without repeat purchases is alive for sure (dropout only follows a purchase)', () => {
    for (const T of [1, 10, 38.86, 100]) expect(bgnbd.pAlive(BGNBD_PUBLISHED, 0, 0, T)).toBe(1);
    // MBG/NBD allows dropout right after the first purchase, so there it is below 1.
    expect(mbgnbd.pAlive([0.525, 6.183, 0.891, 1.614], 0, 0, 38.86)).toBeLessThan(1);
  });

  it.each(models)('%s: more purchases with equal (recent) recency ⇒ higher expectation', (_, m, p) => {
    let prev = -1;
    for (const x of [1, 2, 4, 8, 16]) {
      const e = m.expected(p, 39, x, 38, 38.86);
      expect(e).toBeGreaterThan(prev);
      prev = e;
    }
  });

  it.each(models)('%s: P(alive) falls as the time since the last purchase grows', (_, m, p) => {
    let prev = 2;
    for (const tx of [38, 30, 20, 10, 1]) {
      const pa = m.pAlive(p, 3, tx, 38.86);
      expect(pa).toBeLessThan(prev);
      prev = pa;
    }
  });

  it.each(models)('%s: P(alive) later is below P(alive) now, and falls with the horizon', (_, m, p) => {
    const now = m.pAlive(p, 3, 20, 38.86);
    const in10 = m.pAliveAt(p, 10, 3, 20, 38.86);
    const in50 = m.pAliveAt(p, 50, 3, 20, 38.86);
    expect(in10).toBeLessThan(now);
    expect(in50).toBeLessThan(in10);
    expect(m.pAliveAt(p, 0, 3, 20, 38.86)).toBeCloseTo(now, 12);
  });

  it.each(models)('%s: the conditional PMF sums to 1 and its mean is the expectation', (_, m, p) => {
    for (const [x, tx, T, t] of [
      [0, 0, 38.86, 39],
      [2, 30.43, 38.86, 39],
      [7, 12, 38.86, 52],
    ]) {
      let total = 0;
      let mean = 0;
      for (let n = 0; n < 400; n++) {
        const pn = m.pmf(p, t, n, x, tx, T);
        expect(pn).toBeGreaterThanOrEqual(0);
        total += pn;
        mean += n * pn;
      }
      expect(total).toBeCloseTo(1, 6);
      expect(mean).toBeCloseTo(m.expected(p, t, x, tx, T), 5);
    }
  });
});

// The 1995 cohort of a charity's donors (Fader, Hardie & Shang 2010, Table 1): frequency, recency,
// 6 opportunities, donors. 11,104 donors in all.
const DONATIONS = [
  [0, 0, 3464],
  [1, 1, 1091],
  [1, 2, 277],
  [1, 3, 129],
  [1, 4, 78],
  [1, 5, 119],
  [1, 6, 129],
  [2, 2, 613],
  [2, 3, 255],
  [2, 4, 155],
  [2, 5, 173],
  [2, 6, 234],
  [3, 3, 322],
  [3, 4, 181],
  [3, 5, 225],
  [3, 6, 357],
  [4, 4, 240],
  [4, 5, 284],
  [4, 6, 512],
  [5, 5, 335],
  [5, 6, 728],
  [6, 6, 1203],
];

describe('BG/BB on the donations data (FHS 2010)', () => {
  const d = {
    x: Float64Array.from(DONATIONS, (r) => r[0]),
    tx: Float64Array.from(DONATIONS, (r) => r[1]),
    n: new Float64Array(DONATIONS.length).fill(6),
    w: Float64Array.from(DONATIONS, (r) => r[2]),
  };
  const N = 11104;
  let p: number[];
  beforeAll(() => {
    const f = fitModel('bgbb', BGBB_PARAMS, (q) => bgbbLogLikelihood(q, d), N, bgbbStarts());
    p = Object.values(f.params);
    atPrecision(f.logLikelihood, -33225.6, 1);
  });

  it('alpha = 1.204, beta = 0.750, gamma = 0.657, delta = 2.783', () => {
    p.forEach((v, i) => atPrecision(v, [1.204, 0.75, 0.657, 2.783][i], 3));
  });

  it('P(alive in 2002) by recency and frequency (Table 6): 0.11, 0.59, 0.93', () => {
    expect(bgbbPAlive(p, 1, 0, 0, 6)).toBeCloseTo(0.11, 2);
    expect(bgbbPAlive(p, 1, 2, 4, 6)).toBeCloseTo(0.59, 2);
    expect(bgbbPAlive(p, 1, 6, 6, 6)).toBeCloseTo(0.93, 2);
  });

  it('expects 12,884.2 donations in the next 5 years (Hardie’s spreadsheet)', () => {
    const total = DONATIONS.reduce((s, [x, tx, w]) => s + w * bgbbExpected(p, 5, x, tx, 6), 0);
    expect(total).toBeCloseTo(12884.2, 0);
  });

  it('fits the in-sample distribution: 3,454.9 donors with no repeat donation, 1,253.1 with six', () => {
    expect(N * bgbbPmfNew(p, 6, 0)).toBeCloseTo(3454.9, 0);
    expect(N * bgbbPmfNew(p, 6, 6)).toBeCloseTo(1253.1, 0);
    let total = 0;
    for (let x = 0; x <= 6; x++) total += bgbbPmfNew(p, 6, x);
    expect(total).toBeCloseTo(1, 12);
  });

  it('compresses exploded rows back to the same fit', () => {
    const rows = DONATIONS.flatMap(([x, tx, w]) => Array.from({ length: Math.min(w, 3) }, () => [x, tx]));
    const c = discreteData(
      rows.map((r) => r[0]),
      rows.map((r) => r[1]),
      rows.map(() => 6),
    );
    expect(c.x.length).toBe(DONATIONS.length);
    expect(Array.from(c.w)).toEqual(DONATIONS.map(([, , w]) => Math.min(w, 3)));
  });
});
