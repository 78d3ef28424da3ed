import type { Points } from './kmeans.ts';
import { seededRandom } from './seededRandom.ts';

/**
 * The mean silhouette (Rousseeuw 1987) of a clustering: for each point, a = mean distance to the
 * others in its cluster, b = the smallest mean distance to another cluster, s = (b − a)/max(a, b),
 * 0 for a point alone in its cluster. On more than `sampleSize` points it is computed on a seeded
 * random sample (as scikit-learn's silhouette_score with sample_size); the size used is returned.
 * Euclidean distances in the points' (standardised) units.
 */
export function silhouette(
  p: Points,
  labels: ArrayLike<number>,
  k: number,
  opts: { sampleSize?: number; seed?: number } = {},
): { mean: number; sampleSize: number } {
  const limit = opts.sampleSize ?? 2000;
  let idx: number[] = Array.from({ length: p.n }, (_, i) => i);
  if (p.n > limit) {
    const rand = seededRandom(opts.seed ?? 0);
    // Partial Fisher–Yates: the first `limit` entries are a uniform sample without replacement.
    for (let i = 0; i < limit; i++) {
      const j = i + Math.floor(rand() * (p.n - i));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    idx = idx.slice(0, limit);
  }
  const m = idx.length;
  const sumTo = new Float64Array(k);
  const countIn = new Float64Array(k);
  for (const i of idx) countIn[labels[i]]++;
  if (countIn.filter((c) => c > 0).length < 2) return { mean: 0, sampleSize: m };
  let total = 0;
  for (const i of idx) {
    sumTo.fill(0);
    for (const j of idx) {
      if (i === j) continue;
      let s = 0;
      for (let t = 0; t < p.d; t++) {
        const v = p.data[i * p.d + t] - p.data[j * p.d + t];
        s += v * v;
      }
      sumTo[labels[j]] += Math.sqrt(s);
    }
    const own = labels[i];
    if (countIn[own] <= 1) continue; // s = 0
    const a = sumTo[own] / (countIn[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && countIn[c] > 0) b = Math.min(b, sumTo[c] / countIn[c]);
    total += (b - a) / Math.max(a, b);
  }
  return { mean: total / m, sampleSize: m };
}
