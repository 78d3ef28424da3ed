import { bgExpected, bgPmf, bgStillAlive } from './bgnbdCore.ts';
import { bgFamilyLogLikelihood } from './bgLikelihood.ts';
import { logAddExp } from './special.ts';
import type { AliveParts, RepeatData, RepeatModel } from './types.ts';

/** Typical starting points, scaled to the data's time unit through the mean age T. */
export function bgStarts(d: RepeatData): number[][] {
  let sw = 0;
  let sT = 0;
  for (let i = 0; i < d.T.length; i++) {
    sw += d.w[i];
    sT += d.w[i] * d.T[i];
  }
  const meanT = Math.max(sT / Math.max(sw, 1), 1e-3);
  return [
    [1, meanT / 4, 1, 2],
    [0.3, meanT / 10, 0.8, 2.5],
    [2, meanT, 2, 5],
  ];
}

/** An alive customer's predictions: the new-customer formulas with the posterior's parameters. */
const ifAlive: AliveParts = {
  stillAlive: ([r, alpha, a, b], t, x, T) => bgStillAlive(r + x, alpha + T, a, b + x, t),
  expected: ([r, alpha, a, b], t, x, T) => bgExpected(r + x, alpha + T, a, b + x, t),
  pmf: ([r, alpha, a, b], t, n, x, T) => bgPmf(r + x, alpha + T, a, b + x, t, n),
};

/**
 * BG/NBD (Fader, Hardie & Lee 2005): params r, alpha (time units), a, b. Dropout only right after
 * a repeat purchase, so a customer without repeat purchases is alive for sure: P(alive | x = 0) = 1.
 */
export const bgnbd: RepeatModel = {
  id: 'bgnbd',
  paramNames: ['r', 'alpha', 'a', 'b'],
  starts: bgStarts,
  logLikelihood: (p, d) => bgFamilyLogLikelihood(p, d, 0),
  gradient: (p, d, g) => bgFamilyLogLikelihood(p, d, 0, g),
  pAlive([r, alpha, a, b], x, tx, T) {
    if (x === 0) return 1;
    const lnOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log((alpha + T) / (alpha + tx));
    return Math.exp(-logAddExp(0, lnOdds));
  },
  pAliveAt(p, t, x, tx, T) {
    return bgnbd.pAlive(p, x, tx, T) * ifAlive.stillAlive(p, t, x, T);
  },
  expected(p, t, x, tx, T) {
    return bgnbd.pAlive(p, x, tx, T) * ifAlive.expected(p, t, x, T);
  },
  pmf(p, t, n, x, tx, T) {
    const pa = bgnbd.pAlive(p, x, tx, T);
    return pa * ifAlive.pmf(p, t, n, x, T) + (n === 0 ? 1 - pa : 0);
  },
  ifAlive,
  expectedNew([r, alpha, a, b], t) {
    return bgExpected(r, alpha, a, b, t);
  },
};
