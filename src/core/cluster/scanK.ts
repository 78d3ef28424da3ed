import { kmeans } from './kmeans.ts';
import type { KMeansResult, Points } from './kmeans.ts';
import { seededRandom } from './seededRandom.ts';
import { silhouettes } from './silhouette.ts';

/**
 * Above this many customers the scan of k runs on a seeded random sample of this many (inertias
 * scaled up to all customers): ten restarts of k-means for each of nine values of k on 100,000
 * customers take half a minute, on 5,000 half a second, and the curves are the same to a few percent.
 * The chosen k is then run on every customer.
 */
export const SCAN_SAMPLE = 5_000;

/**
 * The smallest k the suggestion considers: two clusters only split better from worse customers,
 * which the RFM scores already do (the best silhouette is often at k = 2 for that reason alone).
 */
export const MIN_USEFUL_K = 3;

/**
 * The smallest cluster a suggested k may have, as a share of the customers: a cluster of a handful
 * is no segment to act on (on 96 customers the silhouette kept rising to k = 10 with clusters of 2).
 */
export const MIN_CLUSTER_SHARE = 0.05;

export interface KScanRow {
  k: number;
  /** Σ squared distances to the centroids over all points (estimated from the sample when sampled). */
  inertia: number;
  silhouette: number;
  /** The smallest cluster's share of the scanned points (0..1). */
  smallestShare: number;
  /** The run on the scanned points (the sample's labels when sampled). */
  result: KMeansResult;
}

export interface KScan {
  rows: KScanRow[];
  /** Points the silhouettes were computed on (all, or a sample). */
  silhouetteSample: number;
  /** Points k-means ran on in the scan: all, or a seeded sample of `scanSample` when there are more. */
  scanned: number;
  /**
   * The suggested k (suggestK): the best mean silhouette among k ≥ MIN_USEFUL_K whose every cluster
   * holds at least MIN_CLUSTER_SHARE of the customers (the smaller k when within 0.01); and the elbow.
   */
  suggested: number;
  elbow: number;
  /** 'rule': as above; 'fallback': no k met the rule, the best silhouette of all; 'none': k = 1. */
  reason: KReason;
}

export type KReason = 'rule' | 'fallback' | 'none';

/**
 * The suggested k of a scan: the best mean silhouette (the smaller k when within 0.01) among the
 * k ≥ MIN_USEFUL_K whose smallest cluster holds at least MIN_CLUSTER_SHARE of the customers;
 * when none does (very few customers), the best silhouette among all k; with no rows, k = 1.
 */
export function suggestK(rows: readonly { k: number; silhouette: number; smallestShare: number }[]): {
  k: number;
  reason: KReason;
} {
  const best = (candidates: readonly { k: number; silhouette: number }[]) => {
    let k = candidates[0].k;
    let bestS = -Infinity;
    for (const r of candidates) {
      if (r.silhouette > bestS + 0.01) {
        bestS = r.silhouette;
        k = r.k;
      }
    }
    return k;
  };
  const useful = rows.filter((r) => r.k >= MIN_USEFUL_K && r.smallestShare >= MIN_CLUSTER_SHARE);
  if (useful.length) return { k: best(useful), reason: 'rule' };
  if (rows.length) return { k: best(rows), reason: 'fallback' };
  return { k: 1, reason: 'none' };
}

/** The smallest cluster's share of a labelling (0..1). */
function smallestShare(labels: ArrayLike<number>, k: number): number {
  const sizes = new Int32Array(k);
  for (let i = 0; i < labels.length; i++) sizes[labels[i]]++;
  return labels.length ? Math.min(...sizes) / labels.length : 0;
}

/**
 * The elbow of an inertia curve: the k farthest below the straight line from the first to the last
 * point (both axes scaled to 0..1), the "knee" of Satopää et al. (2011).
 */
export function elbowK(rows: { k: number; inertia: number }[]): number {
  if (rows.length < 3) return rows[0]?.k ?? 1;
  const k0 = rows[0].k;
  const k1 = rows[rows.length - 1].k;
  const hi = rows[0].inertia;
  const lo = rows[rows.length - 1].inertia;
  let best = rows[0].k;
  let bestGap = -Infinity;
  for (const r of rows) {
    const x = (r.k - k0) / (k1 - k0);
    const y = hi > lo ? (r.inertia - lo) / (hi - lo) : 0;
    const gap = 1 - x - y;
    if (gap > bestGap) {
      bestGap = gap;
      best = r.k;
    }
  }
  return best;
}

/** A seeded uniform sample of `m` of the points (partial Fisher–Yates), in their original order. */
export function samplePoints(p: Points, m: number, seed = 0): Points {
  const rand = seededRandom(seed);
  const idx = new Uint32Array(p.n);
  for (let i = 0; i < p.n; i++) idx[i] = i;
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(rand() * (p.n - i));
    const t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
  const chosen = idx.subarray(0, m).sort();
  const data = new Float64Array(m * p.d);
  for (let a = 0; a < m; a++) data.set(p.data.subarray(chosen[a] * p.d, (chosen[a] + 1) * p.d), a * p.d);
  return { n: m, d: p.d, data };
}

/**
 * Runs k-means for k = kMin..kMax (each with `restarts` seeded starts) and the mean silhouette of
 * each, and suggests a k (suggestK). `onStep` reports progress (k done, of total).
 * On more than `scanSample` points (default SCAN_SAMPLE) the scan runs on a seeded sample of them.
 */
export function scanK(
  p: Points,
  o: { kMin?: number; kMax?: number; seed?: number; restarts?: number; sampleSize?: number; scanSample?: number },
  onStep: (done: number, total: number) => void = () => {},
): KScan {
  const kMin = o.kMin ?? 2;
  const kMax = o.kMax ?? 10;
  const limit = o.scanSample ?? SCAN_SAMPLE;
  const points = p.n > limit ? samplePoints(p, limit, o.seed) : p;
  const results: KMeansResult[] = [];
  for (let k = kMin; k <= kMax; k++) {
    const result = kmeans(points, { k, seed: o.seed, restarts: o.restarts });
    if (result.k < k) break; // fewer distinct points than k: larger k give nothing new
    results.push(result);
    onStep(k - kMin + 1, kMax - kMin + 1);
  }
  const s = silhouettes(points, results, { sampleSize: o.sampleSize, seed: o.seed });
  const rows: KScanRow[] = results.map((result, h) => ({
    k: result.k,
    inertia: points === p ? result.inertia : (result.inertia * p.n) / points.n,
    silhouette: s.means[h],
    smallestShare: smallestShare(result.labels, result.k),
    result,
  }));
  // No rows: fewer than kMin distinct customers, so there is nothing to split; k = 1.
  const { k: suggested, reason } = suggestK(rows);
  return {
    rows,
    silhouetteSample: rows.length ? s.sampleSize : 0,
    scanned: points.n,
    suggested,
    elbow: elbowK(rows),
    reason,
  };
}
