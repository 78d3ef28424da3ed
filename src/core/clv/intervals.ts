import { seededStream } from '../cluster/seededRandom.ts';
import { normalQuantile } from './special.ts';
import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import type { ClvResult } from './clvAnalysis.ts';
import type { ValueTerms } from './customerValue.ts';
import type { FitResult } from './fitModel.ts';
import { historyCodes } from './compress.ts';
import { modelRow } from './fitRepeat.ts';
import { countKernel, invertCdf } from './countKernels.ts';
import type { CountKernel } from './countKernels.ts';

/** How the intervals are drawn: the level (0.8 or 0.95), parameter draws and the random seed. */
export interface IntervalOptions {
  level: number;
  /** Parameter draws of the parametric bootstrap (each also draws every customer's future once). */
  draws: number;
  seed: number;
}

export const DEFAULT_INTERVAL_OPTIONS: IntervalOptions = { level: 0.8, draws: 100, seed: 1 };

/** What the intervals need from a CLV result (the worker gets these parts, not the cube). */
export type IntervalInput = Pick<ClvResult, 'model' | 'summary' | 'fit' | 'spendFit' | 'predictions'> & {
  terms: ValueTerms;
  /** Each customer's own margin (profit basis; ClvResult.margins) instead of terms.margin. */
  margins?: Float64Array;
};

/** A grouping of the customers: a code per customer (aligned with the summary, −1 = none) and names. */
export interface Grouping {
  id: string;
  codes: Int32Array;
  count: number;
  /** The groups' ids (e.g. value classes or segment ids), by code. */
  labels?: string[];
}

/** Per-customer lower and upper ends, aligned with the summary's customers. */
export interface Bounds {
  low: Float64Array;
  high: Float64Array;
}

/** A total over a group: the point prediction (sum of the customers' means) and its interval. */
export interface TotalInterval {
  mean: number;
  low: number;
  high: number;
}

export interface GroupTotals {
  id: string;
  labels: string[];
  /** Per group code: customers, and the totals of purchases, CLV and customers alive at the horizon. */
  customers: Int32Array;
  purchases: TotalInterval[];
  clv: TotalInterval[];
  /** null when P(alive) is withheld (dropout not identified). */
  alive: TotalInterval[] | null;
}

/** Prediction intervals over the CLV horizon: see clvIntervals. */
export interface ClvIntervals {
  level: number;
  draws: number;
  seed: number;
  /** Whether the fit's covariance was available (else only the customers' own randomness). */
  parameterDraws: boolean;
  /** Purchases in the horizon: equal-tailed quantiles of the predictive distribution (whole numbers). */
  purchases: Bounds;
  /** P(alive) at the horizon's end over the parameter draws; NaN when P(alive) is withheld. */
  pAliveEnd: Bounds;
  /** CLV (currency): quantiles of the simulated discounted margin. */
  clv: Bounds;
  /** The same for every customer together and for each grouping passed in. */
  total: GroupTotals;
  groups: GroupTotals[];
  notes: Notice[];
  ms: number;
}

/**
 * Prediction intervals at `level` for every customer and for group totals, by a parametric
 * bootstrap: `draws` log-parameter vectors from N(ln θ̂, covLog) for the repeat model (and for
 * Gamma-Gamma when fitted), and for each draw the customer's own future simulated once: the count
 * from the model's P(Y = n | x, t_x, T) under that draw, the spend of those purchases from the
 * Gamma-Gamma posterior (transaction values Gamma(p, ν), ν ~ Gamma(px + q, γ + m̄x)), and the
 * customer's monthly discounting. Count intervals are the equal-tailed quantiles of the predictive
 * distribution (the mixture over draws, exact): low = the smallest n with P(Y ≤ n) > (1 − level)/2,
 * high = the smallest n with P(Y ≤ n) ≥ 1 − (1 − level)/2, so each tail outside holds at most
 * (1 − level)/2 and a whole-number interval covers at least `level`. CLV and P(alive) intervals are
 * the same quantiles of the simulated values. Group totals are summed per draw, then the quantiles
 * taken (customers alive at the horizon: per draw the normal with the summed mean Σp and variance
 * Σp(1 − p)). The spend of y purchases is drawn as the lognormal with its exact mean and variance
 * when ν's shape exceeds 2 (else as the two gamma draws). Work depending on (x, T) or (x, t_x, T) only is done once per distinct history.
 */
export function clvIntervals(
  r: IntervalInput,
  o: IntervalOptions = DEFAULT_INTERVAL_OPTIONS,
  groupings: readonly Grouping[] = [],
): ClvIntervals {
  const t0 = performance.now();
  const s = r.summary;
  const n = s.n;
  const D = Math.max(20, Math.round(o.draws));
  const tail = (1 - o.level) / 2;
  const { rand, state } = seededStream(o.seed);
  const notes: Notice[] = [];
  // When the data do not identify dropout (P(alive) withheld), the dropout parameters' standard
  // errors are meaningless: drawing them makes whole populations leave at once (totals from 0).
  // They stay at the estimate; the purchase rate's draws ((r, α), or BG/BB's (α, β), the first
  // two of every model) keep their marginal distribution.
  const dropoutFixed = pAliveWithheld(r.predictions.pAlive);
  const repeatDraws = drawParams(r.fit, D, rand, saneDraw(r.fit), dropoutFixed ? 2 : Infinity);
  if (dropoutFixed && repeatDraws.fromCovariance) {
    notes.push(
      notice(
        'intervals.dropoutFixed',
        {},
        'the data do not identify dropout, so the intervals keep the dropout parameters at their estimate and show the uncertainty of the purchase rate and the customers’ own randomness',
      ),
    );
  }
  if (!repeatDraws.fromCovariance) {
    notes.push(
      notice(
        'intervals.noCovariance',
        {},
        'the fit has no covariance (its Hessian is not positive definite): the intervals show the customers’ own randomness only, not the parameters’ uncertainty',
      ),
    );
  }
  const gg = r.spendFit ? drawParams(r.spendFit, D, rand, (p) => p[1] > 1) : null;
  const ggP = gg ? Float64Array.from(gg.params, (v) => v[0]) : null;
  const ggQ = Float64Array.from(gg?.params ?? [], (v) => v[1]);
  const ggG = Float64Array.from(gg?.params ?? [], (v) => v[2]);
  const horizon = r.terms.horizonDays / s.unitDays;
  const pred = r.predictions;
  const withheld = pAliveWithheld(pred.pAlive);
  const margin = r.terms.margin;

  const purchases = { low: new Float64Array(n), high: new Float64Array(n) };
  const pAliveEnd = { low: new Float64Array(n), high: new Float64Array(n) };
  const clv = { low: new Float64Array(n), high: new Float64Array(n) };
  const all: Grouping = { id: 'all', codes: new Int32Array(n), count: 1 };
  const gs = [all, ...groupings];
  const offsets = Int32Array.from(gs, (_, g) => gs.slice(0, g).reduce((a, h) => a + h.count, 0));
  const cells = gs.reduce((a, g) => a + g.count, 0) * D;
  // Each customer's sale is added once, into the cell of its codes' combination (value class ×
  // segment …); every grouping's sums are derived from those at the end. When the combinations are
  // too many, into each grouping's cell directly (one cell per grouping and customer).
  const combined = combineCodes(groupings, n);
  const codesOf = combined ? [combined.codes] : gs.map((g) => g.codes);
  const addOffsets = combined ? Int32Array.of(0) : offsets;
  const addCells = combined ? combined.count * D : cells;
  let sumY: Float64Array = new Float64Array(addCells);
  let sumC: Float64Array = new Float64Array(addCells);
  let sumA: Float64Array = new Float64Array(addCells);
  let varA: Float64Array = new Float64Array(addCells);
  const aliveCount = new Int32Array(addCells / D);
  const touched: number[] = [];
  const bases = new Int32Array(gs.length);

  // Distinct histories ordered by (x, T) (what an alive customer's distribution depends on), then
  // by t_x, so each shared piece is computed once; the customers of each history in a block.
  const history = historyCodes(r.model, s);
  const H = history.count;
  const hRows = new Float64Array(H * 3);
  const hSize = new Int32Array(H + 1);
  for (let i = 0; i < n; i++) {
    const h = history.code[i];
    if (hSize[h]++ === 0) hRows.set(modelRow(r.model, s, i), h * 3);
  }
  const hOrder = Int32Array.from({ length: H }, (_, h) => h).sort(
    (i, j) => hRows[i * 3] - hRows[j * 3] || hRows[i * 3 + 2] - hRows[j * 3 + 2] || hRows[i * 3 + 1] - hRows[j * 3 + 1],
  );
  // hFrom[j]: where the customers of the j-th history (in hOrder) start in `order`.
  const hFrom = new Int32Array(H + 1);
  const rank = new Int32Array(H);
  for (let j = 0; j < H; j++) {
    rank[hOrder[j]] = j;
    hFrom[j + 1] = hFrom[j] + hSize[hOrder[j]];
  }
  const order = new Int32Array(n);
  const fill = hFrom.slice(0, H);
  for (let i = 0; i < n; i++) order[fill[rank[history.code[i]]]++] = i;
  // A few histories across the range (and the heaviest buyer) to check Pareto/NBD's expansion on.
  const probes = Array.from(
    new Set(Array.from({ length: H > 0 ? 9 : 0 }, (_, q) => hOrder[Math.floor((q * (H - 1)) / 8)])),
    (h) => [hRows[h * 3], hRows[h * 3 + 1], hRows[h * 3 + 2]] as const,
  );
  const kernel = countKernel(r.model, repeatDraws.params, Object.values(r.fit.params), horizon, probes);
  const pa = new Float64Array(D);
  const paEnd = new Float64Array(D);
  const zeroCut = new Float64Array(D);
  const sampleY = new Float64Array(D);
  const sampleC = new Float64Array(D);
  const hits = new Int32Array(D);
  const lo = Math.floor(tail * D);
  const hi = Math.min(D - 1, Math.ceil((1 - tail) * D) - 1);

  let j = 0;
  while (j < H) {
    const x = hRows[hOrder[j] * 3];
    const T = hRows[hOrder[j] * 3 + 2];
    // The run of histories with this (x, T).
    let groupEnd = j + 1;
    while (groupEnd < H && hRows[hOrder[groupEnd] * 3] === x && hRows[hOrder[groupEnd] * 3 + 2] === T) groupEnd++;
    kernel.group(x, T);
    const still = kernel.still;
    const zero = kernel.zero;
    const { pool, start, len, fromPool, stayStart, stayLen } = kernel;
    // Each history of the run, and its customers.
    for (; j < groupEnd; j++) {
      const htx = hRows[hOrder[j] * 3 + 1];
      kernel.alive(x, htx, T, pa);
      let pMax = 0;
      for (let d = 0; d < D; d++) {
        paEnd[d] = pa[d] * still[d];
        // u below this: dead at T, or alive with a `v` the kernel maps to no purchase.
        zeroCut[d] = 1 - pa[d] * (1 - zero[d]);
        pMax = Math.max(pMax, 1 - zeroCut[d]);
      }
      const skip = pMax < SKIP_BELOW;
      const lnMiss = Math.log(1 - pMax);
      // P(alive at the horizon): quantiles over the parameter draws.
      const paLow = withheld ? NaN : select(paEnd, lo);
      const paHigh = withheld ? NaN : select(paEnd, hi);
      // The count: the mixture over draws of P(alive)·(alive's distribution) + (1 − P(alive)) at 0.
      const [yLow, yHigh] = mixtureQuantiles(kernel, pa, tail);
      for (let q = hFrom[j]; q < hFrom[j + 1]; q++) {
        const i = order[q];
        purchases.low[i] = yLow;
        purchases.high[i] = yHigh;
        pAliveEnd.low[i] = paLow;
        pAliveEnd.high[i] = paHigh;
        const perPurchase = discountPerPurchase(
          r.margins ? r.margins[i] : margin,
          pred.spend[i],
          pred.expected[i],
          pred.clv[i],
        );
        // The spend model's terms of this customer: ν ~ Gamma(p·x + q, γ + m̄·x) (Gamma(q, γ) without repeat spend).
        const xi = s.x[i];
        const mBar = s.spend[i];
        const known = xi > 0 && mBar > 0;
        const fixedSpend = pred.spend[i];
        // The customer's own future under each draw: dead at T, or alive and buying per the model;
        // only the draws with a purchase are kept (in `hits`), the rest are 0.
        let nHits = 0;
        // The draws with a purchase: each draw d is one with probability 1 − zeroCut[d] ≤ pMax.
        // Where pMax is small, candidates come at geometric gaps (probability pMax each) and are
        // kept with probability (1 − zeroCut[d])/pMax: the same independent draws, fewer uniforms.
        for (let d = skip ? -1 : 0; ; skip ? 0 : d++) {
          let u: number;
          if (!skip && d >= D) break;
          // rand() by hand (seededStream): the draws of this loop without a call each.
          let a = (state[0] + 0x6d2b79f5) >>> 0;
          state[0] = a;
          let t = Math.imul(a ^ (a >>> 15), a | 1);
          t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
          const r1 = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
          if (skip) {
            d += 1 + Math.floor(Math.log(1 - r1) / lnMiss);
            if (!(d < D)) break;
            a = (state[0] + 0x6d2b79f5) >>> 0;
            state[0] = a;
            t = Math.imul(a ^ (a >>> 15), a | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            const w = (((t ^ (t >>> 14)) >>> 0) / 4294967296) * pMax;
            if (w >= 1 - zeroCut[d]) continue;
            u = zeroCut[d] + w;
          } else {
            u = r1;
            if (u < zeroCut[d]) continue;
          }
          const dead = 1 - pa[d];
          const v = (u - dead) / pa[d];
          const y = fromPool
            ? invertCdf(pool, start[d], len[d], v)
            : stayStart && v < still[d]
              ? invertCdf(pool, stayStart[d], stayLen![d], v / still[d])
              : kernel.sample(d, v, rand);
          if (y === 0) continue;
          let value: number;
          if (ggP) {
            const shape = known ? ggP[d] * xi + ggQ[d] : ggQ[d];
            const rate = known ? ggG[d] + mBar * xi : ggG[d];
            value = perPurchase * spendDraw(ggP[d] * y, shape, rate, rand);
          } else value = perPurchase * y * fixedSpend;
          sampleY[nHits] = y;
          sampleC[nHits] = value;
          hits[nHits++] = d;
        }
        // Every grouping's sums side by side in one array: (grouping offset + code) × D + d.
        let nGroups = 0;
        for (let g = 0; g < addOffsets.length; g++) {
          const code = codesOf[g][i];
          if (code < 0) continue;
          bases[nGroups++] = (addOffsets[g] + code) * D;
          // Customers alive at the horizon depend on the history only: counted per cell, added below.
          if (!withheld && aliveCount[addOffsets[g] + code]++ === 0) touched.push(addOffsets[g] + code);
        }
        for (let h = 0; h < nHits; h++) {
          const d = hits[h];
          for (let g = 0; g < nGroups; g++) {
            sumY[bases[g] + d] += sampleY[h];
            sumC[bases[g] + d] += sampleC[h];
          }
        }
        // No purchase means no value: when the count's interval starts (or ends) at 0, so does the
        // CLV's; the values' quantiles counting the draws without a purchase as 0.
        clv.high[i] = yHigh === 0 ? 0 : hitQuantile(sampleC, nHits, D, hi);
        // After selecting `hi`, the values below its place are the smaller ones: `lo` among them.
        clv.low[i] =
          yLow === 0
            ? 0
            : lo < D - nHits
              ? 0
              : yHigh === 0
                ? hitQuantile(sampleC, nHits, D, lo)
                : selectBelow(lo - (D - nHits), hi - (D - nHits));
      }
      // Customers alive at the horizon: the mean and variance per draw of the history's customers.
      for (const cell of touched) {
        const count = aliveCount[cell];
        const base = cell * D;
        for (let d = 0; d < D; d++) {
          sumA[base + d] += count * paEnd[d];
          varA[base + d] += count * paEnd[d] * (1 - paEnd[d]);
        }
        aliveCount[cell] = 0;
      }
      touched.length = 0;
    }
  }
  if (combined) {
    sumY = deriveSums(combined, gs, offsets, sumY, D);
    sumC = deriveSums(combined, gs, offsets, sumC, D);
    sumA = deriveSums(combined, gs, offsets, sumA, D);
    varA = deriveSums(combined, gs, offsets, varA, D);
  }
  // Alive at the horizon is a sum of independent yes/no per customer under each draw: drawn from
  // the normal with its mean and variance (the count of many customers; exact enough for a total).
  for (let c = 0; c < cells; c++) sumA[c] = Math.max(0, sumA[c] + Math.sqrt(varA[c]) * normal(rand));
  const part = (a: Float64Array, g: number) => a.subarray(offsets[g] * D, (offsets[g] + gs[g].count) * D);
  const totals = gs.map((g, gi) =>
    groupTotals(g, pred, withheld, part(sumY, gi), part(sumC, gi), part(sumA, gi), D, lo, hi),
  );
  return {
    level: o.level,
    draws: D,
    seed: o.seed,
    parameterDraws: repeatDraws.fromCovariance,
    purchases,
    pAliveEnd,
    clv,
    total: totals[0],
    groups: totals.slice(1),
    notes,
    ms: performance.now() - t0,
  };
}

/** Per-draw purchase probability below which the customer loop skips to the draws with a purchase. */
const SKIP_BELOW = 0.4;
/** The most code combinations summed per cell (beyond: each grouping's cells directly). */
export const MAX_COMBINATIONS = 4096;

/** The distinct combinations of the groupings' codes: a combination per customer and, per combination, each grouping's code. */
export interface CodeCombinations {
  codes: Int32Array;
  count: number;
  /** Per grouping (in the order given), the code of each combination (−1 = none). */
  of: Int32Array[];
}

/**
 * The combinations of the groupings' codes that occur among n customers, numbered in order of
 * first appearance; null when there are more than `limit`.
 */
export function combineCodes(
  groupings: readonly Grouping[],
  n: number,
  limit = MAX_COMBINATIONS,
): CodeCombinations | null {
  const codes = new Int32Array(n);
  // A number per combination: the codes (+1, for −1) in mixed radix; exact below 2^53.
  const radix = groupings.reduce((a, g) => a * (g.count + 1), 1);
  if (!(radix < 2 ** 53)) return null;
  const id = new Map<number, number>();
  const of: number[][] = groupings.map(() => []);
  for (let i = 0; i < n; i++) {
    let k = 0;
    for (let g = 0; g < groupings.length; g++) k = k * (groupings[g].count + 1) + groupings[g].codes[i] + 1;
    let c = id.get(k);
    if (c === undefined) {
      c = id.size;
      if (c >= limit) return null;
      id.set(k, c);
      for (let g = 0; g < groupings.length; g++) of[g].push(groupings[g].codes[i]);
    }
    codes[i] = c;
  }
  return { codes, count: id.size, of: of.map((o) => Int32Array.from(o)) };
}

/**
 * Every grouping's per-draw sums (cell (offset + code) × D + d, as the customer loop would add
 * them) from the sums per code combination (cell combination × D + d). `gs[0]` is the grouping of
 * every customer (code 0); `gs[1 …]` are the groupings combined.
 */
export function deriveSums(
  combined: CodeCombinations,
  gs: readonly Grouping[],
  offsets: Int32Array,
  sums: Float64Array,
  D: number,
): Float64Array {
  const out = new Float64Array(gs.reduce((a, g) => a + g.count, 0) * D);
  for (let c = 0; c < combined.count; c++) {
    const row = sums.subarray(c * D, (c + 1) * D);
    for (let g = 0; g < gs.length; g++) {
      const code = g === 0 ? 0 : combined.of[g - 1][c];
      if (code < 0) continue;
      const base = (offsets[g] + code) * D;
      for (let d = 0; d < D; d++) out[base + d] += row[d];
    }
  }
  return out;
}

/**
 * Keeps repeat-model draws within 1e-10 … 1e10 (or the estimate, when it lies outside): where the
 * data do not identify dropout the log-parameters' standard errors are huge (Online Retail:
 * Pareto/NBD's s ≈ 0.0008 with ln s drawn up to +90), and a draw of s ≈ 1e39 is no plausible
 * population; the models' series lose their meaning there (Pareto/NBD's P(Y = 0) throws).
 */
function saneDraw(fit: FitResult): (p: number[]) => boolean {
  const est = Object.values(fit.params);
  return (p) => p.every((v, a) => v >= Math.min(1e-10, est[a]) && v <= Math.max(1e10, est[a]));
}

/** True when the guard withheld P(alive) (NaN for every customer: dropout not identified). */
function pAliveWithheld(pAlive: Float64Array): boolean {
  return pAlive.length > 0 && Number.isNaN(pAlive[0]);
}

/**
 * Draws of natural parameters exp(N(ln θ̂, covLog)); all θ̂ when there is no covariance. Parameters
 * from index `drawn` on stay at θ̂ (the lower Cholesky factor keeps the others' marginal).
 */
function drawParams(
  fit: FitResult,
  D: number,
  rand: () => number,
  valid: (p: number[]) => boolean = () => true,
  drawn = Infinity,
): { params: number[][]; fromCovariance: boolean } {
  const mean = Object.values(fit.params);
  const L = fit.covLog ? cholesky(fit.covLog) : null;
  const params: number[][] = [];
  for (let d = 0; d < D; d++) {
    let p = mean;
    for (let tries = 0; L && tries < 20; tries++) {
      const z = mean.map(() => normal(rand));
      const cand = mean.map((v, a) => {
        if (a >= drawn) return v;
        let e = 0;
        for (let b = 0; b <= a; b++) e += L[a][b] * z[b];
        return v * Math.exp(e);
      });
      if (cand.every(Number.isFinite) && valid(cand)) {
        p = cand;
        break;
      }
    }
    params.push(p);
  }
  return { params, fromCovariance: L !== null };
}

/** Lower Cholesky factor of a symmetric positive-definite matrix, or null. */
export function cholesky(a: number[][]): number[][] | null {
  const k = a.length;
  const L = a.map(() => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let v = a[i][j];
      for (let q = 0; q < j; q++) v -= L[i][q] * L[j][q];
      if (i === j) {
        if (!(v > 0)) return null;
        L[i][i] = Math.sqrt(v);
      } else L[i][j] = v / L[j][j];
    }
  }
  return L;
}

/** A standard normal draw (Box–Muller, the pair's second kept for the next call with the same generator). */
let spare = NaN;
let spareOf: (() => number) | null = null;
function normal(rand: () => number): number {
  if (spareOf === rand && !Number.isNaN(spare)) {
    const z = spare;
    spare = NaN;
    return z;
  }
  const radius = Math.sqrt(-2 * Math.log(1 - rand()));
  const angle = 2 * Math.PI * rand();
  spare = radius * Math.sin(angle);
  spareOf = rand;
  return radius * Math.cos(angle);
}

/** A Gamma(shape, 1) draw (Marsaglia & Tsang; shape < 1 through the U^{1/shape} boost). */
export function gammaDraw(shape: number, rand: () => number): number {
  if (shape < 1) return gammaDraw(shape + 1, rand) * Math.pow(1 - rand(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = normal(rand);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rand();
    if (u < 1 - 0.0331 * z ** 4 || Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * countQuantiles of the mixture (1/D) Σ_d [pa_d · cdf_d(n) + 1 − pa_d] over the kernel's cdfs of
 * the (x, T) last grouped, by bisection over n.
 */
function mixtureQuantiles(kernel: CountKernel, pa: Float64Array, tail: number): [number, number] {
  const D = pa.length;
  const { pool, start, len } = kernel;
  let top = 0;
  for (let d = 0; d < D; d++) top = Math.max(top, len[d] - 1);
  const cdf = (n: number) => {
    let c = 0;
    for (let d = 0; d < D; d++) c += pa[d] * (n < len[d] ? 1 - pool[start[d] + n] : 0);
    return 1 - c / D;
  };
  // Counts are mostly small: n = 0, 1, … first, then bisection over the rest (cdf(top) = 1).
  let low = -1;
  const scan = Math.min(top, 16);
  for (let k = 0; k <= scan; k++) {
    const c = cdf(k);
    if (low < 0 && c > tail + 1e-12) low = k;
    if (c >= 1 - tail - 1e-12) return [low, k];
  }
  const first = (ok: (c: number) => boolean) => {
    let lo = scan + 1;
    let hi = top;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ok(cdf(mid))) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return [low >= 0 ? low : first((c) => c > tail + 1e-12), first((c) => c >= 1 - tail - 1e-12)];
}

/**
 * The kth smallest of D values of which only the first `hits` are stored (the others are 0 and
 * come first, the values being ≥ 0).
 */
function hitQuantile(values: Float64Array, hits: number, D: number, kth: number): number {
  const zeros = D - hits;
  return kth < zeros ? 0 : select(values, kth - zeros, hits);
}

/**
 * Equal-tailed quantiles of a count's pmf: the smallest n with F(n) > tail, and the smallest n with
 * F(n) ≥ 1 − tail (each tail outside the interval holds at most `tail`).
 */
export function countQuantiles(pmf: ArrayLike<number>, tail: number): [number, number] {
  let c = 0;
  let low = -1;
  for (let j = 0; j < pmf.length; j++) {
    c += pmf[j];
    if (low < 0 && c > tail + 1e-12) low = j;
    if (c >= 1 - tail - 1e-12) return [Math.max(low, 0), j];
  }
  return [Math.max(low, 0), pmf.length - 1];
}

/**
 * The discounted margin per purchase of customer i (margin × discounting as in the point CLV): its
 * CLV over expected purchases × expected spend, so the simulated purchases are discounted as the
 * model's expected timing of them.
 */
function discountPerPurchase(margin: number, spend: number, expected: number, clv: number): number {
  const undiscounted = margin * spend * expected;
  // A loss-making customer (profit basis: negative margin) is discounted the same way.
  return undiscounted !== 0 && Number.isFinite(clv) ? (clv / undiscounted) * margin : margin;
}

/**
 * The spend of y purchases (py = p·y) of a customer whose ν ~ Gamma(shape, rate): the sum of y
 * transaction values Gamma(p, ν), ν ~ Gamma(px + q, γ + m̄x) from the customer's x and mean m̄
 * (the population's Gamma(q, γ) without repeat purchases).
 */
function spendDraw(py: number, shape: number, rate: number, rand: () => number): number {
  if (shape <= 2.05) return (rate * gammaDraw(py, rand)) / gammaDraw(shape, rand);
  // rate · G / V with G ~ Gamma(py), V ~ Gamma(shape): mean rate·py/(shape − 1) and
  // E[·²]/mean² = (1 + 1/py)(1 + 1/(shape − 2)); drawn as the lognormal with that mean and
  // variance, mean/√ratio · e^{√(ln ratio)·z}, z from the table of normal quantiles.
  // With L = ln ratio: mean · e^{√L·z − L/2}.
  const lnRatio = Math.log((1 + 1 / py) * (1 + 1 / (shape - 2)));
  const z = NORMAL_TABLE[(rand() * NORMAL_TABLE.length) | 0];
  return ((rate * py) / (shape - 1)) * Math.exp(Math.sqrt(lnRatio) * z - 0.5 * lnRatio);
}

/**
 * The standard normal's quantiles at (k + ½)/4096: a draw for the lognormal spend is one uniform
 * and a lookup (the table reaches ±3.7; the spend's intervals are quantiles of 100 draws).
 */
const NORMAL_TABLE = Float64Array.from({ length: 4096 }, (_, k) => normalQuantile((k + 0.5) / 4096));

let selectBuffer = new Float64Array(256);

/**
 * The k-th smallest of the values last passed to `select`, when k ≤ the k-th last selected
 * (`kthBefore`): the selection left the smaller ones before that place.
 */
export function selectBelow(kth: number, kthBefore: number): number {
  return kth === kthBefore ? selectBuffer[kth] : selectIn(selectBuffer, kth, kthBefore);
}

/** The k-th smallest of the first `len` values (copied; Hoare's selection). */
export function select(values: Float64Array, kth: number, len = values.length): number {
  if (selectBuffer.length < len) selectBuffer = new Float64Array(len);
  const a = selectBuffer;
  for (let q = 0; q < len; q++) a[q] = values[q];
  return selectIn(a, kth, len);
}

/** Hoare's selection of the k-th smallest of a[0 … len) in place. */
function selectIn(a: Float64Array, kth: number, len: number): number {
  let left = 0;
  let right = len - 1;
  while (right > left) {
    const pivot = a[(left + right) >> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (kth <= j) right = j;
    else if (kth >= i) left = i;
    else break;
  }
  return a[kth];
}

function groupTotals(
  g: Grouping,
  pred: IntervalInput['predictions'],
  withheld: boolean,
  sumY: Float64Array,
  sumC: Float64Array,
  sumA: Float64Array,
  D: number,
  lo: number,
  hi: number,
): GroupTotals {
  const customers = new Int32Array(g.count);
  const meanY = new Float64Array(g.count);
  const meanC = new Float64Array(g.count);
  const meanA = new Float64Array(g.count);
  for (let i = 0; i < g.codes.length; i++) {
    const c = g.codes[i];
    if (c < 0) continue;
    customers[c]++;
    meanY[c] += pred.expected[i];
    meanC[c] += pred.clv[i];
    meanA[c] += pred.pAliveEnd[i];
  }
  const band = (sums: Float64Array, means: Float64Array) =>
    Array.from({ length: g.count }, (_, c) => {
      const row = sums.subarray(c * D, (c + 1) * D);
      return { mean: means[c], low: select(row, lo), high: select(row, hi) };
    });
  return {
    id: g.id,
    labels: g.labels ?? [],
    customers,
    purchases: band(sumY, meanY),
    clv: band(sumC, meanC),
    alive: withheld ? null : band(sumA, meanA),
  };
}

/** The typed-array buffers of intervals, to transfer from the worker. */
export function intervalBuffers(iv: ClvIntervals): ArrayBuffer[] {
  const arrays = [iv.purchases, iv.pAliveEnd, iv.clv].flatMap((b) => [b.low, b.high]);
  arrays.push(...[iv.total, ...iv.groups].map((g) => g.customers as unknown as Float64Array));
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
