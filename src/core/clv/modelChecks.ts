import { fitRepeat } from './fitRepeat.ts';
import type { FitResult } from './fitModel.ts';
import { CONTINUOUS_MODELS, REPEAT_MODELS } from './models.ts';
import type { CustomerSummary } from './summarize.ts';
import type { RepeatModelId } from './types.ts';

/** Actual against predicted holdout purchases for customers with a given calibration frequency. */
export interface HoldoutBin {
  label: string;
  customers: number;
  /** Mean repeat purchases in the holdout, actual and predicted (conditional expectation). */
  actual: number;
  predicted: number;
}

/**
 * The FHL 2005 conditional-expectation check: customers grouped by calibration frequency x (0 …
 * maxBin − 1, then "maxBin+"), mean actual holdout purchases against the model's mean E[Y(holdout) |
 * x, t_x, T]. Empty when there is no holdout.
 */
export function holdoutByFrequency(
  model: RepeatModelId,
  params: readonly number[],
  s: CustomerSummary,
  maxBin = 7,
): HoldoutBin[] {
  if (!(s.holdoutLength > 0)) return [];
  const m = REPEAT_MODELS[model];
  const bins = Array.from({ length: maxBin + 1 }, (_, k) => ({
    label: k < maxBin ? String(k) : `${maxBin}+`,
    customers: 0,
    actual: 0,
    predicted: 0,
  }));
  for (let i = 0; i < s.n; i++) {
    const b = bins[Math.min(maxBin, s.x[i])];
    b.customers++;
    b.actual += s.holdoutX[i];
    b.predicted += m.expected(params, s.holdoutLength, s.x[i], s.tx[i], s.T[i]);
  }
  return bins.map((b) => ({
    ...b,
    actual: b.customers ? b.actual / b.customers : NaN,
    predicted: b.customers ? b.predicted / b.customers : NaN,
  }));
}

/** Cumulative repeat transactions over time, actual and expected, in model time units. */
export interface Tracking {
  /** Time points (units since the first purchase in the data). */
  t: Float64Array;
  actual: Float64Array;
  expected: Float64Array;
  /** Calibration end on the same axis. */
  calibrationEnd: number;
  /** Day number of t = 0 and days per unit, to label the axis with dates. */
  startDay: number;
  unitDays: number;
}

/**
 * The tracking plot: at each time point (at most `maxPoints`, evenly spaced from the first purchase
 * to the end of the data), the cumulative repeat transactions the cohort actually made and those the
 * model expects, Σᵢ E[X(t − firstᵢ)] over customers already acquired (grouped by first day).
 */
export function tracking(
  model: RepeatModelId,
  params: readonly number[],
  s: CustomerSummary,
  maxPoints = 120,
): Tracking {
  const m = REPEAT_MODELS[model];
  const spanDays = s.observationEnd - s.dayZero;
  const stepDays = Math.max(s.unitDays, Math.ceil(spanDays / maxPoints));
  // Evenly spaced, the last point exactly at the end of the data.
  const points = Math.ceil(spanDays / stepDays) + 1;
  const byFirst = new Map<number, number>();
  for (let i = 0; i < s.n; i++) byFirst.set(s.firstDay[i], (byFirst.get(s.firstDay[i]) ?? 0) + 1);
  const t = new Float64Array(points);
  const actual = new Float64Array(points);
  const expected = new Float64Array(points);
  let cum = 0;
  let next = 0;
  for (let k = 0; k < points; k++) {
    const d = Math.min(k * stepDays, spanDays);
    while (next < s.repeatDays.length && s.repeatDays[next] <= d) cum += s.repeatCounts[next++];
    t[k] = d / s.unitDays;
    actual[k] = cum;
    let e = 0;
    for (const [first, count] of byFirst) {
      const age = (s.dayZero + d - first) / s.unitDays;
      if (age > 0) e += count * m.expectedNew(params, age);
    }
    expected[k] = e;
  }
  return {
    t,
    actual,
    expected,
    calibrationEnd: (s.calibrationEnd - s.dayZero) / s.unitDays,
    startDay: s.dayZero,
    unitDays: s.unitDays,
  };
}

/** P(alive) on a grid of frequency × recency at the largest age T (the textbook heatmap). */
export interface PAliveMatrix {
  x: number[];
  tx: number[];
  T: number;
  /** Index i × tx.length + j; NaN where impossible (x = 0 with t_x > 0, or t_x > T). */
  p: Float64Array;
}

export function pAliveMatrix(
  model: RepeatModelId,
  params: readonly number[],
  s: CustomerSummary,
  size = 30,
): PAliveMatrix {
  const m = REPEAT_MODELS[model];
  let T = 0;
  let maxX = 0;
  for (let i = 0; i < s.n; i++) {
    T = Math.max(T, s.T[i]);
    maxX = Math.max(maxX, s.x[i]);
  }
  // Frequencies up to the 99th percentile (the rest are a handful of heavy buyers).
  const sorted = Float64Array.from(s.x).sort();
  const topX = Math.max(1, Math.min(maxX, sorted[Math.floor(0.99 * (sorted.length - 1))] ?? 1, size - 1));
  const x = Array.from({ length: topX + 1 }, (_, i) => i);
  const steps = Math.min(size, Math.max(1, Math.ceil(T)));
  const tx = Array.from({ length: steps + 1 }, (_, j) => (T * j) / steps);
  const p = new Float64Array(x.length * tx.length);
  x.forEach((xi, i) =>
    tx.forEach((tj, j) => {
      p[i * tx.length + j] = xi === 0 && tj > 0 ? NaN : m.pAlive(params, xi, xi === 0 ? 0 : tj, T);
    }),
  );
  return { x, tx, T, p };
}

/** How one model fits: likelihood, information criteria and its holdout error per customer. */
export interface ModelComparison {
  model: RepeatModelId;
  fit: FitResult | null;
  error: string | null;
  /** Mean absolute and root-mean-square error of predicted vs actual holdout purchases per customer. */
  holdoutMae: number;
  holdoutRmse: number;
  /** Total holdout purchases: actual and predicted. */
  holdoutActual: number;
  holdoutPredicted: number;
}

/** Fits each continuous model (reusing fits given) and compares them on the calibration and holdout data. */
export function compareModels(
  s: CustomerSummary,
  known: Partial<Record<RepeatModelId, FitResult>> = {},
): ModelComparison[] {
  return CONTINUOUS_MODELS.map((model) => {
    let fit: FitResult | null = known[model] ?? null;
    let error: string | null = null;
    if (!fit) {
      try {
        fit = fitRepeat(model, s);
      } catch (e) {
        error = (e as Error).message;
      }
    }
    let abs = 0;
    let sq = 0;
    let pred = 0;
    let act = 0;
    if (fit && s.holdoutLength > 0) {
      const m = REPEAT_MODELS[model];
      const p = Object.values(fit.params);
      for (let i = 0; i < s.n; i++) {
        const e = m.expected(p, s.holdoutLength, s.x[i], s.tx[i], s.T[i]);
        abs += Math.abs(e - s.holdoutX[i]);
        sq += (e - s.holdoutX[i]) ** 2;
        pred += e;
        act += s.holdoutX[i];
      }
    }
    const has = fit !== null && s.holdoutLength > 0 && s.n > 0;
    return {
      model,
      fit,
      error,
      holdoutMae: has ? abs / s.n : NaN,
      holdoutRmse: has ? Math.sqrt(sq / s.n) : NaN,
      holdoutActual: has ? act : NaN,
      holdoutPredicted: has ? pred : NaN,
    };
  });
}
