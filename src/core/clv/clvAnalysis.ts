import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { historyCodes, repeatData, spendData } from './compress.ts';
import {
  currentValueIfUnchanged,
  DAYS_PER_MONTH,
  DEFAULT_TERMS,
  discountedPurchases,
  monthSteps,
} from './customerValue.ts';
import type { ValueTerms } from './customerValue.ts';
import { FitError, fitModel } from './fitModel.ts';
import type { FitResult } from './fitModel.ts';
import { ggExpectedSpend, ggLogLikelihood, ggStarts, GG_PARAMS } from './gammaGamma.ts';
import { REPEAT_MODELS } from './models.ts';
import { summarize } from './summarize.ts';
import type { CustomerSummary, TimeUnit } from './summarize.ts';
import type { AliveParts, RepeatData, RepeatModelId } from './types.ts';
import { valueCube } from './valueCube.ts';
import type { CubeCut, CubeResult } from './valueCube.ts';

export interface ClvOptions {
  model: RepeatModelId;
  unit: TimeUnit;
  /** Last calibration day (days since 1970-01-01); default: the last transaction day. */
  calibrationEnd?: number;
  terms: ValueTerms;
  /** L2 penalty for the repeat fit (0 = plain maximum likelihood). */
  penalty?: number;
  /** Current value: historical margin (margin × revenue so far) or CCV (keeps buying as now). */
  current: 'historical' | 'ccv';
  cut: CubeCut;
}

export const DEFAULT_CLV_OPTIONS: ClvOptions = {
  model: 'bgnbd',
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
}

export interface ClvResult {
  options: ClvOptions;
  summary: CustomerSummary;
  fit: FitResult;
  /** Gamma-Gamma fit, or null with the reason in spendNotes. */
  spendFit: FitResult | null;
  spendNotes: Notice[];
  /** Customers the spend model used (x > 0 and mean repeat value > 0). */
  spendCustomers: number;
  predictions: ClvPredictions;
  cube: CubeResult;
  /** Milliseconds for the two fits. */
  fitMs: number;
}

/** The repeat data a model fits: purchase days for the continuous models, periods for BG/BB. */
export function modelData(model: RepeatModelId, s: CustomerSummary): RepeatData {
  return model === 'bgbb' ? repeatData({ x: s.periods.x, tx: s.periods.tx, T: s.periods.n }) : repeatData(s);
}

/** The (x, t_x, T) of customer i as the model reads them. */
export function modelRow(model: RepeatModelId, s: CustomerSummary, i: number): [number, number, number] {
  return model === 'bgbb' ? [s.periods.x[i], s.periods.tx[i], s.periods.n[i]] : [s.x[i], s.tx[i], s.T[i]];
}

/** Fits a repeat model to a summary; throws a FitError with the reason when the data cannot support it. */
export function fitRepeat(model: RepeatModelId, s: CustomerSummary, penalty = 0): FitResult {
  const m = REPEAT_MODELS[model];
  const d = modelData(model, s);
  let repeat = 0;
  let sumT = 0;
  for (let i = 0; i < d.x.length; i++) {
    repeat += d.w[i] * +(d.x[i] > 0);
    sumT += d.w[i] * d.T[i];
  }
  if (s.n === 0) {
    throw new FitError('fit.noCustomers', {}, 'no customer made a first purchase before the calibration end');
  }
  if (repeat === 0) {
    throw new FitError(
      'fit.noRepeat',
      { model },
      `${model}: no customer made a repeat purchase in the calibration period, so there is nothing to learn the ` +
        'purchase rate from; choose a later calibration end or a shorter time unit',
    );
  }
  // With fewer distinct (x, t_x, T) rows than parameters the likelihood has a ridge: any answer
  // would be one point of it, so say no instead of printing boundary values.
  const k = m.paramNames.length;
  if (d.x.length <= k) {
    throw new FitError(
      'fit.tooFew',
      { model, patterns: d.x.length, needed: k + 1, customers: s.n },
      `${model}: ${s.n} customers give only ${d.x.length} different purchase histories; fitting ${k} parameters ` +
        `needs at least ${k + 1}. Add data or choose a later calibration end`,
    );
  }
  // α and β of the continuous models are in time units: penalising them in units of the mean age T
  // keeps the penalised fit the same whatever the time unit.
  const meanT = sumT / s.n;
  const penaltyScale = m.paramNames.map((n) => (model !== 'bgbb' && (n === 'alpha' || n === 'beta') ? meanT : 1));
  return fitModel(model, m.paramNames, (p) => m.logLikelihood(p, d), s.n, m.starts(d), { penalty, penaltyScale });
}

/**
 * CLV for every customer of a table: summary (times in options.unit), the repeat model and
 * Gamma-Gamma fits, predictions over the horizon, CLV with monthly discounting and the value cube.
 * Throws a FitError when the repeat model cannot be fitted.
 */
export function clvAnalysis(t: TransactionTable, options: ClvOptions): ClvResult {
  return clvFromSummary(summarize(t, { unit: options.unit, calibrationEnd: options.calibrationEnd }), options);
}

/**
 * clvAnalysis on a summary made with `options.unit` and `options.calibrationEnd` (summarize): the
 * fits, predictions and cube, without the transactions (the page's compute worker gets only this).
 */
export function clvFromSummary(s: CustomerSummary, options: ClvOptions): ClvResult {
  const t0 = performance.now();
  const fit = fitRepeat(options.model, s, options.penalty);
  const sd = spendData(s);
  let spendFit: FitResult | null = null;
  const spendNotes: Notice[] = [];
  if (sd.x.length < 2) {
    spendNotes.push(
      notice(
        'spend.tooFew',
        { customers: sd.x.length },
        `only ${sd.x.length} customers with a positive repeat spend: spend is the plain average`,
      ),
    );
  } else {
    try {
      spendFit = fitModel('gg', GG_PARAMS, (p) => ggLogLikelihood(p, sd), sd.x.length, ggStarts(sd));
      if (!(spendFit.params.q > 1)) {
        spendNotes.push(
          notice('spend.qBelowOne', {}, 'Gamma-Gamma gives q ≤ 1 (no finite mean spend): spend is the plain average'),
        );
        spendFit = null;
      }
    } catch (e) {
      spendNotes.push(notice('spend.failed', {}, `${(e as Error).message}: spend is the plain average`));
    }
  }
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
  const predictions = predict(options, s, fit, spendFit);
  const cube = valueCube(predictions.current, predictions.potential, predictions.pAlive, options.cut);
  return { options, summary: s, fit, spendFit, spendNotes, spendCustomers: sd.x.length, predictions, cube, fitMs };
}

/** Mean value per purchase day over everyone: the fallback expected spend. */
function averageSpend(s: CustomerSummary): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < s.n; i++) {
    if (s.x[i] > 0 && s.spend[i] > 0) {
      sum += s.spend[i] * s.x[i];
      count += s.x[i];
    }
  }
  if (count > 0) return sum / count;
  for (let i = 0; i < s.n; i++) sum += Math.max(0, s.revenue[i]);
  return s.n ? sum / s.n : 0;
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

function predict(o: ClvOptions, s: CustomerSummary, fit: FitResult, spendFit: FitResult | null): ClvPredictions {
  const m = REPEAT_MODELS[o.model];
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
  };
  // The model's predictions depend on (x, t_x, T) only: once per distinct history, then copied;
  // for models that split them into P(alive) × a part of (x, T), that part once per (x, T).
  const alive = m.ifAlive ? aliveParts(m.ifAlive, p, horizon, month, steps, s.unitDays) : null;
  const history = historyCodes(o.model, s);
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
      const [x, tx, T] = modelRow(o.model, s, i);
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
    const spend = gg ? ggExpectedSpend(gg, s.x[i], s.spend[i]) : fallback;
    out.spend[i] = Number.isFinite(spend) ? spend : fallback;
    out.clv[i] = o.terms.margin * out.spend[i] * purchases[i];
    out.potential[i] = out.clv[i];
    out.current[i] =
      o.current === 'ccv'
        ? currentValueIfUnchanged(s.x[i], s.T[i] * s.unitDays, s.spend[i], o.terms, steps)
        : o.terms.margin * Math.max(0, s.revenue[i]);
  }
  return out;
}
