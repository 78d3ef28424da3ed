import { beforeAll, describe, expect, it } from 'vitest';
import { backtest } from '../../../src/core/clv/backtest.ts';
import type { Backtest, ScoreRow } from '../../../src/core/clv/backtest.ts';
import { summarize } from '../../../src/core/clv/summarize.ts';
import type { CustomerSummary } from '../../../src/core/clv/summarize.ts';
import { parseIsoDay } from '../../../src/core/values/civil.ts';
import { tableOf } from '../cohorts/tables.ts';
import { shop } from './backtestData.ts';
import { CDNOW, CDNOW_CALIBRATION_END, loadCdnow } from './cdnow.ts';

// Issue 16: the backtest scorecard: each model fitted on the calibration part, scored on the
// holdout, against the past-rate and the "same as last period" baselines on the same split.

const row = (b: Backtest, id: string): ScoreRow => b.rows.find((r) => r.id === id)!;

describe('the baselines on a hand-worked split', () => {
  // Calibration 2024-01-01 .. 2024-01-29 (T = 4 weeks for A and B), holdout 2024-01-30 .. 2024-02-12 (2 weeks).
  const t = tableOf([
    ['A', '2024-01-01', 10],
    ['A', '2024-01-15', 20],
    ['A', '2024-01-22', 30],
    ['A', '2024-02-05', 40],
    ['B', '2024-01-01', 5],
    ['B', '2024-02-12', 7],
    ['C', '2024-01-15', 8],
    ['C', '2024-01-29', 12],
    ['D', '2024-01-08', 9],
    ['D', '2024-01-10', 9],
    ['D', '2024-02-01', 11],
  ]);
  const s = summarize(t, { unit: 'week', calibrationEnd: parseIsoDay('2024-01-29')! });
  const b = backtest(s, []);
  const idx = (id: string) => s.ids.indexOf(id);

  it('scores only the baselines when no model is asked, and the holdout is two weeks', () => {
    expect(b.rows.map((r) => r.id)).toEqual(['pastRate', 'lastPeriod']);
    expect(b.holdoutLength).toBe(2);
    expect(b.best).toBeNull();
    expect(b.notices).toEqual([]);
  });

  it('past rate: x / T per week carried over the holdout', () => {
    // A: x = 2 in T = 4 weeks → 1; B: 0; C: x = 1, T = 2 → 1; D: x = 1, T = 3 → 2/3.
    const want = { A: 1, B: 0, C: 1, D: 2 / 3 };
    const actual = { A: 1, B: 1, C: 0, D: 1 };
    let abs = 0;
    let sq = 0;
    for (const [id, p] of Object.entries(want)) {
      const e = p - actual[id as keyof typeof actual];
      abs += Math.abs(e);
      sq += e * e;
      expect(s.holdoutX[idx(id)]).toBe(actual[id as keyof typeof actual]);
    }
    const r = row(b, 'pastRate');
    expect(r.mae).toBeCloseTo(abs / 4, 12);
    expect(r.rmse).toBeCloseTo(Math.sqrt(sq / 4), 12);
    expect(r.purchasesPredicted).toBeCloseTo(1 + 0 + 1 + 2 / 3, 12);
    expect(r.purchasesActual).toBe(3);
    expect(r.purchasesErrorPct).toBeCloseTo(((8 / 3 - 3) / 3) * 100, 10);
    // Value: predicted purchases × revenue per purchase day so far (A 60/3, C 20/2, D 18/2).
    expect(r.valuePredicted).toBeCloseTo(1 * 20 + 1 * 10 + (2 / 3) * 9, 10);
    expect(r.valueActual).toBe(40 + 7 + 11);
  });

  it('same as last period: the purchase days and value of the last two calibration weeks', () => {
    // (2024-01-15, 2024-01-29]: A 01-22 (30); C 01-29 (12); B and D nothing.
    const r = row(b, 'lastPeriod');
    expect(r.purchasesPredicted).toBe(2);
    expect(r.valuePredicted).toBe(42);
    expect(r.mae).toBeCloseTo((0 + 1 + 1 + 1) / 4, 12);
    // Activity: A and C said to buy (1), B and D not (0); A, B, D bought. Pairs (active, inactive C):
    // A–C a tie (½), B–C and D–C lost (0): AUC = ½ / 3.
    expect(r.auc).toBeCloseTo(1 / 6, 12);
    expect(r.brier).toBeCloseTo((0 + 1 + 1 + 1) / 4, 12);
  });
});

describe('a baseline that wins is said plainly', () => {
  // Everyone buys exactly every 14 days for ever: "the same as the last period" (a quarter of the
  // span, a whole number of fortnights) is exact, while the Poisson-based models are not.
  let b: Backtest;
  beforeAll(() => {
    const t = shop({ customers: 300, days: 560, regular: { every: 14 }, seed: 3 });
    const full = summarize(t, { unit: 'week' });
    b = backtest(summarize(t, { unit: 'week', calibrationEnd: full.splitDay }), ['bgnbd', 'mbgnbd']);
  });

  it('the last-period baseline has the lowest RMSE and MAE and the notice says so with the measures', () => {
    const last = row(b, 'lastPeriod');
    expect(last.rmse).toBeCloseTo(0, 12);
    for (const m of ['bgnbd', 'mbgnbd']) expect(last.rmse).toBeLessThan(row(b, m).rmse);
    const n = b.notices.find((x) => x.code === 'backtest.lastPeriodWins');
    expect(n).toBeDefined();
    expect(String(n!.params.measures)).toMatch(/^RMSE, MAE/);
    expect(n!.text).toContain('better than every model');
  });
});

describe.skipIf(!CDNOW.present)('CDNOW with the literature 39-week calibration', () => {
  let s: CustomerSummary;
  let b: Backtest;
  beforeAll(async () => {
    s = summarize(await loadCdnow(), { unit: 'week', calibrationEnd: CDNOW_CALIBRATION_END });
    b = backtest(s, ['bgnbd', 'mbgnbd', 'pnbd']);
  }, 120_000);

  it('scores the three models and both baselines on 2,357 customers', () => {
    expect(b.customers).toBe(2357);
    expect(b.rows.map((r) => r.id)).toEqual(['bgnbd', 'mbgnbd', 'pnbd', 'pastRate', 'lastPeriod']);
    expect(b.rows.every((r) => r.error === null)).toBe(true);
    expect(Object.keys(b.fits).sort()).toEqual(['bgnbd', 'mbgnbd', 'pnbd']);
  });

  it('the models predict total holdout purchases within 20 % and beat both baselines per customer', () => {
    for (const m of ['bgnbd', 'mbgnbd', 'pnbd']) {
      const r = row(b, m);
      expect(r.purchasesActual).toBe(s.holdoutX.reduce((a, v) => a + v, 0));
      expect(Math.abs(r.purchasesErrorPct)).toBeLessThan(20);
      expect(r.rmse).toBeLessThan(row(b, 'pastRate').rmse);
      expect(r.mae).toBeLessThan(row(b, 'lastPeriod').mae);
    }
  });

  it('ranks value well (Gini above 0.5) with deciles that fall from the top', () => {
    for (const r of b.rows) {
      expect(r.gini).toBeGreaterThan(0.5);
      expect(r.deciles).toHaveLength(10);
      expect(r.deciles.reduce((a, d) => a + d.customers, 0)).toBe(2357);
      expect(r.deciles[0].actual).toBeGreaterThan(r.deciles[9].actual);
    }
    expect(b.best).toBe('pnbd');
  });

  it("BG/NBD's P(alive) ranks activity worse than chance (one-time buyers get 1); Pareto/NBD's does not", () => {
    expect(row(b, 'bgnbd').auc).toBeLessThan(0.5);
    expect(row(b, 'pnbd').auc).toBeGreaterThan(0.65);
    for (const r of b.rows) {
      expect(r.brier).toBeGreaterThanOrEqual(0);
      expect(r.brier).toBeLessThanOrEqual(1);
      expect(r.reliability.reduce((a, x) => a + x.customers, 0)).toBe(2357);
    }
  });

  it('says that the past-rate baseline ranks holdout activity better than every model (AUC)', () => {
    const n = b.notices.find((x) => x.code === 'backtest.pastRateWins');
    expect(String(n?.params.measures)).toContain('AUC');
  });

  it('reuses fits given for the split instead of fitting again', () => {
    const seen: string[] = [];
    const again = backtest(s, ['bgnbd', 'pnbd'], { known: b.fits, onModel: (m) => seen.push(m) });
    expect(seen).toEqual([]);
    expect(row(again, 'pnbd').rmse).toBe(row(b, 'pnbd').rmse);
  });
});
