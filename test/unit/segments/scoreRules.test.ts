import { describe, expect, it } from 'vitest';
import { RFM11_IDS, RFM11_RULES, RFM11_RULE_SEGMENT } from '../../../src/core/segments/rfm11.ts';
import { applyRules, fmScore, matchesRule, toFivePoint } from '../../../src/core/segments/scoreRules.ts';

describe('toFivePoint', () => {
  it.each([
    { grades: 5, scores: [1, 2, 3, 4, 5], want: [1, 2, 3, 4, 5] },
    { grades: 4, scores: [1, 2, 3, 4], want: [1, 2, 4, 5] },
    { grades: 3, scores: [1, 2, 3], want: [1, 3, 5] },
    { grades: 2, scores: [1, 2], want: [1, 5] },
    { grades: 10, scores: [1, 2, 3, 5, 6, 9, 10], want: [1, 1, 2, 3, 3, 5, 5] },
    { grades: 1, scores: [1], want: [3] },
  ])('$grades grades', ({ grades, scores, want }) => {
    expect(scores.map((s) => toFivePoint(s, grades))).toEqual(want);
  });
});

describe('fmScore', () => {
  it.each([
    [1, 1, 1],
    [1, 2, 2],
    [2, 3, 3],
    [5, 4, 5],
    [4, 4, 4],
    [1, 5, 3],
    [5, 5, 5],
  ])('F %i, M %i → FM %i', (f, m, fm) => expect(fmScore(f, m)).toBe(fm));
});

// The documented grid, rows FM 5 → 1, columns R 1 → 5.
const GRID = [
  ['cannot_lose_them', 'cannot_lose_them', 'loyal', 'loyal', 'champions'],
  ['at_risk', 'at_risk', 'loyal', 'loyal', 'champions'],
  ['at_risk', 'at_risk', 'need_attention', 'potential_loyalist', 'potential_loyalist'],
  ['hibernating', 'hibernating', 'about_to_sleep', 'potential_loyalist', 'potential_loyalist'],
  ['lost', 'hibernating', 'about_to_sleep', 'promising', 'new_customers'],
];

describe('RFM 11 segments', () => {
  const cells = GRID.flatMap((row, i) => row.map((id, j) => ({ r: j + 1, fm: 5 - i, id })));

  it.each(cells)('R $r, FM $fm → $id (exactly one rule matches)', ({ r, fm, id }) => {
    const matching = RFM11_RULES.map((rule, k) => (matchesRule(rule, r, fm, fm) ? k : -1)).filter((k) => k >= 0);
    expect(matching).toHaveLength(1);
    expect(RFM11_IDS[RFM11_RULE_SEGMENT[matching[0]]]).toBe(id);
  });

  it('reaches every segment', () => {
    expect(new Set(cells.map((c) => c.id))).toEqual(new Set(RFM11_IDS));
  });

  it('reads FM from unequal F and M (⌈(F + M) / 2⌉)', () => {
    // R 5, F 5, M 3 → FM 4 → champions; R 5, F 3, M 4 → FM 4 → champions; R 5, F 3, M 2 → FM 3 → potential.
    const seg = applyRules(
      { r: [5, 5, 5], f: [5, 3, 3], m: [3, 4, 2], rGrades: 5, fGrades: 5, mGrades: 5 },
      RFM11_RULES,
    );
    expect(Array.from(seg, (k) => RFM11_IDS[RFM11_RULE_SEGMENT[k]])).toEqual([
      'champions',
      'champions',
      'potential_loyalist',
    ]);
  });
});

describe('applyRules', () => {
  const rules = [{ r: [4, 5] as const }, { f: [3, 5] as const, m: [3, 5] as const }, { fm: [2, 2] as const }];
  it.each([
    { r: 5, f: 1, m: 1, want: 0 }, // first rule wins even though others could not match
    { r: 4, f: 5, m: 5, want: 0 }, // first matching rule wins over the second
    { r: 3, f: 5, m: 5, want: 1 },
    { r: 3, f: 3, m: 2, want: 3 }, // FM = 3: no rule → unmatched = rules.length
    { r: 1, f: 1, m: 2, want: 2 },
    { r: 1, f: 1, m: 1, want: 3 },
  ])('R $r F $f M $m → rule $want', ({ r, f, m, want }) => {
    expect(applyRules({ r: [r], f: [f], m: [m], rGrades: 5, fGrades: 5, mGrades: 5 }, rules)[0]).toBe(want);
  });

  it('stretches terciles to 1–5 before matching', () => {
    // Terciles 1, 2, 3 read as 1, 3, 5: R 3 (→ 5) matches [4, 5]; R 2 (→ 3) does not.
    const s = { r: [3, 2], f: [1, 1], m: [1, 1], rGrades: 3, fGrades: 3, mGrades: 3 };
    expect(Array.from(applyRules(s, [{ r: [4, 5] }]))).toEqual([0, 1]);
  });

  it('with no rules every customer is unmatched', () => {
    expect(Array.from(applyRules({ r: [1, 5], f: [1, 5], m: [1, 5], rGrades: 5, fGrades: 5, mGrades: 5 }, []))).toEqual(
      [0, 0],
    );
  });
});
