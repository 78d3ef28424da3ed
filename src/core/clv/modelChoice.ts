import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import { backtest, MODEL_NAMES } from './backtest.ts';
import type { Backtest } from './backtest.ts';
import { checkSplit } from './checkSplit.ts';
import { fitRepeat } from './fitRepeat.ts';
import { FitError } from './fitModel.ts';
import type { FitResult } from './fitModel.ts';
import { CONTINUOUS_MODELS } from './models.ts';
import type { CustomerSummary } from './summarize.ts';
import { rankCandidates, scoredCandidates } from './tieRule.ts';
import type { ScoredCandidate, TieRule } from './tieRule.ts';
import type { RepeatModelId } from './types.ts';

export { AIC_TIE, rankCandidates } from './tieRule.ts';
export type { ScoredCandidate, TieRule } from './tieRule.ts';

/** What the user asks for: a model pinned by id, or the automatic choice (the default). */
export type ModelAsked = RepeatModelId | 'auto';

/** One candidate of the automatic choice. */
export interface ModelCandidate {
  model: RepeatModelId;
  /** AIC of its fit on the whole calibration data; null when it was not (or could not be) fitted there. */
  aic: number | null;
  /** Its holdout score when it was backtested (RMSE of holdout purchases per customer; lower is better), else null. */
  holdout: number | null;
  /** Why it could not be fitted, or null. */
  error: Notice | null;
}

/** Which repeat model the predictions use, and why (one sentence, coded). */
export interface ModelChoice {
  asked: ModelAsked;
  chosen: RepeatModelId;
  /** pinned: the user's model; holdout: the best backtest; aic: the lowest AIC (no usable holdout). */
  by: 'pinned' | 'holdout' | 'aic';
  reason: Notice;
  candidates: ModelCandidate[];
  /** The backtest the holdout choice rests on (with the candidates' fits on its calibration part). */
  backtest?: Backtest | null;
}

/** The measure the automatic choice ranks the backtested models by. */
export const CHOICE_MEASURE = 'RMSE';

/**
 * Discrete data: every repeat purchase falls in a whole time unit of its own after the first
 * purchase (at most one purchase day per period), so BG/BB's one-chance-per-period view loses
 * nothing and it joins the candidates.
 */
export function isDiscrete(s: CustomerSummary): boolean {
  let x = 0;
  let periods = 0;
  for (let i = 0; i < s.n; i++) {
    x += s.x[i];
    periods += s.periods.x[i];
  }
  return x > 0 && periods === x;
}

/** The models 'auto' tries on a summary: the continuous ones, and BG/BB when the data are discrete. */
export function autoCandidates(s: CustomerSummary): RepeatModelId[] {
  return isDiscrete(s) ? [...CONTINUOUS_MODELS, 'bgbb'] : [...CONTINUOUS_MODELS];
}

/** The split is usable for a backtest: a holdout, and checkSplit's shares and lengths. */
function usableSplit(split: CustomerSummary | null): split is CustomerSummary {
  if (!split || !(split.holdoutLength > 0) || split.n === 0) return false;
  try {
    checkSplit(split);
    return true;
  } catch {
    return false;
  }
}

const fmt = (v: number) => String(+v.toPrecision(3));

/** The reason sentence of a choice among tied models (rankCandidates' rule). */
function tieReason(
  r: ScoredCandidate,
  tiedWith: ScoredCandidate[],
  tied: ScoredCandidate[],
  rule: TieRule,
  params: { model: RepeatModelId; measure: string; score: number; runners: string },
): Notice {
  const name = MODEL_NAMES[r.id];
  const names = (list: ScoredCandidate[]) => list.map((o) => MODEL_NAMES[o.id]).join(', ');
  const same =
    `${name}: the models predicted the holdout equally well (${CHOICE_MEASURE} of purchases per customer ` +
    `${params.score}, as ${names(tiedWith)})`;
  const base = { ...params, tied: names(tiedWith) };
  // The winner of an AUC rule identifies dropout; a winner by AIC means no tied fit did.
  if (rule === 'aic' || !r.identified) {
    const aic = +r.aic.toPrecision(6);
    return notice(
      'choice.tieAic',
      { ...base, aic },
      `${same}; none of their fits identifies dropout, so P(alive) cannot break the tie: with as many ` +
        `parameters, the lowest AIC on the calibration part decides (${aic}), and AICs within 2 of each ` +
        `other count as equal, when the first of BG/NBD, MBG/NBD, Pareto/NBD is taken`,
    );
  }
  const auc = +r.auc.toPrecision(3);
  if (rule === 'identified') {
    const identified = names(tied.filter((o) => o.identified && Number.isFinite(o.auc)));
    return notice(
      'choice.tieIdentified',
      { ...base, auc, identified },
      `${same}; only the fits of ${identified} identify dropout, and of those it ranked who bought again ` +
        `in the holdout best (AUC ${auc})`,
    );
  }
  return notice(
    'choice.holdoutTie',
    { ...base, auc },
    `${same}; it ranked who bought again in the holdout best (AUC ${auc})`,
  );
}

/**
 * Chooses the repeat model for a summary and fits it there. A pinned model is fitted as asked
 * (FitError when it cannot be). 'auto' fits the continuous models (and BG/BB when the data are
 * discrete) on the calibration part of `split` (a summary of the same customers with calibration
 * ending before the data do), backtests them on its holdout and picks the lowest RMSE of holdout
 * purchases per customer — the models predict each customer's expected count, and squared error is
 * the loss an expected value minimises — then refits the winner on `s` (the next best when it
 * cannot be). Without a usable split, or when no candidate can be fitted on it: the lowest AIC of
 * the continuous models on `s`. Throws a FitError when no candidate can be fitted.
 */
export function chooseModel(
  s: CustomerSummary,
  asked: ModelAsked,
  penalty = 0,
  split: CustomerSummary | null = null,
): { choice: ModelChoice; fit: FitResult } {
  if (asked !== 'auto') {
    const fit = fitRepeat(asked, s, penalty);
    return {
      fit,
      choice: {
        asked,
        chosen: asked,
        by: 'pinned',
        reason: notice('choice.pinned', { model: asked }, `${MODEL_NAMES[asked]}: the model you chose`),
        candidates: [{ model: asked, aic: fit.aic, holdout: null, error: null }],
      },
    };
  }
  if (usableSplit(split)) {
    const b = backtest(split, autoCandidates(split), { penalty });
    const { ranked, tied, rule } = rankCandidates(scoredCandidates(b.rows, b.fits));
    for (const r of ranked) {
      const model = r.id;
      let fit: FitResult;
      try {
        fit = fitRepeat(model, s, penalty);
      } catch (e) {
        if (!(e instanceof FitError)) throw e;
        continue;
      }
      const candidates: ModelCandidate[] = b.rows
        .filter((c) => !c.baseline)
        .map((c) => ({
          model: c.id as RepeatModelId,
          aic: c.id === model ? fit.aic : null,
          holdout: c.error ? null : c.rmse,
          error: c.error,
        }));
      const others = ranked.filter((o) => o !== r);
      const runners = others.map((o) => `${MODEL_NAMES[o.id]} ${fmt(o.rmse)}`).join(', ');
      const params = { model, measure: CHOICE_MEASURE, score: +r.rmse.toPrecision(3), runners };
      const tiedWith = tied.length > 1 && tied.includes(r) ? tied.filter((o) => o !== r) : [];
      const reason = tiedWith.length
        ? tieReason(r, tiedWith, tied, rule, params)
        : others.length
          ? notice(
              'choice.holdout',
              params,
              `${MODEL_NAMES[model]}: it predicted the holdout best (${CHOICE_MEASURE} of purchases per customer ` +
                `${params.score}; ${runners})`,
            )
          : notice(
              'choice.holdoutOnly',
              params,
              `${MODEL_NAMES[model]}: the only model that could be backtested (${CHOICE_MEASURE} of purchases per ` +
                `customer ${params.score})`,
            );
      return { fit, choice: { asked, chosen: model, by: 'holdout', reason, candidates, backtest: b } };
    }
  }
  const fits = new Map<RepeatModelId, FitResult>();
  const candidates: ModelCandidate[] = [];
  let firstError: unknown = null;
  for (const model of CONTINUOUS_MODELS) {
    try {
      const fit = fitRepeat(model, s, penalty);
      fits.set(model, fit);
      candidates.push({ model, aic: fit.aic, holdout: null, error: null });
    } catch (e) {
      if (!(e instanceof FitError)) throw e;
      firstError ??= e;
      candidates.push({ model, aic: null, holdout: null, error: notice(e.code, e.params, e.message) });
    }
  }
  let best: RepeatModelId | null = null;
  for (const [model, fit] of fits) if (best === null || fit.aic < fits.get(best)!.aic) best = model;
  if (best === null) throw firstError;
  const runners = [...fits]
    .filter(([m]) => m !== best)
    .sort((p, q) => p[1].aic - q[1].aic)
    .map(([m, f]) => `${MODEL_NAMES[m]} ${fmt(f.aic)}`)
    .join(', ');
  const params = { model: best, score: +fits.get(best)!.aic.toPrecision(6), runners };
  return {
    fit: fits.get(best)!,
    choice: {
      asked,
      chosen: best,
      by: 'aic',
      reason: notice(
        'choice.aic',
        params,
        `${MODEL_NAMES[best]}: the lowest AIC (${params.score}${runners ? `; ${runners}` : ''}); the data allow no ` +
          'backtest on a holdout (too short a history, too few purchases on one side, or no purchase dates)',
      ),
      candidates,
      backtest: null,
    },
  };
}
