import { kmeans } from './kmeans.ts';
import type { KMeansResult, Points } from './kmeans.ts';
import { silhouette } from './silhouette.ts';

export interface KScanRow {
  k: number;
  inertia: number;
  silhouette: number;
  result: KMeansResult;
}

export interface KScan {
  rows: KScanRow[];
  /** Points the silhouettes were computed on (all, or a sample). */
  silhouetteSample: number;
  /** The suggested k: the best mean silhouette (the smaller k when within 0.01); and the elbow. */
  suggested: number;
  elbow: number;
  reason: 'silhouette';
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

/**
 * Runs k-means for k = kMin..kMax (each with `restarts` seeded starts) and the mean silhouette of
 * each, and suggests the k with the best silhouette. `onStep` reports progress (k done, of total).
 */
export function scanK(
  p: Points,
  o: { kMin?: number; kMax?: number; seed?: number; restarts?: number; sampleSize?: number },
  onStep: (done: number, total: number) => void = () => {},
): KScan {
  const kMin = o.kMin ?? 2;
  const kMax = o.kMax ?? 10;
  const rows: KScanRow[] = [];
  let sample = 0;
  for (let k = kMin; k <= kMax; k++) {
    const result = kmeans(p, { k, seed: o.seed, restarts: o.restarts });
    if (result.k < k) break; // fewer distinct points than k: larger k give nothing new
    const s = silhouette(p, result.labels, result.k, { sampleSize: o.sampleSize, seed: o.seed });
    sample = s.sampleSize;
    rows.push({ k, inertia: result.inertia, silhouette: s.mean, result });
    onStep(k - kMin + 1, kMax - kMin + 1);
  }
  // No rows: fewer than kMin distinct customers, so there is nothing to split; k = 1.
  let suggested = rows[0]?.k ?? 1;
  let bestS = -Infinity;
  for (const r of rows) {
    if (r.silhouette > bestS + 0.01) {
      bestS = r.silhouette;
      suggested = r.k;
    }
  }
  return { rows, silhouetteSample: sample, suggested, elbow: elbowK(rows), reason: 'silhouette' };
}
