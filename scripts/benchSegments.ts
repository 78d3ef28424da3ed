// Segments part of `npm run bench`: scoring + scheme + summary + grid, and the value analysis,
// on the customers of a real file and on 100,000 synthetic customers (the size the UI must handle).
import { featureMatrix } from '../src/core/cluster/featureMatrix.ts';
import { kmeans } from '../src/core/cluster/kmeans.ts';
import { scanK } from '../src/core/cluster/scanK.ts';
import type { RfmValues } from '../src/core/rfm/scoreRfm.ts';
import { rfmGridCells } from '../src/core/segments/rfmGridCells.ts';
import { DEFAULT_SEGMENT_OPTIONS, segmentCustomers } from '../src/core/segments/segmentCustomers.ts';
import type { SchemeId } from '../src/core/segments/segmentCustomers.ts';
import { valueAnalysis } from '../src/core/concentration/valueAnalysis.ts';

const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];

function time(f: () => void, runs = 5): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return Math.round(median(t) * 10) / 10;
}

/** Seeded synthetic customers: recency in days, frequency in orders (most buy once), monetary in currency. */
export function syntheticCustomers(n: number): RfmValues {
  let seed = 7;
  const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const recency = new Int32Array(n);
  const frequency = new Int32Array(n);
  const monetary = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    recency[i] = 1 + Math.floor(rand() * 730);
    frequency[i] = rand() < 0.6 ? 1 : 1 + Math.floor(-Math.log(1 - rand()) * 4);
    monetary[i] = Math.round(frequency[i] * 30 * -Math.log(1 - rand()) * 100) / 100;
  }
  return { recency, frequency, monetary };
}

/** Median ms per scheme (rfm11, cn8, tiers, rfm11 with split ties) plus the grid and value analysis. */
export function benchSegments(v: RfmValues): Record<string, number> {
  const out: Record<string, number> = { customers: v.recency.length };
  for (const scheme of ['rfm11', 'cn8', 'tiers'] as SchemeId[]) {
    out[`${scheme}Ms`] = time(() => segmentCustomers(v, { ...DEFAULT_SEGMENT_OPTIONS, scheme }));
  }
  out.rfm11SplitTiesMs = time(() =>
    segmentCustomers(v, { ...DEFAULT_SEGMENT_OPTIONS, scoring: { grades: 5, ties: 'split' } }),
  );
  const s = segmentCustomers(v, DEFAULT_SEGMENT_OPTIONS);
  out.gridMs = time(() => rfmGridCells(s.scoring.r.scores, s.scoring.f.scores, v.monetary, 5, 5));
  out.valueMs = time(() => valueAnalysis(Float64Array.from(v.monetary), [0.8, 0.95], [0.01, 0.2, 0.5]));
  return out;
}

/** k-means: the scan of k = 2..10 with silhouettes (as the Clusters view runs it) and one k = 5 run, ms. */
export function benchCluster(v: RfmValues, scan = true): Record<string, number> {
  const m = featureMatrix(
    [
      { id: 'r', values: v.recency, transform: 'log1p' },
      { id: 'f', values: v.frequency, transform: 'log1p' },
      { id: 'm', values: v.monetary, transform: 'log1p' },
    ],
    'z',
  );
  const out: Record<string, number> = { customers: m.n };
  let t0 = performance.now();
  kmeans(m, { k: 5, seed: 1, restarts: 10 });
  out.kmeansK5Restarts10Ms = Math.round(performance.now() - t0);
  if (scan) {
    t0 = performance.now();
    scanK(m, { kMin: 2, kMax: 10, seed: 1, restarts: 10, sampleSize: 2000 });
    out.scanK2to10WithSilhouettesMs = Math.round(performance.now() - t0);
  }
  return out;
}
