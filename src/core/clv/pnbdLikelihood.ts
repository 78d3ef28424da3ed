import { distinctTimes, lnShifted } from './distinctTimes.ts';
import { lnDropUpTo } from './pnbdDrop.ts';
import { gaussLegendre, lnRising } from './special.ts';
import type { RepeatData } from './types.ts';

/**
 * The rows of a RepeatData grouped for the Pareto/NBD likelihood: per distinct x, the distinct
 * times (t_x and T) of its rows and the largest T, and per row the index of its t_x and T among
 * them. Built once per data (cached on its columns).
 */
export interface DropGroups {
  /** Distinct x values; per group, its times are `times[start[g] .. start[g + 1])`. */
  xs: Float64Array;
  start: Uint32Array;
  times: Float64Array;
  /** Per group, the largest T (the shared end of lnDropUpTo). */
  end: Float64Array;
  /** Per row, the index into `times` of its t_x and of its T. */
  lo: Uint32Array;
  hi: Uint32Array;
  /**
   * Distinct (x, T) pairs: per pair its group and the index of its T among distinctTimes(d.T);
   * per row, its pair.
   */
  pairGroup: Uint32Array;
  pairT: Uint32Array;
  pair: Uint32Array;
  /** Per slot of `times`, its group. */
  slotGroup: Uint32Array;
  /**
   * Whether scaling the rows per x is the cheaper evaluation: one exponential per time and per
   * (x, T) and one logarithm per row, against three transcendental functions per row.
   */
  scaled: boolean;
  /** The columns these groups were built from. */
  of: [Float64Array, Float64Array];
}

const groupsCache = new WeakMap<Float64Array, DropGroups>();

/** What an IntTable gives for a key never set. */
const ABSENT = -2;

/** Whole-number keys in 0 … size − 1 to whole numbers ≥ −1: an array where that is small, else a Map. */
function intTable(size: number): { get(k: number): number; set(k: number, v: number): void } {
  if (size <= 1 << 22) {
    const a = new Int32Array(size).fill(ABSENT);
    return { get: (k) => a[k], set: (k, v) => void (a[k] = v) };
  }
  const m = new Map<number, number>();
  return { get: (k) => m.get(k) ?? ABSENT, set: (k, v) => void m.set(k, v) };
}

export function dropGroups(d: RepeatData): DropGroups {
  const hit = groupsCache.get(d.x);
  if (hit && hit.of[0] === d.tx && hit.of[1] === d.T) return hit;
  const n = d.x.length;
  // Whole x: numbered through an array; times: the union of the distinct t_x and T, numbered.
  const xCode = new Int32Array(d.maxX + 1).fill(-1);
  const xs: number[] = [];
  for (let i = 0; i < n; i++) if (xCode[d.x[i]] < 0) xCode[d.x[i]] = xs.push(d.x[i]) - 1;
  const txs = distinctTimes(d.tx);
  const Ts = distinctTimes(d.T);
  const timeCode = new Map<number, number>();
  for (const t of [...txs.values, ...Ts.values]) if (!timeCode.has(t)) timeCode.set(t, timeCode.size);
  const txCode = Int32Array.from(txs.values, (t) => timeCode.get(t)!);
  const TCode = Int32Array.from(Ts.values, (t) => timeCode.get(t)!);
  const nT = timeCode.size;
  // Pair (x, time) → its slot in `times`: counted per x first, so each x's times are contiguous.
  const slot = intTable(xs.length * nT);
  const count = new Uint32Array(xs.length);
  const keys = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const g = xCode[d.x[i]];
    keys[2 * i] = g * nT + txCode[txs.index[i]];
    keys[2 * i + 1] = g * nT + TCode[Ts.index[i]];
    for (let e = 0; e < 2; e++) {
      const k = keys[2 * i + e];
      if (slot.get(k) === ABSENT) {
        slot.set(k, -1);
        count[g]++;
      }
    }
  }
  const start = new Uint32Array(xs.length + 1);
  for (let g = 0; g < xs.length; g++) start[g + 1] = start[g] + count[g];
  const fill = start.slice(0, xs.length);
  const times = new Float64Array(start[xs.length]);
  const end = new Float64Array(xs.length);
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const g = xCode[d.x[i]];
    const at = (k: number, t: number) => {
      let j = slot.get(k);
      if (j < 0) {
        slot.set(k, (j = fill[g]++));
        times[j] = t;
      }
      return j;
    };
    lo[i] = at(keys[2 * i], d.tx[i]);
    hi[i] = at(keys[2 * i + 1], d.T[i]);
    if (d.T[i] > end[g]) end[g] = d.T[i];
  }
  // Pairs (x, T): what the "alive" part of a row depends on.
  const pairOf = intTable(xs.length * Ts.values.length);
  const pairGroup: number[] = [];
  const pairT: number[] = [];
  const pair = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const g = xCode[d.x[i]];
    const t = Ts.index[i];
    const k = g * Ts.values.length + t;
    let p = pairOf.get(k);
    if (p === ABSENT) {
      pairOf.set(k, (p = pairGroup.push(g) - 1));
      pairT.push(t);
    }
    pair[i] = p;
  }
  const slotGroup = new Uint32Array(times.length);
  for (let g = 0; g < xs.length; g++) slotGroup.fill(g, start[g], start[g + 1]);
  const groups: DropGroups = {
    xs: Float64Array.from(xs),
    start,
    times,
    end,
    lo,
    hi,
    pairGroup: Uint32Array.from(pairGroup),
    pairT: Uint32Array.from(pairT),
    pair,
    slotGroup,
    scaled: times.length + pairGroup.length < n,
    of: [d.tx, d.T],
  };
  groupsCache.set(d.x, groups);
  return groups;
}

/**
 * Σ w × ln L(r, α, s, β | x, t_x, T) of Pareto/NBD:
 * L = Γ(r + x)α^r β^s / Γ(r) × [(α + T)^{−(r+x)} (β + T)^{−s} + s ∫_{t_x}^{T} (α + y)^{−(r+x)} (β + y)^{−(s+1)} dy].
 * The integral is ∫_{t_x}^{Y} − ∫_{T}^{Y} with Y the largest T among the rows with the same x, each
 * evaluated once per distinct (x, time) (lnDropUpTo); the "alive" part once per distinct (x, T).
 * Where the rows are more than those together (100,000 customers: 80,000 rows, 12,000 times, 5,000
 * (x, T)), both are scaled per x by e^{−c} (c the largest of them) so that each row takes one
 * logarithm, ln L = c + ln(alive' + s·up'(t_x) − s·up'(T)), and a row whose terms underflow there
 * (more than about 640 apart within one x) is taken in log space; otherwise every row in log space
 * (three transcendental functions a row, none per time).
 */
export function pnbdLogLikelihood(p: readonly number[], d: RepeatData): number {
  return pnbdLogLikelihoodBy(p, d, dropGroups(d).scaled);
}

/** pnbdLogLikelihood with the rows scaled per x (`scaled`) or each in log space (tests compare the two). */
export function pnbdLogLikelihoodBy(p: readonly number[], d: RepeatData, scaled: boolean): number {
  const e = terms(p, d, scaled);
  const { x: xs, w: ws } = d;
  const { lo: los, hi: his, pair } = e.g;
  const { gr, lnConst, lnS, alive, up } = e;
  let ll = 0;
  if (!scaled) {
    for (let i = 0; i < xs.length; i++) {
      ll += ws[i] * (gr[xs[i]] + lnConst + lnRow(alive[pair[i]], lnS, up[los[i]], up[his[i]]));
    }
    return ll;
  }
  const { eAlive, cPair, eUp } = e;
  for (let i = 0; i < xs.length; i++) {
    const p = pair[i];
    const gone = eUp[los[i]] - eUp[his[i]];
    const sum = eAlive[p] + (gone > 0 ? gone : 0);
    const li = sum > TINY ? cPair[p] + Math.log(sum) : lnRow(alive[p], lnS, up[los[i]], up[his[i]]);
    ll += ws[i] * (gr[xs[i]] + lnConst + li);
  }
  return ll;
}

/** The per-pair and per-slot terms of one evaluation (see pnbdLogLikelihood). */
interface Terms {
  g: DropGroups;
  gr: Float64Array;
  lnConst: number;
  lnS: number;
  /** ln of the alive part per (x, T) pair; ln of the drop integral up to the group's end per slot. */
  alive: Float64Array;
  up: Float64Array;
  /** Scaled path only: per pair e^{alive − c} and c, per slot s·e^{up − c}. */
  eAlive: Float64Array;
  cPair: Float64Array;
  eUp: Float64Array;
}

function terms([r, alpha, s, beta]: readonly number[], d: RepeatData, scaled: boolean): Terms {
  const g = dropGroups(d);
  const nSlots = g.times.length;
  const up = new Float64Array(nSlots);
  for (let j = 0; j < g.xs.length; j++) {
    const from = g.start[j];
    lnDropUpTo(r + g.xs[j], alpha, s, beta, g.times.subarray(from, g.start[j + 1]), g.end[j], up.subarray(from));
  }
  const gr = lnRising(r, d.maxX);
  const T = distinctTimes(d.T);
  const lnAT = lnShifted(alpha, T.values);
  const lnBT = lnShifted(beta, T.values);
  const lnS = Math.log(s);
  const lnConst = r * Math.log(alpha) + s * Math.log(beta);
  const nPairs = g.pairGroup.length;
  const alive = new Float64Array(nPairs);
  for (let p = 0; p < nPairs; p++) alive[p] = -(r + g.xs[g.pairGroup[p]]) * lnAT[g.pairT[p]] - s * lnBT[g.pairT[p]];
  const none = new Float64Array(0);
  if (!scaled) return { g, gr, lnConst, lnS, alive, up, eAlive: none, cPair: none, eUp: none };
  // Per group, the scale c: the largest ln term of its pairs and slots.
  const c = new Float64Array(g.xs.length).fill(-Infinity);
  for (let p = 0; p < nPairs; p++) c[g.pairGroup[p]] = Math.max(c[g.pairGroup[p]], alive[p]);
  for (let j = 0; j < nSlots; j++) c[g.slotGroup[j]] = Math.max(c[g.slotGroup[j]], lnS + up[j]);
  // Per pair: e^{alive − c} and c; per slot: s·e^{up − c}. A row with t_x = T has both ends in
  // one slot, so its interval's part is 0.
  const eAlive = new Float64Array(nPairs);
  const cPair = new Float64Array(nPairs);
  for (let p = 0; p < nPairs; p++) {
    cPair[p] = c[g.pairGroup[p]];
    eAlive[p] = Math.exp(alive[p] - cPair[p]);
  }
  const eUp = new Float64Array(nSlots);
  for (let j = 0; j < nSlots; j++) eUp[j] = Math.exp(lnS + up[j] - c[g.slotGroup[j]]);
  return { g, gr, lnConst, lnS, alive, up, eAlive, cPair, eUp };
}

/**
 * pnbdLogLikelihood (the same value, to the last bit) with its gradient in (r, α, s, β) written
 * into `grad`. Each row's ln L = ln Γ(r + x)/Γ(r) + r ln α + s ln β + ln(A + s(U(t_x) − U(T)))
 * with A = e^{alive} per (x, T) and U = e^{up} per (x, time): the row's shares of A, sU(t_x) and
 * sU(T) in its sum weigh the pair's and the slots' derivatives, summed per pair and per slot, so
 * each derivative is taken once per distinct (x, T) and (x, time). The drop integral's
 * derivatives, ∂ ln U/∂θ = E_w[∂h/∂θ] with h = −R ln(α + y) − (s + 1) ln(β + y) (R = r + x) and w
 * ∝ e^h on [time, end], come from moments accumulated panel by panel from the group's end down
 * through its times (pnbdDropSlopes).
 */
export function pnbdGradient(p: readonly number[], d: RepeatData, grad: number[]): number {
  const [r, alpha, s, beta] = p;
  const scaled = dropGroups(d).scaled;
  const e = terms(p, d, scaled);
  const { x: xs, w: ws } = d;
  const { g, gr, lnConst, lnS, alive, up } = e;
  const { lo: los, hi: his, pair } = g;
  const nPairs = g.pairGroup.length;
  const nSlots = g.times.length;
  // Per pair and per slot, the weighted sum of the rows' shares; the rows' Σ w (U(t_x) − U(T))/sum.
  const pairW = new Float64Array(nPairs);
  const slotW = new Float64Array(nSlots);
  let goneW = 0;
  let ll = 0;
  let W = 0;
  let rising = 0;
  const dgr = risingSlopes(r, d.maxX);
  const { eAlive, cPair, eUp } = e;
  for (let i = 0; i < xs.length; i++) {
    const q = pair[i];
    const wi = ws[i];
    const lo = los[i];
    const hi = his[i];
    let li: number;
    let shareLo = 0;
    let shareHi = 0;
    let shareA: number;
    const sum = scaled ? eAlive[q] + (eUp[lo] - eUp[hi] > 0 ? eUp[lo] - eUp[hi] : 0) : 0;
    if (scaled && sum > TINY) {
      li = cPair[q] + Math.log(sum);
      shareA = eAlive[q] / sum;
      if (eUp[lo] - eUp[hi] > 0) {
        shareLo = eUp[lo] / sum;
        shareHi = eUp[hi] / sum;
      }
    } else {
      li = lnRow(alive[q], lnS, up[lo], up[hi]);
      shareA = Math.exp(alive[q] - li);
      if (up[lo] > up[hi]) {
        shareLo = Math.exp(lnS + up[lo] - li);
        shareHi = Math.exp(lnS + up[hi] - li);
      }
    }
    ll += wi * (gr[xs[i]] + lnConst + li);
    W += wi;
    rising += wi * dgr[xs[i]];
    pairW[q] += wi * shareA;
    slotW[lo] += wi * shareLo;
    slotW[hi] -= wi * shareHi;
    goneW += wi * (shareLo - shareHi);
  }
  const T = distinctTimes(d.T);
  let gR = rising + W * Math.log(alpha);
  let gA = (W * r) / alpha;
  let gS = W * Math.log(beta) + goneW / s;
  let gB = (W * s) / beta;
  for (let q = 0; q < nPairs; q++) {
    const w = pairW[q];
    if (w === 0) continue;
    const t = T.values[g.pairT[q]];
    gR -= w * Math.log(alpha + t);
    gA -= (w * (r + g.xs[g.pairGroup[q]])) / (alpha + t);
    gS -= w * Math.log(beta + t);
    gB -= (w * s) / (beta + t);
  }
  const slopes = pnbdDropSlopes(r, alpha, s, beta, g);
  for (let j = 0; j < nSlots; j++) {
    const w = slotW[j];
    if (w === 0) continue;
    gR += w * slopes[4 * j];
    gA += w * slopes[4 * j + 1];
    gS += w * slopes[4 * j + 2];
    gB += w * slopes[4 * j + 3];
  }
  grad[0] = gR;
  grad[1] = gA;
  grad[2] = gS;
  grad[3] = gB;
  return ll;
}

/** Σ_{k < x} 1/(r + k) for x = 0..maxX: the slope in r of ln Γ(r + x)/Γ(r). */
function risingSlopes(r: number, maxX: number): Float64Array {
  const out = new Float64Array(maxX + 1);
  for (let k = 1; k <= maxX; k++) out[k] = out[k - 1] + 1 / (r + k - 1);
  return out;
}

/**
 * Panels whose log-integrand falls by at most SPAN_4 across take 4 Gauss–Legendre nodes, up to
 * SPAN_8 8 (relative error below 1e-12 for e^{−λy}); longer ones are cut into pieces of SPAN_8.
 */
const SPAN_4 = 0.5;
const SPAN_8 = 4;
/** Pieces of a long panel whose integrand is below e^{−CUT} of the panel's top add nothing a double keeps. */
const CUT = 50;

/**
 * Per slot of the groups, the gradient of its ln ∫_{time}^{end} (α + y)^{−R} (β + y)^{−(s+1)} dy
 * (R = r + x of its group) in (R, α, s, β), four numbers a slot: the integral's moments
 * ∫ e^h ∂h/∂θ over ∫ e^h, summed panel by panel from the group's end down through its times in
 * order (each panel by Gauss–Legendre in y, 4 or 8 nodes by how far the integrand falls across it,
 * a long one in pieces in ln(min(α, β) + y)), rescaled to the panel's left end (the
 * integrand's largest value on it) so nothing overflows. Zero for the slot at the end.
 */
export function pnbdDropSlopes(r: number, alpha: number, s: number, beta: number, g: DropGroups): Float64Array {
  const out = new Float64Array(4 * g.times.length);
  const order = slotOrder(g);
  const s1 = s + 1;
  const k0 = Math.min(alpha, beta);
  const g4 = gaussLegendre(4);
  const g8 = gaussLegendre(8);
  for (let k = 0; k < g.xs.length; k++) {
    const R = r + g.xs[k];
    const from = g.start[k];
    const to = g.start[k + 1];
    // Running sums ∫ e^{h − ref}, ∫ e^{h − ref} ∂h/∂θ from `b` to the end.
    let S0 = 0;
    let SR = 0;
    let SA = 0;
    let SS = 0;
    let SB = 0;
    let b = g.times[order[from]];
    let ref = -R * Math.log(alpha + b) - s1 * Math.log(beta + b);
    for (let q = from + 1; q < to; q++) {
      const slot = order[q];
      const a = g.times[slot];
      const hA = -R * Math.log(alpha + a) - s1 * Math.log(beta + a);
      const rescale = Math.exp(ref - hA);
      S0 *= rescale;
      SR *= rescale;
      SA *= rescale;
      SS *= rescale;
      SB *= rescale;
      ref = hA;
      const span = (R / (alpha + a) + s1 / (beta + a)) * (b - a);
      if (span <= SPAN_8) {
        const { x, w } = span <= SPAN_4 ? g4 : g8;
        const half = (b - a) / 2;
        const mid = (a + b) / 2;
        for (let n = 0; n < x.length; n++) {
          const y = mid + half * x[n];
          const la = Math.log(alpha + y);
          const lb = Math.log(beta + y);
          const f = w[n] * half * Math.exp(-R * la - s1 * lb - ref);
          S0 += f;
          SR -= f * la;
          SA -= (f * R) / (alpha + y);
          SS -= f * lb;
          SB -= (f * s1) / (beta + y);
        }
      } else {
        // A long panel: in z = ln(κ₀ + y) (κ₀ = min(α, β)), where h falls by at most c = R + s + 1
        // per unit, in pieces across which it falls by at most SPAN_8, 8 nodes each, up to where
        // it is e^{−CUT} below the panel's top.
        const base = k0 + a;
        const Z = Math.log1p((b - a) / base);
        const pieces = Math.ceil(((R + s1) * Z) / SPAN_8);
        const dz = Z / pieces;
        const { x, w } = g8;
        for (let piece = 0; piece < pieces; piece++) {
          const z0 = piece * dz;
          if (piece > 0) {
            const y0 = a + base * Math.expm1(z0);
            if (-R * Math.log(alpha + y0) - s1 * Math.log(beta + y0) - ref < -CUT) break;
          }
          for (let n = 0; n < x.length; n++) {
            const z = z0 + (dz * (x[n] + 1)) / 2;
            const y = a + base * Math.expm1(z);
            const la = Math.log(alpha + y);
            const lb = Math.log(beta + y);
            const f = ((w[n] * dz) / 2) * (k0 + y) * Math.exp(-R * la - s1 * lb - ref);
            S0 += f;
            SR -= f * la;
            SA -= (f * R) / (alpha + y);
            SS -= f * lb;
            SB -= (f * s1) / (beta + y);
          }
        }
      }
      out[4 * slot] = SR / S0;
      out[4 * slot + 1] = SA / S0;
      out[4 * slot + 2] = SS / S0;
      out[4 * slot + 3] = SB / S0;
      b = a;
    }
  }
  return out;
}

const orderCache = new WeakMap<DropGroups, Uint32Array>();

/** The slots of each group in falling time (the group's end first), within its range of slots. */
function slotOrder(g: DropGroups): Uint32Array {
  let o = orderCache.get(g);
  if (o) return o;
  o = Uint32Array.from({ length: g.times.length }, (_, j) => j);
  for (let k = 0; k < g.xs.length; k++) o.subarray(g.start[k], g.start[k + 1]).sort((i, j) => g.times[j] - g.times[i]);
  orderCache.set(g, o);
  return o;
}

/** Below this a row's scaled sum has lost digits (subnormal): it is taken in log space instead. */
const TINY = 1e-280;

/**
 * One row's ln[e^{alive} + s(e^{up(t_x)} − e^{up(T)})] in log space (upT = up(t_x) when t_x = T).
 * The share of the interval, 1 − e^{up(T) − up(t_x)}, is exact enough: where rounding could touch
 * it, the interval's part is negligible.
 */
export function lnRow(alive: number, lnS: number, upTx: number, upT: number): number {
  if (!(upTx > upT)) return alive;
  const l = lnS + upTx;
  const share = -Math.expm1(upT - upTx);
  return l <= alive ? alive + Math.log1p(Math.exp(l - alive) * share) : l + Math.log(Math.exp(alive - l) + share);
}
