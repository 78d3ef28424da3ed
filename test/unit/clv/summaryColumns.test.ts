import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/core/clv/summarize.ts';
import { parseIsoDay } from '../../../src/core/values/civil.ts';
import { tableOf } from '../cohorts/tables.ts';

// Hand-worked: calibration to 2024-03-31, holdout to 2024-04-30 (30 days), so the "same as last
// period" window is (2024-03-01, 2024-03-31].
const t = tableOf([
  // A: purchase days 01-01, 01-11 (gap 10), 02-10 (gap 30), 03-11 (gap 30); holdout 04-05 (25 + 5).
  ['A', '2024-01-01', 10],
  ['A', '2024-01-11', 20],
  ['A', '2024-02-10', 30],
  ['A', '2024-03-11', 40],
  ['A', '2024-04-05', 25],
  ['A', '2024-04-05', 5],
  // B: one purchase, then a return in the holdout.
  ['B', '2024-03-20', 50],
  ['B', '2024-04-10', -20],
  // C: two purchase days (one gap): no spread, no Wheat-Morrison ratio.
  ['C', '2024-01-05', 5],
  ['C', '2024-02-05', 5],
  ['C', '2024-04-30', 1],
]);
const s = summarize(t, { unit: 'day', calibrationEnd: parseIsoDay('2024-03-31')! });
const row = (id: string) => s.ids.indexOf(id);

describe('customer summary: holdout value, recent window and gaps', () => {
  it.each([
    // id, holdoutX, holdoutValue, recentX, recentValue
    ['A', 1, 30, 1, 40],
    ['B', 0, -20, 1, 50],
    ['C', 1, 1, 0, 0],
  ])('%s: holdout %d days worth %d, last window %d days worth %d', (id, hx, hv, rx, rv) => {
    const i = row(id);
    expect([s.holdoutX[i], s.holdoutValue[i], s.recentX[i], s.recentValue[i]]).toEqual([hx, hv, rx, rv]);
  });

  it('gap spread and M from the last two gaps (days)', () => {
    // A's gaps 10, 30, 30: mean 70/3, sd √((100 + 900 + 900 − 4900/3) / 2) = √(800/6) ≈ 11.547.
    expect(s.gapSdDays[row('A')]).toBeCloseTo(Math.sqrt(800 / 6), 9);
    expect(s.wmRatio[row('A')]).toBe(0.5);
    for (const id of ['B', 'C']) {
      expect(Number.isNaN(s.gapSdDays[row(id)])).toBe(true);
      expect(Number.isNaN(s.wmRatio[row(id)])).toBe(true);
    }
  });

  it('without a holdout the recent window is empty', () => {
    const full = summarize(t, { unit: 'day' });
    expect(Array.from(full.recentX)).toEqual([0, 0, 0]);
    expect(Array.from(full.holdoutValue)).toEqual([0, 0, 0]);
  });
});
