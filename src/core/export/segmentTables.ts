/**
 * The rows of the segment exports (members and summary), shared by the app's CSV downloads and the
 * CLI. Values are written as they are shown: scores on the scale in use (R reversed for the
 * textbook variant), monetary in currency rounded to 6 decimals, shares as fractions 0..1.
 */
import type { SegmentRow } from '../segments/summarizeSegments.ts';

/** The columns of `segmap rfm` (a contract other tools read). */
export const RFM_COLUMNS = [
  'customer_id',
  'recency_days',
  'frequency',
  'monetary',
  'r_score',
  'f_score',
  'm_score',
  'rfm_code',
];

/** Per-customer columns for the member rows: days, orders, currency, and displayed scores. */
export interface MemberColumns {
  ids: readonly string[];
  recency: ArrayLike<number>;
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
  r: ArrayLike<number>;
  f: ArrayLike<number>;
  m: ArrayLike<number>;
}

/** The RFM code of three scores: "545"; joined with "-" when a scale has 10 grades ("10-5-4"). */
export function scoreCode(r: number, f: number, m: number): string {
  return r > 9 || f > 9 || m > 9 ? `${r}-${f}-${m}` : `${r}${f}${m}`;
}

/** The RFM columns of customer k, in RFM_COLUMNS order. */
export function rfmRow(t: MemberColumns, k: number): (string | number)[] {
  return [
    t.ids[k],
    t.recency[k],
    t.frequency[k],
    +t.monetary[k].toFixed(6),
    t.r[k],
    t.f[k],
    t.m[k],
    scoreCode(t.r[k], t.f[k], t.m[k]),
  ];
}

/**
 * Member rows: the RFM columns then `extra(segmentIndex)` (e.g. segment name and action) for the
 * customers in `rows` (indices; default all, in table order).
 */
export function* memberRows(
  t: MemberColumns,
  segment: ArrayLike<number>,
  extra: (segmentIndex: number) => (string | number)[],
  rows?: ArrayLike<number>,
): Generator<(string | number)[]> {
  const n = rows ? rows.length : t.ids.length;
  for (let i = 0; i < n; i++) {
    const k = rows ? rows[i] : i;
    yield [...rfmRow(t, k), ...extra(segment[k])];
  }
}

export const SUMMARY_COLUMNS = [
  'segment',
  'customers',
  'customer_share',
  'revenue',
  'revenue_share',
  'avg_recency_days',
  'avg_frequency',
  'avg_monetary',
  'action',
];

const round = (x: number, digits: number) => (Number.isFinite(x) ? +x.toFixed(digits) : '');

/** Summary rows in SUMMARY_COLUMNS order; `name` and `action` give the texts of segment index i. */
export function* summaryRows(
  summary: readonly SegmentRow[],
  name: (i: number) => string,
  action: (i: number) => string,
): Generator<(string | number)[]> {
  for (const s of summary) {
    yield [
      name(s.index),
      s.customers,
      round(s.customerShare, 6),
      round(s.revenue, 2),
      round(s.revenueShare, 6),
      round(s.avgRecency, 2),
      round(s.avgFrequency, 2),
      round(s.avgMonetary, 2),
      action(s.index),
    ];
  }
}
