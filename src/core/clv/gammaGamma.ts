import { distinctTimes } from './distinctTimes.ts';
import { gammaln } from './special.ts';

/** Customers for the spend model: x repeat purchases and their mean value m̄ (currency), with weights. */
export interface SpendData {
  /** Whole numbers of repeat purchases. */
  x: Float64Array;
  m: Float64Array;
  w: Float64Array;
}

export const GG_PARAMS = ['p', 'q', 'gamma'] as const;

/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005 "RFM and CLV"; Fader & Hardie 2013 note):
 * Σ w × ln f(m̄ | p, q, γ, x) with
 * f = Γ(px + q) / (Γ(px) Γ(q)) · γ^q m̄^{px−1} x^{px} / (γ + m̄x)^{px+q}. Needs x > 0 and m̄ > 0.
 */
export function ggLogLikelihood([p, q, gamma]: readonly number[], d: SpendData): number {
  const lnGq = -gammaln(q) + q * Math.log(gamma);
  // Γ(px + q)/Γ(px) depends on x only: once per distinct count; ln m̄ and m̄x once per data.
  const xs = distinctTimes(d.x);
  const { lnM, mx } = spendTerms(d);
  const byX = new Float64Array(xs.values.length);
  for (let j = 0; j < byX.length; j++) {
    const x = xs.values[j];
    const px = p * x;
    byX[j] = gammaln(px + q) - gammaln(px) + px * Math.log(x);
  }
  let ll = 0;
  for (let i = 0; i < d.x.length; i++) {
    const px = p * d.x[i];
    ll += d.w[i] * (byX[xs.index[i]] + lnGq + (px - 1) * lnM[i] - (px + q) * Math.log(gamma + mx[i]));
  }
  return ll;
}

const termsCache = new WeakMap<Float64Array, { lnM: Float64Array; mx: Float64Array }>();

/** ln m̄ and m̄x per customer, computed once per spend data (cached on its `m` column). */
function spendTerms(d: SpendData): { lnM: Float64Array; mx: Float64Array } {
  let t = termsCache.get(d.m);
  if (!t || t.mx.length !== d.x.length) {
    t = { lnM: d.m.map(Math.log), mx: d.m.map((m, i) => m * d.x[i]) };
    termsCache.set(d.m, t);
  }
  return t;
}

/**
 * E[M | x, m̄]: the expected spend per transaction (currency) of a customer with x repeat purchases
 * of mean value m̄, = p(γ + m̄x)/(px + q − 1); without repeat purchases the population mean pγ/(q − 1).
 * NaN when q ≤ 1 (the mean does not exist).
 */
export function ggExpectedSpend([p, q, gamma]: readonly number[], x: number, m: number): number {
  if (q <= 1) return NaN;
  return x > 0 && m > 0 ? (p * (gamma + m * x)) / (p * x + q - 1) : (p * gamma) / (q - 1);
}

export function ggStarts(d: SpendData): number[][] {
  let sw = 0;
  let sm = 0;
  for (let i = 0; i < d.m.length; i++) {
    sw += d.w[i];
    sm += d.w[i] * d.m[i];
  }
  const mean = sm / Math.max(sw, 1);
  return [
    [2, 3, mean],
    [6, 4, mean / 2],
    [1, 2, mean * 2],
  ];
}
