import { describe, expect, it } from 'vitest';
import { replenishment } from '../../../src/core/offers/replenishment.ts';
import { offerTable } from './offerTable.ts';
import type { Line } from './offerTable.ts';

const daysOf = (days: number[], amount = 5): Line[] => days.map((d) => ['K', d, amount, 'Paper']);

describe('replenishment: usual gap = median gap between purchase days; overdue past factor × it', () => {
  it.each([
    { name: 'even gaps, one day past 2×', days: [0, 10, 20], ref: 41, rule: [2, 3], gap: 10, overdue: true },
    { name: 'exactly 2× is not overdue', days: [0, 10, 20], ref: 40, rule: [2, 3], gap: 10, overdue: false },
    { name: 'median of an odd count of gaps', days: [0, 10, 30, 34], ref: 55, rule: [2, 3], gap: 10, overdue: true },
    // gaps 4, 6, 12, 8 → sorted 4 6 8 12 → median (6 + 8) / 2 = 7; since 45 − 30 = 15 > 14.
    {
      name: 'even count: mean of the middle two',
      days: [0, 4, 10, 22, 30],
      ref: 45,
      rule: [2, 3],
      gap: 7,
      overdue: true,
    },
    { name: 'factor 1.5', days: [0, 10, 20], ref: 36, rule: [1.5, 3], gap: 10, overdue: true },
    { name: 'factor 1.5, not yet', days: [0, 10, 20], ref: 35, rule: [1.5, 3], gap: 10, overdue: false },
    { name: 'two days with minDays 2', days: [0, 30], ref: 100, rule: [2, 2], gap: 30, overdue: true },
    {
      name: 'two lines on one day are one purchase day',
      days: [0, 0, 10, 20],
      ref: 41,
      rule: [2, 3],
      gap: 10,
      overdue: true,
    },
  ])('$name', ({ days, ref, rule, gap, overdue }) => {
    const r = replenishment(offerTable(daysOf(days)), 'category', { factor: rule[0], minDays: rule[1] }, ref);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ item: 'Paper', usualGap: gap, overdue, daysSince: ref - days[days.length - 1] });
    expect(r.overdue).toBe(overdue ? 1 : 0);
  });

  it.each([
    { name: 'too few purchase days', lines: daysOf([0, 30]) },
    { name: 'a returned line is no purchase day', lines: [...daysOf([0, 10]), ['K', 20, -5, 'Paper'] as Line] },
  ])('no usual gap: $name', ({ lines }) => {
    const r = replenishment(offerTable(lines), 'category', { factor: 2, minDays: 3 }, 100);
    expect(r.rows).toEqual([]);
    expect(r.pairs).toBe(1);
  });

  it('counts pairs per customer × item, overdue ones first, and states the rule', () => {
    const lines: Line[] = [
      ...daysOf([0, 10, 20]),
      ['K', 0, 5, 'Art'],
      ['K', 40, 5, 'Art'],
      ['K', 80, 5, 'Art'],
      ['L', 0, 5, 'Paper'],
      ['L', 5, 5, 'Paper'],
      ['L', 10, 5, 'Paper'],
    ];
    // Reference day 91 (the day after the last day, 90). K Paper: gap 10, since 71 (7.1×); K Art: gap 40,
    // since 11; L Paper: gap 5, since 81 (16.2×).
    const r = replenishment(offerTable([...lines, ['M', 90, 5, 'Art']]), 'category');
    expect(r.referenceDay).toBe(91);
    expect(r.rows.map((x) => [x.customer, x.item, x.overdue])).toEqual([
      [1, 'Paper', true],
      [0, 'Paper', true],
      [0, 'Art', false],
    ]);
    expect([r.pairs, r.overdue, r.overdueCustomers]).toEqual([4, 2, 2]);
    expect(r.text).toMatchObject({ code: 'offers.replenishmentRule', params: { factor: 2, minDays: 3 } });
  });

  it.each([
    [0, 3],
    [2, 1],
    [2, 2.5],
  ])('refuses factor %s with minDays %s', (factor, minDays) => {
    expect(() => replenishment(offerTable(daysOf([0, 1, 2])), 'category', { factor, minDays })).toThrow(
      expect.objectContaining({ code: 'offers.badRule' }),
    );
  });
});
