import { describe, expect, it } from 'vitest';
import { middleGrade } from '../../../src/core/rfm/middleGrade.ts';
import { scoreByRank } from '../../../src/core/rfm/scoreByRank.ts';
import { scoreRfm, scoringNotices } from '../../../src/core/rfm/scoreRfm.ts';
import type { RfmValues } from '../../../src/core/rfm/scoreRfm.ts';
import { segmentCustomers, DEFAULT_SEGMENT_OPTIONS } from '../../../src/core/segments/segmentCustomers.ts';

// Issue 14: when every value of a dimension ties, the rank formula put everyone in grade 1, so a
// customer who bought 20 times including yesterday was "lost". A dimension with no spread now gives
// everyone the middle grade, ⌈(grades + 1) / 2⌉, with an `rfm.noSpread` warning; a dimension with
// any spread keeps the published formula (shared ties) or the split-ties option unchanged.
const cols = (recency: number[], frequency: number[], monetary: number[]): RfmValues => ({
  recency: Int32Array.from(recency),
  frequency: Int32Array.from(frequency),
  monetary: Float64Array.from(monetary),
});
const hundred = <T>(x: T) => Array.from({ length: 100 }, () => x);
// Everyone bought yesterday; customer 0 bought 20 times for 2,000, the others once or twice.
const YESTERDAY = cols(
  hundred(1),
  Array.from({ length: 100 }, (_, i) => (i === 0 ? 20 : 1 + (i % 2))),
  Array.from({ length: 100 }, (_, i) => (i === 0 ? 2000 : 10 + i)),
);

describe('degenerate scores', () => {
  it.each([
    [5, 3],
    [4, 3],
    [3, 2],
  ])('the middle grade of %i grades is %i', (g, want) => expect(middleGrade(g)).toBe(want));

  // case, values, grades, ties → R, F, M of customer 0, the dimensions warned about, segment of customer 0.
  it.each([
    ['one customer', cols([3], [20], [500]), 5, 'shared', [3, 3, 3], ['r', 'f', 'm'], 'need_attention'],
    ['one customer, split', cols([3], [20], [500]), 5, 'split', [3, 3, 3], ['r', 'f', 'm'], 'need_attention'],
    ['one customer, quartiles', cols([3], [20], [500]), 4, 'shared', [3, 3, 3], ['r', 'f', 'm'], null],
    [
      '100 identical',
      cols(hundred(7), hundred(2), hundred(50)),
      5,
      'shared',
      [3, 3, 3],
      ['r', 'f', 'm'],
      'need_attention',
    ],
    [
      '100 identical, split',
      cols(hundred(7), hundred(2), hundred(50)),
      5,
      'split',
      [3, 3, 3],
      ['r', 'f', 'm'],
      'need_attention',
    ],
    [
      '100 identical, terciles',
      cols(hundred(7), hundred(2), hundred(50)),
      3,
      'shared',
      [2, 2, 2],
      ['r', 'f', 'm'],
      null,
    ],
    ['all bought yesterday', YESTERDAY, 5, 'shared', [3, 5, 5], ['r'], 'loyal'],
    ['all bought yesterday, split', YESTERDAY, 5, 'split', [3, 5, 5], ['r'], 'loyal'],
  ] as const)('%s', (_name, v, grades, ties, rfm0, warned, segment) => {
    const s = scoreRfm(v, { grades, ties });
    expect([s.r.scores[0], s.f.scores[0], s.m.scores[0]]).toEqual(rfm0);
    const notices = scoringNotices(s);
    expect(notices.map((n) => n.params.dim)).toEqual(warned);
    for (const n of notices) {
      expect(n.code).toBe('rfm.noSpread');
      expect(n.params.grade).toBe(middleGrade(grades));
      expect(n.params.customers).toBe(v.recency.length);
      expect(n.text).toContain('middle grade');
    }
    // Everyone in a no-spread dimension shares the one grade.
    for (const d of warned) expect(new Set(s[d].scores)).toEqual(new Set([middleGrade(grades)]));
    if (segment) {
      const seg = segmentCustomers(v, { ...DEFAULT_SEGMENT_OPTIONS, scoring: { grades, ties } });
      expect(seg.ids[seg.segment[0]]).toBe(segment);
      expect(seg.ids[seg.segment[0]]).not.toBe('lost');
    }
  });

  it('two distinct values keep the published formula and no warning', () => {
    // 50 at 1 order, 50 at 2: 1 + ⌊5 × 0 / 100⌋ = 1 and 1 + ⌊5 × 50 / 100⌋ = 3.
    const f = Array.from({ length: 100 }, (_, i) => 1 + (i % 2));
    expect(Array.from(new Set(scoreByRank(f, true)))).toEqual([1, 3]);
    const s = scoreRfm(cols(f, f, f), { grades: 5, ties: 'shared' });
    expect(scoringNotices(s)).toEqual([]);
    expect(s.f.noSpread).toBe(false);
  });

  it('95 % ties in F keep the shared-ties formula and the split-ties option as before', () => {
    const f = Array.from({ length: 100 }, (_, i) => (i < 95 ? 1 : 2 + i));
    const v = cols(
      Array.from({ length: 100 }, (_, i) => i + 1),
      f,
      Array.from({ length: 100 }, (_, i) => i),
    );
    const shared = scoreRfm(v, { grades: 5, ties: 'shared' });
    expect(shared.f.scores[0]).toBe(1);
    expect(shared.f.used).toBe(2);
    const split = scoreRfm(v, { grades: 5, ties: 'split' });
    expect(split.f.ranges.map((r) => r.customers)).toEqual([20, 20, 20, 20, 20]);
    expect(scoringNotices(shared)).toEqual([]);
    expect(scoringNotices(split)).toEqual([]);
  });

  it('custom cuts grade by the cuts even without spread, with no warning', () => {
    const s = scoreRfm(cols(hundred(1), hundred(2), hundred(50)), {
      grades: 5,
      ties: 'shared',
      custom: { r: [30, 90], f: [2, 5] },
    });
    expect([s.r.scores[0], s.f.scores[0]]).toEqual([3, 2]);
    expect(s.r.noSpread).toBe(false);
    expect(scoringNotices(s).map((n) => n.params.dim)).toEqual(['m']);
  });

  it.each([
    // The published cases: 1 + ⌊g × (values strictly worse) / n⌋.
    [[10, 20, 30, 40, 50], true, 5, [1, 2, 3, 4, 5]],
    [[1, 1, 1, 2, 5], true, 5, [1, 1, 1, 4, 5]],
    [[5, 1, 30, 1], false, 5, [2, 3, 1, 3]],
  ] as const)('the published formula: %j', (values, higher, g, want) => {
    expect(Array.from(scoreByRank(values, higher, g))).toEqual(want);
  });
});
