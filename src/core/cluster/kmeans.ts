import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import { seededRandom } from './seededRandom.ts';

/** A row-major n × d matrix. */
export interface Points {
  n: number;
  d: number;
  data: Float64Array;
}

export interface KMeansOptions {
  k: number;
  /** Seed of the random choices: the same seed gives the same result. */
  seed?: number;
  /** Independent k-means++ starts; the lowest inertia wins (scikit-learn's n_init). */
  restarts?: number;
  maxIterations?: number;
  /** Stop when the centroids move less than tol × (mean feature variance), scikit-learn's rule. */
  tol?: number;
  /**
   * Starting centres (row-major k × d, e.g. a sample's centroids): one Lloyd run from them instead
   * of the seeded k-means++ restarts. Ignored when k is lowered or the shape does not fit.
   */
  init?: Float64Array;
}

export interface KMeansResult {
  k: number;
  /** Cluster per point, 0..k − 1. */
  labels: Int32Array;
  /** Row-major k × d centroids. */
  centroids: Float64Array;
  /** Σ squared distance of points to their centroid. */
  inertia: number;
  sizes: number[];
  iterations: number;
  converged: boolean;
  /** Notes, e.g. k lowered because there are fewer distinct points. */
  warnings: Notice[];
}

const dist2 = (a: Float64Array, i: number, b: Float64Array, j: number, d: number) => {
  let s = 0;
  for (let t = 0; t < d; t++) {
    const v = a[i * d + t] - b[j * d + t];
    s += v * v;
  }
  return s;
};

/** Distinct rows, up to `limit` (enough to know whether there are at least k). */
function distinctRows(p: Points, limit: number): number {
  const seen = new Set<string>();
  for (let i = 0; i < p.n && seen.size < limit; i++) seen.add(p.data.subarray(i * p.d, (i + 1) * p.d).join(','));
  return seen.size;
}

/** Greedy k-means++ (Arthur & Vassilvitskii 2007, with 2 + ⌊ln k⌋ local trials as scikit-learn). */
function kmeansPlusPlus(p: Points, k: number, rand: () => number): Float64Array {
  const { n, d, data } = p;
  const centers = new Float64Array(k * d);
  const first = Math.floor(rand() * n);
  centers.set(data.subarray(first * d, first * d + d), 0);
  const closest = new Float64Array(n);
  let pot = 0;
  for (let i = 0; i < n; i++) pot += closest[i] = dist2(data, i, centers, 0, d);
  const trials = 2 + Math.floor(Math.log(k));
  // Two scratch columns, swapped when a trial wins (no allocation per trial).
  let cand = new Float64Array(n);
  let bestClosest = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    let bestPot = Infinity;
    let bestIdx = 0;
    for (let t = 0; t < trials; t++) {
      // Sample a point with probability ∝ its squared distance to the nearest centre so far.
      let r = rand() * pot;
      let idx = 0;
      while (idx < n - 1 && r >= closest[idx]) r -= closest[idx++];
      if (pot === 0) idx = Math.floor(rand() * n);
      let candPot = 0;
      for (let i = 0; i < n; i++) candPot += cand[i] = Math.min(closest[i], dist2(data, i, data, idx, d));
      if (candPot < bestPot) {
        bestPot = candPot;
        bestIdx = idx;
        [cand, bestClosest] = [bestClosest, cand];
      }
    }
    centers.set(data.subarray(bestIdx * d, bestIdx * d + d), c * d);
    closest.set(bestClosest);
    pot = bestPot;
  }
  return centers;
}

/**
 * A bound is trusted only with this relative margin, so floating-point rounding in the bounds can
 * never skip a point whose nearest centre a full comparison might change: with it, the labels are
 * exactly those of the plain algorithm (every point against every centre, ties to the lower index).
 */
const SAFE = 1 + 1e-9;

/**
 * One Lloyd run from given centres, with Hamerly's (2010) bounds to skip points whose centre
 * cannot change: per point an upper bound on the distance to its centre and a lower bound on the
 * distance to every other, moved by how far the centres move. The result (labels, centres,
 * inertia, iterations) is the same as comparing every point with every centre each iteration;
 * only the work differs (most points are skipped after the first few iterations). Moves `centers`.
 */
export function lloyd(p: Points, centers: Float64Array, k: number, maxIterations: number, tolAbs: number) {
  const { n, d, data } = p;
  const labels = new Int32Array(n);
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const upper = new Float64Array(n).fill(Infinity);
  const lower = new Float64Array(n);
  const half = new Float64Array(k);
  // How far each centre moved in the last update, and the largest move of any other centre.
  const moved = new Float64Array(k);
  const othersMoved = new Float64Array(k);
  let iterations = 0;
  let converged = false;
  for (;;) {
    const last = iterations >= maxIterations || converged;
    // Assign, and add up the clusters' sums in point order (as the plain algorithm does). Half the
    // distance from each centre to its nearest other one bounds who can change: a point is compared
    // with every centre only when its bounds, moved with the centres, cannot prove its centre stays.
    for (let c = 0; c < k; c++) {
      let m = Infinity;
      for (let o = 0; o < k; o++) if (o !== c) m = Math.min(m, dist2(centers, c, centers, o, d));
      half[c] = Math.sqrt(m) / 2;
    }
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      let a = labels[i];
      let u = upper[i] + moved[a];
      const l = lower[i] - othersMoved[a];
      lower[i] = l;
      const bound = half[a] > l ? half[a] : l;
      if (u * SAFE >= bound) {
        u = Math.sqrt(dist2(data, i, centers, a, d));
        if (u * SAFE >= bound) {
          let bd = Infinity;
          let second = Infinity;
          for (let c = 0; c < k; c++) {
            const v = dist2(data, i, centers, c, d);
            if (v < bd) {
              second = bd;
              bd = v;
              a = c;
            } else if (v < second) second = v;
          }
          labels[i] = a;
          u = Math.sqrt(bd);
          lower[i] = Math.sqrt(second);
        }
      }
      upper[i] = u;
      counts[a]++;
      for (let t = 0; t < d; t++) sums[a * d + t] += data[i * d + t];
    }
    if (last) break;
    // An empty cluster takes the point farthest from its centre (scikit-learn's relocation).
    let best: Float64Array | null = null;
    for (let c = 0; c < k; c++) {
      if (counts[c] > 0) continue;
      if (!best) {
        best = new Float64Array(n);
        for (let i = 0; i < n; i++) best[i] = dist2(data, i, centers, labels[i], d);
      }
      let far = 0;
      for (let i = 1; i < n; i++) if (best[i] > best[far]) far = i;
      const from = labels[far];
      counts[from]--;
      for (let t = 0; t < d; t++) sums[from * d + t] -= data[far * d + t];
      labels[far] = c;
      best[far] = 0;
      counts[c] = 1;
      for (let t = 0; t < d; t++) sums[c * d + t] = data[far * d + t];
      upper[far] = Infinity; // its bounds no longer hold: compare it with every centre next time
      lower[far] = 0;
    }
    let shift = 0;
    for (let c = 0; c < k; c++) {
      let m = 0;
      for (let t = 0; t < d; t++) {
        const v = counts[c] > 0 ? sums[c * d + t] / counts[c] : centers[c * d + t];
        const step = (v - centers[c * d + t]) ** 2;
        shift += step;
        m += step;
        centers[c * d + t] = v;
      }
      moved[c] = Math.sqrt(m);
    }
    let far1 = 0;
    for (let c = 1; c < k; c++) if (moved[c] > moved[far1]) far1 = c;
    let max2 = 0;
    for (let c = 0; c < k; c++) if (c !== far1 && moved[c] > max2) max2 = moved[c];
    for (let c = 0; c < k; c++) othersMoved[c] = c === far1 ? max2 : moved[far1];
    iterations++;
    if (shift <= tolAbs) converged = true;
  }
  // Inertia against the final centres (the last pass above assigned every point to them).
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += dist2(data, i, centers, labels[i], d);
  return { labels, centers, inertia, iterations, converged };
}

/**
 * k-means (Lloyd) with k-means++ starts, `restarts` times from a seeded random sequence, keeping
 * the lowest inertia. k is lowered (with a warning) when there are fewer distinct points than k.
 * Throws a RangeError when k < 1 or there are no points.
 */
export function kmeans(p: Points, o: KMeansOptions): KMeansResult {
  if (!(o.k >= 1) || !Number.isInteger(o.k)) throw new RangeError(`k must be a whole number ≥ 1, got ${o.k}`);
  if (p.n === 0) throw new RangeError('no customers to cluster');
  const warnings: Notice[] = [];
  const distinct = distinctRows(p, o.k);
  let k = o.k;
  if (distinct < k) {
    warnings.push(
      notice(
        'cluster.kLowered',
        { distinct, k },
        `only ${distinct} distinct customers in these features: k lowered from ${k} to ${distinct}`,
      ),
    );
    k = distinct;
  }
  const rand = seededRandom(o.seed ?? 0);
  // scikit-learn's tolerance: tol × the mean of the per-feature variances.
  let meanVar = 0;
  for (let t = 0; t < p.d; t++) {
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < p.n; i++) {
      const v = p.data[i * p.d + t];
      s += v;
      s2 += v * v;
    }
    meanVar += (s2 / p.n - (s / p.n) ** 2) / p.d;
  }
  const tolAbs = (o.tol ?? 1e-4) * meanVar;
  let best: ReturnType<typeof lloyd> | null = null;
  const fromInit = o.init?.length === k * p.d;
  if (fromInit) best = lloyd(p, Float64Array.from(o.init!), k, o.maxIterations ?? 300, tolAbs);
  for (let r = 0; !fromInit && r < (o.restarts ?? 10); r++) {
    const run = lloyd(p, kmeansPlusPlus(p, k, rand), k, o.maxIterations ?? 300, tolAbs);
    if (!best || run.inertia < best.inertia) best = run;
  }
  const sizes = new Array(k).fill(0);
  for (const l of best!.labels) sizes[l]++;
  if (!best!.converged) {
    const iterations = o.maxIterations ?? 300;
    warnings.push(
      notice('cluster.notConverged', { iterations }, `stopped after ${iterations} iterations without converging`),
    );
  }
  return {
    k,
    labels: best!.labels,
    centroids: best!.centers,
    inertia: best!.inertia,
    sizes,
    iterations: best!.iterations,
    converged: best!.converged,
    warnings,
  };
}
