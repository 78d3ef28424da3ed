import type { ModelAsked } from './modelChoice.ts';
import { holdoutSplitDay } from './summarize.ts';
import type { CustomerSummary, SummaryOptions, TimeUnit } from './summarize.ts';

/**
 * The summary options of the split the automatic model choice backtests on, for predictions made
 * from `s` (summarised in `o.unit` up to its calibration end): calibration up to `splitDay` (the
 * user's, else holdoutSplitDay(s)), holdout up to `s`'s calibration end. Null when `o.model` is
 * pinned (no backtest). A customer-summary dataset (orders per customer) has no history to split:
 * summarize then throws `summary.noHoldout` (the CLI asks only for transactions, the page catches it).
 */
export function choiceSplitOptions(
  s: Pick<CustomerSummary, 'splitDay' | 'dayZero' | 'calibrationEnd' | 'observationEnd'>,
  o: { model: ModelAsked; unit: TimeUnit },
  splitDay?: number | null,
): SummaryOptions | null {
  if (o.model !== 'auto') return null;
  return { unit: o.unit, calibrationEnd: splitDay ?? holdoutSplitDay(s), observationEnd: s.calibrationEnd };
}
