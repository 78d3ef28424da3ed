import { featureMatrix } from '../core/cluster/featureMatrix.ts';
import type { FeatureSpec, Scaling, Transform } from '../core/cluster/featureMatrix.ts';
import { kmeans } from '../core/cluster/kmeans.ts';
import { computeRfm } from '../core/rfm/computeRfm.ts';
import { formatDay } from '../core/values/civil.ts';
import { parseFileOptions, UsageError } from './options.ts';
import { printReport } from './printReport.ts';
import { readTransactions } from './readTransactions.ts';
import { writeCsv } from './writeCsv.ts';

const FLAGS = {
  k: { type: 'string' },
  seed: { type: 'string' },
  restarts: { type: 'string' },
  features: { type: 'string' },
  transform: { type: 'string' },
  scaling: { type: 'string' },
} as const;

const COLUMN = { r: 'recency_days', f: 'frequency', m: 'monetary' } as const;

const whole = (flag: string, text: unknown, min: number, max: number, fallback: number): number => {
  if (text === undefined) return fallback;
  const v = Number(text);
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new UsageError(`--${flag}: expected a whole number ${min}–${max}, got "${String(text)}"`);
  }
  return v;
};

/**
 * `segmap kmeans FILE --k 4 --seed 1`: k-means on the customers' RFM (default log1p R, F, M,
 * z-scored). --json prints {"k", "inertia", "sizes", "centroids" (standardised units), "features",
 * …}; --out writes customer_id,cluster; otherwise the assignment goes to stdout as CSV.
 */
export async function kmeansCommand(args: string[]): Promise<void> {
  const o = parseFileOptions(args, FLAGS);
  const x = o.extra;
  const k = whole('k', x.k, 1, 100, 4);
  const seed = whole('seed', x.seed, 0, 2 ** 31, 0);
  const restarts = whole('restarts', x.restarts, 1, 100, 10);
  const ids = String(x.features ?? 'r,f,m')
    .split(',')
    .map((s) => s.trim());
  for (const id of ids) if (!(id in COLUMN)) throw new UsageError(`--features: expected some of r,f,m, got "${id}"`);
  const transform = (x.transform ?? 'log1p') as Transform;
  if (transform !== 'log1p' && transform !== 'none')
    throw new UsageError(`--transform: expected log1p or none, got "${transform}"`);
  const scaling = (x.scaling ?? 'z') as Scaling;
  if (scaling !== 'z' && scaling !== 'minmax')
    throw new UsageError(`--scaling: expected z or minmax, got "${scaling}"`);
  const { table, report } = await readTransactions(o);
  const rfm = computeRfm(table, { referenceDay: o.referenceDay });
  const columns = { r: rfm.recency, f: rfm.frequency, m: rfm.monetary };
  const specs: FeatureSpec[] = ids.map((id) => ({ id, values: columns[id as keyof typeof columns], transform }));
  const m = featureMatrix(specs, scaling);
  const r = kmeans(m, { k, seed, restarts });
  const names = ids.map((id) => {
    const col = COLUMN[id as keyof typeof COLUMN];
    return transform === 'log1p' ? `log1p(${col})` : col;
  });
  const centroids = Array.from({ length: r.k }, (_, c) => Array.from(r.centroids.subarray(c * m.d, (c + 1) * m.d)));
  if (o.json) {
    const json = {
      k: r.k,
      inertia: r.inertia,
      sizes: r.sizes,
      centroids,
      features: names,
      scaling,
      seed,
      restarts,
      iterations: r.iterations,
      converged: r.converged,
      customers: rfm.n,
      warnings: [...m.warnings, ...r.warnings].map((w) => w.text),
    };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    printReport(
      { ...report, referenceDate: formatDay(rfm.referenceDay), rfmCustomers: rfm.n },
      o.out ? process.stdout : process.stderr,
    );
  }
  if (o.out || !o.json) {
    await writeCsv(
      o.out,
      ['customer_id', 'cluster'],
      rfm.ids.map((id, i) => [id, r.labels[i]]),
    );
  }
}
