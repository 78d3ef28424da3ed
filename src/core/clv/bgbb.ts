import { betaln, logAddExp } from './special.ts';

/**
 * Discrete-time data for BG/BB: per row x transactions in n opportunities after the first, the
 * last one at opportunity t_x (0 when x = 0), and w customers with that row.
 */
export interface DiscreteData {
  x: Float64Array;
  tx: Float64Array;
  n: Float64Array;
  w: Float64Array;
}

export const BGBB_PARAMS = ['alpha', 'beta', 'gamma', 'delta'] as const;

/** ln L of one row (Fader, Hardie & Shang 2010, eq. 5). */
function lnRow([al, be, ga, de]: readonly number[], x: number, tx: number, n: number): number {
  const lnBab = betaln(al, be);
  const lnBgd = betaln(ga, de);
  let ln = betaln(al + x, be + n - x) - lnBab + betaln(ga, de + n) - lnBgd;
  for (let i = 0; i <= n - tx - 1; i++) {
    ln = logAddExp(ln, betaln(al + x, be + tx - x + i) - lnBab + betaln(ga + 1, de + tx + i) - lnBgd);
  }
  return ln;
}

/**
 * BG/BB (beta-geometric / beta-Bernoulli) for one chance to buy per period: while alive a customer
 * buys in a period with probability p ~ Beta(alpha, beta) and dies before a period with probability
 * θ ~ Beta(gamma, delta). Σ w × ln L.
 */
export function bgbbLogLikelihood(p: readonly number[], d: DiscreteData): number {
  let ll = 0;
  for (let i = 0; i < d.x.length; i++) ll += d.w[i] * lnRow(p, d.x[i], d.tx[i], d.n[i]);
  return ll;
}

/** P(alive at opportunity n + m | x, t_x, n): m = 0 is now, m = 1 the next period. */
export function bgbbPAlive(p: readonly number[], m: number, x: number, tx: number, n: number): number {
  const [al, be, ga, de] = p;
  return Math.exp(
    betaln(al + x, be + n - x) - betaln(al, be) + betaln(ga, de + n + m) - betaln(ga, de) - lnRow(p, x, tx, n),
  );
}

/** E[transactions in opportunities n + 1 … n + k | x, t_x, n]. */
export function bgbbExpected(p: readonly number[], k: number, x: number, tx: number, n: number): number {
  const [al, be, ga, de] = p;
  const pa = bgbbPAlive(p, 0, x, tx, n);
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.exp(betaln(ga, de + n + i) - betaln(ga, de + n));
  return pa * ((al + x) / (al + be + n)) * sum;
}

/** P(X(n) = x): a new customer's chance of x transactions in the first n opportunities (FHS 2010, eq. 7). */
export function bgbbPmfNew([al, be, ga, de]: readonly number[], n: number, x: number): number {
  const lnChoose = (a: number, b: number) => lnFact(a) - lnFact(b) - lnFact(a - b);
  const lnBab = betaln(al, be);
  const lnBgd = betaln(ga, de);
  let ln = lnChoose(n, x) + betaln(al + x, be + n - x) - lnBab + betaln(ga, de + n) - lnBgd;
  for (let i = x; i <= n - 1; i++) {
    ln = logAddExp(ln, lnChoose(i, x) + betaln(al + x, be + i - x) - lnBab + betaln(ga + 1, de + i) - lnBgd);
  }
  return Math.exp(ln);
}

function lnFact(k: number): number {
  let s = 0;
  for (let i = 2; i <= k; i++) s += Math.log(i);
  return s;
}

export function bgbbStarts(): number[][] {
  return [
    [1, 1, 1, 1],
    [0.5, 1, 0.5, 2],
    [2, 1, 1, 4],
  ];
}
