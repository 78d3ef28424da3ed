import { MS_PER_DAY, daysFromCivil } from '../values/civil.ts';

/**
 * Days that ERP and spreadsheet exports write for "no date": 0001-01-01, 1753-01-01 (SQL Server's
 * smallest datetime), 1899-12-30 and 1899-12-31 (Excel's and OLE's day zero), 1900-01-01,
 * 1970-01-01 (the Unix epoch) and 9999-12-31.
 */
export const SENTINEL_DAYS: readonly number[] = [
  [1, 1, 1],
  [1753, 1, 1],
  [1899, 12, 30],
  [1899, 12, 31],
  [1900, 1, 1],
  [1970, 1, 1],
  [9999, 12, 31],
].map(([y, m, d]) => daysFromCivil(y, m, d));

/** Default of the cleaning rule's parameter: years without any date that cut a date off the bulk. */
export const DEFAULT_OUTLIER_YEARS = 5;
/** Share of the rows (without sentinel days) whose range is the bulk the rule starts from. */
const BULK_SHARE = 0.99;
/** Width in days of the histogram steps the gaps are measured in. */
const STEP = 64;

/**
 * Whether dates spanning `first`..`last` (days) may hold an outlier at all. When neither end is a
 * sentinel day and the span is within the gap (less one step), the non-sentinel days make one
 * connected range covering the whole span, sentinel days in it included, so the pass is skipped.
 */
export function mayHoldOutliers(first: number, last: number, years: number): boolean {
  if (SENTINEL_DAYS.includes(first) || SENTINEL_DAYS.includes(last)) return true;
  return last - first > years * 365.25 - STEP;
}

/** The kept day range [lo, hi] (days since 1970-01-01); days outside are outliers. */
export interface DayRange {
  lo: number;
  hi: number;
}

/**
 * The range of days a file's dates really cover, for the `outlierDate` cleaning rule:
 *
 * 1. the bulk: the days of the central 99 % of the rows, sentinel days (SENTINEL_DAYS) left out;
 * 2. extended outward over every date that is at most `years` years (× 365.25 days, measured in
 *    64-day steps) from the dates already in the range, sentinel days never bridging a gap.
 *
 * A date outside the range is more than `years` years away from the rest of the data (a
 * 9999-12-31 or 1900-01-01 among 2010-2011 sales); a sentinel day inside it (a real
 * 1970-01-01 in a history running through 1970) is kept. A history without such a gap (four years,
 * or thirty with a thin start) is not touched. Null when every row is on a sentinel day (nothing
 * to compare with) or there are no rows. `time` holds milliseconds since 1970-01-01 (one per row).
 * Memory: one Int32Array of at most (last − first day) / 64 + 1 counts.
 */
export function keptDayRange(time: Float64Array, rows: number, years: number): DayRange | null {
  const set = new Set(SENTINEL_DAYS);
  // Every sentinel is on or before 1970-01-01 or is 9999-12-31: other days skip the set.
  const last = Math.max(...SENTINEL_DAYS);
  const sentinel = { has: (day: number) => (day <= 0 || day >= last) && set.has(day) };
  let min = Infinity;
  let max = -Infinity;
  let m = 0;
  for (let i = 0; i < rows; i++) {
    const day = Math.floor(time[i] / MS_PER_DAY);
    if (sentinel.has(day)) continue;
    m++;
    if (day < min) min = day;
    if (day > max) max = day;
  }
  if (m === 0) return null;
  const counts = new Int32Array(Math.floor((max - min) / STEP) + 1);
  for (let i = 0; i < rows; i++) {
    const day = Math.floor(time[i] / MS_PER_DAY);
    if (!sentinel.has(day)) counts[Math.floor((day - min) / STEP)]++;
  }
  // Buckets holding the k-th smallest and the k-th largest row (k = 0.5 % of the rows).
  const k = Math.floor(((1 - BULK_SHARE) / 2) * m);
  let lo = 0;
  for (let seen = counts[0]; seen <= k;) seen += counts[++lo];
  let hi = counts.length - 1;
  for (let seen = counts[hi]; seen <= k;) seen += counts[--hi];
  // Extend over buckets closer than the gap (empty steps × 64 days ≤ years × 365.25 days).
  const maxEmpty = Math.floor((years * 365.25) / STEP);
  for (let b = lo - 1, empty = 0; b >= 0 && empty <= maxEmpty; b--) {
    if (counts[b] > 0) [lo, empty] = [b, 0];
    else empty++;
  }
  for (let b = hi + 1, empty = 0; b < counts.length && empty <= maxEmpty; b++) {
    if (counts[b] > 0) [hi, empty] = [b, 0];
    else empty++;
  }
  return { lo: min + lo * STEP, hi: Math.min(max, min + hi * STEP + STEP - 1) };
}
