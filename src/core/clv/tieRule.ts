import { TIE_SHARE } from './backtestMetrics.ts';
import type { Backtest } from './backtest.ts';
import type { RepeatModelId } from './types.ts';

/** What the tie rule reads of a model backtested on the holdout. */
export interface ScoredCandidate {
  id: RepeatModelId;
  /** RMSE of holdout purchases per customer (lower is better). */
  rmse: number;
  /** ROC AUC of its calibration P(alive) against holdout activity (NaN when not defined). */
  auc: number;
  /** Whether its calibration fit identifies dropout (guard.ts dropoutIdentified). */
  identified: boolean;
  /** AIC of its calibration fit, and its number of parameters. */
  aic: number;
  parameters: number;
}

/**
 * How a tie of holdout RMSEs was broken: none (no tie), auc (every tied fit identifies dropout:
 * the best AUC), identified (only some do: the best AUC among those), aic (none does: the fewest
 * parameters, then the lowest AIC on the calibration part).
 */
export type TieRule = 'none' | 'auc' | 'identified' | 'aic';

const byAuc = (p: ScoredCandidate, q: ScoredCandidate) =>
  (Number.isFinite(q.auc) ? q.auc : -Infinity) - (Number.isFinite(p.auc) ? p.auc : -Infinity);

/** AICs closer than this count as equal (Burnham & Anderson: a difference under 2 is no real evidence). */
export const AIC_TIE = 2;

/** Among fits the data cannot tell apart, the most widely used and simplest model first. */
const PREFERENCE: readonly RepeatModelId[] = ['bgnbd', 'mbgnbd', 'pnbd', 'bgbb'];

const aicOf = (r: ScoredCandidate) => (Number.isFinite(r.aic) ? r.aic : Infinity);

/**
 * The AIC tie-break among tied fits that do not identify dropout: the fewest parameters; BG/BB
 * after the continuous models (its likelihood is of purchase periods, the others' of purchase
 * times, so their AICs are on different scales); then AIC, where AICs within AIC_TIE of the best
 * count as equal and PREFERENCE decides, so that an optimiser's last digits never pick the model
 * (Online Retail's three AICs differ in the sixth significant digit).
 */
function byParsimony(rows: ScoredCandidate[]): ScoredCandidate[] {
  const key = (r: ScoredCandidate) => [r.parameters, +(r.id === 'bgbb')];
  const out: ScoredCandidate[] = [];
  const rest = [...rows].sort((p, q) => key(p)[0] - key(q)[0] || key(p)[1] - key(q)[1] || aicOf(p) - aicOf(q));
  while (rest.length) {
    const [k0, k1] = key(rest[0]);
    const band = rest.filter((r) => key(r)[0] === k0 && key(r)[1] === k1 && aicOf(r) <= aicOf(rest[0]) + AIC_TIE);
    band.sort((p, q) => PREFERENCE.indexOf(p.id) - PREFERENCE.indexOf(q.id));
    out.push(...band);
    for (const r of band) rest.splice(rest.indexOf(r), 1);
  }
  return out;
}

/**
 * Ranks backtested models for the automatic choice: the lowest holdout RMSE first. Models within
 * TIE_SHARE of the best RMSE predict the holdout equally well (on data that do not identify
 * dropout they give the same counts) and the tie is broken by what the data support: the AUC of
 * P(alive) only of fits that identify dropout (a P(alive) the data do not identify is withheld
 * from the screens, so it must not decide either), ahead of those that do not; when none of the
 * tied fits identifies dropout, the fewest parameters and then the lowest AIC on the calibration
 * part (AICs within AIC_TIE as equal: then BG/NBD, MBG/NBD, Pareto/NBD in that order). Returns the order, the tied models (best first) and the rule that broke the tie.
 */
export function rankCandidates(rows: readonly ScoredCandidate[]): {
  ranked: ScoredCandidate[];
  tied: ScoredCandidate[];
  rule: TieRule;
} {
  const byRmse = rows.filter((r) => Number.isFinite(r.rmse)).sort((p, q) => p.rmse - q.rmse);
  const tied = byRmse.filter((r) => r.rmse <= byRmse[0].rmse * (1 + TIE_SHARE));
  let rule: TieRule = 'none';
  if (tied.length > 1) {
    const known = tied.filter((r) => r.identified && Number.isFinite(r.auc)).sort(byAuc);
    const unknown = byParsimony(tied.filter((r) => !known.includes(r)));
    rule = known.length === tied.length ? 'auc' : known.length ? 'identified' : 'aic';
    tied.splice(0, tied.length, ...known, ...unknown);
  }
  return { ranked: [...tied, ...byRmse.filter((r) => !tied.includes(r))], tied, rule };
}

/** The tie rule's view of a backtest's fitted (non-baseline, scored) models. */
export function scoredCandidates(rows: Backtest['rows'], fits: Backtest['fits']): ScoredCandidate[] {
  return rows
    .filter((r) => !r.baseline && !r.error && Number.isFinite(r.rmse))
    .map((r) => {
      const fit = fits[r.id as RepeatModelId];
      return {
        id: r.id as RepeatModelId,
        rmse: r.rmse,
        auc: r.auc,
        identified: r.identified ?? false,
        aic: fit?.aic ?? NaN,
        parameters: fit ? Object.keys(fit.params).length : Infinity,
      };
    });
}
