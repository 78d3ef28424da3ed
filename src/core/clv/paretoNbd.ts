import { bgStarts } from './bgnbd.ts';
import { lnDropIntegral } from './pnbdDrop.ts';
import { pnbdGradient, pnbdLogLikelihood } from './pnbdLikelihood.ts';
import { gammaln, logAddExp, logIntegrate } from './special.ts';
import type { AliveParts, RepeatModel } from './types.ts';

/** [1 − (u/(u+t))^{k}] / k, continuous through k = 0 (then ln((u + t)/u)). */
function powerTail(k: number, u: number, t: number): number {
  const L = Math.log1p(t / u);
  return Math.abs(k) < 1e-10 ? L : -Math.expm1(-k * L) / k;
}

/** ln of P(alive) odds' two parts for a customer: alive at T, or dropped out in (t_x, T]. */
function lnParts([r, alpha, s, beta]: readonly number[], x: number, tx: number, T: number): [number, number] {
  const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const gone = Math.log(s) + lnDropIntegral(r + x, alpha, s, beta, tx, T);
  return [alive, gone];
}

/**
 * P(N(t) = n) for a new Pareto/NBD customer (alive at 0; λ ~ Gamma(r, α), μ ~ Gamma(s, β)): n
 * purchases while alive throughout (0, t], or n purchases and a dropout at y < t, the lifetime
 * Lomax with P(τ > y) = (β/(β + y))^s.
 */
export function pnbdPmfNew(r: number, alpha: number, s: number, beta: number, t: number, n: number): number {
  if (!(t > 0)) return n === 0 ? 1 : 0;
  const lnNb = gammaln(r + n) - gammaln(r) - gammaln(n + 1);
  const stay = lnNb + r * Math.log(alpha / (alpha + t)) + n * Math.log(t / (alpha + t)) - s * Math.log1p(t / beta);
  const lnDrop =
    n === 0
      ? lnDropIntegral(r, alpha, s, beta, 0, t)
      : logIntegrate((y) => n * Math.log(y) - (r + n) * Math.log(alpha + y) - (s + 1) * Math.log(beta + y), 0, t);
  const drop = lnNb + r * Math.log(alpha) + Math.log(s) + s * Math.log(beta) + lnDrop;
  return Math.exp(logAddExp(stay, drop));
}

/**
 * An alive customer's predictions: given alive at T, λ ~ Gamma(r + x, α + T) and μ ~ Gamma(s, β + T),
 * so the future from T is a new customer's with those parameters (depends on x and T only).
 */
const ifAlive: AliveParts = {
  stillAlive: ([, , s, beta], t, x, T) => Math.exp(-s * Math.log1p(t / (beta + T))),
  expected: ([r, alpha, s, beta], t, x, T) => ((r + x) / (alpha + T)) * (beta + T) * powerTail(s - 1, beta + T, t),
  pmf: ([r, alpha, s, beta], t, n, x, T) => pnbdPmfNew(r + x, alpha + T, s, beta + T, t, n),
};

/**
 * Pareto/NBD (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005 note): purchases Poisson
 * with λ ~ Gamma(r, α), lifetime exponential with μ ~ Gamma(s, β). Params r, alpha, s, beta
 * (alpha and beta in time units).
 */
export const paretoNbd: RepeatModel = {
  id: 'pnbd',
  paramNames: ['r', 'alpha', 's', 'beta'],
  starts: (d) => bgStarts(d).map(([r, alpha, , b]) => [r, alpha, 1 / b + 0.3, alpha * 1.2]),
  logLikelihood: pnbdLogLikelihood,
  gradient: pnbdGradient,
  pAlive(p, x, tx, T) {
    const [alive, gone] = lnParts(p, x, tx, T);
    return Math.exp(alive - logAddExp(alive, gone));
  },
  pAliveAt(p, t, x, tx, T) {
    return paretoNbd.pAlive(p, x, tx, T) * ifAlive.stillAlive(p, t, x, T);
  },
  expected(p, t, x, tx, T) {
    return paretoNbd.pAlive(p, x, tx, T) * ifAlive.expected(p, t, x, T);
  },
  pmf(p, t, n, x, tx, T) {
    const pa = paretoNbd.pAlive(p, x, tx, T);
    return pa * ifAlive.pmf(p, t, n, x, T) + (n === 0 ? 1 - pa : 0);
  },
  ifAlive,
  expectedNew([r, alpha, s, beta], t) {
    return ((r * beta) / alpha) * powerTail(s - 1, beta, t);
  },
};

export { lnDropIntegral, lnDropQuadrature } from './pnbdDrop.ts';
