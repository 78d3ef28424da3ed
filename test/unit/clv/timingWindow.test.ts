import { describe, expect, it } from 'vitest';
import { clampWindow, purchaseTiming } from '../../../src/core/clv/purchaseTiming.ts';
import type { CustomerSummary } from '../../../src/core/clv/summarize.ts';

// Issue 16, part C: the next-purchase window never starts before the reference day (the day after
// the data); when it has passed, it is "overdue" (and kept as the window that passed).

describe('clampWindow (reference day 1,001)', () => {
  it.each([
    { name: 'entirely ahead: unchanged', from: 1010, to: 1030, want: [1010, 1030, false] },
    { name: 'starting in the past: from the reference day', from: 980, to: 1020, want: [1001, 1020, false] },
    { name: 'starting on the reference day: unchanged', from: 1001, to: 1005, want: [1001, 1005, false] },
    { name: 'ended on the calibration end: overdue, kept', from: 950, to: 1000, want: [950, 1000, true] },
    { name: 'ended long ago: overdue, kept', from: 600, to: 700, want: [600, 700, true] },
    // Ends part way into the last day of the data: not overdue, and never a window ending before it starts.
    { name: 'ending within the last day: a one-day window', from: 990, to: 1000.4, want: [1001, 1001, false] },
    { name: 'unknown stays unknown', from: NaN, to: NaN, want: [NaN, NaN, false] },
  ])('$name', ({ from, to, want }) => {
    const r = clampWindow(from, to, 1001);
    expect([r.from, r.to, r.overdue]).toEqual(want);
  });
});

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

describe('purchaseTiming: no window starts in the past', () => {
  // One-time buyers (the model's wait: from ln(4/3)·g after the last purchase) bought 1 to 400 days
  // ago; repeat buyers with their own gaps likewise.
  const rows = Array.from({ length: 80 }, (_, i) => {
    const recencyDays = 1 + 5 * i;
    return i % 2
      ? { x: 0, tx: 0, T: recencyDays / 7, recencyDays }
      : { x: 4, tx: 30, T: 30 + recencyDays / 7, recencyDays, gapSd: 10 };
  });
  const s = summary(rows);
  const t = purchaseTiming('bgnbd', { r: 0.7, alpha: 9, a: 0.01, b: 5 }, s);

  it('every window that has not passed starts on or after the reference day', () => {
    let ahead = 0;
    let partly = 0;
    for (let i = 0; i < s.n; i++) {
      if (t.overdue[i]) {
        expect(t.nextTo[i]).toBeLessThanOrEqual(s.calibrationEnd);
        continue;
      }
      ahead++;
      expect(t.nextFrom[i]).toBeGreaterThanOrEqual(s.calibrationEnd + 1);
      expect(t.nextTo[i]).toBeGreaterThanOrEqual(t.nextFrom[i]);
      if (t.nextFrom[i] === s.calibrationEnd + 1) partly++;
    }
    // The case that was wrong: windows that began before the reference day and had not ended.
    expect(partly).toBeGreaterThan(3);
    expect(ahead).toBeGreaterThan(partly);
    expect(t.overdue.some((v) => v === 1)).toBe(true);
  });
});
