import { rangeError } from '../notice/notice.ts';
import { rankByRevenue, revenueInOrder } from './rankByRevenue.ts';
import { shareRows } from './shareRows.ts';
import type { ShareRow } from './shareRows.ts';

/** Class ids; `AbcResult.cls` holds their index (0 = A, 1 = B, 2 = C). */
export const CLASS_IDS = ['A', 'B', 'C'] as const;

/** One ABC class: its customers and revenue (currency) and their shares (0..1). */
export type ClassRow = ShareRow<(typeof CLASS_IDS)[number]>;

/** Default cuts: A = the first 80 % of revenue, B = the next 15 %, C = the rest. */
export const ABC_DEFAULT: readonly [number, number] = [0.8, 0.95];

/** Shares within this of a cut count as reaching it, so float noise in sums of cents cannot move a customer. */
export const SHARE_TOLERANCE = 1e-9;

export interface AbcResult {
  /** Class per customer (index into CLASS_IDS: 0 = A, 1 = B, 2 = C). */
  cls: Uint8Array;
  /** Customer indices by revenue descending (see rankByRevenue). */
  order: Uint32Array;
  /** Per rank position p: share (0..1) of all revenue from the customers at positions 0..p. */
  cumulativeShare: Float64Array;
  /** Rows for A, B and C, in that order, empty classes included. */
  table: ClassRow[];
}

/**
 * ABC (Pareto) classes by revenue. Revenue is monetary (currency) clamped at 0 (see clampRevenue).
 * With cuts [a, b] (shares of revenue) and customers ranked by revenue descending, a customer is
 * A while the cumulative share of the customers *before* them is < a, B while it is < b, else C:
 * the customer who crosses a cut belongs to the class below the cut (A for a), and a customer
 * starting exactly at the cut belongs to the next class. A share within SHARE_TOLERANCE below a cut
 * counts as reaching it. Zero-revenue customers come last, after the whole revenue, so they are
 * always C (even with b = 1). When the total revenue is 0 every customer is C.
 * Throws a RangeError unless 0 < a < b ≤ 1.
 */
export function abcClasses(monetary: Float64Array, cuts: readonly [number, number] = ABC_DEFAULT): AbcResult {
  const [a, b] = cuts;
  if (!(a > 0 && a < b && b <= 1)) {
    throw rangeError(
      'value.abcCuts',
      { a, b },
      `ABC cuts must satisfy 0 < A < B ≤ 1 (shares of revenue), got [${a}, ${b}]`,
    );
  }
  const n = monetary.length;
  const order = rankByRevenue(monetary);
  const { revenue, total } = revenueInOrder(monetary, order);
  const cumulativeShare = new Float64Array(n);
  const group = new Uint8Array(n);
  const cls = new Uint8Array(n);
  let before = 0;
  for (let p = 0; p < n; p++) {
    const shareBefore = total > 0 ? before / total : 1;
    group[p] = shareBefore < a - SHARE_TOLERANCE ? 0 : shareBefore < b - SHARE_TOLERANCE ? 1 : 2;
    cls[order[p]] = group[p];
    before += revenue[p];
    cumulativeShare[p] = total > 0 ? before / total : 0;
  }
  return { cls, order, cumulativeShare, table: shareRows(CLASS_IDS, group, revenue, total) };
}
