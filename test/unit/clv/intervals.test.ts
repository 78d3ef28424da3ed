import { beforeAll, describe, expect, it } from 'vitest';
import { clvAnalysis, DEFAULT_CLV_OPTIONS } from '../../../src/core/clv/clvAnalysis.ts';
import type { ClvResult } from '../../../src/core/clv/clvAnalysis.ts';
import { modelRow } from '../../../src/core/clv/fitRepeat.ts';
import {
  clvIntervals,
  combineCodes,
  countQuantiles,
  deriveSums,
  select,
  selectBelow,
} from '../../../src/core/clv/intervals.ts';
import type { ClvIntervals, Grouping } from '../../../src/core/clv/intervals.ts';
import { REPEAT_MODELS } from '../../../src/core/clv/models.ts';
import type { RepeatModelId } from '../../../src/core/clv/types.ts';
import { CDNOW, CDNOW_CALIBRATION_END, loadCdnow } from './cdnow.ts';

describe('countQuantiles: equal-tailed quantiles of a discrete distribution', () => {
  it.each([
    // P(0) = 0.85, P(1) = 0.1, P(2) = 0.05: 80 % → F(0) = 0.85 > 0.1 and ≥ 0.9 first at n = 1.
    { pmf: [0.85, 0.1, 0.05], tail: 0.1, want: [0, 1] },
    { pmf: [0.85, 0.1, 0.05], tail: 0.025, want: [0, 2] },
    // A point mass.
    { pmf: [0, 0, 1], tail: 0.1, want: [2, 2] },
    // Uniform on 0..9: F(n) = (n + 1)/10; > 0.1 first at n = 1, ≥ 0.9 first at n = 8.
    { pmf: Array(10).fill(0.1), tail: 0.1, want: [1, 8] },
  ])('$pmf at tail $tail → $want', ({ pmf, tail, want }) => {
    expect(countQuantiles(pmf, tail)).toEqual(want);
  });
});

describe('group sums: each sale added once per code combination, every grouping derived at the end', () => {
  /** A small seeded generator for the cases (not the one under test). */
  const lcg = (seed: number) => () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const D = 5;
  it.each([
    { name: 'one grouping', n: 40, counts: [3], none: 0 },
    { name: 'two groupings, some customers in none', n: 60, counts: [8, 11], none: 0.2 },
    { name: 'three groupings, many without a code', n: 90, counts: [2, 5, 4], none: 0.5 },
    { name: 'a grouping with one group', n: 7, counts: [1, 6], none: 0.1 },
  ])('$name: the derived sums equal each grouping’s sums added per customer', ({ n, counts, none }) => {
    const rand = lcg(n * 31 + counts.length);
    const groupings: Grouping[] = counts.map((count, g) => ({
      id: `g${g}`,
      count,
      codes: Int32Array.from({ length: n }, () => (rand() < none ? -1 : Math.floor(rand() * count))),
    }));
    const value = Float64Array.from({ length: n * D }, () => Math.round(rand() * 1000) / 8);
    const gs: Grouping[] = [{ id: 'all', codes: new Int32Array(n), count: 1 }, ...groupings];
    const offsets = Int32Array.from(gs, (_, g) => gs.slice(0, g).reduce((a, h) => a + h.count, 0));
    // Per grouping, as the customer loop adds them without combinations.
    const direct = new Float64Array(gs.reduce((a, g) => a + g.count, 0) * D);
    for (let i = 0; i < n; i++)
      for (let g = 0; g < gs.length; g++) {
        const c = gs[g].codes[i];
        if (c >= 0) for (let d = 0; d < D; d++) direct[(offsets[g] + c) * D + d] += value[i * D + d];
      }
    const combined = combineCodes(groupings, n);
    expect(combined).not.toBe(null);
    const perCombination = new Float64Array(combined!.count * D);
    for (let i = 0; i < n; i++)
      for (let d = 0; d < D; d++) perCombination[combined!.codes[i] * D + d] += value[i * D + d];
    // Values in eighths: every sum exact in any order.
    expect(Array.from(deriveSums(combined!, gs, offsets, perCombination, D))).toEqual(Array.from(direct));
    // Each combination names each grouping's code of its customers.
    for (let i = 0; i < n; i++)
      for (let g = 0; g < groupings.length; g++)
        expect(combined!.of[g][combined!.codes[i]]).toBe(groupings[g].codes[i]);
  });

  it('gives up beyond the limit of combinations', () => {
    const codes = Int32Array.from({ length: 10 }, (_, i) => i);
    expect(combineCodes([{ id: 'own', codes, count: 10 }], 10, 9)).toBe(null);
    expect(combineCodes([{ id: 'own', codes, count: 10 }], 10, 10)?.count).toBe(10);
  });
});

describe('select: the k-th smallest of the first values', () => {
  it.each([
    { values: [5, 1, 4, 2, 3], len: 5, kth: 0, want: 1 },
    { values: [5, 1, 4, 2, 3], len: 5, kth: 4, want: 5 },
    { values: [5, 1, 4, 2, 3, -9, -9], len: 5, kth: 1, want: 2 },
    { values: [7, 7, 7, 0], len: 3, kth: 2, want: 7 },
    { values: [3], len: 1, kth: 0, want: 3 },
  ])('$values (first $len) k = $kth → $want', ({ values, len, kth, want }) => {
    const a = Float64Array.from(values);
    expect(select(a, kth, len)).toBe(want);
    expect(Array.from(a)).toEqual(values);
  });

  it.each([
    { len: 2, lo: 0, hi: 1 },
    { len: 21, lo: 0, hi: 20 },
    { len: 21, lo: 7, hi: 7 },
    { len: 30, lo: 3, hi: 26 },
    { len: 100, lo: 10, hi: 89 },
  ])('the lower quantile after the upper one, from the same selection: $len values, $lo and $hi', ({ len, lo, hi }) => {
    let seed = len + lo;
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    // Ties included: values on a coarse grid.
    const a = Float64Array.from({ length: len }, () => Math.floor(rand() * 12));
    const sorted = Array.from(a).sort((x, y) => x - y);
    expect(select(a, hi, len)).toBe(sorted[hi]);
    expect(selectBelow(lo, hi)).toBe(sorted[lo]);
  });
});

describe.skipIf(!CDNOW.present)('prediction intervals on CDNOW (39-week calibration and holdout)', () => {
  let r: ClvResult;
  const at: Record<number, ClvIntervals> = {};
  beforeAll(async () => {
    const terms = { horizonDays: 39 * 7, margin: 1, annualDiscount: 0 };
    r = clvAnalysis(await loadCdnow(), {
      ...DEFAULT_CLV_OPTIONS,
      model: 'bgnbd',
      calibrationEnd: CDNOW_CALIBRATION_END,
      terms,
    });
    for (const level of [0.8, 0.95]) at[level] = clvIntervals({ ...r, terms }, { level, draws: 200, seed: 1 });
  });

  const coverage = (iv: ClvIntervals) => {
    let inside = 0;
    const h = r.summary.holdoutX;
    for (let i = 0; i < r.summary.n; i++) inside += +(h[i] >= iv.purchases.low[i] && h[i] <= iv.purchases.high[i]);
    return inside / r.summary.n;
  };

  it.each([
    { level: 0.8, min: 0.78, max: 0.95 },
    { level: 0.95, min: 0.93, max: 0.995 },
  ])('$level intervals hold the holdout count of a share in [$min, $max]', ({ level, min, max }) => {
    const c = coverage(at[level]);
    console.log(`CDNOW coverage at ${level}: ${c}`);
    expect(c).toBeGreaterThanOrEqual(min);
    expect(c).toBeLessThanOrEqual(max);
  });

  it('is deterministic for a seed, and the purchase interval does not depend on it much', () => {
    const terms = { horizonDays: 39 * 7, margin: 1, annualDiscount: 0 };
    const again = clvIntervals({ ...r, terms }, { level: 0.8, draws: 200, seed: 1 });
    expect(Array.from(again.clv.high)).toEqual(Array.from(at[0.8].clv.high));
    const other = clvIntervals({ ...r, terms }, { level: 0.8, draws: 200, seed: 2 });
    expect(Array.from(other.clv.high)).not.toEqual(Array.from(at[0.8].clv.high));
    let same = 0;
    for (let i = 0; i < r.summary.n; i++) same += +(other.purchases.high[i] === at[0.8].purchases.high[i]);
    expect(same / r.summary.n).toBeGreaterThan(0.97);
  });

  it('sums group totals per draw: far narrower than the customers’ intervals added up', () => {
    const terms = { horizonDays: 39 * 7, margin: 1, annualDiscount: 0 };
    const codes = Int32Array.from(r.cube.cls);
    const iv = clvIntervals({ ...r, terms }, { level: 0.8, draws: 200, seed: 1 }, [
      { id: 'valueClass', codes, count: 8 },
    ]);
    const g = iv.groups[0];
    expect(g.customers.reduce((a, b) => a + b, 0)).toBe(r.summary.n);
    const means = g.purchases.reduce((a, b) => a + b.mean, 0);
    expect(means).toBeCloseTo(iv.total.purchases[0].mean, 6);
    const t = iv.total.purchases[0];
    expect(t.low).toBeLessThan(t.mean);
    expect(t.high).toBeGreaterThan(t.mean);
    let added = 0;
    for (let i = 0; i < r.summary.n; i++) added += iv.purchases.high[i] - iv.purchases.low[i];
    expect(t.high - t.low).toBeLessThan(added / 10);
    for (const b of g.clv) if (Number.isFinite(b.low)) expect(b.low).toBeLessThanOrEqual(b.high);
  });

  it('derives the same group totals from code combinations as from each grouping’s own sums', () => {
    const terms = { horizonDays: 39 * 7, margin: 1, annualDiscount: 0 };
    const n = r.summary.n;
    const groupings: Grouping[] = [
      { id: 'valueClass', codes: Int32Array.from(r.cube.cls), count: 8 },
      { id: 'some', codes: Int32Array.from({ length: n }, (_, i) => (i % 7 === 0 ? -1 : i % 5)), count: 5 },
    ];
    const combined = clvIntervals({ ...r, terms }, { level: 0.8, draws: 50, seed: 3 }, groupings);
    // A grouping with a group per customer: too many combinations, each grouping summed directly.
    const own = { id: 'own', codes: Int32Array.from({ length: n }, (_, i) => i), count: n };
    const direct = clvIntervals({ ...r, terms }, { level: 0.8, draws: 50, seed: 3 }, [...groupings, own]);
    const close = (a: { mean: number; low: number; high: number }[], b: typeof a) =>
      a.forEach((x, c) => {
        for (const k of ['mean', 'low', 'high'] as const)
          expect(Math.abs(x[k] - b[c][k])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b[c][k])));
      });
    for (const [a, b] of [
      [combined.total, direct.total],
      [combined.groups[0], direct.groups[0]],
      [combined.groups[1], direct.groups[1]],
    ]) {
      expect(Array.from(a.customers)).toEqual(Array.from(b.customers));
      close(a.purchases, b.purchases);
      close(a.clv, b.clv);
      close(a.alive!, b.alive!);
    }
  });

  it('prints no P(alive) interval when P(alive) is withheld, and keeps the purchase intervals', () => {
    const terms = { horizonDays: 39 * 7, margin: 1, annualDiscount: 0 };
    const nan = () => new Float64Array(r.summary.n).fill(NaN);
    const withheld = { ...r.predictions, pAlive: nan(), pAliveEnd: nan() };
    const iv = clvIntervals({ ...r, predictions: withheld, terms }, { level: 0.8, draws: 200, seed: 1 });
    expect(iv.pAliveEnd.low.every(Number.isNaN)).toBe(true);
    expect(iv.total.alive).toBe(null);
    expect(iv.purchases.high.every(Number.isFinite)).toBe(true);
    expect(iv.notes.map((x) => x.code)).toContain('intervals.dropoutFixed');
  });

  it('keeps Pareto/NBD draws plausible when dropout is not identified (ln s drawn ±90 threw)', () => {
    // Online Retail's Pareto/NBD: s ≈ 0.0008 at its bound, with standard errors of ln s and ln β
    // far above 1; a draw of s ≈ 1e39 made P(Y = 0) throw in the worker.
    const terms = { horizonDays: 39 * 7, margin: 1, annualDiscount: 0 };
    const fit = {
      ...r.fit,
      params: { r: 0.83, alpha: 9.87, s: 0.0008, beta: 567 },
      covLog: [
        [0.01, 0, 0, 0],
        [0, 0.01, 0, 0],
        [0, 0, 900, 0],
        [0, 0, 0, 900],
      ],
    };
    const iv = clvIntervals({ ...r, model: 'pnbd', fit, terms }, { level: 0.8, draws: 20, seed: 1 });
    expect(Array.from(iv.purchases.high).every(Number.isFinite)).toBe(true);
    expect(Array.from(iv.clv.high).every(Number.isFinite)).toBe(true);
    // P(alive) withheld (the guard's verdict): the dropout parameters stay at the estimate, so a
    // total is not "0 to the mean" from draws where every customer leaves at once.
    const nan = () => new Float64Array(r.summary.n).fill(NaN);
    const predictions = { ...r.predictions, pAlive: nan(), pAliveEnd: nan() };
    const held = clvIntervals({ ...r, model: 'pnbd', fit, predictions, terms }, { level: 0.8, draws: 20, seed: 1 });
    const total = held.total.purchases[0];
    expect(total.low).toBeGreaterThan(0.5 * total.mean);
    expect(held.notes.map((x) => x.code)).toContain('intervals.dropoutFixed');
  });
});

describe.skipIf(!CDNOW.present)('prediction intervals of every model on CDNOW', () => {
  const terms = { horizonDays: 39 * 7, margin: 1, annualDiscount: 0 };
  const fitted = new Map<RepeatModelId, ClvResult>();
  beforeAll(async () => {
    const t = await loadCdnow();
    for (const model of ['bgnbd', 'mbgnbd', 'pnbd', 'bgbb'] as const) {
      fitted.set(
        model,
        clvAnalysis(t, { ...DEFAULT_CLV_OPTIONS, model, calibrationEnd: CDNOW_CALIBRATION_END, terms }),
      );
    }
  });

  it.each(['bgnbd', 'mbgnbd', 'pnbd', 'bgbb'] as const)(
    '%s without parameter uncertainty: the equal-tailed quantiles of the model’s own pmf',
    (model) => {
      const r = fitted.get(model)!;
      const m = REPEAT_MODELS[model];
      const p = Object.values(r.fit.params);
      const fit = { ...r.fit, covLog: null };
      const iv = clvIntervals({ ...r, fit, terms }, { level: 0.8, draws: 100, seed: 1 });
      expect(iv.parameterDraws).toBe(false);
      const horizon = terms.horizonDays / r.summary.unitDays;
      let same = 0;
      let checked = 0;
      for (let i = 0; i < r.summary.n; i += 7) {
        const [x, tx, T] = modelRow(model, r.summary, i);
        const pmf: number[] = [];
        for (let c = 0, k = 0; c < 1 - 1e-6 && k < 400; k++) c += pmf[k] = m.pmf(p, horizon, k, x, tx, T);
        const [low, high] = countQuantiles(pmf, 0.1);
        // Pareto/NBD's quantiles take one lifetime stratum per draw: at most one count off.
        const tol = model === 'pnbd' ? 1 : 0;
        expect(Math.abs(iv.purchases.low[i] - low)).toBeLessThanOrEqual(tol);
        expect(Math.abs(iv.purchases.high[i] - high)).toBeLessThanOrEqual(tol);
        same += +(iv.purchases.low[i] === low && iv.purchases.high[i] === high);
        checked++;
        if (r.guard.loyalty.pAliveKnown) {
          expect(iv.pAliveEnd.low[i]).toBeCloseTo(m.pAliveAt(p, horizon, x, tx, T), 3);
          expect(iv.pAliveEnd.high[i]).toBe(iv.pAliveEnd.low[i]);
        }
      }
      expect(same / checked).toBeGreaterThan(0.97);
    },
  );

  it.each([
    { model: 'pnbd', level: 0.8, min: 0.78, max: 0.95 },
    { model: 'pnbd', level: 0.95, min: 0.93, max: 0.995 },
    { model: 'mbgnbd', level: 0.8, min: 0.78, max: 0.95 },
  ] as const)(
    '$model: $level intervals hold the holdout count of a share in [$min, $max]',
    ({ model, level, min, max }) => {
      const r = fitted.get(model)!;
      const iv = clvIntervals({ ...r, terms }, { level, draws: 100, seed: 1 });
      let inside = 0;
      const h = r.summary.holdoutX;
      for (let i = 0; i < r.summary.n; i++) inside += +(h[i] >= iv.purchases.low[i] && h[i] <= iv.purchases.high[i]);
      const c = inside / r.summary.n;
      console.log(`CDNOW ${model} coverage at ${level}: ${c}`);
      expect(c).toBeGreaterThanOrEqual(min);
      expect(c).toBeLessThanOrEqual(max);
      for (let i = 0; i < r.summary.n; i++) {
        expect(iv.purchases.low[i]).toBeLessThanOrEqual(iv.purchases.high[i]);
        expect(iv.clv.low[i]).toBeLessThanOrEqual(iv.clv.high[i]);
      }
    },
  );

  it('BG/BB has intervals (it had none), within its periods, and totals not from 0 when dropout is fixed', () => {
    const r = fitted.get('bgbb')!;
    const horizon = Math.floor(terms.horizonDays / r.summary.unitDays + 1e-9);
    const iv = clvIntervals({ ...r, terms }, { level: 0.8, draws: 100, seed: 1 });
    expect(iv.notes.map((x) => x.code)).not.toContain('intervals.notForModel');
    for (let i = 0; i < r.summary.n; i++) {
      expect(iv.purchases.low[i]).toBeGreaterThanOrEqual(0);
      expect(iv.purchases.high[i]).toBeLessThanOrEqual(horizon);
      expect(Number.isFinite(iv.clv.high[i])).toBe(true);
    }
    const t = iv.total.purchases[0];
    expect(t.low).toBeLessThan(t.mean);
    expect(t.high).toBeGreaterThan(t.mean);
    // Dropout not identified (P(alive) withheld) with huge standard errors of ln γ and ln δ: drawn,
    // whole populations would leave at once; they stay at the estimate.
    const nan = () => new Float64Array(r.summary.n).fill(NaN);
    const predictions = { ...r.predictions, pAlive: nan(), pAliveEnd: nan() };
    const cov = r.fit.covLog!.map((row, a) => row.map((v, b) => (a === b && a >= 2 ? 900 : a === b ? v : 0)));
    const held = clvIntervals(
      { ...r, fit: { ...r.fit, covLog: cov }, predictions, terms },
      { level: 0.8, draws: 100, seed: 1 },
    );
    expect(held.total.purchases[0].low).toBeGreaterThan(0.5 * held.total.purchases[0].mean);
    expect(held.notes.map((x) => x.code)).toContain('intervals.dropoutFixed');
  });
});
