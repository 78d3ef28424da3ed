// Over-time timings on a transactions file: lifecycle stages, segments as of the last quarter ends
// with their migrations (RFM 11), and clusters followed by nearest centroid.
import { readFileSync } from 'node:fs';
import { buildImportOptions } from '../src/core/import/buildImportOptions.ts';
import { importStream } from '../src/core/import/importStream.ts';
import { SNIFF_BYTES, sniff } from '../src/core/import/sniff.ts';
import { firstPurchaseDays } from '../src/core/lifecycle/firstPurchaseDays.ts';
import { DEFAULT_LIFECYCLE, lifecycleStages } from '../src/core/lifecycle/lifecycleStages.ts';
import { clusterSnapshots } from '../src/core/migration/clusterSnapshots.ts';
import { migrationMatrix } from '../src/core/migration/migrationMatrix.ts';
import { quarterEnds } from '../src/core/migration/quarterEnds.ts';
import { segmentsAsOf } from '../src/core/migration/segmentsAsOf.ts';
import { computeRfm } from '../src/core/rfm/computeRfm.ts';
import { DEFAULT_SEGMENT_OPTIONS } from '../src/core/segments/segmentCustomers.ts';
import { MS_PER_DAY } from '../src/core/values/civil.ts';

const median = (f: () => void, runs = 3) => {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  return Math.round(ms.sort((a, b) => a - b)[Math.floor(runs / 2)]);
};

/** Milliseconds (median of 3) for lifecycle, a 4-date migration and clusters over time. */
export async function benchTime(path: string): Promise<Record<string, number>> {
  const bytes = readFileSync(path);
  const s = sniff(bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES);
  const { options } = buildImportOptions(s);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
  }
  const { table } = await importStream(chunks(), options, { fileName: path, totalBytes: bytes.length });
  let first = Infinity;
  let last = -Infinity;
  for (const t of table.time) {
    first = Math.min(first, Math.floor(t / MS_PER_DAY));
    last = Math.max(last, Math.floor(t / MS_PER_DAY));
  }
  const days = quarterEnds(first, last);
  const rfm = computeRfm(table);
  return {
    customers: rfm.n,
    dates: days.length,
    lifecycleMs: median(() => lifecycleStages(rfm, firstPurchaseDays(table, rfm.customer), DEFAULT_LIFECYCLE)),
    migrationRfm11Ms: median(() => {
      const snaps = days.map((d) => segmentsAsOf(table, d, DEFAULT_SEGMENT_OPTIONS));
      snaps.slice(1).forEach((b, i) => migrationMatrix(snaps[i], b));
    }),
    migrationClustersMs: median(() =>
      clusterSnapshots(table, days, { k: 4, seed: 1, restarts: 10, transform: 'log1p', scaling: 'z' }),
    ),
  };
}
