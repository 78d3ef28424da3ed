// The likelihoods that look ln(α + t) up per distinct time, ln m̄ per customer and rows up by
// numbered columns give the numbers of the plain per-row formulas, so fits are unchanged. BG/NBD and
// MBG/NBD sum their x-only and T-only terms per distinct x and T (bgLikelihood.ts): the same terms
// in another order, so equal to the last digits (1e-13 relative), not bit for bit.
import { describe, expect, it } from 'vitest';
import { bgnbd } from '../../../src/core/clv/bgnbd.ts';
import { repeatData } from '../../../src/core/clv/compress.ts';
import { distinctTimes, lnShifted } from '../../../src/core/clv/distinctTimes.ts';
import { ggLogLikelihood } from '../../../src/core/clv/gammaGamma.ts';
import { mbgnbd } from '../../../src/core/clv/mbgnbd.ts';
import { gammaln, lnRising, logAddExp } from '../../../src/core/clv/special.ts';
import type { RepeatData } from '../../../src/core/clv/types.ts';
import { rng } from '../rng.ts';

/** Customers in whole days turned into weeks (many repeated times), x up to 12. */
function customers(n: number, seed: number) {
  const r = rng(seed);
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    T[i] = Math.floor(r() * 700) / 7;
    x[i] = Math.floor(r() * r() * 13);
    tx[i] = x[i] > 0 ? Math.floor(r() * T[i] * 7) / 7 : 0;
  }
  return { x, tx, T };
}

/** BG/NBD and MBG/NBD log-likelihoods as written before the lookup tables (one log per row). */
function plainBg([r, alpha, a, b]: number[], d: RepeatData, modified: boolean): number {
  const s = modified ? 1 : 0;
  const gr = lnRising(r, d.maxX);
  const gb = lnRising(b, d.maxX + s);
  const gab = lnRising(a + b, d.maxX + s);
  let ll = 0;
  for (let i = 0; i < d.x.length; i++) {
    const x = d.x[i];
    const common = gr[x] + r * Math.log(alpha) - gab[x + s];
    let li = common - (r + x) * Math.log(alpha + d.T[i]) + gb[x + s];
    const gone = common - (r + x) * Math.log(alpha + d.tx[i]) + Math.log(a) + gb[x + s - 1];
    if (modified || x > 0) li = logAddExp(li, gone);
    ll += d.w[i] * li;
  }
  return ll;
}

describe('likelihoods with lookup tables', () => {
  const d = repeatData(customers(3000, 4));
  it.each([
    [0.24, 4.4, 0.79, 2.43],
    [1.3, 40, 0.2, 5],
    [0.05, 0.5, 3, 0.7],
  ])('BG/NBD and MBG/NBD equal the per-row formulas to 1e-13 (r = %s)', (...p) => {
    const close = (got: number, want: number) => expect(Math.abs(got / want - 1)).toBeLessThan(1e-13);
    close(bgnbd.logLikelihood(p, d), plainBg(p, d, false));
    close(mbgnbd.logLikelihood(p, d), plainBg(p, d, true));
  });

  it('Gamma-Gamma equals the per-row formula exactly', () => {
    const r = rng(9);
    const x = Float64Array.from({ length: 2000 }, () => 1 + Math.floor(r() * 8));
    const m = Float64Array.from({ length: 2000 }, () => Math.round(5 + r() * 200) / 4);
    const w = Float64Array.from({ length: 2000 }, () => 1 + Math.floor(r() * 3));
    for (const [p, q, g] of [
      [6.25, 3.74, 15.44],
      [0.8, 1.5, 100],
    ]) {
      let plain = 0;
      for (let i = 0; i < x.length; i++) {
        const px = p * x[i];
        plain +=
          w[i] *
          (gammaln(px + q) -
            gammaln(px) +
            px * Math.log(x[i]) -
            gammaln(q) +
            q * Math.log(g) +
            (px - 1) * Math.log(m[i]) -
            (px + q) * Math.log(g + m[i] * x[i]));
      }
      expect(ggLogLikelihood([p, q, g], { x, m, w })).toBeCloseTo(plain, 9);
    }
  });

  it('numbers distinct times in order of first appearance', () => {
    const t = Float64Array.of(3, 1, 3, 2, 1, 0);
    const dt = distinctTimes(t);
    expect(Array.from(dt.values)).toEqual([3, 1, 2, 0]);
    expect(Array.from(dt.index)).toEqual([0, 1, 0, 2, 1, 3]);
    expect(distinctTimes(t)).toBe(dt);
    expect(Array.from(lnShifted(1, dt.values))).toEqual([Math.log(4), Math.log(2), Math.log(3), 0]);
  });

  it('counts −0 as 0 and NaN as one value, as a Map would, and agrees with a Map on many rows', () => {
    const d = repeatData({
      x: Float64Array.of(0, -0, 1, 1, 1),
      tx: Float64Array.of(0, 0, NaN, NaN, 2),
      T: Float64Array.of(3, 3, 4, 4, 4),
    });
    expect(Array.from(d.w)).toEqual([2, 2, 1]);
    const c = customers(5000, 8);
    const byMap = new Map<string, number>();
    for (let i = 0; i < c.x.length; i++) {
      const key = `${c.x[i]}|${c.tx[i]}|${c.T[i]}`;
      byMap.set(key, (byMap.get(key) ?? 0) + 1);
    }
    const all = repeatData(c);
    expect(Array.from(all.w)).toEqual([...byMap.values()]);
    expect(Array.from(all.x, (x, k) => `${x}|${all.tx[k]}|${all.T[k]}`)).toEqual([...byMap.keys()]);
    // The same columns give the same object (the likelihoods' tables are kept on it).
    expect(repeatData(c)).toBe(all);
  });

  it('compresses to distinct (x, t_x, T) rows with counts, first appearance first', () => {
    const c = {
      x: Float64Array.of(1, 0, 1, 1, 0),
      tx: Float64Array.of(2, 0, 2, 3, 0),
      T: Float64Array.of(5, 4, 5, 5, 4),
    };
    const d = repeatData(c);
    expect(Array.from(d.x)).toEqual([1, 0, 1]);
    expect(Array.from(d.tx)).toEqual([2, 0, 3]);
    expect(Array.from(d.T)).toEqual([5, 4, 5]);
    expect(Array.from(d.w)).toEqual([2, 2, 1]);
    expect(d.maxX).toBe(1);
  });
});
