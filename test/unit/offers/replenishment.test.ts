import { describe, expect, it } from 'vitest';
import { fullRule, replenishment } from '../../../src/core/offers/replenishment.ts';
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

  it('counts pairs per customer × item, overdue ones first, and states the rule (lapsed thresholds far off)', () => {
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
    const rule = { factor: 2, minDays: 3, lapsedFactor: 100, lapsedDays: 1000 };
    const r = replenishment(offerTable([...lines, ['M', 90, 5, 'Art']]), 'category', rule);
    expect(r.referenceDay).toBe(91);
    expect(r.rows.map((x) => [x.customer, x.item, x.overdue])).toEqual([
      [1, 'Paper', true],
      [0, 'Paper', true],
      [0, 'Art', false],
    ]);
    expect([r.pairs, r.overdue, r.overdueCustomers, r.due, r.lapsed]).toEqual([4, 2, 2, 2, 0]);
    expect(r.text).toMatchObject({ code: 'offers.replenishmentRule', params: rule });
  });

  // Usual gap 10 (purchase days 0, 10, 20; last 20), so daysSince = ref − 20. Default rule:
  // overdue past 2 × 10 = 20 days, lapsed past 4 × 10 = 40 days or 365 days.
  it.each([
    { name: 'within the gap', ref: 35, rule: {}, status: 'ok' },
    { name: 'exactly 2× is not overdue', ref: 40, rule: {}, status: 'ok' },
    { name: '21 days: due', ref: 41, rule: {}, status: 'due' },
    { name: 'exactly 4× (40 days) is still due', ref: 60, rule: {}, status: 'due' },
    { name: '41 days (4.1×): lapsed', ref: 61, rule: {}, status: 'lapsed' },
    { name: '1,100 days (110×): lapsed, not due', ref: 1120, rule: {}, status: 'lapsed' },
    { name: 'lapsed factor 10: 41 days is due', ref: 61, rule: { lapsedFactor: 10 }, status: 'due' },
    { name: 'lapsed factor 10: 101 days is lapsed', ref: 121, rule: { lapsedFactor: 10 }, status: 'lapsed' },
    // The day limit comes first: 31 days > 30 while 3.1× < 4×.
    { name: 'lapsed days 30: 31 days is lapsed', ref: 51, rule: { lapsedDays: 30 }, status: 'lapsed' },
    { name: 'lapsed days 30: 30 days is due', ref: 50, rule: { lapsedDays: 30 }, status: 'due' },
  ])('due or lapsed: $name', ({ ref, rule, status }) => {
    const r = replenishment(offerTable(daysOf([0, 10, 20])), 'category', { factor: 2, minDays: 3, ...rule }, ref);
    const row = r.rows[0];
    expect(row.usualGap).toBe(10);
    expect(row.lapsed ? 'lapsed' : row.overdue ? 'due' : 'ok').toBe(status);
    expect([r.due, r.lapsed, r.overdue]).toEqual([
      status === 'due' ? 1 : 0,
      status === 'lapsed' ? 1 : 0,
      status === 'ok' ? 0 : 1,
    ]);
  });

  it('a long usual gap: past a year is lapsed at 2.3 gaps; 1.8 gaps is not overdue', () => {
    // Gap 300 (days 0, 300, 600): 700 days since is 2.33× (overdue) and > 365 days: lapsed;
    // 550 days is 1.83×: not overdue at all, whatever the day limit.
    const t = offerTable(daysOf([0, 300, 600]));
    expect(replenishment(t, 'category', { factor: 2, minDays: 3 }, 1300).rows[0]).toMatchObject({
      overdue: true,
      lapsed: true,
    });
    expect(replenishment(t, 'category', { factor: 2, minDays: 3 }, 1150).rows[0]).toMatchObject({
      overdue: false,
      lapsed: false,
    });
  });

  it('orders due pairs (most overdue first) before lapsed ones (most recently lapsed first), and counts customers', () => {
    // Reference 101. Usual gaps 10 unless said. K Paper last 80: 21 days, 2.1× due; K Art last 70
    // (days 50, 60, 70): 31 days, 3.1× due; L Paper last 50: 51 days, 5.1× lapsed; L Art last 20:
    // 81 days, 8.1× lapsed; M Paper gap 5 (days 90, 95, 100): 1 day, not overdue.
    const lines: Line[] = [
      ...[60, 70, 80].map((d): Line => ['K', d, 5, 'Paper']),
      ...[50, 60, 70].map((d): Line => ['K', d, 5, 'Art']),
      ...[30, 40, 50].map((d): Line => ['L', d, 5, 'Paper']),
      ...[0, 10, 20].map((d): Line => ['L', d, 5, 'Art']),
      ...[90, 95, 100].map((d): Line => ['M', d, 5, 'Paper']),
    ];
    const r = replenishment(offerTable(lines), 'category', { factor: 2, minDays: 3 }, 101);
    expect(r.rows.map((x) => [x.customer, x.item, x.lapsed ? 'lapsed' : x.overdue ? 'due' : 'ok'])).toEqual([
      [0, 'Art', 'due'],
      [0, 'Paper', 'due'],
      [1, 'Paper', 'lapsed'],
      [1, 'Art', 'lapsed'],
      [2, 'Paper', 'ok'],
    ]);
    expect([r.due, r.dueCustomers, r.lapsed, r.lapsedCustomers, r.overdue, r.overdueCustomers]).toEqual([
      2, 1, 2, 1, 4, 2,
    ]);
    expect(r.text.params).toEqual({ factor: 2, minDays: 3, lapsedFactor: 4, lapsedDays: 365 });
  });

  it.each([
    [
      { factor: 2, minDays: 3 },
      { factor: 2, minDays: 3, lapsedFactor: 4, lapsedDays: 365 },
    ],
    [
      { factor: 3, minDays: 3 },
      { factor: 3, minDays: 3, lapsedFactor: 6, lapsedDays: 365 },
    ],
    [
      { factor: 3, minDays: 3, lapsedFactor: 5, lapsedDays: 90 },
      { factor: 3, minDays: 3, lapsedFactor: 5, lapsedDays: 90 },
    ],
  ])('fullRule(%o) = %o (a rule stored before the lapsed thresholds)', (given, want) => {
    expect(fullRule(given)).toEqual(want);
  });

  it.each([
    [2, 2, 365],
    [2, 1.5, 365],
    [2, 4, 0],
    [2, 4, 30.5],
  ])('refuses factor %s with lapsed factor %s and lapsed days %s', (factor, lapsedFactor, lapsedDays) => {
    expect(() =>
      replenishment(offerTable(daysOf([0, 1, 2])), 'category', { factor, minDays: 3, lapsedFactor, lapsedDays }),
    ).toThrow(expect.objectContaining({ code: 'offers.badLapsed' }));
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
