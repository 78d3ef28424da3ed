import { bgStarts } from './bgnbd.ts';
import { bgExpected, bgPmf, bgStillAlive } from './bgnbdCore.ts';
import { bgFamilyLogLikelihood } from './bgLikelihood.ts';
import { logAddExp } from './special.ts';
import type { AliveParts, RepeatModel } from './types.ts';

/** An alive customer's predictions: the new-customer formulas with the posterior's parameters. */
const ifAlive: AliveParts = {
  stillAlive: ([r, alpha, a, b], t, x, T) => bgStillAlive(r + x, alpha + T, a, b + x + 1, t),
  expected: ([r, alpha, a, b], t, x, T) => bgExpected(r + x, alpha + T, a, b + x + 1, t),
  pmf: ([r, alpha, a, b], t, n, x, T) => bgPmf(r + x, alpha + T, a, b + x + 1, t, n),
};

/**
 * MBG/NBD (Batislam, Denizel & Filiztekin 2007): BG/NBD where a customer can also drop out right
 * after the first purchase, so P(alive) < 1 even without repeat purchases. Params r, alpha (time
 * units), a, b.
 */
export const mbgnbd: RepeatModel = {
  id: 'mbgnbd',
  paramNames: ['r', 'alpha', 'a', 'b'],
  starts: bgStarts,
  logLikelihood: (p, d) => bgFamilyLogLikelihood(p, d, 1),
  gradient: (p, d, g) => bgFamilyLogLikelihood(p, d, 1, g),
  pAlive([r, alpha, a, b], x, tx, T) {
    const lnOdds = Math.log(a) - Math.log(b + x) + (r + x) * Math.log((alpha + T) / (alpha + tx));
    return Math.exp(-logAddExp(0, lnOdds));
  },
  pAliveAt(p, t, x, tx, T) {
    return mbgnbd.pAlive(p, x, tx, T) * ifAlive.stillAlive(p, t, x, T);
  },
  expected(p, t, x, tx, T) {
    return mbgnbd.pAlive(p, x, tx, T) * ifAlive.expected(p, t, x, T);
  },
  pmf(p, t, n, x, tx, T) {
    const pa = mbgnbd.pAlive(p, x, tx, T);
    return pa * ifAlive.pmf(p, t, n, x, T) + (n === 0 ? 1 - pa : 0);
  },
  ifAlive,
  expectedNew([r, alpha, a, b], t) {
    // Survives the dropout chance right after the first purchase with probability b / (a + b).
    return (b / (a + b)) * bgExpected(r, alpha, a, b + 1, t);
  },
};
