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
  const [mean] = silhouettes(p, [{ labels, k }], opts).means;
  return { mean, sampleSize: Math.min(p.n, opts.sampleSize ?? 2000) };
}

/**
 * The mean silhouettes of several clusterings of the same points (the scan of k), on the same
 * seeded sample: each distance is computed once for all of them. Each mean is exactly the one
 * `silhouette` gives for that clustering alone.
 */
export function silhouettes(
  p: Points,
  clusterings: readonly { labels: ArrayLike<number>; k: number }[],
  opts: { sampleSize?: number; seed?: number } = {},
): { means: number[]; sampleSize: number } {
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
  const { d, data } = p;
  const q = clusterings.length;
  // Per clustering: the sample's labels, cluster sizes in the sample, and the running total.
  const labelsOf = clusterings.map((c) => Int32Array.from(idx, (i) => c.labels[i]));
  const countIn = clusterings.map((c, h) => {
    const counts = new Float64Array(c.k);
    for (const l of labelsOf[h]) counts[l]++;
    return counts;
  });
  const used = countIn.map((counts) => counts.filter((c) => c > 0).length >= 2);
  const sumTo = clusterings.map((c) => new Float64Array(c.k));
  const totals = new Float64Array(q);
  const row = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    const i = idx[a];
    for (let b = 0; b < m; b++) {
      const j = idx[b];
      let s = 0;
      for (let t = 0; t < d; t++) {
        const v = data[i * d + t] - data[j * d + t];
        s += v * v;
      }
      row[b] = Math.sqrt(s);
    }
    for (let h = 0; h < q; h++) {
      if (!used[h]) continue;
      const labels = labelsOf[h];
      const sums = sumTo[h];
      const counts = countIn[h];
      sums.fill(0);
      for (let b = 0; b < m; b++) if (b !== a) sums[labels[b]] += row[b];
      const own = labels[a];
      if (counts[own] <= 1) continue; // s = 0
      const inside = sums[own] / (counts[own] - 1);
      let nearest = Infinity;
      for (let c = 0; c < counts.length; c++) {
        if (c !== own && counts[c] > 0) nearest = Math.min(nearest, sums[c] / counts[c]);
      }
      totals[h] += (nearest - inside) / Math.max(inside, nearest);
    }
  }
  return { means: Array.from(totals, (t, h) => (used[h] ? t / m : 0)), sampleSize: m };
}
