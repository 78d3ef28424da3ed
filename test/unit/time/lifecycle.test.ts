import { describe, expect, it } from 'vitest';
import { firstPurchaseDays } from '../../../src/core/lifecycle/firstPurchaseDays.ts';
import { DEFAULT_LIFECYCLE, lifecycleStages, STAGE_IDS } from '../../../src/core/lifecycle/lifecycleStages.ts';
import type { RfmTable } from '../../../src/core/rfm/computeRfm.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { importText } from '../helpers.ts';

const REF = 1000; // reference day

/** An RFM table of customers given as [first day, last day, orders, monetary]. */
function table(rows: [number, number, number, number][]): { rfm: RfmTable; first: Int32Array } {
  const n = rows.length;
  const rfm = {
    n,
    ids: rows.map((_, i) => `c${i}`),
    customer: Int32Array.from(rows, (_, i) => i),
    recency: Int32Array.from(rows, (r) => REF - r[1]),
    frequency: Int32Array.from(rows, (r) => r[2]),
    monetary: Float64Array.from(rows, (r) => r[3]),
    r: new Uint8Array(n),
    f: new Uint8Array(n),
    m: new Uint8Array(n),
    referenceDay: REF,
    frequencyByInvoice: false,
  };
  return { rfm, first: Int32Array.from(rows, (r) => r[0]) };
}

describe('lifecycle stages (gap mode: 2×, 4×, 8× the usual gap, at least 14 days; new within 90 days)', () => {
  // Customer 0 (one order, 5 days old): new. Customer 1: orders every 30 days, last 50 days ago
  // → 50 ≤ 2 × 30: active. Customer 2: gap 30, silent 100 days → ≤ 4 × 30 = 120: cooling.
  // Customer 3: gap 30, silent 200 → ≤ 240: at risk. Customer 4: gap 30, silent 300 → lapsed.
  // Customer 5: gap 2 days (floored to 14), silent 40 → ≤ 56: cooling.
  // Customer 6: one order, 400 days ago; the population gap is the median own gap
  // (median of 30, 30, 30, 30, 2 = 30) → 400 > 240: lapsed.
  const { rfm, first } = table([
    [995, 995, 1, 10],
    [800, 950, 6, 100],
    [600, 900, 11, 200],
    [500, 800, 11, 300],
    [400, 700, 11, 400],
    [800, 960, 81, 50],
    [600, 600, 1, 20],
  ]);
  const r = lifecycleStages(rfm, first, DEFAULT_LIFECYCLE);

  it.each([
    { k: 0, stage: 'new' },
    { k: 1, stage: 'active' },
    { k: 2, stage: 'cooling' },
    { k: 3, stage: 'at_risk' },
    { k: 4, stage: 'lapsed' },
    { k: 5, stage: 'cooling' },
    { k: 6, stage: 'lapsed' },
  ])('customer $k → $stage', ({ k, stage }) => {
    expect(STAGE_IDS[r.stage[k]]).toBe(stage);
  });

  it('reports the gaps, the population gap and counts and revenue per stage', () => {
    expect(r.populationGap).toBe(30);
    expect(Array.from(r.gap)).toEqual([30, 30, 30, 30, 30, 14, 30]);
    expect(r.summary.map((s) => [s.id, s.customers, s.revenue])).toEqual([
      ['new', 1, 10],
      ['active', 1, 100],
      ['cooling', 2, 250],
      ['at_risk', 1, 300],
      ['lapsed', 2, 420],
    ]);
  });

  it.each([
    { silence: 90, stage: 'active' },
    { silence: 91, stage: 'cooling' },
    { silence: 180, stage: 'cooling' },
    { silence: 365, stage: 'at_risk' },
    { silence: 366, stage: 'lapsed' },
  ])('window mode (90 / 180 / 365 days): silent $silence days → $stage', ({ silence, stage }) => {
    const t = table([[0, REF - silence, 3, 1]]);
    const w = lifecycleStages(t.rfm, t.first, { ...DEFAULT_LIFECYCLE, mode: 'window' });
    expect(STAGE_IDS[w.stage[0]]).toBe(stage);
  });

  it.each([
    { over: { cooling: 5, atRisk: 4 }, error: /cooling < at risk < lapsed/ },
    { over: { newDays: 0 }, error: /newDays must be positive/ },
    { over: { mode: 'window' as const, atRiskDays: 500 }, error: /windows must grow/ },
  ])('rejects $over', ({ over, error }) => {
    expect(() => lifecycleStages(rfm, first, { ...DEFAULT_LIFECYCLE, ...over })).toThrow(error);
  });
});

describe('firstPurchaseDays', () => {
  it('takes the first purchase day (a kept $0 row counts, a return does not), aligned with the RFM rows', async () => {
    const { table } = await importText(
      'customer,date,amount\nb,2024-01-05,-3\nb,2024-01-07,5\na,2024-01-03,2\nb,2024-01-02,0\na,2024-02-01,1\n',
      { cleaning: { dropNonPositive: false } },
    );
    const rfm = computeRfm(table);
    const first = firstPurchaseDays(table, rfm.customer);
    expect(rfm.ids).toEqual(['a', 'b']);
    // Issue 16: b's kept $0 row on 2024-01-02 is a purchase (it was skipped, 2024-01-07).
    expect(Array.from(first)).toEqual([19725, 19724]); // 2024-01-03, 2024-01-02
  });
});
