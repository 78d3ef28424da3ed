import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import type { LifecycleOptions } from '../lifecycle/lifecycleStages.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { historyCodes } from './compress.ts';
import {
  currentValueIfUnchanged,
  DAYS_PER_MONTH,
  DEFAULT_TERMS,
  discountedPurchases,
  monthSteps,
} from './customerValue.ts';
import type { ValueTerms } from './customerValue.ts';
import { modelRow } from './fitRepeat.ts';
import type { FitResult } from './fitModel.ts';
import { guardFit } from './guard.ts';
import type { ClvGuard } from './guard.ts';
import { choiceSplitOptions } from './choiceSplit.ts';
import { chooseModel } from './modelChoice.ts';
import type { ModelAsked, ModelChoice } from './modelChoice.ts';
import { REPEAT_MODELS } from './models.ts';
import { averageSpend, fitSpend, spendOf } from './spendModel.ts';
import { purchaseTiming } from './purchaseTiming.ts';
import { summarize } from './summarize.ts';
import type { CustomerSummary, TimeUnit } from './summarize.ts';
import type { AliveParts, RepeatModelId } from './types.ts';
import { valueCube } from './valueCube.ts';
import type { CubeCut, CubeResult } from './valueCube.ts';

export interface ClvOptions {
  /** The repeat model, or 'auto' (the default): the best backtest, else the lowest AIC (chooseModel). */
  model: ModelAsked;
  unit: TimeUnit;
  /** Last calibration day (days since 1970-01-01); default: the last transaction day. */
  calibrationEnd?: number;
  terms: ValueTerms;
  /** L2 penalty for the repeat fit (0 = plain maximum likelihood). */
  penalty?: number;
  /** Current value: historical margin (margin × revenue so far) or CCV (keeps buying as now). */
  current: 'historical' | 'ccv';
  cut: CubeCut;
  /**
   * What value counts: revenue × the margin of `terms` (the default), or profit where the summary
   * has it: current value = the customer's Σ profit, CLV = expected revenue × the customer's own
   * margin (customerMargins) instead of `terms.margin`. The purchase and spend models stay on revenue.
   */
  valueBasis?: 'revenue' | 'profit';
  /**
   * The lifecycle settings of the loyalty stand-in when the data do not identify dropout (guard.ts);
   * default DEFAULT_LIFECYCLE.
   */
  lifecycle?: LifecycleOptions;
}

export const DEFAULT_CLV_OPTIONS: ClvOptions = {
  model: 'auto',
  unit: 'week',
  terms: DEFAULT_TERMS,
  current: 'historical',
  cut: { kind: 'median' },
};

/** Per-customer predictions, in columns aligned with the summary's customers. */
export interface ClvPredictions {
  /** P(alive) now, at the end of the horizon, and P(at least one purchase in the next month). */
  pAlive: Float64Array;
  pAliveEnd: Float64Array;
  pAnyNextMonth: Float64Array;
  /** Expected purchases over the horizon. */
  expected: Float64Array;
  /** Expected spend per purchase (currency): Gamma-Gamma, or the average when that cannot be fitted. */
  spend: Float64Array;
  /** CLV over the horizon (currency): discounted expected margin. */
  clv: Float64Array;
  /** The cube's current value (currency) and potential value (= clv). */
  current: Float64Array;
  potential: Float64Array;
  /** Purchase timing (purchaseTiming.ts): P(no purchase in the next 30/60/90 days), next-purchase window, overdue. */
  pNone30: Float64Array;
  pNone60: Float64Array;
  pNone90: Float64Array;
  nextFrom: Float64Array;
  nextTo: Float64Array;
  overdue: Uint8Array;
}

export interface ClvResult {
  options: ClvOptions;
  /** The repeat model the predictions use (options.model, or the automatic choice). */
  model: RepeatModelId;
  /** Which model and why. */
  choice: ModelChoice;
  /** Diagnostics and the loyalty measure the value cube uses. */
  guard: ClvGuard;
  summary: CustomerSummary;
  fit: FitResult;
  /** Gamma-Gamma fit, or null with the reason in spendNotes. */
  spendFit: FitResult | null;
  spendNotes: Notice[];
  /** Customers the spend model used (x > 0 and mean repeat value > 0). */
  spendCustomers: number;
  predictions: ClvPredictions;
  cube: CubeResult;
  /** Each customer's own margin when CLV is on profit (options.valueBasis; customerMargins), else absent. */
  margins?: Float64Array;
  /** Milliseconds for the two fits. */
  fitMs: number;
}

/**
 * CLV for every customer of a table: summary (times in options.unit), the repeat model and
 * Gamma-Gamma fits, predictions over the horizon, CLV with monthly discounting and the value cube.
 * Throws a FitError when the repeat model cannot be fitted.
 */
export function clvAnalysis(t: TransactionTable, options: ClvOptions, splitDay?: number): ClvResult {
  const s = summarize(t, { unit: options.unit, calibrationEnd: options.calibrationEnd });
  const o = choiceSplitOptions(s, options, splitDay);
  // A customer summary (orders per customer) has no purchase history to backtest on.
  const split = o && !t.orders ? summarize(t, o) : null;
  return clvFromSummary(s, options, split);
}

/**
 * clvAnalysis on a summary made with `options.unit` and `options.calibrationEnd` (summarize): the
 * fits, predictions and cube, without the transactions (the page's compute worker gets only this).
 * `split`: for the automatic model choice, the same data summarised with an earlier calibration
 * end (observation end = this summary's calibration end) to backtest the candidates on.
 */
export function clvFromSummary(
  s: CustomerSummary,
  options: ClvOptions,
  split: CustomerSummary | null = null,
): ClvResult {
  const t0 = performance.now();
  const { choice, fit } = chooseModel(s, options.model, options.penalty, split);
  const model = choice.chosen;
  const { fit: spendFit, notes: spendNotes, customers: spendCustomers } = fitSpend(s);
  if (s.zeroValueRepeat > 0) {
    spendNotes.push(
      notice(
        'spend.zeroValue',
        { customers: s.zeroValueRepeat },
        `${s.zeroValueRepeat} customers whose repeat purchases average zero or less are left out of the spend model`,
      ),
    );
  }
  const fitMs = performance.now() - t0;
  const margins = options.valueBasis === 'profit' && s.profit ? customerMargins(s.revenue, s.profit) : null;
  const predictions = predict(model, options, s, fit, spendFit, margins);
  const guard = guardFit(s, model, fit, spendFit, predictions.pAlive, spendNotes, options.lifecycle);
  if (!guard.loyalty.pAliveKnown) {
    // The data do not identify dropout: a P(alive) near 1 for everyone would read as "100 % active".
    predictions.pAlive.fill(NaN);
    predictions.pAliveEnd.fill(NaN);
  }
  const cube = valueCube(
    predictions.current,
    predictions.potential,
    guard.loyalty.values,
    options.cut,
    guard.loyalty.highFrom,
  );
  return {
    options,
    model,
    choice,
    guard,
    summary: s,
    fit,
    spendFit,
    spendNotes,
    spendCustomers,
    predictions,
    cube,
    ...(margins ? { margins } : {}),
    fitMs,
  };
}

/**
 * An alive customer's P(still alive at the horizon), P(no purchase in the next month), expected
 * purchases to the horizon and to each month end (`steps`), computed once per (x, T) and kept.
 */
function aliveParts(
  alive: AliveParts,
  p: readonly number[],
  horizon: number,
  month: number,
  steps: { endDays: Float64Array },
  unitDays: number,
): (x: number, T: number) => Float64Array {
  const cache = new Map<string, Float64Array>();
  return (x, T) => {
    const key = `${x}|${T}`;
    let g = cache.get(key);
    if (!g) {
      g = new Float64Array(3 + steps.endDays.length);
      g[0] = alive.stillAlive(p, horizon, x, T);
      g[1] = alive.pmf(p, month, 0, x, T);
      g[2] = alive.expected(p, horizon, x, T);
      for (let k = 0; k < steps.endDays.length; k++) g[3 + k] = alive.expected(p, steps.endDays[k] / unitDays, x, T);
      cache.set(key, g);
    }
    return g;
  };
}

/**
 * Each customer's own margin, Σ profit / Σ revenue, clamped to [−1, 1] (a few lines sold at a loss
 * cannot make one purchase worth more than its revenue); the margin of all customers together
 * where the customer's revenue is 0 (nothing to divide by).
 */
export function customerMargins(revenue: ArrayLike<number>, profit: ArrayLike<number>): Float64Array {
  let r = 0;
  let p = 0;
  for (let i = 0; i < revenue.length; i++) {
    r += revenue[i];
    p += profit[i];
  }
  const clamp = (m: number) => Math.max(-1, Math.min(1, m));
  const global = r !== 0 ? clamp(p / r) : 0;
  return Float64Array.from({ length: revenue.length }, (_, i) =>
    revenue[i] !== 0 ? clamp(profit[i] / revenue[i]) : global,
  );
}

function predict(
  model: RepeatModelId,
  o: ClvOptions,
  s: CustomerSummary,
  fit: FitResult,
  spendFit: FitResult | null,
  margins: Float64Array | null,
): ClvPredictions {
  const m = REPEAT_MODELS[model];
  const p = Object.values(fit.params);
  const gg = spendFit && Object.values(spendFit.params);
  const fallback = averageSpend(s);
  const steps = monthSteps(o.terms);
  const horizon = o.terms.horizonDays / s.unitDays;
  const month = DAYS_PER_MONTH / s.unitDays;
  const n = s.n;
  const out = {
    pAlive: new Float64Array(n),
    pAliveEnd: new Float64Array(n),
    pAnyNextMonth: new Float64Array(n),
    expected: new Float64Array(n),
    spend: new Float64Array(n),
    clv: new Float64Array(n),
    current: new Float64Array(n),
    potential: new Float64Array(n),
    ...purchaseTiming(model, fit.params, s),
  };
  // The model's predictions depend on (x, t_x, T) only: once per distinct history, then copied;
  // for models that split them into P(alive) × a part of (x, T), that part once per (x, T).
  const alive = m.ifAlive ? aliveParts(m.ifAlive, p, horizon, month, steps, s.unitDays) : null;
  const history = historyCodes(model, s);
  const done = new Int32Array(history.count).fill(-1);
  const purchases = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = done[history.code[i]];
    if (j >= 0) {
      out.pAlive[i] = out.pAlive[j];
      out.pAliveEnd[i] = out.pAliveEnd[j];
      out.pAnyNextMonth[i] = out.pAnyNextMonth[j];
      out.expected[i] = out.expected[j];
      purchases[i] = purchases[j];
    } else {
      done[history.code[i]] = i;
      const [x, tx, T] = modelRow(model, s, i);
      const pa = m.pAlive(p, x, tx, T);
      out.pAlive[i] = pa;
      if (alive) {
        // The same products as the model's own pAliveAt, pmf, expected and discountedPurchases.
        const g = alive(x, T);
        out.pAliveEnd[i] = pa * g[0];
        out.pAnyNextMonth[i] = 1 - (pa * g[1] + (1 - pa));
        out.expected[i] = pa * g[2];
        let prev = 0;
        let sum = 0;
        for (let k = 0; k < steps.factor.length; k++) {
          const cum = pa * g[3 + k];
          sum += (cum - prev) * steps.factor[k];
          prev = cum;
        }
        purchases[i] = sum;
      } else {
        out.pAliveEnd[i] = m.pAliveAt(p, horizon, x, tx, T);
        out.pAnyNextMonth[i] = 1 - m.pmf(p, month, 0, x, tx, T);
        out.expected[i] = m.expected(p, horizon, x, tx, T);
        purchases[i] = discountedPurchases(m, p, x, tx, T, s.unitDays, steps);
      }
    }
    out.spend[i] = spendOf(gg, s, i, fallback);
    const terms = margins ? { ...o.terms, margin: margins[i] } : o.terms;
    out.clv[i] = terms.margin * out.spend[i] * purchases[i];
    out.potential[i] = out.clv[i];
    out.current[i] =
      o.current === 'ccv'
        ? currentValueIfUnchanged(s.x[i], s.T[i] * s.unitDays, s.spend[i], terms, steps)
        : margins
          ? s.profit![i]
          : o.terms.margin * Math.max(0, s.revenue[i]);
  }
  return out;
}
