// The compute worker's calls (workers/compute/computeApi.ts) in Node: on a summary that made the
// trip from the data worker (structured clone), the same numbers as the core's transaction-based
// functions, and the clustering calls the same as the core's scan and k-means.
import { describe, expect, it } from 'vitest';
import { clvAnalysis, DEFAULT_CLV_OPTIONS } from '../../../src/core/clv/clvAnalysis.ts';
import type { ClvOptions } from '../../../src/core/clv/clvAnalysis.ts';
import { runChecks } from '../../../src/core/clv/runChecks.ts';
import { summarize } from '../../../src/core/clv/summarize.ts';
import type { RepeatModelId } from '../../../src/core/clv/types.ts';
import { featureMatrix } from '../../../src/core/cluster/featureMatrix.ts';
import type { FeatureSpec } from '../../../src/core/cluster/featureMatrix.ts';
import { kmeans } from '../../../src/core/cluster/kmeans.ts';
import { scanK } from '../../../src/core/cluster/scanK.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { computeApi } from '../../../workers/compute/computeApi.ts';
import { importText } from '../helpers.ts';
import { rng } from '../rng.ts';

/** `customers` customers over 2023 with 1 to 8 purchase days each (seeded). */
async function shop(customers = 500): Promise<TransactionTable> {
  const r = rng(23);
  const lines = ['customer,date,amount'];
  for (let c = 0; c < customers; c++) {
    const first = 1 + Math.floor(r() * 200);
    const days = 1 + Math.floor(r() * r() * 8);
    for (let k = 0; k < days; k++) {
      const day = Math.min(365, first + (k > 0 ? Math.floor(r() * 160) : 0));
      lines.push(`c${c},${new Date(Date.UTC(2023, 0, day)).toISOString().slice(0, 10)},${(10 + r() * 90).toFixed(2)}`);
    }
  }
  return (await importText(lines.join('\n'))).table;
}

const withoutTime = <T extends { fitMs?: number }>(r: T) => ({ ...r, fitMs: 0 });

describe('compute worker: CLV on the data worker’s summary', () => {
  it.each<[RepeatModelId, Partial<ClvOptions>]>([
    ['bgnbd', {}],
    ['mbgnbd', { unit: 'day' }],
    ['bgnbd', { current: 'ccv', unit: 'year' }],
    ['bgbb', { unit: 'month' }],
    ['bgnbd', { calibrationEnd: 19_600, penalty: 0.1 }],
  ])('%s %o: the same result as clvAnalysis on the transactions', async (model, over) => {
    const t = await shop();
    const o: ClvOptions = { ...DEFAULT_CLV_OPTIONS, model, ...over };
    const s = structuredClone(summarize(t, { unit: o.unit, calibrationEnd: o.calibrationEnd }));
    expect(withoutTime(computeApi.clv(s, o))).toEqual(withoutTime(clvAnalysis(t, o)));
  });

  it.each<RepeatModelId>(['bgbb'])('%s: the checks equal runChecks, reporting each model fitted', async (model) => {
    const t = await shop(120);
    const split = summarize(t, { unit: 'week' }).splitDay;
    const s = structuredClone(summarize(t, { unit: 'week', calibrationEnd: split }));
    const fitted: string[] = [];
    const c = computeApi.checks(s, model, (m) => fitted.push(m));
    expect(c).toEqual(runChecks(t, model, 'week', split));
    // The scorecard also fits BG/BB when it is the model asked (issue 16).
    expect(fitted).toEqual(['bgnbd', 'mbgnbd', 'pnbd', 'bgbb']);
  });

  it('passes a coded error on (no repeat purchases)', async () => {
    const { table } = await importText('customer,date,amount\na,2023-01-01,5\nb,2023-02-01,7\nc,2023-03-01,9\n');
    const s = summarize(table, { unit: 'week' });
    expect(() => computeApi.clv(s, { ...DEFAULT_CLV_OPTIONS, model: 'bgnbd' })).toThrow(
      expect.objectContaining({ code: 'fit.noRepeat' }),
    );
  });
});

describe('compute worker: clustering on feature columns', () => {
  const r = rng(5);
  const blob = (n: number) =>
    Float64Array.from({ length: n }, (_, i) => (i % 3) * 10 + r() * 4 + (i % 7 === 0 ? 50 * r() : 0));
  const features = (n: number): FeatureSpec[] => [
    { id: 'r', values: blob(n), transform: 'log1p' },
    { id: 'f', values: blob(n), transform: 'none' },
  ];

  it('scans k with progress and runs the chosen k as the core does (all customers)', () => {
    const f = features(900);
    const steps: number[] = [];
    const scan = computeApi.scan(f, 'z', { seed: 3, restarts: 4 }, (done) => steps.push(done));
    const m = featureMatrix(f, 'z');
    const core = scanK(m, { kMin: 2, kMax: 10, seed: 3, restarts: 4 });
    expect(scan.rows).toEqual(
      core.rows.map((x) => ({ k: x.k, inertia: x.inertia, silhouette: x.silhouette, smallestShare: x.smallestShare })),
    );
    expect(scan.suggested).toBe(core.suggested);
    expect(scan.reason).toBe(core.reason);
    expect(scan.matrix.data).toEqual(m.data);
    expect(scan.centroids).toBe(null);
    expect(steps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const run = computeApi.run(f, 'z', { k: 4, seed: 3, restarts: 4 });
    expect(run.labels).toEqual(kmeans(m, { k: 4, seed: 3, restarts: 4 }).labels);
    expect(run.pca.x).toHaveLength(900);
  });

  it('after a scan on a sample, runs k on everyone from the sample’s centroids', () => {
    const f = features(6_000);
    const scan = computeApi.scan(f, 'minmax', { seed: 1, restarts: 2 });
    expect(scan.scanned).toBe(5_000);
    const init = scan.centroids![3];
    const run = computeApi.run(f, 'minmax', { k: 3, seed: 1, restarts: 2, init });
    const m = featureMatrix(f, 'minmax');
    expect(run.labels).toEqual(kmeans(m, { k: 3, seed: 1, restarts: 2, init }).labels);
    expect(run.labels).toHaveLength(6_000);
  });
});
