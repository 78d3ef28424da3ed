import { describe, expect, it } from 'vitest';
import { scoreRfm } from '../../../src/core/rfm/scoreRfm.ts';
import { explainScore } from '../../../src/core/explain/explainScore.ts';
import { explainSegment } from '../../../src/core/explain/explainSegment.ts';
import { explainClv } from '../../../src/core/explain/explainClv.ts';
import { cn8Basis } from '../../../src/core/segments/cn8.ts';
import { RFM11_IDS } from '../../../src/core/segments/rfm11.ts';
import { TIER_DEFAULT, TIER_IDS } from '../../../src/core/segments/valueTiers.ts';
import { segmentCustomers, DEFAULT_SEGMENT_OPTIONS } from '../../../src/core/segments/segmentCustomers.ts';
import { clvAnalysis, DEFAULT_CLV_OPTIONS } from '../../../src/core/clv/clvAnalysis.ts';
import { bgnbd } from '../../../src/core/clv/bgnbd.ts';
import { importText } from '../helpers.ts';

// Ten customers with distinct values: recency 1..10 days, frequency 10..1 orders, monetary 100..1000.
const v = {
  recency: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
  frequency: Float64Array.from([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]),
  monetary: Float64Array.from([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]),
};
const scoring = scoreRfm(v, { grades: 5, ties: 'shared' });

describe('explainScore: where the value stands, in the customer’s own numbers', () => {
  it.each([
    // Customer 0: recency 1 day, nobody more recent → top fifth (1–2 days) → R = 5.
    { dim: 'r' as const, k: 0, value: 1, score: 5, better: 0, min: 1, max: 2 },
    // Customer 4: recency 5 days, four bought more recently → third fifth (5–6 days) → R = 3.
    { dim: 'r' as const, k: 4, value: 5, score: 3, better: 4, min: 5, max: 6 },
    { dim: 'f' as const, k: 9, value: 1, score: 1, better: 9, min: 1, max: 2 },
    { dim: 'm' as const, k: 7, value: 800, score: 4, better: 2, min: 700, max: 800 },
  ])('$dim of customer $k: $value → $score', ({ dim, k, value, score, better, min, max }) => {
    const values = dim === 'r' ? v.recency : dim === 'f' ? v.frequency : v.monetary;
    const e = explainScore(dim, values, scoring[dim], k);
    expect(e).toMatchObject({ value, score, better, same: 1, n: 10, min, max, customers: 2, grades: 5 });
  });
});

describe('explainSegment: the rule that put the customer in the segment', () => {
  const o = { tiers: TIER_DEFAULT, customRules: [] };
  it.each([
    // R 5, F 5, M 1 → FM = ⌈(5 + 1) / 2⌉ = 3 → rule "R 4–5, FM 2–3" → potential loyalist.
    { k: 0, r: 5, f: 5, m: 1, fm: 3, segment: 'potential_loyalist' },
    // R 1, F 1, M 5 → FM 3 → "R 1–2, FM 3–4" → at risk.
    { k: 9, r: 1, f: 1, m: 5, fm: 3, segment: 'at_risk' },
    // R 3, F 3, M 3 → FM 3 → need attention.
    { k: 4, r: 3, f: 3, m: 3, fm: 3, segment: 'need_attention' },
  ])('rfm11, customer $k → $segment', ({ k, r, f, m, fm, segment }) => {
    const e = explainSegment('rfm11', v, scoring, k, o);
    expect(e).toMatchObject({ kind: 'rules', r, f, m, fm });
    if (e.kind !== 'rules') throw new Error('rules expected');
    expect(RFM11_IDS[e.segment]).toBe(segment);
    // The same segment as the scheme gives every customer.
    expect(segmentCustomers(v, DEFAULT_SEGMENT_OPTIONS).segment[k]).toBe(e.segment);
  });

  it('value tiers: the matched tier rule, and ordinary as the catch-all', () => {
    const e = explainSegment('tiers', v, scoring, 4, o);
    if (e.kind !== 'rules') throw new Error('rules expected');
    expect(TIER_IDS[e.segment]).toBe('ordinary');
    expect(segmentCustomers(v, { ...DEFAULT_SEGMENT_OPTIONS, scheme: 'tiers' }).segment[4]).toBe(e.segment);
  });

  it('custom rules: unmatched customers are explained as unmatched', () => {
    const e = explainSegment('custom', v, scoring, 9, { ...o, customRules: [{ r: [5, 5] }] });
    expect(e).toMatchObject({ kind: 'rules', ruleIndex: null, rule: null, segment: 1 });
  });

  it('cn8: each value against the mean line', () => {
    const basis = cn8Basis(v, 'mean'); // recency 5.5 days, frequency 5.5 orders, monetary 550
    const e = explainSegment('cn8', v, scoring, 0, { ...o, basis });
    // Recent (1 < 5.5), frequent (10 > 5.5), low spend (100 ≤ 550) → general value (一般价值).
    expect(e).toMatchObject({ kind: 'cn8', high: { r: true, f: true, m: false }, segment: 4 });
    expect(segmentCustomers(v, { ...DEFAULT_SEGMENT_OPTIONS, scheme: 'cn8' }).segment[0]).toBe(4);
  });
});

describe('explainClv: P(alive) and CLV from their parts', () => {
  it('rebuilds P(alive), spend and CLV of every customer from the explained terms', async () => {
    const rows: string[] = ['customer,date,amount'];
    for (let c = 0; c < 60; c++) {
      rows.push(`c${c},2024-01-0${1 + (c % 5)},${20 + c}`);
      for (let k = 1; k <= c % 5; k++) rows.push(`c${c},2024-0${1 + k}-${10 + (c % 7)},${15 + ((c * k) % 30)}`);
    }
    rows.push('z,2024-09-30,10');
    const { table } = await importText(rows.join('\n') + '\n');
    const r = clvAnalysis(table, { ...DEFAULT_CLV_OPTIONS, model: 'bgnbd' });
    const p = Object.values(r.fit.params);
    let withTerms = 0;
    for (let i = 0; i < r.summary.n; i++) {
      const e = explainClv(r, i);
      // P(alive) is withheld (NaN) when the data do not identify dropout (guardFit); the terms
      // still rebuild the model's own.
      const model = bgnbd.pAlive(p, e.x, e.tx, e.T);
      if (r.guard.loyalty.pAliveKnown) expect(e.pAlive).toBeCloseTo(model, 12);
      else expect(e.pAlive).toBeNaN();
      if (e.terms) {
        withTerms++;
        expect(1 / (1 + e.terms.odds * e.terms.ratio ** e.terms.power)).toBeCloseTo(model, 12);
      } else expect(e.x === 0 && model === 1).toBe(true);
      if (e.gg) expect((1 - e.gg.weight) * e.gg.populationMean + e.gg.weight * e.ownMean).toBeCloseTo(e.spend, 9);
      expect(e.undiscounted).toBeCloseTo(0.3 * e.spend * e.expected, 9);
      expect(e.clv).toBeLessThanOrEqual(e.undiscounted + 1e-9); // discounting only lowers it
    }
    expect(withTerms).toBeGreaterThan(20);
  });
});
