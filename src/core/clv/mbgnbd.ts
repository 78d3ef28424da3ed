import { bgStarts } from './bgnbd.ts';
import { bgExpected, bgPmf, bgStillAlive } from './bgnbdCore.ts';
import { distinctTimes, lnShifted } from './distinctTimes.ts';
import { lnRising, logAddExp } from './special.ts';
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
  logLikelihood([r, alpha, a, b], d) {
    const maxX = d.maxX;
    const gr = lnRising(r, maxX);
    const gb = lnRising(b, maxX + 1);
    const gab = lnRising(a + b, maxX + 1);
    const lnA = Math.log(a);
    const rLnAlpha = r * Math.log(alpha);
    // ln(α + T) and ln(α + t_x) once per distinct time, not per row (the same numbers, fewer logs).
    const T = distinctTimes(d.T);
    const tx = distinctTimes(d.tx);
    const lnT = lnShifted(alpha, T.values);
    const lnTx = lnShifted(alpha, tx.values);
    let ll = 0;
    for (let i = 0; i < d.x.length; i++) {
      const x = d.x[i];
      const common = gr[x] + rLnAlpha - gab[x + 1];
      const alive = common - (r + x) * lnT[T.index[i]] + gb[x + 1];
      const gone = common - (r + x) * lnTx[tx.index[i]] + lnA + gb[x];
      ll += d.w[i] * logAddExp(alive, gone);
    }
    return ll;
  },
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
