/**
 * The clustering worker: k-means over standardised features sent from the page (columns per
 * customer), the scan of k with silhouettes (progress reported per k), and the chosen run with its
 * 2-D projection. The page cancels by terminating it.
 */
import * as Comlink from 'comlink';
import { featureMatrix } from '../src/core/cluster/featureMatrix.ts';
import type { FeatureSpec, FeatureMatrix, Scaling } from '../src/core/cluster/featureMatrix.ts';
import { kmeans } from '../src/core/cluster/kmeans.ts';
import type { KMeansResult } from '../src/core/cluster/kmeans.ts';
import { pca2 } from '../src/core/cluster/pca2.ts';
import { scanK } from '../src/core/cluster/scanK.ts';
import { silhouette } from '../src/core/cluster/silhouette.ts';
import type { Notice } from '../src/core/notice/notice.ts';
import { exposeErrors } from './workerError.ts';

export interface ScanSummary {
  rows: { k: number; inertia: number; silhouette: number }[];
  suggested: number;
  elbow: number;
  silhouetteSample: number;
  /** Customers k-means ran on in the scan: all, or a seeded sample (SCAN_SAMPLE) of more. */
  scanned: number;
  warnings: Notice[];
  /** The standardised features (row-major n × d), for the histograms and the page's own use. */
  matrix: FeatureMatrix;
}

export interface ClusterRun extends KMeansResult {
  silhouette: number;
  silhouetteSample: number;
  pca: { x: Float64Array; y: Float64Array; explained: [number, number] };
}

let last: { key: string; matrix: FeatureMatrix } | null = null;
/** The last scan's centroids per k when it ran on a sample, with the matrix and seeds it was for. */
let sampled: { key: string; centroids: Map<number, Float64Array> } | null = null;

function matrixOf(features: FeatureSpec[], scaling: Scaling): FeatureMatrix {
  const key = JSON.stringify([features.map((f) => [f.id, f.transform]), scaling, features[0]?.values.length]);
  if (last?.key !== key) last = { key, matrix: featureMatrix(features, scaling) };
  return last.matrix;
}

const scanKey = (o: { seed: number; restarts: number }) => JSON.stringify([last?.key, o.seed, o.restarts]);

const api = {
  /** k-means for k = 2..10 with mean silhouettes (seeded); onStep(k done, of total). */
  scan(
    features: FeatureSpec[],
    scaling: Scaling,
    o: { seed: number; restarts: number; kMax?: number; sampleSize?: number },
    onStep?: (done: number, total: number) => void,
  ): ScanSummary {
    const m = matrixOf(features, scaling);
    const s = scanK(
      m,
      { kMin: 2, kMax: o.kMax ?? 10, seed: o.seed, restarts: o.restarts, sampleSize: o.sampleSize },
      onStep,
    );
    sampled =
      s.scanned < m.n ? { key: scanKey(o), centroids: new Map(s.rows.map((r) => [r.k, r.result.centroids])) } : null;
    const summary: ScanSummary = {
      rows: s.rows.map((r) => ({ k: r.k, inertia: r.inertia, silhouette: r.silhouette })),
      suggested: s.suggested,
      elbow: s.elbow,
      silhouetteSample: s.silhouetteSample,
      scanned: s.scanned,
      warnings: m.warnings,
      matrix: { ...m, data: m.data.slice() },
    };
    return Comlink.transfer(summary, [summary.matrix.data.buffer as ArrayBuffer]);
  },

  /**
   * One k-means run, its silhouette and a PCA projection: the same seeded result as in the scan, or
   * after a scan on a sample, one Lloyd run on every customer from the sample's centroids for k.
   */
  run(
    features: FeatureSpec[],
    scaling: Scaling,
    o: { k: number; seed: number; restarts: number; sampleSize?: number },
  ): ClusterRun {
    const m = matrixOf(features, scaling);
    const init = sampled?.key === scanKey(o) ? sampled.centroids.get(o.k) : undefined;
    const r = kmeans(m, { k: o.k, seed: o.seed, restarts: o.restarts, init });
    const s = silhouette(m, r.labels, r.k, { sampleSize: o.sampleSize, seed: o.seed });
    const run: ClusterRun = { ...r, silhouette: s.mean, silhouetteSample: s.sampleSize, pca: pca2(m) };
    return Comlink.transfer(run, [
      run.labels.buffer,
      run.centroids.buffer,
      run.pca.x.buffer,
      run.pca.y.buffer,
    ] as ArrayBuffer[]);
  },
};

export type ClusterApi = typeof api;
exposeErrors();
Comlink.expose(api);
