/**
 * The log-likelihood of BG/NBD and MBG/NBD and its gradient in one pass. Both models give a
 * customer with x repeat purchases, last at t_x, aged T (time units)
 *   ln L = ln Γ(r + x)/Γ(r) + r ln α − (r + x) ln(α + T) + ln B(a, b + x + k)/B(a, b)
 *        + [x > 0 or k = 1] softplus(ln a − ln(b + x + k − 1) + (r + x) [ln(α + T) − ln(α + t_x)])
 * with k = 0 for BG/NBD (dropout only after a repeat purchase) and k = 1 for MBG/NBD (also after
 * the first). Every term but the softplus depends on x alone or on T alone, so it is summed over
 * the weights per distinct x and per distinct T (built once per data); only the softplus, one
 * exponential and one logarithm, is taken per row.
 */
import type { RepeatData } from './types.ts';

/** The rows of a RepeatData arranged for bgFamilyLogLikelihood (built once per data, cached). */
interface BgRows {
  /** Per x = 0..maxX, the total weight of its rows. */
  wx: Float64Array;
  /** Distinct T with, per T, the total weight and the total w × x of its rows. */
  T: Float64Array;
  wT: Float64Array;
  wxT: Float64Array;
  /** Distinct t_x. */
  tx: Float64Array;
  /** Per row (those with x = 0 first): x, index of its T and of its t_x, weight. */
  x: Int32Array;
  iT: Int32Array;
  iTx: Int32Array;
  w: Float64Array;
  /** The first row with x > 0. */
  firstRepeat: number;
  /** The columns these were built from. */
  of: [Float64Array, Float64Array, Float64Array];
}

const cache = new WeakMap<Float64Array, BgRows>();

/** Distinct values of a column, and per row its index among them. */
function numbered(col: Float64Array): { values: Float64Array; index: Int32Array } {
  const at = new Map<number, number>();
  const values: number[] = [];
  const index = new Int32Array(col.length);
  for (let i = 0; i < col.length; i++) {
    let j = at.get(col[i]);
    if (j === undefined) at.set(col[i], (j = values.push(col[i]) - 1));
    index[i] = j;
  }
  return { values: Float64Array.from(values), index };
}

function bgRows(d: RepeatData): BgRows {
  const hit = cache.get(d.x);
  if (hit && hit.of[0] === d.tx && hit.of[1] === d.T && hit.of[2] === d.w) return hit;
  const n = d.x.length;
  const T = numbered(d.T);
  const tx = numbered(d.tx);
  const wx = new Float64Array(d.maxX + 1);
  const wT = new Float64Array(T.values.length);
  const wxT = new Float64Array(T.values.length);
  for (let i = 0; i < n; i++) {
    wx[d.x[i]] += d.w[i];
    wT[T.index[i]] += d.w[i];
    wxT[T.index[i]] += d.w[i] * d.x[i];
  }
  // Rows with x = 0 first: BG/NBD has no per-row term for them.
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let firstRepeat = 0;
  for (let i = 0; i < n; i++) if (d.x[i] === 0) order[firstRepeat++] = i;
  for (let i = 0, k = firstRepeat; i < n; i++) if (d.x[i] !== 0) order[k++] = i;
  const rows: BgRows = {
    wx,
    T: T.values,
    wT,
    wxT,
    tx: tx.values,
    x: Int32Array.from(order, (i) => d.x[i]),
    iT: Int32Array.from(order, (i) => T.index[i]),
    iTx: Int32Array.from(order, (i) => tx.index[i]),
    w: Float64Array.from(order, (i) => d.w[i]),
    firstRepeat,
    of: [d.tx, d.T, d.w],
  };
  cache.set(d.x, rows);
  return rows;
}

/**
 * Σ w × ln L(r, α, a, b | x, t_x, T) of BG/NBD (`shift` 0) or MBG/NBD (`shift` 1); when `grad` is
 * given, also its gradient with respect to (r, α, a, b) (natural parameters) into `grad`.
 * −∞/NaN for impossible parameters, as the per-row formulas give.
 */
export function bgFamilyLogLikelihood(
  [r, alpha, a, b]: readonly number[],
  d: RepeatData,
  shift: 0 | 1,
  grad?: number[],
): number {
  const g = bgRows(d);
  const maxX = d.maxX;
  const nT = g.T.length;
  const nTx = g.tx.length;
  // ln(α + t) and 1/(α + t) per distinct time.
  const lnT = new Float64Array(nT);
  const invT = new Float64Array(nT);
  let sumLnT = 0;
  let sumXLnT = 0;
  let sumInvT = 0;
  for (let j = 0; j < nT; j++) {
    lnT[j] = Math.log(alpha + g.T[j]);
    invT[j] = 1 / (alpha + g.T[j]);
    sumLnT += g.wT[j] * lnT[j];
    sumXLnT += g.wxT[j] * lnT[j];
    sumInvT += (r * g.wT[j] + g.wxT[j]) * invT[j];
  }
  const lnTx = new Float64Array(nTx);
  const invTx = new Float64Array(nTx);
  for (let j = 0; j < nTx; j++) {
    lnTx[j] = Math.log(alpha + g.tx[j]);
    invTx[j] = 1 / (alpha + g.tx[j]);
  }
  // Per x: ln Γ(r + x)/Γ(r), ln B(a, b + x + k)/B(a, b) and their derivatives (sums of 1/(· + j)).
  let W = 0;
  let xPart = 0;
  let dr = 0;
  let dAb = 0;
  let dB = 0;
  let lnR = 0;
  let lnB = 0;
  let lnAb = 0;
  let psiR = 0;
  let psiB = 0;
  let psiAb = 0;
  for (let j = 0; j < shift; j++) {
    lnB += Math.log(b + j);
    lnAb += Math.log(a + b + j);
    psiB += 1 / (b + j);
    psiAb += 1 / (a + b + j);
  }
  for (let x = 0; x <= maxX; x++) {
    const w = g.wx[x];
    if (w !== 0) {
      W += w;
      xPart += w * (lnR + lnB - lnAb);
      dr += w * psiR;
      dAb += w * psiAb;
      dB += w * psiB;
    }
    lnR += Math.log(r + x);
    psiR += 1 / (r + x);
    lnB += Math.log(b + x + shift);
    lnAb += Math.log(a + b + x + shift);
    psiB += 1 / (b + x + shift);
    psiAb += 1 / (a + b + x + shift);
  }
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  let ll = xPart + W * r * lnAlpha - r * sumLnT - sumXLnT;
  // Per row: the softplus of the odds of having dropped out, and its share σ for the gradient.
  // 1/(b + x + k − 1) per x, from a small table.
  const invBx = new Float64Array(maxX + 1);
  const lnBx = new Float64Array(maxX + 1);
  for (let x = 0; x <= maxX; x++) {
    invBx[x] = 1 / (b + x + shift - 1);
    lnBx[x] = Math.log(b + x + shift - 1);
  }
  let soft = 0;
  let sD = 0;
  let sAlpha = 0;
  let sSigma = 0;
  let sSigmaB = 0;
  const { x: xs, w: ws, iT, iTx } = g;
  const n = xs.length;
  const from = shift === 0 ? g.firstRepeat : 0;
  if (grad === undefined) {
    for (let i = from; i < n; i++) {
      const x = xs[i];
      const z = lnA - lnBx[x] + (r + x) * (lnT[iT[i]] - lnTx[iTx[i]]);
      const e = Math.exp(-Math.abs(z));
      soft += ws[i] * (z > 0 ? z + Math.log1p(e) : Math.log1p(e));
    }
  } else {
    for (let i = from; i < n; i++) {
      const x = xs[i];
      const w = ws[i];
      const t = iT[i];
      const u = iTx[i];
      const D = lnT[t] - lnTx[u];
      const z = lnA - lnBx[x] + (r + x) * D;
      const e = Math.exp(-Math.abs(z));
      soft += w * (z > 0 ? z + Math.log1p(e) : Math.log1p(e));
      // w × σ(z), the share of "dropped out" in the customer's likelihood.
      const wsig = (w * (z > 0 ? 1 : e)) / (1 + e);
      sD += wsig * D;
      sAlpha += wsig * (r + x) * (invT[t] - invTx[u]);
      sSigma += wsig;
      sSigmaB += wsig * invBx[x];
    }
  }
  ll += soft;
  if (grad !== undefined) {
    grad[0] = dr + W * lnAlpha - sumLnT + sD;
    grad[1] = (W * r) / alpha - sumInvT + sAlpha;
    grad[2] = -dAb + sSigma / a;
    grad[3] = dB - dAb - sSigmaB;
  }
  return ll;
}
