import { describe, expect, it } from 'vitest';
import { CN8_IDS, cn8Basis, cn8Classes } from '../../../src/core/segments/cn8.ts';
import {
  segmentCustomers,
  DEFAULT_SEGMENT_OPTIONS,
  unreachableSegments,
} from '../../../src/core/segments/segmentCustomers.ts';
import { applyRules } from '../../../src/core/segments/scoreRules.ts';
import {
  TIER_DEFAULT,
  TIER_DEFAULT_V1,
  TIER_IDS,
  tierRules,
  upgradeTiers,
} from '../../../src/core/segments/valueTiers.ts';

// Nine customers: one per value class, and one sitting exactly on the mean of every dimension.
//  k  recency  frequency  monetary   R   F   M    class
//  0     10        5         500     H   H   H    important_value
//  1     10        1         500     H   L   H    important_development
//  2     90        5         500     L   H   H    important_retention
//  3     90        1         500     L   L   H    important_winback
//  4     10        5          50     H   H   L    general_value
//  5     10        1          50     H   L   L    general_development
//  6     90        5          50     L   H   L    general_retention
//  7     90        1          50     L   L   L    general_winback
//  8     50        3         275     =   =   =    general_winback (equal to the line is low)
// Means: recency 450 / 9 = 50, frequency 27 / 9 = 3, monetary 2,475 / 9 = 275; the medians are the same.
const NINE = {
  recency: Int32Array.of(10, 10, 90, 90, 10, 10, 90, 90, 50),
  frequency: Int32Array.of(5, 1, 5, 1, 5, 1, 5, 1, 3),
  monetary: Float64Array.of(500, 500, 500, 500, 50, 50, 50, 50, 275),
};

describe('RFM 8 value classes (cn8)', () => {
  it.each(['mean', 'median'] as const)('classifies against the %s', (kind) => {
    const basis = cn8Basis(NINE, kind);
    expect(basis).toEqual({ kind, recency: 50, frequency: 3, monetary: 275 });
    expect(Array.from(cn8Classes(NINE, basis), (k) => CN8_IDS[k])).toEqual([...CN8_IDS, 'general_winback']);
  });

  it('mean and median differ on skewed spend', () => {
    const v = { recency: [1, 1, 1, 1, 1], frequency: [1, 1, 1, 1, 1], monetary: [1, 2, 3, 4, 100] };
    expect(cn8Basis(v, 'mean').monetary).toBe(22);
    expect(cn8Basis(v, 'median').monetary).toBe(3);
    // M = 4 is low against the mean (22) and high against the median (3).
    expect(cn8Classes(v, cn8Basis(v, 'mean'))[3] >= 4).toBe(true);
    expect(cn8Classes(v, cn8Basis(v, 'median'))[3] < 4).toBe(true);
  });

  it('takes the mean of the two middle values for an even count', () => {
    expect(cn8Basis({ recency: [4, 1, 3, 2], frequency: [1, 1, 1, 1], monetary: [1, 1, 1, 1] }, 'median').recency).toBe(
      2.5,
    );
  });
});

describe('value tiers', () => {
  const tierOf = (r: number, f: number, m: number, t = TIER_DEFAULT) =>
    TIER_IDS[applyRules({ r: [r], f: [f], m: [m], rGrades: 5, fGrades: 5, mGrades: 5 }, tierRules(t))[0]];

  it.each([
    { rfm: [4, 4, 4], tier: 'vip' },
    { rfm: [5, 5, 5], tier: 'vip' },
    // Issue 16: the best customers of the past who have not bought lately are at risk (were ordinary).
    { rfm: [3, 5, 5], tier: 'at_risk' },
    { rfm: [1, 5, 5], tier: 'at_risk' },
    { rfm: [2, 4, 3], tier: 'at_risk' }, // FM = ⌈7 / 2⌉ = 4
    { rfm: [2, 3, 5], tier: 'at_risk' },
    { rfm: [3, 4, 3], tier: 'at_risk' },
    { rfm: [2, 5, 1], tier: 'loyal' }, // FM 3: frequent small baskets
    { rfm: [5, 4, 3], tier: 'loyal' }, // M below 4: loyal, not VIP
    { rfm: [5, 1, 5], tier: 'potential' },
    { rfm: [4, 2, 4], tier: 'potential' },
    { rfm: [4, 3, 4], tier: 'potential' }, // Issue 16: F = 3 is still "low F" (was ordinary)
    { rfm: [3, 2, 4], tier: 'ordinary' }, // FM 3
    { rfm: [1, 1, 5], tier: 'ordinary' }, // one big purchase long ago
    { rfm: [1, 1, 1], tier: 'ordinary' },
  ])('R F M $rfm → $tier', ({ rfm: [r, f, m], tier }) => {
    expect(tierOf(r, f, m)).toBe(tier);
  });

  it('uses edited thresholds', () => {
    expect(tierOf(4, 4, 4, { ...TIER_DEFAULT, vip: 5 })).toBe('ordinary');
    expect(tierOf(4, 4, 4, { ...TIER_DEFAULT, vip: 5, loyalM: 5 })).toBe('loyal');
    expect(tierOf(4, 3, 4, { ...TIER_DEFAULT, potentialF: 2 })).toBe('ordinary');
    expect(tierOf(3, 5, 5, { ...TIER_DEFAULT, atRiskR: 2 })).toBe('ordinary');
    expect(tierOf(2, 4, 3, { ...TIER_DEFAULT, atRiskFM: 5 })).toBe('loyal');
  });

  it('with the defaults nobody with F ≥ 4 or FM ≥ 4 is ordinary (all 125 score combinations)', () => {
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++)
          if (f >= 4 || Math.ceil((f + m) / 2) >= 4) expect(tierOf(r, f, m), `R${r} F${f} M${m}`).not.toBe('ordinary');
  });

  it.each([
    { name: 'the old default moves to the new one', stored: TIER_DEFAULT_V1, want: TIER_DEFAULT },
    {
      name: 'edited thresholds stay, the at-risk ones added',
      stored: { ...TIER_DEFAULT_V1, vip: 5 },
      want: { ...TIER_DEFAULT, potentialF: 2, vip: 5 },
    },
    { name: 'a partial edit stays', stored: { potentialF: 2 }, want: { ...TIER_DEFAULT, potentialF: 2 } },
    { name: 'the new default stays', stored: TIER_DEFAULT, want: TIER_DEFAULT },
    { name: 'nothing stored', stored: undefined, want: TIER_DEFAULT },
  ])('stored thresholds: $name', ({ stored, want }) => {
    expect(upgradeTiers(stored)).toEqual(want);
  });

  it.each([{ vip: 0 }, { loyalF: 6 }, { potentialM: 2.5 }])('rejects %o', (bad) => {
    expect(() => tierRules({ ...TIER_DEFAULT, ...bad })).toThrow(/whole score 1–5/);
  });
});

describe('segmentCustomers', () => {
  it('puts every customer in one cn8 class and summarises them', () => {
    const s = segmentCustomers(NINE, { ...DEFAULT_SEGMENT_OPTIONS, scheme: 'cn8' });
    expect(s.ids).toEqual([...CN8_IDS]);
    expect(s.summary.map((r) => r.customers)).toEqual([1, 1, 1, 1, 1, 1, 1, 2]);
    expect(s.summary.reduce((a, r) => a + r.customers, 0)).toBe(9);
    expect(s.basis?.monetary).toBe(275);
  });

  it('custom rules: first match wins, the rest are counted as unmatched', () => {
    // Quintile scores by hand: M 500 → 1 + ⌊5 × 5 / 9⌋ = 3, 275 → 1 + ⌊5 × 4 / 9⌋ = 3, 50 → 1;
    // R 10 days → 1 + ⌊5 × 5 / 9⌋ = 3, 50 → 3, 90 → 1. Rule 0: M 3–5; rule 1: R 3–5.
    const s = segmentCustomers(NINE, {
      ...DEFAULT_SEGMENT_OPTIONS,
      scheme: 'custom',
      customRules: [{ m: [3, 5] }, { r: [3, 5] }],
    });
    expect(Array.from(s.scoring.m.scores)).toEqual([3, 3, 3, 3, 1, 1, 1, 1, 3]);
    expect(Array.from(s.scoring.r.scores)).toEqual([3, 3, 1, 1, 3, 3, 1, 1, 3]);
    expect(s.ids).toEqual(['rule-0', 'rule-1', 'unmatched']);
    expect(Array.from(s.segment)).toEqual([0, 0, 0, 0, 1, 1, 2, 2, 0]);
    expect(s.summary.map((r) => [r.id, r.customers, r.revenue])).toEqual([
      ['rule-0', 5, 2275],
      ['rule-1', 2, 100],
      ['unmatched', 2, 100],
    ]);
  });

  it('rfm11 on the nine customers, worked by hand', () => {
    // Quintile scores: R 10 days → 3 (5 of 9 worse), 50 → 3, 90 → 1; F 1 → 1, 3 and 5 → 3;
    // M 50 → 1, 275 and 500 → 3. FM = ⌈(F + M)/2⌉.
    const s = segmentCustomers(NINE, DEFAULT_SEGMENT_OPTIONS);
    expect(Array.from(s.segment, (k) => s.ids[k])).toEqual([
      'need_attention', // R3 F3 M3 → FM 3
      'about_to_sleep', // R3 F1 M3 → FM 2
      'at_risk', // R1 F3 M3 → FM 3
      'hibernating', // R1 F1 M3 → FM 2
      'about_to_sleep', // R3 F3 M1 → FM 2
      'about_to_sleep', // R3 F1 M1 → FM 1
      'hibernating', // R1 F3 M1 → FM 2
      'lost', // R1 F1 M1 → FM 1
      'need_attention', // R3 F3 M3 → FM 3
    ]);
    expect(s.unreachable).toEqual([]);
  });

  it.each([
    // Quartiles read as 1, 2, 4, 5: no R = 3, so the R = 3 segments cannot occur.
    { grades: 4 as const, scheme: 'rfm11' as const, want: ['need_attention', 'about_to_sleep'] },
    // Terciles read as 1, 3, 5: no R = 4, so Promising (R 4, FM 1) cannot occur; FM still takes 1–5.
    { grades: 3 as const, scheme: 'rfm11' as const, want: ['promising'] },
    { grades: 5 as const, scheme: 'rfm11' as const, want: [] },
    { grades: 3 as const, scheme: 'tiers' as const, want: [] },
  ])('lists the $scheme segments $grades grades cannot reach', ({ grades, scheme, want }) => {
    const s = segmentCustomers(NINE, { ...DEFAULT_SEGMENT_OPTIONS, scheme, scoring: { grades, ties: 'shared' } });
    expect(s.unreachable.map((k) => s.ids[k])).toEqual(want);
  });
});

describe('unreachableSegments with conditions', () => {
  const grid = { r: new Uint8Array(0), f: new Uint8Array(0), m: new Uint8Array(0), rGrades: 5, fGrades: 5, mGrades: 5 };
  it.each([
    // A rule with conditions may not hold, so the catch-all below it is still reached; the rule
    // under the catch-all is not.
    {
      name: 'a conditioned rule hides nothing',
      rules: [{ conditions: [{ kind: 'spend' as const, min: 1000 }] }, {}, { r: [5, 5] as [number, number] }],
      want: [2],
    },
    // A conditioned rule under a catch-all is itself unreachable.
    {
      name: 'a conditioned rule under a catch-all',
      rules: [{}, { conditions: [{ kind: 'spend' as const, min: 1000 }] }],
      want: [1],
    },
    {
      name: 'score rules only',
      rules: [{ r: [4, 5] as [number, number] }, { r: [5, 5] as [number, number] }, {}],
      want: [1],
    },
  ])('$name', ({ rules, want }) => {
    expect(
      unreachableSegments(
        grid,
        rules,
        rules.map((_, k) => k),
        rules.length,
      ),
    ).toEqual(want);
  });
});
