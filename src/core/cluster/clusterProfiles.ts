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
  /** Descriptive words: recent / lapsed, frequent / infrequent, high spend / low spend. */
  traits: ('recent' | 'lapsed' | 'frequent' | 'infrequent' | 'highSpend' | 'lowSpend')[];
}

const median = (v: ArrayLike<number>) => {
  if (!v.length) return NaN;
  const s = Float64Array.from(v).sort(); // numeric order without a comparator call per pair
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};

/**
 * Profiles each cluster from the customers' recency (days), frequency (orders) and monetary
 * (currency). Traits compare the cluster's median with everyone's: at most 2/3 of it is "recent",
 * "infrequent" or "low spend", at least 3/2 of it "lapsed", "frequent" or "high spend".
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
    if (ratio(p.r, overall.r) <= 2 / 3) traits.push('recent');
    else if (ratio(p.r, overall.r) >= 3 / 2) traits.push('lapsed');
    if (ratio(p.f, overall.f) >= 3 / 2) traits.push('frequent');
    else if (ratio(p.f, overall.f) <= 2 / 3) traits.push('infrequent');
    if (ratio(p.m, overall.m) >= 3 / 2) traits.push('highSpend');
    else if (ratio(p.m, overall.m) <= 2 / 3) traits.push('lowSpend');
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
