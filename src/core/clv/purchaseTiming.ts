import { historyCodes } from './compress.ts';
import { modelRow } from './fitRepeat.ts';
import { REPEAT_MODELS } from './models.ts';
import type { CustomerSummary } from './summarize.ts';
import type { RepeatModelId } from './types.ts';

/** The "no purchase in the next N days" windows the card offers. */
export const TIMING_DAYS = [30, 60, 90] as const;
export type TimingDays = (typeof TIMING_DAYS)[number];

/** Purchase timing per customer, in columns aligned with the summary's customers. */
export interface PurchaseTiming {
  /** P(no purchase in the next 30 / 60 / 90 days after the calibration end). */
  pNone30: Float64Array;
  pNone60: Float64Array;
  pNone90: Float64Array;
  /**
   * Expected next-purchase window (days since 1970-01-01, inclusive); NaN when unknown. It never
   * starts before the reference day (the day after the calibration end) unless it is overdue:
   * then it is the window that has passed.
   */
  nextFrom: Float64Array;
  nextTo: Float64Array;
  /** 1 when the window ended on or before the calibration end (the expected purchase is overdue). */
  overdue: Uint8Array;
}

/**
 * An alive customer's expected purchases per day under the model: the posterior mean of the
 * purchase rate, (r + x)/(α + T) per time unit for the continuous models (the customer's own
 * x / T weighed against the population's r / α by the evidence), (α + x)/(α + β + n) per period
 * for BG/BB. NaN when the parameters do not give one.
 */
export function ratePerDay(
  model: RepeatModelId,
  params: Record<string, number>,
  x: number,
  T: number,
  unitDays: number,
): number {
  const rate =
    model === 'bgbb' ? (params.alpha + x) / (params.alpha + params.beta + T) : (params.r + x) / (params.alpha + T);
  return rate > 0 && Number.isFinite(rate) ? rate / unitDays : NaN;
}

/**
 * The expected next-purchase window [from, to] (days since 1970-01-01) after the last purchase
 * day: with at least two gaps of their own, the customer's mean gap ± the standard deviation of
 * their gaps; else the middle half (quartiles ln(4/3)·g … ln(4)·g) of an exponential wait with the
 * model's mean gap g = 1 / ratePerDay. NaN when neither is known.
 */
export function nextPurchaseWindow(
  lastDay: number,
  x: number,
  meanGapDays: number,
  gapSdDays: number,
  modelGapDays: number,
): [number, number] {
  if (x >= 2 && meanGapDays > 0 && Number.isFinite(gapSdDays)) {
    const sd = Math.max(gapSdDays, 1);
    return [lastDay + Math.max(1, meanGapDays - sd), lastDay + meanGapDays + sd];
  }
  if (!(modelGapDays > 0) || !Number.isFinite(modelGapDays)) return [NaN, NaN];
  return [lastDay + modelGapDays * Math.log(4 / 3), lastDay + modelGapDays * Math.log(4)];
}

/**
 * A next-purchase window seen on the reference day (the first day after the data, days since
 * 1970-01-01): overdue when it ended on or before the day before (kept as it was: the window that
 * has passed); otherwise it starts on the reference day at the earliest, since a purchase expected
 * from a day in the past that has not come is expected from now on. NaN stays NaN (not overdue).
 */
export function clampWindow(
  from: number,
  to: number,
  referenceDay: number,
): { from: number; to: number; overdue: boolean } {
  if (to <= referenceDay - 1) return { from, to, overdue: true };
  const start = from < referenceDay ? referenceDay : from;
  return { from: start, to: to < start ? start : to, overdue: false };
}

/** P(alive) of customer i on a future day (days since 1970-01-01, after the calibration end): the model's pAliveAt. */
export function pAliveOnDay(
  model: RepeatModelId,
  params: Record<string, number>,
  s: CustomerSummary,
  i: number,
  day: number,
): number {
  const [x, tx, T] = modelRow(model, s, i);
  const t = Math.max(0, day - s.calibrationEnd) / s.unitDays;
  return REPEAT_MODELS[model].pAliveAt(Object.values(params), t, x, tx, T);
}

/**
 * Purchase timing for every customer: P(no purchase in the next N days) from the model's
 * P(Y(N) = 0 | x, t_x, T) (computed once per distinct history), and the next-purchase window
 * (nextPurchaseWindow, seen on the day after the calibration end: clampWindow) with `overdue`
 * when it ended on or before the calibration end.
 */
export function purchaseTiming(
  model: RepeatModelId,
  params: Record<string, number>,
  s: CustomerSummary,
): PurchaseTiming {
  const m = REPEAT_MODELS[model];
  const p = Object.values(params);
  const n = s.n;
  const out: PurchaseTiming = {
    pNone30: new Float64Array(n),
    pNone60: new Float64Array(n),
    pNone90: new Float64Array(n),
    nextFrom: new Float64Array(n),
    nextTo: new Float64Array(n),
    overdue: new Uint8Array(n),
  };
  const cols = [out.pNone30, out.pNone60, out.pNone90];
  const history = historyCodes(model, s);
  const done = new Int32Array(history.count).fill(-1);
  const alive = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const j = done[history.code[i]];
    const [x, tx, T] = modelRow(model, s, i);
    if (j >= 0) {
      for (const c of cols) c[i] = c[j];
    } else {
      done[history.code[i]] = i;
      if (m.ifAlive) {
        // pmf(0) = P(alive)·P(none | alive) + 1 − P(alive), the alive part shared per (x, T).
        const key = `${x}|${T}`;
        let none = alive.get(key);
        if (!none) {
          none = TIMING_DAYS.map((days) => m.ifAlive!.pmf(p, days / s.unitDays, 0, x, T));
          alive.set(key, none);
        }
        const pa = m.pAlive(p, x, tx, T);
        for (let k = 0; k < cols.length; k++) cols[k][i] = pa * none[k] + 1 - pa;
      } else TIMING_DAYS.forEach((days, k) => (cols[k][i] = m.pmf(p, days / s.unitDays, 0, x, tx, T)));
    }
    const lastDay = s.calibrationEnd + 1 - s.recencyDays[i];
    const meanGap = s.x[i] > 0 ? (s.tx[i] * s.unitDays) / s.x[i] : NaN;
    const [from, to] = nextPurchaseWindow(
      lastDay,
      s.x[i],
      meanGap,
      s.gapSdDays[i],
      1 / ratePerDay(model, params, x, T, s.unitDays),
    );
    const timing = clampWindow(from, to, s.calibrationEnd + 1);
    out.nextFrom[i] = timing.from;
    out.nextTo[i] = timing.to;
    out.overdue[i] = timing.overdue ? 1 : 0;
  }
  return out;
}
