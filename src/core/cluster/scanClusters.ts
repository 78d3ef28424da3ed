import { featureMatrix } from './featureMatrix.ts';
import type { FeatureMatrix, FeatureSpec, Scaling } from './featureMatrix.ts';
import { scanK } from './scanK.ts';
import type { KReason } from './scanK.ts';
import type { Notice } from '../notice/notice.ts';

/** The k scan as the Clusters view draws it (the answer of the compute worker's `scan`). */
export interface ScanSummary {
  rows: { k: number; inertia: number; silhouette: number; smallestShare: number }[];
  suggested: number;
  /** Why (suggestK): the rule (k ≥ 3, every cluster ≥ 5 %), the fallback, or nothing to split. */
  reason: KReason;
  elbow: number;
  silhouetteSample: number;
  /** Customers k-means ran on in the scan: all, or a seeded sample (SCAN_SAMPLE) of more. */
  scanned: number;
  warnings: Notice[];
  /** The standardised features (row-major n × d), for the histograms and the page's own use. */
  matrix: FeatureMatrix;
  /**
   * When the scan ran on a sample: its centroids per k (k × d, row-major), from which the run of
   * the chosen k starts on every customer (runClusters `init`); null when it ran on everyone.
   */
  centroids: Record<number, Float64Array> | null;
}

export interface ScanOptions {
  seed: number;
  restarts: number;
  kMax?: number;
  sampleSize?: number;
}

/**
 * k-means for k = 2..kMax (default 10) on the standardised features, with mean silhouettes and the
 * suggested k (seeded: the same features and options give the same scan). `onStep(done, total)`
 * after each k.
 */
export function scanClusters(
  features: readonly FeatureSpec[],
  scaling: Scaling,
  o: ScanOptions,
  onStep?: (done: number, total: number) => void,
): ScanSummary {
  const m = featureMatrix(features, scaling);
  const s = scanK(
    m,
    { kMin: 2, kMax: o.kMax ?? 10, seed: o.seed, restarts: o.restarts, sampleSize: o.sampleSize },
    onStep,
  );
  return {
    rows: s.rows.map((r) => ({ k: r.k, inertia: r.inertia, silhouette: r.silhouette, smallestShare: r.smallestShare })),
    suggested: s.suggested,
    reason: s.reason,
    elbow: s.elbow,
    silhouetteSample: s.silhouetteSample,
    scanned: s.scanned,
    warnings: m.warnings,
    matrix: m,
    centroids: s.scanned < m.n ? Object.fromEntries(s.rows.map((r) => [r.k, r.result.centroids])) : null,
  };
}

/** The buffers of a scan, to transfer from a worker instead of copying. */
export function scanBuffers(s: ScanSummary): ArrayBuffer[] {
  const arrays = [s.matrix.data, ...Object.values(s.centroids ?? {})];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
