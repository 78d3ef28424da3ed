/**
 * The predictive count distributions behind the prediction intervals, per parameter draw, shared
 * by every customer with the same (x, T): each model's "alive at T" distribution of purchases in
 * (T, T + t] by recurrences (no per-count special functions), and P(alive at T | x, t_x, T) per
 * draw. Times in the model's unit (whole periods for BG/BB).
 */
import { paretoNbd } from './paretoNbd.ts';
import { lnDropMoments } from './pnbdDrop.ts';
import { lnRising } from './special.ts';
import type { RepeatModelId } from './types.ts';

/** Tail mass below which a count distribution's support is cut. */
export const CUT = 1e-4;
/** The most purchases a distribution is followed to (beyond: the rest lumped into the last). */
export const MAX_COUNT = 5000;

/** A history (x, t_x, T) to check the Pareto/NBD P(alive) expansion on. */
export type History = readonly [number, number, number];

/**
 * Per draw d, for the customers of the (x, T) last passed to `group`: the cumulative distribution
 * of an alive customer's purchases in `pool` (cdf(n) at pool[start[d] + n], len[d] entries, the
 * last 1) and P(still alive at T + t | alive at T).
 */
export interface CountKernel {
  pool: Float64Array;
  start: Int32Array;
  len: Int32Array;
  still: Float64Array;
  /** Per draw: `sample` gives 0 for every v below zero[d]. */
  zero: Float64Array;
  group(x: number, T: number): void;
  /** P(alive at T | x, t_x, T) per draw into `pa`, for a history of the (x, T) last grouped. */
  alive(x: number, tx: number, T: number, pa: Float64Array): void;
  /** Whether `sample(d, v)` is invertCdf over cdf d in `pool` (callers may call that directly). */
  fromPool: boolean;
  /** An alive customer's count under draw d, given v uniform on [0, 1) (and `rand` if it needs more). */
  sample(d: number, v: number, rand: () => number): number;
  /**
   * Where `sample(d, v)` for v < still[d] is invertCdf over the cdf at pool[stayStart[d]], stayLen[d]
   * entries, at v/still[d] (Pareto/NBD: alive throughout the horizon), those cdfs (callers may
   * take that case without the call).
   */
  stayStart?: Int32Array;
  stayLen?: Int32Array;
}

/**
 * The kernel of a model for parameter draws `params` (natural parameters, one row per draw) and a
 * horizon of t time units. `estimate`: the fitted parameters; `probes`: a few histories on which
 * Pareto/NBD's expanded P(alive) is checked against the exact one.
 */
export function countKernel(
  model: RepeatModelId,
  params: readonly number[][],
  estimate: readonly number[],
  t: number,
  probes: readonly History[],
): CountKernel {
  if (model === 'pnbd') return pnbdKernel(params, estimate, t, probes);
  if (model === 'bgbb') return bgbbKernel(params, t);
  return bgKernel(params, t, model === 'mbgnbd');
}

/** A growing buffer of cdfs, refilled per (x, T). */
class Pool {
  buf = new Float64Array(1 << 16);
  used = 0;
  /** Room for one more distribution of up to MAX_COUNT entries; returns where it starts. */
  open(): number {
    if (this.used + MAX_COUNT > this.buf.length) {
      const next = new Float64Array(Math.max(this.buf.length * 2, this.used + MAX_COUNT));
      next.set(this.buf.subarray(0, this.used));
      this.buf = next;
    }
    return this.used;
  }
}

function base(D: number) {
  return {
    pool: new Pool(),
    start: new Int32Array(D),
    len: new Int32Array(D),
    still: new Float64Array(D),
    zero: new Float64Array(D),
  };
}

/**
 * A kernel over `k`'s buffers with the model's own `group` and `alive`; `sample` inverts the
 * pool's cdf unless the model gives its own (then `fromPool` is false).
 */
function kernelOf(
  k: ReturnType<typeof base>,
  own: Pick<CountKernel, 'group' | 'alive'> & Partial<Pick<CountKernel, 'sample' | 'stayStart' | 'stayLen'>>,
): CountKernel {
  return {
    stayStart: own.stayStart,
    stayLen: own.stayLen,
    get pool() {
      return k.pool.buf;
    },
    start: k.start,
    len: k.len,
    still: k.still,
    zero: k.zero,
    fromPool: !own.sample,
    group: own.group,
    alive: own.alive,
    sample: own.sample ?? ((d, v) => invertCdf(k.pool.buf, k.start[d], k.len[d], v)),
  };
}

/**
 * The smallest n with cdf(n) ≥ v over the cdf at buf[from …from + len): counts are mostly small,
 * so n = 0 … 7 in turn, then bisection over the rest.
 */
export function invertCdf(buf: Float64Array, from: number, len: number, v: number): number {
  const scan = Math.min(len - 1, 8);
  for (let n = 0; n < scan; n++) if (buf[from + n] >= v) return n;
  let lo = from + scan;
  let hi = from + len - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (buf[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo - from;
}

/**
 * BG/NBD's P(X(t) = n) for a customer alive at 0 (FHL 2005 eq. 8) for n = 0, 1, … by recurrences,
 * cumulated into out[at …] until 1 − CUT: the negative binomial NB(n) = NB(n − 1)(r + n − 1)/n ·
 * t/(α + t) (in logs while it underflows), B(a, b + n)/B(a, b) and B(a + 1, b + n − 1)/B(a, b) by
 * their ratios. Returns the length; still[0] gets P(alive at t) = Σ NB(n) B(a, b + n)/B(a, b).
 */
export function bgCdfInto(
  out: Float64Array,
  at: number,
  r: number,
  alpha: number,
  a: number,
  b: number,
  t: number,
  still: Float64Array,
  d: number,
): number {
  if (!(t > 0)) {
    out[at] = 1;
    still[d] = 1;
    return 1;
  }
  const pp = t / (alpha + t);
  const lnPp = Math.log(pp);
  let lnNb = r * Math.log(alpha / (alpha + t));
  let nb = lnNb > -700 ? Math.exp(lnNb) : 0;
  let below = nb; // P(NB ≤ n − 1) after the first step
  let c1 = 1; // B(a, b + n)/B(a, b)
  let c2 = a / (a + b); // B(a + 1, b + n − 1)/B(a, b) at n = 1
  let alive = nb;
  out[at] = nb;
  let c = nb;
  let len = 1;
  for (let n = 1; n < MAX_COUNT && c < 1 - CUT; n++) {
    if (nb === 0) {
      lnNb += Math.log((r + n - 1) / n) + lnPp;
      if (lnNb > -700) nb = Math.exp(lnNb);
    } else nb *= ((r + n - 1) / n) * pp;
    c1 *= (b + n - 1) / (a + b + n - 1);
    if (n > 1) c2 *= (b + n - 2) / (a + b + n - 1);
    const stay = c1 * nb;
    const v = stay + c2 * Math.max(0, 1 - below);
    alive += stay;
    below += nb;
    c += v;
    out[at + len++] = Math.min(1, c);
    if (n > 20 && v < CUT * 1e-3 && c > 0.5) break;
  }
  // The alive mass beyond the cut: at most the rest of the negative binomial times B(a, b + n)/B(a, b).
  still[d] = Math.min(1, alive + c1 * Math.max(0, 1 - below));
  out[at + len - 1] = 1;
  return len;
}

/** BG/NBD (b + x − 1 in P(alive)) and MBG/NBD (b + x, and b + x + 1 in the alive part). */
function bgKernel(params: readonly number[][], t: number, mbg: boolean): CountKernel {
  const D = params.length;
  const k = base(D);
  const lnOddsXT = new Float64Array(D);
  const lnTx = new Map<number, Float64Array>();
  return kernelOf(k, {
    group(x, T) {
      k.pool.used = 0;
      for (let d = 0; d < D; d++) {
        const [r, alpha, a, b] = params[d];
        const at = k.pool.open();
        const len = bgCdfInto(k.pool.buf, at, r + x, alpha + T, a, b + x + (mbg ? 1 : 0), t, k.still, d);
        k.zero[d] = k.pool.buf[at];
        k.start[d] = at;
        k.len[d] = len;
        k.pool.used += len;
        lnOddsXT[d] = Math.log(a) - Math.log(b + x - (mbg ? 0 : 1)) + (r + x) * Math.log(alpha + T);
      }
    },
    alive(x, tx, T, pa) {
      if (x === 0 && !mbg) {
        pa.fill(1);
        return;
      }
      // ln(α + t_x) per draw, kept per t_x (histories share them across x and T).
      let l = lnTx.get(tx);
      if (!l) {
        if (lnTx.size > 10_000) lnTx.clear();
        l = Float64Array.from(params, (p) => Math.log(p[1] + tx));
        lnTx.set(tx, l);
      }
      for (let d = 0; d < D; d++) pa[d] = 1 / (1 + Math.exp(lnOddsXT[d] - (params[d][0] + x) * l[d]));
    },
  });
}

/**
 * The negative binomial NB(r, α/(α + e)) (purchases of Gamma(r, α) rates over an exposure e)
 * cumulated into out[at …] until 1 − CUT; returns the length.
 */
export function nbCdfInto(out: Float64Array, at: number, r: number, alpha: number, e: number): number {
  if (!(e > 0)) {
    out[at] = 1;
    return 1;
  }
  const pp = e / (alpha + e);
  const lnPp = Math.log(pp);
  let lnNb = r * Math.log(alpha / (alpha + e));
  let nb = lnNb > -700 ? Math.exp(lnNb) : 0;
  let c = nb;
  out[at] = c;
  let len = 1;
  for (let n = 1; n < MAX_COUNT && c < 1 - CUT; n++) {
    if (nb === 0) {
      lnNb += Math.log((r + n - 1) / n) + lnPp;
      if (lnNb > -700) nb = Math.exp(lnNb);
    } else nb *= ((r + n - 1) / n) * pp;
    c += nb;
    out[at + len++] = Math.min(1, c);
  }
  out[at + len - 1] = 1;
  return len;
}

/** The smallest n with NB(r, α/(α + e)) cdf(n) ≥ v, summing the pmf from 0. */
function nbInvert(r: number, alpha: number, e: number, v: number): number {
  const pp = e / (alpha + e);
  let lnNb = r * Math.log(alpha / (alpha + e));
  let nb = lnNb > -700 ? Math.exp(lnNb) : 0;
  let c = nb;
  let n = 0;
  while (c < v && n < MAX_COUNT) {
    n++;
    if (nb === 0) {
      lnNb += Math.log(((r + n - 1) / n) * pp);
      if (lnNb > -700) nb = Math.exp(lnNb);
    } else nb *= ((r + n - 1) / n) * pp;
    c += nb;
  }
  return n;
}

/**
 * Pareto/NBD. Given alive at T the purchases in (T, T + t] are a new customer's with (r + x, α + T,
 * s, β + T): NB(r + x, (α + T)/(α + T + e)) over the exposure e = min(τ, t), τ the remaining
 * lifetime, Lomax with P(τ > y) = ((β + T)/(β + T + y))^s.
 * - The cdf for the quantiles takes one lifetime per draw at the draw's stratum (d + ½)/D of τ's
 *   distribution, so over the draws the lifetime's distribution is covered evenly (with 100
 *   draws the mixture is within about 1/100 of the exact one; see the tests).
 * - A customer's own count (`sample`) is exact: alive throughout with probability `still`, then
 *   NB over t; else dropping out at the lifetime drawn from v, then NB over that exposure.
 * - P(alive at T | x, t_x, T) per draw by a second-order expansion of its log-odds in the
 *   log-parameters around the estimate (lnDropMoments: one quadrature per history instead of one
 *   series per history and draw; the draws are normal in the log-parameters, and along a ridge
 *   such as s/β nearly linear there). On the probe histories it is checked against the exact one
 *   where it matters: the mean over the draws (the count's mixture) within 0.002, the 10 % and 90 %
 *   quantiles within 0.01, the 2.5 % and 97.5 % within 0.02 (single far draws may be off more);
 *   otherwise P(alive) is computed exactly per draw (slow for many customers).
 */
function pnbdKernel(
  params: readonly number[][],
  estimate: readonly number[],
  t: number,
  probes: readonly History[],
): CountKernel {
  const D = params.length;
  const k = base(D);
  const stayStart = new Int32Array(D);
  const stayLen = new Int32Array(D);
  const R1 = new Float64Array(D);
  const A1 = new Float64Array(D);
  const B1 = new Float64Array(D);
  // The draws' log-parameters relative to the estimate's.
  const z = new Float64Array(D * 4);
  for (let d = 0; d < D; d++) for (let a = 0; a < 4; a++) z[d * 4 + a] = Math.log(params[d][a] / estimate[a]);
  const S = Float64Array.from(params, (p) => p[2]);
  const gz = new Float64Array(4);
  const hz = new Float64Array(16);
  const moments = { ln: -Infinity, grad: new Float64Array(4), hess: new Float64Array(16) };
  const nat = new Float64Array(4);
  const dF = new Float64Array(4);
  const extra = new Float64Array(16);

  const expanded = (x: number, tx: number, T: number, pa: Float64Array) => {
    const [r, alpha, s, beta] = estimate;
    const R = r + x;
    const m = lnDropMoments(R, alpha, s, beta, tx, T, moments);
    if (m.ln === -Infinity) {
      pa.fill(1);
      return;
    }
    // F = ln(gone/alive) = ln s + ln I + R ln(α + T) + s ln(β + T): its gradient and Hessian in
    // (r, α, s, β), then in the log-parameters the draws are normal in (ln θ = ln θ̂ + z).
    const g = m.grad;
    const h = m.hess;
    const f = Math.log(s) + m.ln + R * Math.log(alpha + T) + s * Math.log(beta + T);
    nat[0] = r;
    nat[1] = alpha;
    nat[2] = s;
    nat[3] = beta;
    dF[0] = g[0] + Math.log(alpha + T);
    dF[1] = g[1] + R / (alpha + T);
    dF[2] = g[2] + 1 / s + Math.log(beta + T);
    dF[3] = g[3] + s / (beta + T);
    extra[1] = extra[4] = 1 / (alpha + T);
    extra[5] = -R / (alpha + T) ** 2;
    extra[10] = -1 / (s * s);
    extra[11] = extra[14] = 1 / (beta + T);
    extra[15] = -s / (beta + T) ** 2;
    for (let a = 0; a < 4; a++) {
      gz[a] = nat[a] * dF[a];
      for (let b = 0; b < 4; b++)
        hz[a * 4 + b] = nat[a] * nat[b] * (h[a * 4 + b] + extra[a * 4 + b]) + (a === b ? gz[a] : 0);
    }
    for (let d = 0; d < D; d++) {
      const z0 = z[d * 4];
      const z1 = z[d * 4 + 1];
      const z2 = z[d * 4 + 2];
      const z3 = z[d * 4 + 3];
      // ½ zᵀHz from the upper triangle.
      const half =
        0.5 * (hz[0] * z0 * z0 + hz[5] * z1 * z1 + hz[10] * z2 * z2 + hz[15] * z3 * z3) +
        z0 * (hz[1] * z1 + hz[2] * z2 + hz[3] * z3) +
        z1 * (hz[6] * z2 + hz[7] * z3) +
        hz[11] * z2 * z3;
      pa[d] = 1 / (1 + Math.exp(f + gz[0] * z0 + gz[1] * z1 + gz[2] * z2 + gz[3] * z3 + half));
    }
  };
  const exact = (x: number, tx: number, T: number, pa: Float64Array) => {
    for (let d = 0; d < D; d++) pa[d] = paretoNbd.pAlive(params[d], x, tx, T);
  };
  // Whether the expansion holds on the probes (always, when every draw is the estimate).
  let useExact = false;
  const a = new Float64Array(D);
  const b = new Float64Array(D);
  const quantile = (v: Float64Array, f: number) => Float64Array.from(v).sort()[Math.round(f * (D - 1))];
  for (const [x, tx, T] of probes) {
    expanded(x, tx, T, a);
    exact(x, tx, T, b);
    let mean = 0;
    for (let d = 0; d < D; d++) mean += (a[d] - b[d]) / D;
    const off = (f: number) => Math.abs(quantile(a, f) - quantile(b, f));
    if (!(Math.abs(mean) <= 0.002 && off(0.1) <= 0.01 && off(0.9) <= 0.01 && off(0.025) <= 0.02 && off(0.975) <= 0.02))
      useExact = true;
  }

  return kernelOf(k, {
    stayStart,
    stayLen,
    group(x, T) {
      k.pool.used = 0;
      for (let d = 0; d < D; d++) {
        const [r, alpha, s, beta] = params[d];
        const R = r + x;
        const a1 = alpha + T;
        const b1 = beta + T;
        R1[d] = R;
        A1[d] = a1;
        B1[d] = b1;
        const still = Math.exp(-s * Math.log1p(t / b1));
        k.still[d] = still;
        let at = k.pool.open();
        const len = nbCdfInto(k.pool.buf, at, R, a1, t);
        stayStart[d] = at;
        stayLen[d] = len;
        k.zero[d] = still * k.pool.buf[at];
        k.pool.used += len;
        const u = (d + 0.5) / D;
        if (u < 1 - still) {
          // This draw's lifetime ends inside the horizon: F(τ) = u.
          const tau = b1 * Math.expm1(-Math.log1p(-u) / s);
          at = k.pool.open();
          k.start[d] = at;
          k.len[d] = nbCdfInto(k.pool.buf, at, R, a1, Math.min(tau, t));
          k.pool.used += k.len[d];
        } else {
          k.start[d] = stayStart[d];
          k.len[d] = stayLen[d];
        }
      }
    },
    alive(x, tx, T, pa) {
      if (useExact) exact(x, tx, T, pa);
      else expanded(x, tx, T, pa);
    },
    sample(d, v, rand) {
      const still = k.still[d];
      if (v < still) return invertCdf(k.pool.buf, stayStart[d], stayLen[d], v / still);
      // Dropping out at τ with F(τ) = v − still (uniform on [0, 1 − still) here).
      const tau = B1[d] * Math.expm1(-Math.log1p(still - v) / S[d]);
      return nbInvert(R1[d], A1[d], Math.min(tau, t), rand());
    },
  });
}

/**
 * BG/BB over the m = ⌊t⌋ next periods. Given alive after n periods with x transactions, L periods
 * lived through: P(L = l) = B(γ + 1, δ + n + l)/B(γ, δ + n) (l < m), B(γ, δ + n + m)/B(γ, δ + n)
 * (l = m), and the transactions in them beta-binomial(l, α + x, β + n − x); both by their ratios,
 * count by count until 1 − CUT. P(alive after n | x, t_x, n) (FHS 2010) per draw from tables of
 * ln rising factorials and the ratio of successive terms.
 */
function bgbbKernel(params: readonly number[][], t: number): CountKernel {
  const D = params.length;
  const k = base(D);
  const m = Math.floor(t + 1e-9);
  const pL = new Float64Array(m + 1);
  // 1/(α + β + n + l) per draw, and 1/i: the beta-binomial's ratios without divisions.
  const inv = new Float64Array(m + 1);
  const recip = Float64Array.from({ length: m + 2 }, (_, i) => 1 / i);
  // Per draw ln Γ(β + y)/Γ(β), ln Γ(α + β + y)/Γ(α + β), ln Γ(δ + y)/Γ(δ), ln Γ(γ + δ + y)/Γ(γ + δ).
  let tables: Float64Array[][] = [];
  let tableTop = -1;
  const tablesUpTo = (n: number) => {
    if (n <= tableTop) return;
    tableTop = Math.max(n, 2 * tableTop, 64);
    tables = params.map(([al, be, ga, de]) => [
      lnRising(be, tableTop + 2),
      lnRising(al + be, tableTop + 2),
      lnRising(de, tableTop + 2),
      lnRising(ga + de, tableTop + 2),
    ]);
  };
  return kernelOf(k, {
    group(x, n) {
      k.pool.used = 0;
      for (let d = 0; d < D; d++) {
        const [al, be, ga, de] = params[d];
        const a1 = al + x;
        const b1 = be + n - x;
        const dn = de + n;
        let surv = 1;
        for (let l = 0; l < m; l++) {
          pL[l] = (surv * ga) / (ga + dn + l);
          surv *= (dn + l) / (ga + dn + l);
        }
        pL[m] = surv;
        k.still[d] = surv;
        for (let l = 0; l <= m; l++) inv[l] = 1 / (a1 + b1 + l);
        const at = k.pool.open();
        const out = k.pool.buf;
        let bbkk = 1; // beta-binomial(k; k)
        let c = 0;
        let len = 0;
        for (let j = 0; j <= m; j++) {
          let bb = bbkk;
          let sum = 0;
          for (let l = j; l <= m; l++) {
            sum += pL[l] * bb;
            bb *= (l + 1) * recip[l + 1 - j] * (b1 + l - j) * inv[l];
          }
          c += sum;
          out[at + len++] = Math.min(1, c);
          if (c >= 1 - CUT) break;
          bbkk *= (a1 + j) / (a1 + b1 + j);
        }
        out[at + len - 1] = 1;
        k.zero[d] = out[at];
        k.start[d] = at;
        k.len[d] = len;
        k.pool.used += len;
      }
    },
    alive(x, tx, n, pa) {
      tablesUpTo(n);
      for (let d = 0; d < D; d++) {
        const [al, be, ga, de] = params[d];
        const [rb, rab, rd, rgd] = tables[d];
        // Σᵢ B(α + x, β + t_x − x + i)B(γ + 1, δ + t_x + i) over B(α + x, β + n − x)B(γ, δ + n), i < n − t_x.
        let term = Math.exp(
          rb[tx - x] - rab[tx] - rb[n - x] + rab[n] + Math.log(ga) + rd[tx] - rgd[tx + 1] - rd[n] + rgd[n],
        );
        let sum = 0;
        for (let i = 0; i < n - tx; i++) {
          sum += term;
          term *= ((be + tx - x + i) / (al + be + tx + i)) * ((de + tx + i) / (ga + de + tx + i + 1));
        }
        pa[d] = 1 / (1 + sum);
      }
    },
  });
}
