import { distinctTimes, lnShifted } from './distinctTimes.ts';
import { lnDropUpTo } from './pnbdDrop.ts';
import { lnRising } from './special.ts';
import type { RepeatData } from './types.ts';

/**
 * The rows of a RepeatData grouped for the Pareto/NBD likelihood: per distinct x, the distinct
 * times (t_x and T) of its rows and the largest T, and per row the index of its t_x and T among
 * them. Built once per data (cached on its columns).
 */
interface DropGroups {
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

function dropGroups(d: RepeatData): DropGroups {
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
  const slot = new Map<number, number>();
  const count = new Uint32Array(xs.length);
  const keys = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const g = xCode[d.x[i]];
    keys[2 * i] = g * nT + txCode[txs.index[i]];
    keys[2 * i + 1] = g * nT + TCode[Ts.index[i]];
    for (const k of [keys[2 * i], keys[2 * i + 1]]) {
      if (!slot.has(k)) {
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
      let j = slot.get(k)!;
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
  const pairOf = new Map<number, number>();
  const pairGroup: number[] = [];
  const pairT: number[] = [];
  const pair = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const g = xCode[d.x[i]];
    const t = Ts.index[i];
    const k = g * Ts.values.length + t;
    let p = pairOf.get(k);
    if (p === undefined) {
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
export function pnbdLogLikelihoodBy([r, alpha, s, beta]: readonly number[], d: RepeatData, scaled: boolean): number {
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
  const { x: xs, w: ws } = d;
  const { lo: los, hi: his, pair } = g;
  let ll = 0;
  if (!scaled) {
    for (let i = 0; i < xs.length; i++) {
      ll += ws[i] * (gr[xs[i]] + lnConst + lnRow(alive[pair[i]], lnS, up[los[i]], up[his[i]]));
    }
    return ll;
  }
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
  for (let i = 0; i < xs.length; i++) {
    const p = pair[i];
    const gone = eUp[los[i]] - eUp[his[i]];
    const sum = eAlive[p] + (gone > 0 ? gone : 0);
    const li = sum > TINY ? cPair[p] + Math.log(sum) : lnRow(alive[p], lnS, up[los[i]], up[his[i]]);
    ll += ws[i] * (gr[xs[i]] + lnConst + li);
  }
  return ll;
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
