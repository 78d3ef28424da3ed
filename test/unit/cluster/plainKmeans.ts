// The plain k-means the app used before Hamerly's bounds (every point against every centre, every
// iteration), kept as the oracle the faster one must match bit for bit.
import type { Points } from '../../../src/core/cluster/kmeans.ts';
import { seededRandom } from '../../../src/core/cluster/seededRandom.ts';

const dist2 = (a: Float64Array, i: number, b: Float64Array, j: number, d: number) => {
  let s = 0;
  for (let t = 0; t < d; t++) {
    const v = a[i * d + t] - b[j * d + t];
    s += v * v;
  }
  return s;
};

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
  for (let c = 1; c < k; c++) {
    let bestPot = Infinity;
    let bestIdx = 0;
    let bestClosest: Float64Array | null = null;
    for (let t = 0; t < trials; t++) {
      // Sample a point with probability ∝ its squared distance to the nearest centre so far.
      let r = rand() * pot;
      let idx = 0;
      while (idx < n - 1 && r >= closest[idx]) r -= closest[idx++];
      if (pot === 0) idx = Math.floor(rand() * n);
      const cand = new Float64Array(n);
      let candPot = 0;
      for (let i = 0; i < n; i++) candPot += cand[i] = Math.min(closest[i], dist2(data, i, data, idx, d));
      if (candPot < bestPot) {
        bestPot = candPot;
        bestIdx = idx;
        bestClosest = cand;
      }
    }
    centers.set(data.subarray(bestIdx * d, bestIdx * d + d), c * d);
    closest.set(bestClosest!);
    pot = bestPot;
  }
  return centers;
}

/** One Lloyd run from given centres. */
export function lloyd(p: Points, centers: Float64Array, k: number, maxIterations: number, tolAbs: number) {
  const { n, d, data } = p;
  const labels = new Int32Array(n);
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  let iterations = 0;
  let converged = false;
  const best = new Float64Array(n);
  for (; iterations < maxIterations; iterations++) {
    // Assign.
    for (let i = 0; i < n; i++) {
      let bi = 0;
      let bd = Infinity;
      for (let c = 0; c < k; c++) {
        const v = dist2(data, i, centers, c, d);
        if (v < bd) {
          bd = v;
          bi = c;
        }
      }
      labels[i] = bi;
      best[i] = bd;
    }
    // Update.
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      counts[labels[i]]++;
      for (let t = 0; t < d; t++) sums[labels[i] * d + t] += data[i * d + t];
    }
    // An empty cluster takes the point farthest from its centre (scikit-learn's relocation).
    for (let c = 0; c < k; c++) {
      if (counts[c] > 0) continue;
      let far = 0;
      for (let i = 1; i < n; i++) if (best[i] > best[far]) far = i;
      const from = labels[far];
      counts[from]--;
      for (let t = 0; t < d; t++) sums[from * d + t] -= data[far * d + t];
      labels[far] = c;
      best[far] = 0;
      counts[c] = 1;
      for (let t = 0; t < d; t++) sums[c * d + t] = data[far * d + t];
    }
    let shift = 0;
    for (let c = 0; c < k; c++) {
      for (let t = 0; t < d; t++) {
        const v = counts[c] > 0 ? sums[c * d + t] / counts[c] : centers[c * d + t];
        shift += (v - centers[c * d + t]) ** 2;
        centers[c * d + t] = v;
      }
    }
    if (shift <= tolAbs) {
      converged = true;
      iterations++;
      break;
    }
  }
  // Final assignment and inertia against the final centres.
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    let bi = 0;
    let bd = Infinity;
    for (let c = 0; c < k; c++) {
      const v = dist2(data, i, centers, c, d);
      if (v < bd) {
        bd = v;
        bi = c;
      }
    }
    labels[i] = bi;
    inertia += bd;
  }
  return { labels, centers, inertia, iterations, converged };
}

/** Best of `restarts` k-means++ starts (k ≤ distinct points), as `kmeans` computes it. */
export function plainKmeans(p: Points, o: { k: number; seed?: number; restarts?: number; maxIterations?: number }) {
  const rand = seededRandom(o.seed ?? 0);
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
  const tolAbs = 1e-4 * meanVar;
  let best: ReturnType<typeof lloyd> | null = null;
  for (let r = 0; r < (o.restarts ?? 10); r++) {
    const run = lloyd(p, kmeansPlusPlus(p, o.k, rand), o.k, o.maxIterations ?? 300, tolAbs);
    if (!best || run.inertia < best.inertia) best = run;
  }
  return best!;
}
