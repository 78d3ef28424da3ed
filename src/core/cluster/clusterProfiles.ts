import { clampRevenue } from '../concentration/rankByRevenue.ts';

/** One cluster in original units: recency in days, frequency in orders, monetary in currency. */
export interface ClusterProfile {
  index: number;
  size: number;
  /** Shares 0..1 of all customers and of all revenue (monetary clamped at 0). */
  share: number;
  revenueShare: number;
  meanR: number;
  meanF: number;
  meanM: number;
  medianR: number;
  medianF: number;
  medianM: number;
  /** Descriptive words: recent / lapsed, frequent / infrequent / one-time, high spend / low spend. */
  traits: ('recent' | 'lapsed' | 'frequent' | 'infrequent' | 'oneTime' | 'highSpend' | 'lowSpend')[];
}

const median = (v: ArrayLike<number>) => {
  if (!v.length) return NaN;
  const s = Float64Array.from(v).sort(); // numeric order without a comparator call per pair
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};

/**
 * The share of a cluster's members a trait must hold for: a name must not contradict its members
 * (a "lapsed" cluster of which some bought 20 days ago).
 */
export const TRAIT_SHARE = 0.9;

/**
 * Profiles each cluster from the customers' recency (days), frequency (orders) and monetary
 * (currency). A trait is what the members share: the cluster's median is at most 2/3 of everyone's
 * ("recent", "infrequent", "low spend") or at least 3/2 of it ("lapsed", "frequent", "high spend"),
 * and at least TRAIT_SHARE of the members are on that side of everyone's median (ties count);
 * "one-time" when at least TRAIT_SHARE of the members bought once.
 */
export function clusterProfiles(
  labels: ArrayLike<number>,
  k: number,
  v: { recency: ArrayLike<number>; frequency: ArrayLike<number>; monetary: ArrayLike<number> },
): ClusterProfile[] {
  const n = labels.length;
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) members[labels[i]].push(i);
  let revenue = 0;
  for (let i = 0; i < n; i++) revenue += clampRevenue(v.monetary[i]);
  const all = (col: ArrayLike<number>) => median(col);
  const overall = { r: all(v.recency), f: all(v.frequency), m: all(v.monetary) };
  return members.map((idx, index) => {
    const col = (c: ArrayLike<number>) => idx.map((i) => c[i]);
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
    const r = col(v.recency);
    const f = col(v.frequency);
    const m = col(v.monetary);
    const p = { r: median(r), f: median(f), m: median(m) };
    const traits: ClusterProfile['traits'] = [];
    const ratio = (a: number, b: number) => (b > 0 ? a / b : a > 0 ? Infinity : 1);
    const shared = (xs: number[], on: (x: number) => boolean) =>
      xs.reduce((s, x) => s + +on(x), 0) >= TRAIT_SHARE * xs.length;
    const low = (xs: number[], mid: number) => shared(xs, (x) => x <= mid);
    const high = (xs: number[], mid: number) => shared(xs, (x) => x >= mid);
    if (ratio(p.r, overall.r) <= 2 / 3 && low(r, overall.r)) traits.push('recent');
    else if (ratio(p.r, overall.r) >= 3 / 2 && high(r, overall.r)) traits.push('lapsed');
    if (ratio(p.f, overall.f) >= 3 / 2 && high(f, overall.f)) traits.push('frequent');
    else if (shared(f, (x) => x <= 1)) traits.push('oneTime');
    else if (ratio(p.f, overall.f) <= 2 / 3 && low(f, overall.f)) traits.push('infrequent');
    if (ratio(p.m, overall.m) >= 3 / 2 && high(m, overall.m)) traits.push('highSpend');
    else if (ratio(p.m, overall.m) <= 2 / 3 && low(m, overall.m)) traits.push('lowSpend');
    return {
      index,
      size: idx.length,
      share: n ? idx.length / n : 0,
      revenueShare: revenue > 0 ? m.reduce((a, b) => a + clampRevenue(b), 0) / revenue : 0,
      meanR: mean(r),
      meanF: mean(f),
      meanM: mean(m),
      medianR: p.r,
      medianF: p.f,
      medianM: p.m,
      traits,
    };
  });
}

/** Counts per (cluster, segment): row c, column s at c × segments + s. */
export function crossTab(
  clusters: ArrayLike<number>,
  k: number,
  segments: ArrayLike<number>,
  nSegments: number,
): Int32Array {
  const out = new Int32Array(k * nSegments);
  for (let i = 0; i < clusters.length; i++) out[clusters[i] * nSegments + segments[i]]++;
  return out;
}

/** The segment most of a cluster's customers are in, with its share of the cluster. */
export function dominantSegment(
  table: Int32Array,
  k: number,
  nSegments: number,
  cluster: number,
): { segment: number; share: number } {
  let best = 0;
  let total = 0;
  for (let s = 0; s < nSegments; s++) {
    const v = table[cluster * nSegments + s];
    total += v;
    if (v > table[cluster * nSegments + best]) best = s;
  }
  return { segment: best, share: total ? table[cluster * nSegments + best] / total : 0 };
}
