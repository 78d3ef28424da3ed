import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/clv/runChecks.ts';
import { summarize } from '../../../src/core/clv/summarize.ts';
import { CoreError } from '../../../src/core/notice/notice.ts';
import { formatDay } from '../../../src/core/values/civil.ts';
import { sentinelShopRows } from '../../fixtures/sentinelShop.ts';
import { tableOf } from '../cohorts/tables.ts';

// Issue 14: with one placeholder date kept, the model checks' default split (the middle of the
// span) fell in year 6012 or 1012 and the checks failed after 40 s ("log2F1 … did not converge") or
// on an empty calibration. They now refuse a lopsided split with a coded message, the default split
// is the median row day, and the tracking data are sparse.
const PLAIN = tableOf(sentinelShopRows('2024-06-01').slice(0, -1));

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CoreError);
    return (e as CoreError).code;
  }
  return 'ran';
}

describe('model checks with placeholder dates', () => {
  it('the sample keeps all but the last quarter of its span as the default split (issue 16)', () => {
    const s = summarize(PLAIN, { unit: 'week' });
    expect(s.splitDay).toBe(s.dayZero + Math.floor(0.75 * (s.observationEnd - s.dayZero)));
  });

  // day, the code at the middle of the span, the code at the default split.
  it.each([
    ['9999-12-31', 'clv.checksSplit', 'clv.checksHoldout'],
    ['0001-01-01', 'clv.checksSplit', 'ran'],
    ['1900-01-01', 'clv.checksSplit', 'ran'],
  ])('%s: the middle is refused with %s, the default split gives %s', (day, middle, byDefault) => {
    const t = tableOf(sentinelShopRows(day));
    const s = summarize(t, { unit: 'week' });
    // Sparse tracking data: one entry per day with repeat purchases, not per day of the span.
    expect(s.repeatDays.length).toBeLessThan(800);
    expect(s.repeatCounts.length).toBe(s.repeatDays.length);
    const mid = Math.floor((s.dayZero + s.observationEnd) / 2);
    expect(codeOf(() => runChecks(t, 'bgnbd', 'week', mid))).toBe(middle);
    // The default split lies in the bulk of the data (2024–2025).
    expect(formatDay(s.splitDay).slice(0, 3)).toBe('202');
    expect(codeOf(() => runChecks(t, 'bgnbd', 'week', s.splitDay))).toBe(byDefault);
  });

  it('the refusal names both sides and a split that works', () => {
    const t = tableOf(sentinelShopRows('0001-01-01'));
    const s = summarize(t, { unit: 'week' });
    try {
      runChecks(t, 'bgnbd', 'week', Math.floor((s.dayZero + s.observationEnd) / 2));
      expect.unreachable();
    } catch (e) {
      const err = e as CoreError;
      expect(err.params).toMatchObject({ calibrationRows: 1, holdoutRows: 3830, suggest: formatDay(s.splitDay) });
      expect(err.message).toContain('placeholder dates');
    }
  });

  it('a default split with a 1900 placeholder gives bounded checks', () => {
    const t = tableOf(sentinelShopRows('1900-01-01'));
    const c = runChecks(t, 'bgnbd', 'week', summarize(t, { unit: 'week' }).splitDay);
    expect(c.tracking.t.length).toBeLessThanOrEqual(121);
    expect(c.pAlive.p.length).toBeLessThanOrEqual(31 * 31);
    expect(c.holdout.every((b) => !b.customers || Number.isFinite(b.predicted))).toBe(true);
  });
});
