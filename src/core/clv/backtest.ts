import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import { brierScore, decileTable, normalisedGini, reliability, rocAuc } from './backtestMetrics.ts';
import type { DecileRow, ReliabilityBin } from './backtestMetrics.ts';
import { columnCodes, historyCodes } from './compress.ts';
import { FitError } from './fitModel.ts';
import type { FitResult } from './fitModel.ts';
import { fitRepeat, modelRow } from './fitRepeat.ts';
import { dropoutIdentified } from './guard.ts';
import { REPEAT_MODELS } from './models.ts';
import { averageSpend, fitSpend, spendOf } from './spendModel.ts';
import type { CustomerSummary } from './summarize.ts';
import { rankCandidates, scoredCandidates } from './tieRule.ts';
import type { RepeatModelId } from './types.ts';

/** The naive forecasts every model is scored against on the same split. */
export const BASELINES = ['pastRate', 'lastPeriod'] as const;
export type BaselineId = (typeof BASELINES)[number];

/** Display names of the candidates (the same in every language). */
export const MODEL_NAMES: Record<RepeatModelId, string> = {
  bgnbd: 'BG/NBD',
  mbgnbd: 'MBG/NBD',
  pnbd: 'Pareto/NBD',
  bgbb: 'BG/BB',
};

/** How one forecast (a model fitted on calibration, or a baseline) did on the holdout. */
export interface ScoreRow {
  id: RepeatModelId | BaselineId;
  baseline: boolean;
  /** Why a model could not be fitted on the calibration part (its scores are then NaN). */
  error: Notice | null;
  /** Per customer: mean absolute and root-mean-square error of holdout purchases (purchase days). */
  mae: number;
  rmse: number;
  /** Total holdout purchases, predicted and actual, and the error in % of the actual. */
  purchasesPredicted: number;
  purchasesActual: number;
  purchasesErrorPct: number;
  /** Total holdout value (currency), predicted and actual, and the error in % of the actual. */
  valuePredicted: number;
  valueActual: number;
  valueErrorPct: number;
  /**
   * P(alive) at the calibration end (a baseline: its chance of buying in the holdout) against
   * holdout activity (a purchase in the holdout): ROC AUC (higher is better) and Brier (lower).
   */
  auc: number;
  brier: number;
  reliability: ReliabilityBin[];
  /** Customers ranked by predicted holdout value: predicted and actual mean value per decile. */
  deciles: DecileRow[];
  /** Normalised Gini of predicted against actual holdout value (1 = perfect ranking). */
  gini: number;
  /**
   * A fitted model: whether its calibration fit identifies dropout (guard.ts dropoutIdentified).
   * When it does not, its P(alive), and so its AUC and Brier, rank nothing the data support.
   */
  identified?: boolean;
}

/** The scorecard of a calibration / holdout split. */
export interface Backtest {
  /** First day of the data, last calibration day and last holdout day (days since 1970-01-01). */
  firstDay: number;
  calibrationEnd: number;
  observationEnd: number;
  /** Holdout length in time units. */
  holdoutLength: number;
  unit: CustomerSummary['unit'];
  customers: number;
  /** Share of customers with a purchase in the holdout. */
  activeShare: number;
  /** The models (in the order asked), then the baselines. */
  rows: ScoreRow[];
  /** The model with the lowest RMSE (the measure the automatic choice uses), or null. */
  best: RepeatModelId | null;
  /** Plain statements: a baseline that beats every model, and on which measures. */
  notices: Notice[];
  /** The models' fits on the calibration part (the automatic choice and the model checks reuse them). */
  fits: Partial<Record<RepeatModelId, FitResult>>;
}

export interface BacktestOptions {
  penalty?: number;
  /** Fits already made on this split's calibration part. */
  known?: Partial<Record<RepeatModelId, FitResult>>;
  /** Called before each model is fitted. */
  onModel?: (model: RepeatModelId) => void;
}

/**
 * Backtests repeat models on a split summary (calibration up to split.calibrationEnd, holdout to
 * split.observationEnd, see summarize): fits each model on the calibration part and scores its
 * holdout predictions for every customer, against the two baselines: the customer's past rate x/T
 * carried forward and "the same as the last period of the holdout's length" (recentX, recentValue).
 * Predicted value = expected purchases × Gamma-Gamma expected spend (the average spend when
 * Gamma-Gamma cannot be fitted). The caller checks the split (checkSplit) first.
 */
export function backtest(split: CustomerSummary, models: readonly RepeatModelId[], o: BacktestOptions = {}): Backtest {
  const s = split;
  const L = s.holdoutLength;
  const n = s.n;
  const active = new Uint8Array(n);
  for (let i = 0; i < n; i++) active[i] = +(s.holdoutX[i] > 0);
  const spend = expectedSpend(s);
  const rows: ScoreRow[] = [];
  const fits: Partial<Record<RepeatModelId, FitResult>> = {};
  for (const model of models) {
    let fit = o.known?.[model] ?? null;
    if (!fit) {
      o.onModel?.(model);
      try {
        fit = fitRepeat(model, s, o.penalty ?? 0);
      } catch (e) {
        if (!(e instanceof FitError)) throw e;
        rows.push(emptyRow(model, notice(e.code, e.params, e.message)));
        continue;
      }
    }
    fits[model] = fit;
    const { purchases, alive } = predictHoldout(model, Object.values(fit.params), s);
    const value = new Float64Array(n);
    for (let i = 0; i < n; i++) value[i] = purchases[i] * spend[i];
    rows.push({
      ...score(model, false, s, purchases, value, alive, active),
      identified: dropoutIdentified(model, fit, alive),
    });
  }
  // Past rate: x/T per time unit carried over the holdout; value per purchase day as so far.
  const past = new Float64Array(n);
  const pastValue = new Float64Array(n);
  const pastActive = new Float64Array(n);
  const recentActive = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const rate = s.T[i] > 0 ? s.x[i] / s.T[i] : 0;
    past[i] = rate * L;
    pastValue[i] = (past[i] * Math.max(0, s.revenue[i])) / (s.x[i] + 1);
    pastActive[i] = 1 - Math.exp(-rate * L);
    recentActive[i] = +(s.recentX[i] > 0);
  }
  rows.push(score('pastRate', true, s, past, pastValue, pastActive, active));
  rows.push(score('lastPeriod', true, s, s.recentX, s.recentValue, recentActive, active));
  const fitted = rows.filter((r) => !r.baseline && !r.error);
  // The same rule as the automatic choice (ties on RMSE broken as there), so `best` never names
  // another model than the one the choice takes from this backtest.
  const best = rankCandidates(scoredCandidates(fitted, fits)).ranked[0] ?? null;
  let activeCount = 0;
  for (let i = 0; i < n; i++) activeCount += active[i];
  return {
    firstDay: s.dayZero,
    calibrationEnd: s.calibrationEnd,
    observationEnd: s.observationEnd,
    holdoutLength: L,
    unit: s.unit,
    customers: n,
    activeShare: n ? activeCount / n : NaN,
    rows,
    best: best ? (best.id as RepeatModelId) : null,
    notices: baselineNotices(rows),
    fits,
  };
}

/**
 * A model's holdout predictions per customer: expected purchases in the holdout and P(alive) at the
 * calibration end. They depend on the model's (x, t_x, T) only, so once per distinct history; for
 * models whose expectation is P(alive) × a part of (x, T) (ifAlive), that part once per (x, T).
 */
function predictHoldout(
  model: RepeatModelId,
  p: readonly number[],
  s: CustomerSummary,
): { purchases: Float64Array; alive: Float64Array } {
  const m = REPEAT_MODELS[model];
  const L = s.holdoutLength;
  const n = s.n;
  const purchases = new Float64Array(n);
  const alive = new Float64Array(n);
  const history = historyCodes(model, s);
  const [xCodes, TCodes] =
    model === 'bgbb' ? [columnCodes(s.periods.x), columnCodes(s.periods.n)] : [columnCodes(s.x), columnCodes(s.T)];
  const byXT = m.ifAlive ? new Map<number, number>() : null;
  const first = new Int32Array(history.count).fill(-1);
  for (let i = 0; i < n; i++) {
    const j = first[history.code[i]];
    if (j >= 0) {
      purchases[i] = purchases[j];
      alive[i] = alive[j];
      continue;
    }
    first[history.code[i]] = i;
    const [x, tx, T] = modelRow(model, s, i);
    const pa = m.pAlive(p, x, tx, T);
    alive[i] = pa;
    if (byXT && m.ifAlive) {
      const key = xCodes.code[i] * TCodes.size + TCodes.code[i];
      let part = byXT.get(key);
      if (part === undefined) byXT.set(key, (part = m.ifAlive.expected(p, L, x, T)));
      purchases[i] = pa * part;
    } else purchases[i] = m.expected(p, L, x, tx, T);
  }
  return { purchases, alive };
}

/** Gamma-Gamma expected spend per purchase fitted on the calibration part, else the average. */
function expectedSpend(s: CustomerSummary): Float64Array {
  const gg = fitSpend(s).fit;
  const params = gg && Object.values(gg.params);
  const average = averageSpend(s);
  const out = new Float64Array(s.n);
  for (let i = 0; i < s.n; i++) out[i] = spendOf(params, s, i, average);
  return out;
}

function emptyRow(id: RepeatModelId, error: Notice): ScoreRow {
  return {
    id,
    baseline: false,
    error,
    mae: NaN,
    rmse: NaN,
    purchasesPredicted: NaN,
    purchasesActual: NaN,
    purchasesErrorPct: NaN,
    valuePredicted: NaN,
    valueActual: NaN,
    valueErrorPct: NaN,
    auc: NaN,
    brier: NaN,
    reliability: [],
    deciles: [],
    gini: NaN,
  };
}

const pct = (predicted: number, actual: number) =>
  actual !== 0 ? ((predicted - actual) / Math.abs(actual)) * 100 : NaN;

/** The scores of one forecast: purchases and value per customer, and a probability of activity. */
export function score(
  id: RepeatModelId | BaselineId,
  baseline: boolean,
  s: Pick<CustomerSummary, 'n' | 'holdoutX' | 'holdoutValue'>,
  purchases: Float64Array,
  value: Float64Array,
  alive: Float64Array,
  active: Uint8Array,
): ScoreRow {
  let abs = 0;
  let sq = 0;
  let pp = 0;
  let pa = 0;
  let vp = 0;
  let va = 0;
  for (let i = 0; i < s.n; i++) {
    const e = purchases[i] - s.holdoutX[i];
    abs += Math.abs(e);
    sq += e * e;
    pp += purchases[i];
    pa += s.holdoutX[i];
    vp += value[i];
    va += s.holdoutValue[i];
  }
  return {
    id,
    baseline,
    error: null,
    mae: s.n ? abs / s.n : NaN,
    rmse: s.n ? Math.sqrt(sq / s.n) : NaN,
    purchasesPredicted: pp,
    purchasesActual: pa,
    purchasesErrorPct: pct(pp, pa),
    valuePredicted: vp,
    valueActual: va,
    valueErrorPct: pct(vp, va),
    auc: rocAuc(alive, active),
    brier: brierScore(alive, active),
    reliability: reliability(alive, active),
    deciles: decileTable(value, s.holdoutValue),
    gini: normalisedGini(value, s.holdoutValue),
  };
}

/** Measures on which a forecast can beat another, and whether higher is better. */
const MEASURES: { name: string; of: (r: ScoreRow) => number; higher: boolean }[] = [
  { name: 'RMSE', of: (r) => r.rmse, higher: false },
  { name: 'MAE', of: (r) => r.mae, higher: false },
  { name: 'Gini', of: (r) => r.gini, higher: true },
  { name: 'AUC', of: (r) => r.auc, higher: true },
];

/** A coded sentence for each baseline that does better than every fitted model on some measure. */
function baselineNotices(rows: ScoreRow[]): Notice[] {
  const models = rows.filter((r) => !r.baseline && !r.error);
  if (!models.length) return [];
  const out: Notice[] = [];
  for (const b of rows.filter((r) => r.baseline)) {
    const won = MEASURES.filter(({ of, higher }) => {
      const v = of(b);
      if (!Number.isFinite(v)) return false;
      return models.every((m) => {
        const w = of(m);
        return !Number.isFinite(w) || (higher ? v > w : v < w);
      });
    }).map((m) => m.name);
    if (!won.length) continue;
    const measures = won.join(', ');
    out.push(
      b.id === 'pastRate'
        ? notice(
            'backtest.pastRateWins',
            { measures },
            `the naive past-rate forecast (x/T carried forward) predicts this holdout better than every model on ${measures}`,
          )
        : notice(
            'backtest.lastPeriodWins',
            { measures },
            `the naive forecast "the same as the last period" predicts this holdout better than every model on ${measures}`,
          ),
    );
  }
  return out;
}
