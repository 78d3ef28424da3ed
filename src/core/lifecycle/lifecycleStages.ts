import type { RfmTable } from '../rfm/computeRfm.ts';

/** The lifecycle stages, in order from the start of a relationship to its end. */
export const STAGE_IDS = ['new', 'active', 'cooling', 'at_risk', 'lapsed'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** How stages are decided. All thresholds are in days or in multiples of a customer's usual gap. */
export interface LifecycleOptions {
  /** New: the first purchase is at most this many days before the reference day. */
  newDays: number;
  /** gap: silence measured in multiples of the customer's own usual gap; window: in fixed days. */
  mode: 'gap' | 'window';
  /** gap mode: cooling after `cooling` × gap days without a purchase, at risk after `atRisk` ×, lapsed after `lapsed` ×. */
  cooling: number;
  atRisk: number;
  lapsed: number;
  /** gap mode: a usual gap shorter than this (days) counts as this, so a weekly buyer is not "cooling" after two weeks' holiday. */
  minGapDays: number;
  /** window mode: days without a purchase before cooling, at risk and lapsed. */
  coolingDays: number;
  atRiskDays: number;
  lapsedDays: number;
}

export const DEFAULT_LIFECYCLE: LifecycleOptions = {
  newDays: 90,
  mode: 'gap',
  cooling: 2,
  atRisk: 4,
  lapsed: 8,
  minGapDays: 14,
  coolingDays: 90,
  atRiskDays: 180,
  lapsedDays: 365,
};

/** Checks the thresholds; returns an error message or null. */
export function lifecycleError(o: LifecycleOptions): string | null {
  const positive = [
    'newDays',
    'cooling',
    'atRisk',
    'lapsed',
    'minGapDays',
    'coolingDays',
    'atRiskDays',
    'lapsedDays',
  ] as const;
  for (const k of positive) if (!(o[k] > 0)) return `${k} must be positive, got ${o[k]}`;
  if (!(o.cooling < o.atRisk && o.atRisk < o.lapsed)) return 'the gap multiples must grow: cooling < at risk < lapsed';
  if (!(o.coolingDays < o.atRiskDays && o.atRiskDays < o.lapsedDays)) {
    return 'the windows must grow: cooling < at risk < lapsed';
  }
  return null;
}

export interface LifecycleResult {
  /** Stage per RFM row (index into STAGE_IDS). */
  stage: Uint8Array;
  /** The usual gap used per customer (days): their mean gap between orders, or the population's. */
  gap: Float64Array;
  /** Days since the first purchase per customer. */
  age: Int32Array;
  /** The median of the customers' own gaps (days), used for those with one order; NaN when nobody ordered twice. */
  populationGap: number;
  /** Customers and revenue (currency) per stage, in STAGE_IDS order. */
  summary: { id: StageId; customers: number; revenue: number }[];
}

/** What lifecycleStages reads of an RFM table (a CLV summary gives the same columns). */
export type LifecycleInput = Pick<RfmTable, 'n' | 'referenceDay' | 'recency' | 'frequency' | 'monetary'>;

/**
 * Lifecycle stage of every customer of an RFM table, given each customer's first purchase day
 * (days since 1970-01-01, aligned with the table's rows). New when the first purchase is at most
 * newDays old; otherwise by the days since the last purchase (RFM recency): active, cooling, at
 * risk, lapsed, against multiples of the customer's usual gap ((last − first) / (orders − 1), at
 * least minGapDays; customers with one order use the median gap of the others), or against fixed
 * windows. Throws a RangeError on invalid thresholds.
 */
export function lifecycleStages(rfm: LifecycleInput, firstDay: Int32Array, o: LifecycleOptions): LifecycleResult {
  const err = lifecycleError(o);
  if (err) throw new RangeError(err);
  const n = rfm.n;
  const own = new Float64Array(n).fill(NaN);
  const gaps: number[] = [];
  const age = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const last = rfm.referenceDay - rfm.recency[k];
    age[k] = rfm.referenceDay - firstDay[k];
    if (rfm.frequency[k] >= 2) {
      own[k] = (last - firstDay[k]) / (rfm.frequency[k] - 1);
      gaps.push(own[k]);
    }
  }
  gaps.sort((a, b) => a - b);
  const m = gaps.length;
  const populationGap = m ? (m % 2 ? gaps[(m - 1) / 2] : (gaps[m / 2 - 1] + gaps[m / 2]) / 2) : NaN;
  const stage = new Uint8Array(n);
  const gap = new Float64Array(n);
  const summary = STAGE_IDS.map((id) => ({ id, customers: 0, revenue: 0 }));
  for (let k = 0; k < n; k++) {
    const g = Math.max(Number.isNaN(own[k]) ? populationGap : own[k], o.minGapDays);
    gap[k] = Number.isNaN(g) ? o.minGapDays : g;
    const silence = rfm.recency[k];
    let s: number;
    if (age[k] <= o.newDays) s = 0;
    else {
      const [c, a, l] =
        o.mode === 'gap'
          ? [o.cooling * gap[k], o.atRisk * gap[k], o.lapsed * gap[k]]
          : [o.coolingDays, o.atRiskDays, o.lapsedDays];
      s = silence <= c ? 1 : silence <= a ? 2 : silence <= l ? 3 : 4;
    }
    stage[k] = s;
    summary[s].customers++;
    summary[s].revenue += rfm.monetary[k];
  }
  return { stage, gap, age, populationGap, summary };
}
