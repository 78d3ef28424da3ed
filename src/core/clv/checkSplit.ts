import { CoreError } from '../notice/notice.ts';
import { formatDay } from '../values/civil.ts';
import { MIN_SPLIT_SHARE } from './summarize.ts';
import type { CustomerSummary } from './summarize.ts';

/** Longest holdout of the model checks, as a multiple of the calibration period. */
export const MAX_HOLDOUT_RATIO = 10;

/**
 * Refuses a model-check split that leaves less than MIN_SPLIT_SHARE (5 %) of the rows in the
 * calibration period or in the holdout: the fit or the holdout comparison would rest on a handful
 * of purchases, and a holdout of thousands of years (a placeholder date such as 9999-12-31) makes
 * the predictions overflow. The CoreError `clv.checksSplit` names both sides (days, rows, years) and
 * the default split of these data (`suggest`, the median row day when the middle is lopsided).
 * A holdout more than MAX_HOLDOUT_RATIO times as long as the calibration period is refused too
 * (`clv.checksHoldout`).
 */
export function checkSplit(s: CustomerSummary): void {
  const rows = s.calibrationRows + s.holdoutRows;
  if (!(s.holdoutLength > 0) || !rows) return;
  const least = Math.ceil(MIN_SPLIT_SHARE * rows);
  const years = (days: number) => Math.round((days / 365.25) * 10) / 10;
  const calibrationDays = s.calibrationEnd - s.dayZero + 1;
  const holdoutDays = s.observationEnd - s.calibrationEnd;
  if (s.calibrationRows >= least && s.holdoutRows >= least) {
    if (holdoutDays <= MAX_HOLDOUT_RATIO * calibrationDays) return;
    const p = {
      end: formatDay(s.calibrationEnd),
      last: formatDay(s.observationEnd),
      calibrationYears: years(calibrationDays),
      holdoutYears: years(holdoutDays),
      ratio: MAX_HOLDOUT_RATIO,
    };
    throw new CoreError(
      'clv.checksHoldout',
      p,
      `the holdout (${p.end} to ${p.last}, ${p.holdoutYears} years) is more than ${p.ratio} times as long as the ` +
        `calibration period (${p.calibrationYears} years): predictions that far ahead cannot be checked. Check the ` +
        `file for placeholder dates such as 9999-12-31, or choose a later end of calibration`,
    );
  }
  const params = {
    first: formatDay(s.dayZero),
    end: formatDay(s.calibrationEnd),
    last: formatDay(s.observationEnd),
    calibrationRows: s.calibrationRows,
    holdoutRows: s.holdoutRows,
    rows,
    calibrationYears: years(s.calibrationEnd - s.dayZero + 1),
    holdoutYears: years(s.observationEnd - s.calibrationEnd),
    percent: MIN_SPLIT_SHARE * 100,
    suggest: formatDay(s.splitDay),
  };
  throw new CoreError(
    'clv.checksSplit',
    params,
    `the model checks need at least ${params.percent} % of the rows on each side of the split: the calibration ` +
      `(${params.first} to ${params.end}, ${params.calibrationYears} years) holds ${s.calibrationRows} of ${rows} ` +
      `rows and the holdout (to ${params.last}, ${params.holdoutYears} years) ${s.holdoutRows}. Choose another end ` +
      `of calibration, e.g. ${params.suggest}, and check the file for placeholder dates such as 9999-12-31 or 1900-01-01`,
  );
}
