import { CoreError } from '../notice/notice.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { MS_PER_DAY } from '../values/civil.ts';

export const TIME_UNITS = ['day', 'week', 'month', 'year'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
/** Days per time unit (a month is 365.25 / 12 days, a year 365.25). */
export const UNIT_DAYS: Record<TimeUnit, number> = { day: 1, week: 7, month: 365.25 / 12, year: 365.25 };

export interface SummaryOptions {
  unit: TimeUnit;
  /** Last day of calibration (days since 1970-01-01, inclusive); default: the last transaction day. */
  calibrationEnd?: number;
  /** Last day of the holdout (inclusive); default: the last transaction day. */
  observationEnd?: number;
}

/**
 * One row per customer whose first purchase is on or before the calibration end, in columns.
 * A purchase is a day with at least one non-negative row (same-day rows merged, returns netted in).
 */
export interface CustomerSummary {
  n: number;
  /** Index into the transaction table's customer ids, and the ids. */
  customer: Int32Array;
  ids: string[];
  unit: TimeUnit;
  unitDays: number;
  calibrationEnd: number;
  observationEnd: number;
  /** Holdout length in time units (0 when calibration runs to the end of the data). */
  holdoutLength: number;
  /** Repeat purchases in calibration (purchase days after the first). */
  x: Float64Array;
  /** Model recency: time units from the first purchase to the last calibration purchase (0 when x = 0). */
  tx: Float64Array;
  /** Age: time units from the first purchase to the calibration end. */
  T: Float64Array;
  /** RFM recency: whole days from the last calibration purchase to the day after the calibration end. */
  recencyDays: Int32Array;
  /** First purchase day (days since 1970-01-01). */
  firstDay: Int32Array;
  /** Mean value of the repeat purchase days in calibration (currency); NaN when x = 0. */
  spend: Float64Array;
  /** Net amount of all calibration rows (currency). */
  revenue: Float64Array;
  /** Σ profit of the calibration rows (currency; blank lines left out), when the table has a profit column. */
  profit?: Float64Array;
  /** Repeat purchase days in the holdout (after the calibration end, up to the observation end). */
  holdoutX: Float64Array;
  /**
   * Discrete time (BG/BB): one opportunity per whole time unit after the first purchase. n whole
   * periods to the calibration end, x periods 1..n with a purchase, t_x the last of them (0: none).
   */
  periods: { x: Float64Array; tx: Float64Array; n: Float64Array };
  /** Customers with repeat purchases whose mean repeat value is ≤ 0: left out of the spend model. */
  zeroValueRepeat: number;
  /** First day of the data (days since 1970-01-01): t = 0 of the tracking plot. */
  dayZero: number;
  /**
   * Repeat purchase days of the calibration customers (calibration and holdout) for the tracking
   * plot, sparse: the distinct day offsets from `dayZero`, ascending, and the repeat purchases on each.
   */
  repeatDays: Int32Array;
  repeatCounts: Float64Array;
  /** Net value of the holdout rows (currency): what the customer spent after the calibration end. */
  holdoutValue: Float64Array;
  /**
   * The "same as last period" baseline of the backtest: purchase days (first purchase included) and
   * their net value in the last holdout-length window of calibration, (calibrationEnd − holdout days,
   * calibrationEnd]. Zero when there is no holdout.
   */
  recentX: Float64Array;
  recentValue: Float64Array;
  /** Standard deviation of the customer's gaps between calibration purchase days (days); NaN when x < 2. */
  gapSdDays: Float64Array;
  /**
   * Wheat and Morrison's M = g₁ / (g₁ + g₂) of the last two gaps between calibration purchase days
   * (days); NaN when x < 2. Its variance across customers gives the Erlang order of purchase timing.
   */
  wmRatio: Float64Array;
  /** Rows dated up to the calibration end, and after it up to the observation end. */
  calibrationRows: number;
  holdoutRows: number;
  /**
   * The default calibration end of the backtest and the model checks (a day): all but the last
   * quarter of the data's span (HOLDOUT_SHARE), or, when that leaves less than MIN_SPLIT_SHARE of
   * the rows on one side (a placeholder date far from the rest, e.g. 9999-12-31), the median row day.
   */
  splitDay: number;
}

/** Least share of the rows each side of a model-check split must hold (see checkSplit). */
export const MIN_SPLIT_SHARE = 0.05;

/** Summarises transactions per customer for the CLV models (times in `unit`, money in currency). */
export function summarize(t: TransactionTable, o: SummaryOptions): CustomerSummary {
  const unitDays = UNIT_DAYS[o.unit];
  let minDay = Infinity;
  let maxDay = -Infinity;
  const day = new Int32Array(t.rows);
  for (let i = 0; i < t.rows; i++) {
    day[i] = Math.floor(t.time[i] / MS_PER_DAY);
    if (day[i] < minDay) minDay = day[i];
    if (day[i] > maxDay) maxDay = day[i];
  }
  const obsEnd = o.observationEnd ?? maxDay;
  const calEnd = Math.min(o.calibrationEnd ?? obsEnd, obsEnd);
  if (t.rows === 0) throw new RangeError('no transactions to summarise');
  if (t.orders && calEnd < obsEnd) {
    throw new CoreError(
      'summary.noHoldout',
      {},
      'a customer summary has no purchase history between the first and the last purchase, so it cannot be split into calibration and holdout: use transactions for that',
    );
  }

  // Distinct (customer, day) keys, sorted: customer-major, then day.
  const span = maxDay - minDay + 1;
  const keys = new Float64Array(t.rows);
  for (let i = 0; i < t.rows; i++) keys[i] = t.customer[i] * span + (day[i] - minDay);
  const sorted = Float64Array.from(keys).sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[k++] = sorted[i];
  const uniq = sorted.subarray(0, k);
  const value = new Float64Array(k);
  const buys = new Uint8Array(k);
  for (let i = 0; i < t.rows; i++) {
    const j = lowerBound(uniq, keys[i]);
    value[j] += t.amount[i];
    if (t.amount[i] >= 0) buys[j] = 1;
  }

  const rows: number[] = [];
  const out = {
    x: [] as number[],
    tx: [] as number[],
    T: [] as number[],
    rec: [] as number[],
    first: [] as number[],
    spend: [] as number[],
    revenue: [] as number[],
    hold: [] as number[],
    px: [] as number[],
    ptx: [] as number[],
    pn: [] as number[],
    holdValue: [] as number[],
    recentX: [] as number[],
    recentValue: [] as number[],
    gapSd: [] as number[],
    wm: [] as number[],
  };
  const recentFrom = calEnd - (obsEnd - calEnd);
  // Sparse: a placeholder date such as 9999-12-31 must not make one entry per day for millennia.
  const repeatsByDay = new Map<number, number>();
  let zeroValueRepeat = 0;
  for (let a = 0; a < k;) {
    const c = Math.floor(uniq[a] / span);
    let b = a;
    while (b < k && Math.floor(uniq[b] / span) === c) b++;
    let first = -1;
    let last = -1;
    let x = 0;
    let repeatValue = 0;
    let revenue = 0;
    let hold = 0;
    let px = 0;
    let ptx = 0;
    let lastPeriod = 0;
    let holdValue = 0;
    let recentX = 0;
    let recentValue = 0;
    let gapSum = 0;
    let gapSq = 0;
    let g1 = NaN;
    let g2 = NaN;
    for (let j = a; j < b; j++) {
      const d = minDay + (uniq[j] - c * span);
      if (d <= calEnd) revenue += value[j];
      else if (d <= obsEnd) holdValue += value[j];
      if (d > recentFrom && d <= calEnd && obsEnd > calEnd) {
        recentValue += value[j];
        if (buys[j]) recentX++;
      }
      if (!buys[j] || d > obsEnd) continue;
      if (first < 0) {
        first = d;
        if (d <= calEnd) last = d;
        continue;
      }
      if (d <= calEnd) {
        const gap = d - last;
        gapSum += gap;
        gapSq += gap * gap;
        g1 = g2;
        g2 = gap;
      }
      if (first <= calEnd) repeatsByDay.set(d - minDay, (repeatsByDay.get(d - minDay) ?? 0) + 1);
      if (d <= calEnd) {
        x++;
        last = d;
        repeatValue += value[j];
        const period = Math.floor((d - first) / unitDays);
        if (period >= 1 && period <= Math.floor((calEnd - first) / unitDays) && period !== lastPeriod) {
          px++;
          ptx = lastPeriod = period;
        }
      } else hold++;
    }
    a = b;
    if (first < 0 || first > calEnd) continue;
    // A customer summary: the rows are the first and last purchase; the orders say how many.
    if (t.orders && t.orders[c] >= 2) {
      x = t.orders[c] - 1;
      repeatValue = revenue * (1 - 1 / t.orders[c]);
    }
    rows.push(c);
    out.x.push(x);
    out.tx.push((last - first) / unitDays);
    out.T.push((calEnd - first) / unitDays);
    out.rec.push(calEnd + 1 - last);
    out.first.push(first);
    const spend = x > 0 ? repeatValue / x : NaN;
    if (x > 0 && !(spend > 0)) zeroValueRepeat++;
    out.spend.push(spend);
    out.revenue.push(revenue);
    out.hold.push(hold);
    out.px.push(px);
    out.ptx.push(ptx);
    out.pn.push(Math.floor((calEnd - first) / unitDays));
    out.holdValue.push(holdValue);
    out.recentX.push(recentX);
    out.recentValue.push(recentValue);
    const gaps = t.orders ? 0 : x;
    out.gapSd.push(gaps >= 2 ? Math.sqrt(Math.max(0, (gapSq - (gapSum * gapSum) / gaps) / (gaps - 1))) : NaN);
    out.wm.push(gaps >= 2 && g1 + g2 > 0 ? g1 / (g1 + g2) : NaN);
  }
  const repeatDays = Int32Array.from(repeatsByDay.keys()).sort();
  let calibrationRows = 0;
  let holdoutRows = 0;
  const profitOf = t.profit ? new Float64Array(t.customerIds.length) : null;
  for (let i = 0; i < t.rows; i++) {
    if (day[i] <= calEnd) {
      calibrationRows++;
      if (profitOf && !Number.isNaN(t.profit![i])) profitOf[t.customer[i]] += t.profit![i];
    } else if (day[i] <= obsEnd) holdoutRows++;
  }
  return {
    n: rows.length,
    customer: Int32Array.from(rows),
    ids: rows.map((c) => t.customerIds[c]),
    unit: o.unit,
    unitDays,
    calibrationEnd: calEnd,
    observationEnd: obsEnd,
    holdoutLength: (obsEnd - calEnd) / unitDays,
    x: Float64Array.from(out.x),
    tx: Float64Array.from(out.tx),
    T: Float64Array.from(out.T),
    recencyDays: Int32Array.from(out.rec),
    firstDay: Int32Array.from(out.first),
    spend: Float64Array.from(out.spend),
    revenue: Float64Array.from(out.revenue),
    holdoutX: Float64Array.from(out.hold),
    holdoutValue: Float64Array.from(out.holdValue),
    recentX: Float64Array.from(out.recentX),
    recentValue: Float64Array.from(out.recentValue),
    gapSdDays: Float64Array.from(out.gapSd),
    wmRatio: Float64Array.from(out.wm),
    periods: { x: Float64Array.from(out.px), tx: Float64Array.from(out.ptx), n: Float64Array.from(out.pn) },
    zeroValueRepeat,
    dayZero: minDay,
    repeatDays,
    repeatCounts: Float64Array.from(repeatDays, (d) => repeatsByDay.get(d)!),
    calibrationRows,
    holdoutRows,
    splitDay: defaultSplitDay(day, minDay, obsEnd),
    ...(profitOf ? { profit: Float64Array.from(rows, (c) => profitOf[c]) } : {}),
  };
}

/** Share of the span the default split leaves to the holdout: the last quarter. */
export const HOLDOUT_SHARE = 0.25;

/**
 * The last calibration day of the backtest that checks predictions made from `s`: its splitDay
 * when it learns from all the data, else all but the last quarter of its own calibration period.
 */
export function holdoutSplitDay(
  s: Pick<CustomerSummary, 'splitDay' | 'dayZero' | 'calibrationEnd' | 'observationEnd'>,
): number {
  if (s.calibrationEnd >= s.observationEnd || s.splitDay < s.calibrationEnd) return s.splitDay;
  return s.dayZero + Math.floor((1 - HOLDOUT_SHARE) * (s.calibrationEnd - s.dayZero));
}

/** All but the last quarter of minDay..maxDay, or the median of `day` when that is lopsided (see splitDay). */
export function defaultSplitDay(day: Int32Array, minDay: number, maxDay: number): number {
  const middle = minDay + Math.floor((1 - HOLDOUT_SHARE) * (maxDay - minDay));
  let before = 0;
  for (let i = 0; i < day.length; i++) if (day[i] <= middle) before++;
  const least = Math.ceil(MIN_SPLIT_SHARE * day.length);
  if (before >= least && day.length - before >= least) return middle;
  const sorted = Int32Array.from(day).sort();
  // The last day of the lower half, but never the last day of the data (no holdout).
  return Math.min(sorted[Math.floor((sorted.length - 1) / 2)], maxDay - 1);
}

function lowerBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
