import { backtest } from './backtest.ts';
import type { Backtest } from './backtest.ts';
import { checkSplit } from './checkSplit.ts';
import { fitRepeat } from './fitRepeat.ts';
import type { FitResult } from './fitModel.ts';
import { compareModels, holdoutByFrequency, pAliveMatrix, tracking } from './modelChecks.ts';
import type { HoldoutBin, ModelComparison, PAliveMatrix, Tracking } from './modelChecks.ts';
import { autoCandidates } from './modelChoice.ts';
import { CONTINUOUS_MODELS } from './models.ts';
import { summarize } from './summarize.ts';
import type { CustomerSummary, TimeUnit } from './summarize.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import type { RepeatModelId } from './types.ts';

/** Everything the model-check panel draws, for one calibration / holdout split. */
export interface ModelChecks {
  model: RepeatModelId;
  unit: TimeUnit;
  calibrationEnd: number;
  observationEnd: number;
  holdoutLength: number;
  fit: FitResult;
  holdout: HoldoutBin[];
  tracking: Tracking;
  pAlive: PAliveMatrix;
  comparison: ModelComparison[];
  /** The backtest scorecard of the same split: the candidates of the automatic choice and both baselines. */
  scorecard: Backtest;
}

/**
 * Model checks with calibration up to `calibrationEnd` (a day) and the rest as holdout: the chosen
 * model's fit, its holdout predictions by frequency, the tracking plot, the P(alive) matrix, and
 * the continuous models compared. BG/BB is checked as BG/NBD (its whole-period data has no
 * purchase-day holdout); `onModel` reports each model as it is fitted. A split with less than 5 %
 * of the rows on one side is refused before fitting (CoreError `clv.checksSplit`, see checkSplit).
 * The scorecard scores the automatic choice's candidates (BG/BB too when the data are discrete or
 * it is the model asked) and the baselines on the same split.
 */
export function runChecks(
  t: TransactionTable,
  model: RepeatModelId,
  unit: TimeUnit,
  calibrationEnd: number,
  onModel: (model: RepeatModelId) => void = () => {},
): ModelChecks {
  return checksFromSummary(summarize(t, { unit, calibrationEnd }), model, onModel);
}

/**
 * runChecks on a summary made with the checks' unit and calibration end (summarize): everything
 * but the summary itself, without the transactions (the page's compute worker gets only this).
 * `given`: fits already made on this summary (the automatic choice's backtest), not fitted again.
 */
export function checksFromSummary(
  s: CustomerSummary,
  model: RepeatModelId,
  onModel: (model: RepeatModelId) => void = () => {},
  given: Partial<Record<RepeatModelId, FitResult>> = {},
): ModelChecks {
  checkSplit(s);
  const checked: RepeatModelId = CONTINUOUS_MODELS.includes(model) ? model : 'bgnbd';
  if (!given[checked]) onModel(checked);
  const fit = given[checked] ?? fitRepeat(checked, s);
  const p = Object.values(fit.params);
  const known: Partial<Record<RepeatModelId, FitResult>> = { ...given, [checked]: fit };
  for (const m of CONTINUOUS_MODELS) {
    if (known[m]) continue;
    onModel(m);
    try {
      known[m] = fitRepeat(m, s);
    } catch {
      // compareModels reports the error for this model.
    }
  }
  return {
    model: checked,
    unit: s.unit,
    calibrationEnd: s.calibrationEnd,
    observationEnd: s.observationEnd,
    holdoutLength: s.holdoutLength,
    fit,
    holdout: holdoutByFrequency(checked, p, s),
    tracking: tracking(checked, p, s),
    pAlive: pAliveMatrix(checked, p, s),
    comparison: compareModels(s, known),
    scorecard: backtest(s, scorecardModels(s, model), { known, onModel }),
  };
}

/** The models of the scorecard: the automatic choice's candidates, and the model asked. */
function scorecardModels(s: CustomerSummary, model: RepeatModelId): RepeatModelId[] {
  const models = autoCandidates(s);
  return models.includes(model) ? models : [...models, model];
}
