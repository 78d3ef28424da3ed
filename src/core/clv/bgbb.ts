import { betaln, lnRising, logAddExp } from './special.ts';
import type { RepeatModel } from './types.ts';

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
  const [al, be, ga, de] = p;
  let maxN = 0;
  for (let i = 0; i < d.n.length; i++) maxN = Math.max(maxN, d.n[i]);
  // Every beta-function ratio here has whole-number offsets: B(α + a, β + b)/B(α, β) =
  // R_α[a] + R_β[b] − R_αβ[a + b] with R the ln rising factorials, so one table lookup each.
  const ra = lnRising(al, maxN);
  const rb = lnRising(be, maxN);
  const rab = lnRising(al + be, maxN + 1);
  const rg = lnRising(ga, 1);
  const rd = lnRising(de, maxN + 1);
  const rgd = lnRising(ga + de, maxN + 2);
  const lnP = (x: number, y: number) => ra[x] + rb[y] - rab[x + y];
  const lnT = (g: number, k: number) => rg[g] + rd[k] - rgd[g + k];
  let ll = 0;
  for (let i = 0; i < d.x.length; i++) {
    const x = d.x[i];
    const tx = d.tx[i];
    const n = d.n[i];
    let ln = lnP(x, n - x) + lnT(0, n);
    for (let j = 0; j <= n - tx - 1; j++) ln = logAddExp(ln, lnP(x, tx - x + j) + lnT(1, tx + j));
    ll += d.w[i] * ln;
  }
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

/** P(no transaction in opportunities n + 1 … n + k | x, t_x, n). */
export function bgbbPNone(p: readonly number[], k: number, x: number, tx: number, n: number): number {
  const [al, be, ga, de] = p;
  const pa = bgbbPAlive(p, 0, x, tx, n);
  if (k <= 0) return 1;
  // Alive at n: dies after j more opportunities (j < k) having bought in none of them, or lives
  // through all k without buying. θ ~ Beta(γ, δ + n), p ~ Beta(α + x, β + n − x) given alive.
  const lnBt = betaln(ga, de + n);
  const lnBp = betaln(al + x, be + n - x);
  let none = 0;
  for (let j = 0; j < k; j++) {
    none += Math.exp(betaln(ga + 1, de + n + j) - lnBt + betaln(al + x, be + n - x + j) - lnBp);
  }
  none += Math.exp(betaln(ga, de + n + k) - lnBt + betaln(al + x, be + n - x + k) - lnBp);
  return 1 - pa + pa * none;
}

/**
 * P(k transactions in opportunities n + 1 … n + m | alive at n, x transactions in n): L of the m
 * periods lived through, P(L = l) = B(γ + 1, δ + n + l)/B(γ, δ + n) for l < m and
 * B(γ, δ + n + m)/B(γ, δ + n) for l = m (θ ~ Beta(γ, δ + n)), and the transactions in them
 * beta-binomial(l, α + x, β + n − x) (p ~ Beta(α + x, β + n − x)).
 */
export function bgbbAlivePmf([al, be, ga, de]: readonly number[], m: number, k: number, x: number, n: number): number {
  if (k < 0 || k > m) return 0;
  const lnBt = betaln(ga, de + n);
  const lnBp = betaln(al + x, be + n - x);
  let sum = 0;
  for (let l = k; l <= m; l++) {
    const lnL = l < m ? betaln(ga + 1, de + n + l) - lnBt : betaln(ga, de + n + m) - lnBt;
    const lnBb = lnFact(l) - lnFact(k) - lnFact(l - k) + betaln(al + x + k, be + n - x + l - k) - lnBp;
    sum += Math.exp(lnL + lnBb);
  }
  return sum;
}

/**
 * BG/BB as a repeat model over whole periods: x and t_x count periods with a transaction, T is the
 * number of opportunities n, and horizons are rounded down to whole periods.
 */
export const bgbbModel: RepeatModel = {
  id: 'bgbb',
  paramNames: BGBB_PARAMS,
  starts: () => bgbbStarts(),
  logLikelihood: (p, d) => bgbbLogLikelihood(p, { x: d.x, tx: d.tx, n: d.T, w: d.w }),
  pAlive: (p, x, tx, n) => bgbbPAlive(p, 0, x, tx, n),
  pAliveAt: (p, t, x, tx, n) => bgbbPAlive(p, Math.floor(t + 1e-9), x, tx, n),
  expected: (p, t, x, tx, n) => bgbbExpected(p, Math.floor(t + 1e-9), x, tx, n),
  pmf: (p, t, k, x, tx, n) =>
    k === 0
      ? bgbbPNone(p, Math.floor(t + 1e-9), x, tx, n)
      : bgbbPAlive(p, 0, x, tx, n) * bgbbAlivePmf(p, Math.floor(t + 1e-9), k, x, n),
  expectedNew([al, be, ga, de], t) {
    let sum = 0;
    for (let i = 1; i <= Math.floor(t + 1e-9); i++) sum += Math.exp(betaln(ga, de + i) - betaln(ga, de));
    return (al / (al + be)) * sum;
  },
};
