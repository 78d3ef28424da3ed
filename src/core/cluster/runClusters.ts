import { featureMatrix } from './featureMatrix.ts';
import type { FeatureSpec, Scaling } from './featureMatrix.ts';
import { kmeans } from './kmeans.ts';
import type { KMeansResult } from './kmeans.ts';
import { pca2 } from './pca2.ts';
import { silhouette } from './silhouette.ts';

/** The chosen k-means run as the Clusters view draws it (the answer of the compute worker's `run`). */
export interface ClusterRun extends KMeansResult {
  silhouette: number;
  silhouetteSample: number;
  pca: { x: Float64Array; y: Float64Array; explained: [number, number] };
}

export interface RunOptions {
  k: number;
  seed: number;
  restarts: number;
  sampleSize?: number;
  /** Starting centroids (k × d): the scan's for k when it ran on a sample (ScanSummary.centroids). */
  init?: Float64Array;
}

/**
 * One k-means run on every customer, its silhouette and a PCA projection: the same seeded result
 * as in the scan, or after a scan on a sample, one Lloyd run on everyone from the sample's centroids.
 */
export function runClusters(features: readonly FeatureSpec[], scaling: Scaling, o: RunOptions): ClusterRun {
  const m = featureMatrix(features, scaling);
  const r = kmeans(m, { k: o.k, seed: o.seed, restarts: o.restarts, init: o.init });
  const s = silhouette(m, r.labels, r.k, { sampleSize: o.sampleSize, seed: o.seed });
  return { ...r, silhouette: s.mean, silhouetteSample: s.sampleSize, pca: pca2(m) };
}

/** The buffers of a run, to transfer from a worker instead of copying. */
export function runBuffers(r: ClusterRun): ArrayBuffer[] {
  return [r.labels.buffer, r.centroids.buffer, r.pca.x.buffer, r.pca.y.buffer] as ArrayBuffer[];
}
