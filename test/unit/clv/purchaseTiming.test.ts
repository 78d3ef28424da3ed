import { describe, expect, it } from 'vitest';
import { bgnbd } from '../../../src/core/clv/bgnbd.ts';
import { REPEAT_MODELS } from '../../../src/core/clv/models.ts';
import {
  nextPurchaseWindow,
  pAliveOnDay,
  purchaseTiming,
  ratePerDay,
  TIMING_DAYS,
} from '../../../src/core/clv/purchaseTiming.ts';
import type { CustomerSummary } from '../../../src/core/clv/summarize.ts';
import type { RepeatModelId } from '../../../src/core/clv/types.ts';

/** A summary in weeks with the columns purchase timing reads; calibration ends on day 1,000. */
function summary(rows: { x: number; tx: number; T: number; recencyDays: number; gapSd?: number }[]): CustomerSummary {
  const col = (f: (r: (typeof rows)[number]) => number) => Float64Array.from(rows, f);
  return {
    n: rows.length,
    unit: 'week',
    unitDays: 7,
    calibrationEnd: 1000,
    x: col((r) => r.x),
    tx: col((r) => r.tx),
    T: col((r) => r.T),
    recencyDays: Int32Array.from(rows, (r) => r.recencyDays),
    gapSdDays: col((r) => r.gapSd ?? NaN),
    periods: { x: col((r) => r.x), tx: col((r) => Math.floor(r.tx)), n: col((r) => Math.floor(r.T)) },
  } as unknown as CustomerSummary;
}

const BG = { r: 2, alpha: 10, a: 0.8, b: 2.4 };

describe('next-purchase window', () => {
  it.each([
    // Two or more own gaps: mean gap ± their sd.
    { last: 100, x: 3, mean: 30, sd: 5, model: 40, want: [125, 135] },
    // A gap sd of 0 (perfectly regular): at least a day each side.
    { last: 100, x: 4, mean: 10, sd: 0, model: 40, want: [109, 111] },
    // One own gap: the exponential's middle half with the model's mean gap.
    { last: 100, x: 1, mean: 30, sd: NaN, model: 40, want: [100 + 40 * Math.log(4 / 3), 100 + 40 * Math.log(4)] },
    { last: 100, x: 0, mean: NaN, sd: NaN, model: 20, want: [100 + 20 * Math.log(4 / 3), 100 + 20 * Math.log(4)] },
    // Nothing known.
    { last: 100, x: 0, mean: NaN, sd: NaN, model: NaN, want: [NaN, NaN] },
  ])('last $last, x $x, mean gap $mean ± $sd, model gap $model → $want', ({ last, x, mean, sd, model, want }) => {
    const [from, to] = nextPurchaseWindow(last, x, mean, sd, model);
    for (const [got, w] of [
      [from, want[0]],
      [to, want[1]],
    ]) {
      if (Number.isNaN(w)) expect(got).toBeNaN();
      else expect(got).toBeCloseTo(w, 9);
    }
  });

  it('the model rate is the posterior mean (r + x)/(α + T) per time unit, per day', () => {
    expect(ratePerDay('bgnbd', BG, 3, 20, 7)).toBeCloseTo(5 / 30 / 7, 12);
    expect(ratePerDay('bgbb', { alpha: 1, beta: 3, gamma: 1, delta: 1 }, 2, 6, 7)).toBeCloseTo(3 / 10 / 7, 12);
  });
});

describe('purchase timing per customer', () => {
  const s = summary([
    { x: 0, tx: 0, T: 4, recencyDays: 29 },
    { x: 3, tx: 10, T: 30, recencyDays: 141, gapSd: 4 },
    { x: 3, tx: 10, T: 30, recencyDays: 141, gapSd: 4 },
    { x: 5, tx: 29, T: 30, recencyDays: 8, gapSd: 10 },
  ]);

  it('hand-worked: a customer without repeat purchases is alive in BG/NBD, so P(none in t) = ((α+T)/(α+T+t))^r', () => {
    const t = purchaseTiming('bgnbd', BG, s);
    expect(t.pNone30[0]).toBeCloseTo(Math.pow(14 / (14 + 30 / 7), 2), 12);
    expect(t.pNone90[0]).toBeCloseTo(Math.pow(14 / (14 + 90 / 7), 2), 12);
  });

  it.each(['bgnbd', 'mbgnbd', 'pnbd'] as RepeatModelId[])(
    '%s: P(none in N days) is the model’s P(Y = 0), falling with N',
    (id) => {
      const params = id === 'pnbd' ? { r: 2, alpha: 10, s: 0.5, beta: 12 } : BG;
      const t = purchaseTiming(id, params, s);
      const m = REPEAT_MODELS[id];
      for (let i = 0; i < s.n; i++) {
        TIMING_DAYS.forEach((days, k) => {
          const col = [t.pNone30, t.pNone60, t.pNone90][k];
          expect(col[i]).toBeCloseTo(m.pmf(Object.values(params), days / 7, 0, s.x[i], s.tx[i], s.T[i]), 12);
        });
        expect(t.pNone30[i]).toBeGreaterThanOrEqual(t.pNone60[i]);
        expect(t.pNone60[i]).toBeGreaterThanOrEqual(t.pNone90[i]);
      }
    },
  );

  it('overdue when the window ended by the calibration end', () => {
    const t = purchaseTiming('bgnbd', BG, s);
    // Customer 1: last purchase on day 860, mean gap 10 weeks × 7 / 3 = 23.3 days ± 4: overdue.
    expect(t.nextFrom[1]).toBeCloseTo(860 + 70 / 3 - 4, 9);
    expect(t.nextTo[1]).toBeCloseTo(860 + 70 / 3 + 4, 9);
    expect(Array.from(t.overdue)).toEqual([0, 1, 1, 0]);
  });

  it('P(alive) on a future day is the model’s pAliveAt', () => {
    const p = Object.values(BG);
    expect(pAliveOnDay('bgnbd', BG, s, 1, 1070)).toBeCloseTo(bgnbd.pAliveAt(p, 10, 3, 10, 30), 12);
    expect(pAliveOnDay('bgnbd', BG, s, 1, 1000)).toBeCloseTo(bgnbd.pAlive(p, 3, 10, 30), 12);
  });
});
