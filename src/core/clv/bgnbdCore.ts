/**
 * The BG/NBD building blocks shared by BG/NBD and MBG/NBD: a customer who is alive buys as a
 * Poisson process with rate λ ~ Gamma(r, α) and drops out after a purchase with probability
 * p ~ Beta(a, b). Given the data, an alive customer's (λ, p) follow Gamma(r + x, α + T) and a Beta
 * posterior, so conditional predictions are the new-customer formulas with updated parameters.
 * Times in the model's unit.
 */
import { betaMean, betaln, gammaln, log1mExp, log2F1, logAddExp } from './special.ts';

/**
 * E[X(t)] for a customer alive at time 0 with λ ~ Gamma(r, α) and p ~ Beta(a, b):
 * (a + b − 1)/(a − 1) · [1 − (α/(α + t))^r ₂F₁(r, b; a + b − 1; t/(α + t))] (Fader, Hardie & Lee
 * 2005, eq. 7). Needs a + b > 1; a = 1 is handled by a nudge (the formula's limit).
 */
export function bgExpected(r: number, alpha: number, a: number, b: number, t: number): number {
  if (t <= 0) return 0;
  // Outside the closed form's domain (a + b ≤ 1, only for x = 0): integrate over p instead.
  if (a + b <= 1)
    return betaMean((p) => (p > 0 ? -Math.expm1(r * Math.log(alpha / (alpha + p * t))) / p : (r * t) / alpha), a, b);
  if (Math.abs(a - 1) < 1e-7) a = 1 + 1e-7;
  const z = t / (alpha + t);
  const lnTail = r * Math.log(alpha / (alpha + t)) + log2F1(r, b, a + b - 1, z);
  // 1 − e^{lnTail} has the sign of a − 1, as has the factor before it.
  return ((a + b - 1) / (a - 1)) * -Math.expm1(lnTail);
}

/**
 * P(X(t) = n) for a customer alive at time 0 (FHL 2005, eq. 8), in log space:
 * B(a, b + n)/B(a, b) · NB(n; r, α/(α+t)) + [n > 0] B(a + 1, b + n − 1)/B(a, b) · P(NB ≥ n).
 */
export function bgPmf(r: number, alpha: number, a: number, b: number, t: number, n: number): number {
  if (t <= 0) return n === 0 ? 1 : 0;
  const lq = Math.log(alpha / (alpha + t));
  const lp = Math.log(t / (alpha + t));
  const lnNb = (j: number) => gammaln(r + j) - gammaln(r) - gammaln(j + 1) + r * lq + j * lp;
  let ln = betaln(a, b + n) - betaln(a, b) + lnNb(n);
  if (n > 0) ln = logAddExp(ln, betaln(a + 1, b + n - 1) - betaln(a, b) + lnNbTail(lnNb, n, lp));
  return Math.exp(ln);
}

/** ln P(N ≥ n) for a negative binomial whose ln pmf is lnNb, summing the smaller side. */
function lnNbTail(lnNb: (j: number) => number, n: number, lp: number): number {
  let below = -Infinity;
  for (let j = 0; j < n; j++) below = logAddExp(below, lnNb(j));
  if (below < Math.log(0.5)) return log1mExp(below);
  // 1 − P(N < n) would lose digits: sum the tail directly until its terms are negligible.
  let tail = -Infinity;
  for (let j = n; j < n + 100_000; j++) {
    const term = lnNb(j);
    tail = logAddExp(tail, term);
    if (term < tail - 40 && term < lnNb(j - 1) && lp < 0) break;
  }
  return tail;
}

/**
 * P(alive at t) for a customer alive at 0 with λ ~ Gamma(r, α), p ~ Beta(a, b): alive means every
 * purchase so far was survived, E[e^{−λpt}] = (α/(α+t))^r ₂F₁(r, b; a + b; t/(α + t)).
 */
export function bgStillAlive(r: number, alpha: number, a: number, b: number, t: number): number {
  if (t <= 0) return 1;
  return Math.exp(r * Math.log(alpha / (alpha + t)) + log2F1(r, b, a + b, t / (alpha + t)));
}
