import { beforeAll, describe, expect, it } from 'vitest';
import { parseFileOptions } from '../../../src/cli/options.ts';
import { readTransactions } from '../../../src/cli/readTransactions.ts';
import { clvAnalysis, DEFAULT_CLV_OPTIONS } from '../../../src/core/clv/clvAnalysis.ts';
import type { ClvResult } from '../../../src/core/clv/clvAnalysis.ts';
import type { FitResult } from '../../../src/core/clv/fitModel.ts';
import { dropoutIdentified, dropoutProblem } from '../../../src/core/clv/guard.ts';
import { dataSufficiency } from '../../../src/core/clv/guard/dataSufficiency.ts';
import { erlangOrder } from '../../../src/core/clv/guard/erlangOrder.ts';
import { lifecycleLoyalty } from '../../../src/core/clv/guard/lifecycleLoyalty.ts';
import { spendChecks } from '../../../src/core/clv/guard/spendChecks.ts';
import type { CustomerSummary } from '../../../src/core/clv/summarize.ts';
import type { RepeatModelId } from '../../../src/core/clv/types.ts';
import { CUBE_CORNERS, CUBE_IDS, valueCube } from '../../../src/core/clv/valueCube.ts';
import { sharedData } from '../helpers.ts';
import { CDNOW, CDNOW_CALIBRATION_END, loadCdnow } from './cdnow.ts';

/** A fit with the given parameters, standard errors and warnings (the rest does not matter here). */
const fakeFit = (
  params: Record<string, number>,
  se: Record<string, number> | null,
  boundary: string[] = [],
): FitResult => ({
  model: 'x',
  params,
  logLikelihood: 0,
  customers: 100,
  converged: true,
  evaluations: 1,
  optimiser: 'nelder-mead',
  se,
  covLog: null,
  aic: 0,
  bic: 0,
  warnings: boundary.map((name) => ({ code: 'fit.boundary', params: { name, value: params[name] }, text: '' })),
});

const half = new Float64Array(100).fill(0.5);
const mostlyOne = Float64Array.from({ length: 100 }, (_, i) => (i < 91 ? 0.995 : 0.4));

interface DropoutCase {
  name: string;
  model: RepeatModelId;
  p: Record<string, number>;
  se: Record<string, number> | null;
  boundary?: string[];
  pa: Float64Array;
  want: 'bound' | 'se' | 'alive' | null;
}

describe('dropoutIdentified', () => {
  it.each<DropoutCase>([
    // Online Retail's BG/NBD (issue 16): a = 0.0034 with SE 0.0103 > a.
    {
      name: 'Online Retail BG/NBD',
      model: 'bgnbd',
      p: { r: 0.826, alpha: 9.84, a: 0.0034, b: 6.7 },
      se: { r: 0.027, alpha: 0.37, a: 0.0103, b: 22 },
      pa: half,
      want: 'se',
    },
    // CDNOW's published BG/NBD (Fader, Hardie & Lee 2005) and its standard errors.
    {
      name: 'CDNOW BG/NBD',
      model: 'bgnbd',
      p: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
      se: { r: 0.013, alpha: 0.38, a: 0.185, b: 0.705 },
      pa: half,
      want: null,
    },
    {
      name: 'a near the lower bound',
      model: 'bgnbd',
      p: { r: 1, alpha: 1, a: 5e-4, b: 1 },
      se: null,
      pa: half,
      want: 'bound',
    },
    {
      name: 'Pareto/NBD beta ran off',
      model: 'pnbd',
      p: { r: 1, alpha: 1, s: 0.5, beta: 2e4 },
      se: null,
      pa: half,
      want: 'bound',
    },
    {
      name: 'flagged by the fit',
      model: 'mbgnbd',
      p: { r: 1, alpha: 1, a: 0.5, b: 3 },
      se: null,
      boundary: ['b'],
      pa: half,
      want: 'bound',
    },
    {
      name: 'r unidentified is not dropout',
      model: 'bgnbd',
      p: { r: 0.5, alpha: 1, a: 0.5, b: 3 },
      se: { r: 9, alpha: 1, a: 0.1, b: 1 },
      pa: half,
      want: null,
    },
    {
      name: '91 % with P(alive) ≥ 0.99',
      model: 'bgbb',
      p: { alpha: 1, beta: 1, gamma: 0.5, delta: 3 },
      se: { alpha: 1, beta: 1, gamma: 0.1, delta: 1 },
      pa: mostlyOne,
      want: 'alive',
    },
    {
      name: 'exactly 90 % is still identified',
      model: 'bgbb',
      p: { alpha: 1, beta: 1, gamma: 0.5, delta: 3 },
      se: null,
      pa: Float64Array.from({ length: 100 }, (_, i) => (i < 90 ? 1 : 0.4)),
      want: null,
    },
    // The sample shop's Pareto/NBD: s and β both ran off together, s/β = 0.0248 a week: one
    // dropout rate for everyone (the homogeneous limit), which the data identify.
    {
      name: 'homogeneous Pareto/NBD dropout',
      model: 'pnbd',
      p: { r: 1.86, alpha: 5.54, s: 614906, beta: 24802787 },
      se: null,
      boundary: ['s', 'beta'],
      pa: half,
      want: null,
    },
    {
      name: 'homogeneous BG/NBD dropout, p = 1 %',
      model: 'bgnbd',
      p: { r: 1, alpha: 1, a: 5e3, b: 4.95e5 },
      se: { r: 0.1, alpha: 0.1, a: 1e5, b: 1e7 },
      pa: half,
      want: null,
    },
    {
      name: 'both ran off but the rate is ~0',
      model: 'pnbd',
      p: { r: 1, alpha: 1, s: 2e3, beta: 1e8 },
      se: null,
      pa: half,
      want: 'bound',
    },
    {
      name: 'homogeneous, yet everybody alive',
      model: 'pnbd',
      p: { r: 1, alpha: 1, s: 2e4, beta: 1e5 },
      se: null,
      pa: mostlyOne,
      want: 'alive',
    },
  ])('$name → $want', ({ model, p, se, pa, want, boundary }) => {
    const fit = fakeFit(p, se, boundary);
    expect(dropoutProblem(model, fit, pa)?.kind ?? null).toBe(want);
    expect(dropoutIdentified(model, fit, pa)).toBe(want === null);
  });
});

/** Seeded uniform numbers in (0, 1). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

describe('erlangOrder (Wheat-Morrison)', () => {
  it.each([
    // M = 0.25, 0.75: mean 0.5, sample variance 0.125 → k = (1 / 0.5 − 1) / 2 = 0.5.
    { name: 'two ratios', wm: [0.25, 0.75, NaN], k: 0.5, customers: 2 },
    // Var = 1/12 (uniform M, Poisson purchasing) → k = (3 − 1) / 2 = 1: ratios i/n spread evenly.
    { name: 'even spread ≈ uniform', wm: Array.from({ length: 2001 }, (_, i) => i / 2000), k: 1, customers: 2001 },
    { name: 'all equal gaps', wm: [0.5, 0.5, 0.5], k: 100, customers: 3 },
  ])('$name → k = $k', ({ wm, k, customers }) => {
    const r = erlangOrder(Float64Array.from(wm))!;
    expect(r.customers).toBe(customers);
    expect(r.k).toBeCloseTo(k, 2);
  });

  it('is null with fewer than two ratios', () => {
    expect(erlangOrder(Float64Array.from([0.3, NaN]))).toBeNull();
  });

  it.each([1, 2, 4])('recovers the Erlang order %i of simulated gaps', (k) => {
    const u = rng(7 + k);
    const erlang = () => {
      let g = 0;
      for (let j = 0; j < k; j++) g -= Math.log(u());
      return g;
    };
    const wm = Float64Array.from({ length: 20000 }, () => {
      const g1 = erlang();
      return g1 / (g1 + erlang());
    });
    expect(erlangOrder(wm)!.k).toBeGreaterThan(k * 0.9);
    expect(erlangOrder(wm)!.k).toBeLessThan(k * 1.1);
  });
});

describe('spendChecks', () => {
  it('measures the correlation of x and mean spend on the spend customers only', () => {
    // x = 1, 2, 3 with spend 10, 20, 30: r = 1; the one-time buyer (x = 0) and the zero spend are left out.
    const r = spendChecks({ x: Float64Array.from([1, 2, 3, 0, 4]), spend: Float64Array.from([10, 20, 30, NaN, 0]) });
    expect(r.customers).toBe(3);
    expect(r.correlation).toBeCloseTo(1, 12);
  });
  it('finds wholesale buyers: mean spend over 10 × the median holding ≥ 10 % of repeat spend', () => {
    // 19 retail buyers (x = 2, spend 20) and one wholesale buyer (x = 2, spend 500): median 20,
    // 500 > 200; share = 1000 / (19 × 40 + 1000) = 56.8 %.
    const x = new Float64Array(20).fill(2);
    const spend = new Float64Array(20).fill(20);
    spend[7] = 500;
    const r = spendChecks({ x, spend });
    expect(r.median).toBe(20);
    expect(r.outliers).toBe(1);
    expect(r.outlierShare).toBeCloseTo(1000 / 1760, 12);
  });
});

/** A summary of n customers with the given columns (the rest zero). */
function summaryOf(cols: {
  x: number[];
  T: number[];
  recencyDays?: number[];
  firstDay?: number[];
  calibrationEnd?: number;
}): CustomerSummary {
  const n = cols.x.length;
  const z = () => new Float64Array(n);
  return {
    n,
    unit: 'week',
    unitDays: 7,
    calibrationEnd: cols.calibrationEnd ?? 1000,
    x: Float64Array.from(cols.x),
    T: Float64Array.from(cols.T),
    tx: z(),
    spend: Float64Array.from(cols.x, (x) => (x > 0 ? 10 : NaN)),
    revenue: z(),
    recencyDays: Int32Array.from(cols.recencyDays ?? cols.x.map(() => 1)),
    firstDay: Int32Array.from(cols.firstDay ?? cols.x.map(() => 0)),
    periods: { x: z(), tx: z(), n: Float64Array.from(cols.T) },
    wmRatio: new Float64Array(n).fill(NaN),
  } as unknown as CustomerSummary;
}

describe('dataSufficiency', () => {
  it('measures customers, repeat buyers, span and spend customers against the thresholds', () => {
    // 120 customers, 40 repeat buyers, 20 weeks of history: the repeat buyers and the span fall short.
    const s = summaryOf({
      x: Array.from({ length: 120 }, (_, i) => (i < 40 ? 2 : 0)),
      T: Array.from({ length: 120 }, (_, i) => (i === 0 ? 20 : 5)),
    });
    const m = Object.fromEntries(dataSufficiency(s, 'bgnbd').map((i) => [i.id, i]));
    expect(m.customers).toMatchObject({ value: 120, need: 100, ok: true, unit: null });
    expect(m.repeaters).toMatchObject({ value: 40, need: 50, ok: false });
    // Half a year is 182 days = 26 weeks.
    expect(m.span).toMatchObject({ value: 20, need: 26, ok: false, unit: 'week' });
    expect(m.spenders).toMatchObject({ value: 40, need: 30, ok: true });
    // BG/BB counts whole periods: six opportunities.
    expect(dataSufficiency(s, 'bgbb').find((i) => i.id === 'span')).toMatchObject({ value: 20, need: 6, ok: true });
  });
});

describe('lifecycleLoyalty', () => {
  it('calls new and active customers loyal, a one-time buyer of a year ago not', () => {
    // Calibration ends on day 1000. A: first bought 30 days ago (new). B: weekly buyer, last 3
    // days ago (active). C: bought once 365 days ago; the others' usual gap is 7 days → lapsed.
    const s = summaryOf({
      x: [0, 20, 0],
      T: [4, 30, 52],
      firstDay: [971, 790, 636],
      recencyDays: [30, 3, 365],
    });
    const { stage, values } = lifecycleLoyalty(s);
    expect(Array.from(stage)).toEqual([0, 1, 4]);
    expect(Array.from(values)).toEqual([1, 0.75, 0]);
  });
});

describe('valueCube with the lifecycle stand-in (a fixed loyalty cut)', () => {
  const loyal = (loyalty: number[], highFrom: number | null) => {
    const n = loyalty.length;
    const r = valueCube(new Array(n).fill(1), new Array(n).fill(1), loyalty, { kind: 'median' }, highFrom);
    return Array.from(r.cls, (k) => CUBE_CORNERS[CUBE_IDS[k]].loyalty);
  };
  it.each([
    // new, active, cooling, at risk, lapsed: only new and active are high.
    { loyalty: [1, 0.75, 0.5, 0.25, 0], want: [true, true, false, false, false] },
    // Everybody lapsed: nobody is loyal (the median rule would call ties at the top "high").
    { loyalty: [0, 0, 0], want: [false, false, false] },
    // Mostly cooling: the median (0.5) would call the cooling half high; the fixed cut does not.
    { loyalty: [0.5, 0.5, 0.5, 0.25, 1], want: [false, false, false, false, true] },
  ])('$loyalty → $want', ({ loyalty, want }) => {
    expect(loyal(loyalty, 0.75)).toEqual(want);
  });
  it('without the fixed cut, ties at the top count as high (the P(alive) rule)', () => {
    expect(loyal([0, 0, 0], null)).toEqual([true, true, true]);
  });
});

describe('guardrails on the shared data', () => {
  let cdnow: ClvResult;
  let retail: ClvResult;
  const retailFile = sharedData('online_retail/online_retail.csv');
  beforeAll(async () => {
    if (CDNOW.present) {
      cdnow = clvAnalysis(await loadCdnow(), {
        ...DEFAULT_CLV_OPTIONS,
        model: 'bgnbd',
        calibrationEnd: CDNOW_CALIBRATION_END,
      });
    }
    if (retailFile.present) {
      // As the CLI reads it (exact duplicates and zero rows kept).
      const o = parseFileOptions([retailFile.path]);
      o.keepDuplicates = true;
      o.keepZero = true;
      retail = clvAnalysis((await readTransactions(o)).table, { ...DEFAULT_CLV_OPTIONS, model: 'bgnbd' });
    }
  }, 120_000);

  it.skipIf(!CDNOW.present)('CDNOW (published BG/NBD fit): dropout identified, no serious diagnostic', () => {
    expect(cdnow.guard.loyalty).toMatchObject({ source: 'model', pAliveKnown: true });
    expect(cdnow.guard.diagnostics.filter((d) => d.severity === 'serious')).toEqual([]);
    expect(Number.isNaN(cdnow.predictions.pAlive[0])).toBe(false);
    // 1,411 of 2,357 bought once, and BG/NBD calls them all alive: said, as a warning.
    const once = cdnow.guard.diagnostics.find((d) => d.code === 'clv.diag.oneTimeAlive')!;
    expect(once).toMatchObject({ severity: 'warn', params: { customers: 1411, share: 59.9 } });
    expect(cdnow.guard.regularity!.k).toBeLessThan(1.5);
    expect(cdnow.guard.sufficiency.every((i) => i.ok)).toBe(true);
  });

  it.skipIf(!retailFile.present)(
    'Online Retail BG/NBD: dropout not identified, P(alive) withheld, loyalty from the lifecycle',
    () => {
      const g = retail.guard;
      expect(retail.fit.params.a).toBeCloseTo(0.0034, 3);
      expect(g.diagnostics[0]).toMatchObject({
        code: 'clv.diag.dropoutSe',
        severity: 'serious',
        params: { param: 'a' },
      });
      expect(g.loyalty).toMatchObject({ source: 'lifecycle', pAliveKnown: false });
      expect(retail.predictions.pAlive.every(Number.isNaN)).toBe(true);
      expect(retail.predictions.pAliveEnd.every(Number.isNaN)).toBe(true);
      // Wholesale buyers dominate the spend fit.
      expect(g.diagnostics.some((d) => d.code === 'clv.diag.spendOutliers')).toBe(true);
      // Nobody who bought once 300+ days ago is in a high-loyalty class of the cube.
      const s = retail.summary;
      let old = 0;
      for (let i = 0; i < s.n; i++) {
        if (s.x[i] === 0 && s.recencyDays[i] >= 300) {
          old++;
          expect(CUBE_CORNERS[CUBE_IDS[retail.cube.cls[i]]].loyalty).toBe(false);
        }
      }
      expect(old).toBeGreaterThan(100);
      expect(retail.cube.classes.find((c) => c.id === 'loyal')!.customers).toBeLessThan(s.n / 2);
    },
  );
});
