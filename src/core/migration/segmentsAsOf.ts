import { tableAsOf } from '../asof/tableAsOf.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { computeRfm, rfmOnBasis } from '../rfm/computeRfm.ts';
import type { RfmTable } from '../rfm/computeRfm.ts';
import { conditionFacts } from '../segments/conditions.ts';
import { needsFacts, segmentCustomers } from '../segments/segmentCustomers.ts';
import type { SegmentOptions } from '../segments/segmentCustomers.ts';

/** The segments of every customer as of one day, indexed by the full table's customer dictionary. */
export interface SegmentSnapshot {
  /** The as-of day (days since 1970-01-01): transactions up to and including it; reference day + 1. */
  day: number;
  /** Segment ids of the scheme, in order. */
  ids: string[];
  /** Segment per customer (dictionary index), −1 for a customer without a purchase by then. */
  segmentOf: Int16Array;
  /** R + F + M scores (1–5 each, 3–15) per customer by then, 0 when absent: orders segments by value. */
  scoreSum: Uint8Array;
  /** Customers with a purchase by then. */
  customers: number;
}

/** The snapshot of an RFM table and its segment per row, spread onto the customer dictionary. */
export function snapshotOf(
  day: number,
  nCustomers: number,
  rfm: RfmTable,
  ids: string[],
  segment: ArrayLike<number>,
  scores: { r: ArrayLike<number>; f: ArrayLike<number>; m: ArrayLike<number> },
): SegmentSnapshot {
  const segmentOf = new Int16Array(nCustomers).fill(-1);
  const scoreSum = new Uint8Array(nCustomers);
  for (let k = 0; k < rfm.n; k++) {
    const c = rfm.customer[k];
    segmentOf[c] = segment[k];
    scoreSum[c] = scores.r[k] + scores.f[k] + scores.m[k];
  }
  return { day, ids, segmentOf, scoreSum, customers: rfm.n };
}

/** What monetary and M count over time: revenue (the default) or profit (a profit column needed). */
export type ValueBasis = 'revenue' | 'profit';

/**
 * Segments as of day D (days since 1970-01-01): only transactions dated on or before D count, the
 * reference day is D + 1, scores and segments are recomputed on that data alone (no look-ahead:
 * nothing after D can change the result). On `valueBasis` 'profit' monetary is each customer's
 * Σ profit by D and M is ranked on it, as on the Segments view (CoreError `rfm.noProfit` without a
 * profit column); a rule's "spend" condition still reads revenue, its "profit" condition profit.
 */
export function segmentsAsOf(
  t: TransactionTable,
  day: number,
  options: SegmentOptions,
  valueBasis: ValueBasis = 'revenue',
): SegmentSnapshot {
  const asOf = tableAsOf(t, day);
  const revenue = computeRfm(asOf, { referenceDay: day + 1 });
  const rfm = rfmOnBasis(revenue, valueBasis);
  // Rules on what customers bought read the same as-of transactions.
  const s = segmentCustomers(
    rfm,
    options,
    options.scheme === 'custom' && needsFacts(options) ? conditionFacts(asOf, revenue) : undefined,
  );
  return snapshotOf(day, t.customerIds.length, rfm, s.ids, s.segment, {
    r: s.scoring.r.scores,
    f: s.scoring.f.scores,
    m: s.scoring.m.scores,
  });
}
