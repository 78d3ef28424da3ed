import { clampRevenue } from '../concentration/rankByRevenue.ts';
import type { RfmValues } from '../rfm/scoreRfm.ts';

/** One segment's size, revenue and average customer. */
export interface SegmentRow {
  /** Segment index (the value in the per-customer segment array). */
  index: number;
  id: string;
  customers: number;
  /** Revenue in currency: the customers' monetary, each clamped at 0 as in the ABC analysis. */
  revenue: number;
  /** Shares 0..1 of all customers and of all revenue (0 when there is none). */
  customerShare: number;
  revenueShare: number;
  /**
   * Σ monetary of the segment's customers, net (losses or net returns included, not clamped):
   * customers × avgMonetary. On the profit basis this is the segment's profit.
   */
  net: number;
  /** net over the net total of all customers; NaN when that total is not above 0 (no share to take). */
  netShare: number;
  /** Means over the segment's customers (NaN when empty): days, orders, currency. */
  avgRecency: number;
  avgFrequency: number;
  avgMonetary: number;
}

/**
 * Sums customers and revenue per segment (each customer's monetary clamped at 0, as ABC does, and
 * net) and averages recency (days), frequency (orders) and monetary (currency, net, not clamped). `segment[i]` indexes `ids`; every id gets a row, in order.
 */
export function summarizeSegments(v: RfmValues, segment: ArrayLike<number>, ids: readonly string[]): SegmentRow[] {
  const k = ids.length;
  const count = new Float64Array(k);
  const revenue = new Float64Array(k);
  const sr = new Float64Array(k);
  const sf = new Float64Array(k);
  const sm = new Float64Array(k);
  const net = new Float64Array(k);
  let total = 0;
  let netTotal = 0;
  const n = segment.length;
  for (let i = 0; i < n; i++) {
    const s = segment[i];
    const rev = clampRevenue(v.monetary[i]);
    count[s]++;
    revenue[s] += rev;
    total += rev;
    sr[s] += v.recency[i];
    sf[s] += v.frequency[i];
    sm[s] += v.monetary[i];
    net[s] += v.monetary[i];
    netTotal += v.monetary[i];
  }
  return ids.map((id, s) => ({
    index: s,
    id,
    customers: count[s],
    revenue: revenue[s],
    customerShare: n ? count[s] / n : 0,
    revenueShare: total > 0 ? revenue[s] / total : 0,
    net: net[s],
    netShare: netTotal > 0 ? net[s] / netTotal : NaN,
    avgRecency: count[s] ? sr[s] / count[s] : NaN,
    avgFrequency: count[s] ? sf[s] / count[s] : NaN,
    avgMonetary: count[s] ? sm[s] / count[s] : NaN,
  }));
}
