import type { SegmentSnapshot } from './segmentsAsOf.ts';

/** The from-row of customers without a purchase as of the first date. */
export const NEW_ROW = '(new)';

/** Customers moving between the segments of two snapshots. */
export interface MigrationMatrix {
  /** The two as-of days (days since 1970-01-01). */
  days: [number, number];
  /** Row labels: the first snapshot's segment ids, then NEW_ROW. */
  from: string[];
  /** Column labels: the second snapshot's segment ids. */
  to: string[];
  /** counts[i][j]: customers in from[i] at the first date and in to[j] at the second. */
  counts: number[][];
}

/**
 * The migration matrix between two snapshots of the same table (the second not earlier): a
 * customer present at both dates counts in (their first segment, their second), a customer whose
 * first purchase falls between the dates in (NEW_ROW, second segment).
 */
export function migrationMatrix(a: SegmentSnapshot, b: SegmentSnapshot): MigrationMatrix {
  const rows = a.ids.length + 1;
  const counts = Array.from({ length: rows }, () => new Array<number>(b.ids.length).fill(0));
  for (let c = 0; c < b.segmentOf.length; c++) {
    const to = b.segmentOf[c];
    if (to < 0) continue;
    const from = a.segmentOf[c];
    counts[from < 0 ? rows - 1 : from][to]++;
  }
  return { days: [a.day, b.day], from: [...a.ids, NEW_ROW], to: [...b.ids], counts };
}

/** The customers (dictionary indices) of one flow: in segment `from` (−1 = new) at a, in `to` at b. */
export function flowCustomers(a: SegmentSnapshot, b: SegmentSnapshot, from: number, to: number): Int32Array {
  const out: number[] = [];
  for (let c = 0; c < b.segmentOf.length; c++) {
    if (b.segmentOf[c] !== to) continue;
    const f = a.segmentOf[c];
    if ((from < 0 && f < 0) || (from >= 0 && f === from)) out.push(c);
  }
  return Int32Array.from(out);
}
