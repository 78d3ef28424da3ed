import { distinctTimes } from './distinctTimes.ts';
import { digamma, gammaln } from './special.ts';

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
 * When `grad` is given, also the gradient with respect to (p, q, γ) into it:
 * ∂p = x[ψ(px + q) − ψ(px) + ln x + ln m̄ − ln(γ + m̄x)], ∂q = ψ(px + q) − ψ(q) + ln γ − ln(γ + m̄x),
 * ∂γ = q/γ − (px + q)/(γ + m̄x), each summed with the weights.
 */
export function ggLogLikelihood([p, q, gamma]: readonly number[], d: SpendData, grad?: number[]): number {
  const lnGamma = Math.log(gamma);
  // Γ(px + q)/Γ(px) depends on x only: once per distinct count. Σ w ln m̄ and Σ w x ln m̄ are sums
  // of the data (the terms (px − 1) ln m̄ summed as p Σ w x ln m̄ − Σ w ln m̄); per customer only
  // ln(γ + m̄x), summed with w and with w x, and for the gradient 1/(γ + m̄x) alike.
  const xs = distinctTimes(d.x);
  const t = spendTerms(d, xs.index, xs.values.length);
  let ll = 0;
  let dp = 0;
  let dq = 0;
  for (let j = 0; j < xs.values.length; j++) {
    const x = xs.values[j];
    const px = p * x;
    const lnX = Math.log(x);
    ll += t.wX[j] * (gammaln(px + q) - gammaln(px) + px * lnX);
    if (grad) {
      const psiQX = digamma(px + q);
      dp += t.wX[j] * x * (psiQX - digamma(px) + lnX);
      dq += t.wX[j] * psiQX;
    }
  }
  const { mx } = t;
  const { x: xcol, w } = d;
  let sLn = 0;
  let sXLn = 0;
  let sInv = 0;
  let sXInv = 0;
  if (grad) {
    for (let i = 0; i < xcol.length; i++) {
      const lnGm = Math.log(gamma + mx[i]);
      const inv = w[i] / (gamma + mx[i]);
      sLn += w[i] * lnGm;
      sXLn += w[i] * xcol[i] * lnGm;
      sInv += inv;
      sXInv += inv * xcol[i];
    }
  } else {
    for (let i = 0; i < xcol.length; i++) {
      const lnGm = Math.log(gamma + mx[i]);
      sLn += w[i] * lnGm;
      sXLn += w[i] * xcol[i] * lnGm;
    }
  }
  const lnGq = -gammaln(q) + q * lnGamma;
  ll += t.w * lnGq + p * t.xLnM - t.lnM - p * sXLn - q * sLn;
  if (grad) {
    grad[0] = dp + t.xLnM - sXLn;
    grad[1] = dq - sLn + t.w * (lnGamma - digamma(q));
    grad[2] = (t.w * q) / gamma - p * sXInv - q * sInv;
  }
  return ll;
}

/** The parts of the spend likelihood that depend on the data only. */
interface SpendTerms {
  /** m̄x per customer. */
  mx: Float64Array;
  /** Σ w, Σ w ln m̄, Σ w x ln m̄, and the total weight per distinct x. */
  w: number;
  lnM: number;
  xLnM: number;
  wX: Float64Array;
}

const termsCache = new WeakMap<Float64Array, SpendTerms>();

/** m̄x per customer and the data's sums, computed once per spend data (cached on its `m` column). */
function spendTerms(d: SpendData, xIndex: Uint32Array, distinctX: number): SpendTerms {
  let t = termsCache.get(d.m);
  if (!t || t.mx.length !== d.x.length || t.wX.length !== distinctX) {
    t = { mx: d.m.map((m, i) => m * d.x[i]), w: 0, lnM: 0, xLnM: 0, wX: new Float64Array(distinctX) };
    for (let i = 0; i < d.x.length; i++) {
      const lnM = Math.log(d.m[i]);
      t.w += d.w[i];
      t.lnM += d.w[i] * lnM;
      t.xLnM += d.w[i] * d.x[i] * lnM;
      t.wX[xIndex[i]] += d.w[i];
    }
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
