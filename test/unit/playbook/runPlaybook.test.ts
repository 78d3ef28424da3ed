import { describe, expect, it } from 'vitest';
import { STAGE_IDS } from '../../../src/core/lifecycle/lifecycleStages.ts';
import type { StageId } from '../../../src/core/lifecycle/lifecycleStages.ts';
import type { PlayFacts } from '../../../src/core/playbook/playFacts.ts';
import { playReason } from '../../../src/core/playbook/playReason.ts';
import { DEFAULT_PLAYS } from '../../../src/core/playbook/plays.ts';
import type { Play } from '../../../src/core/playbook/plays.ts';
import { runPlaybook } from '../../../src/core/playbook/runPlaybook.ts';
import { valueRanks } from '../../../src/core/playbook/valueRanks.ts';

/** Hand-made customers: name, past value, stage, orders, overdue, recency (days), usual gap (days), P(active). */
type Row = [string, number, StageId, number, 0 | 1, number, number, number];
const ROWS: Row[] = [
  ['A', 1000, 'lapsed', 10, 0, 400, 40, 0.05],
  // A one-time buyer with the top spend, whom a degenerate fit calls 100 % alive: never "keep loyal".
  ['I', 990, 'active', 1, 0, 30, 60, 1],
  ['B', 900, 'active', 8, 1, 50, 30, 0.9],
  ['C', 800, 'active', 6, 0, 10, 30, 0.95],
  ['D', 500, 'new', 1, 0, 20, 60, NaN],
  ['E', 400, 'active', 3, 0, 15, 20, 0.8],
  ['G', 300, 'at_risk', 2, 0, 200, 40, 0.3],
  ...Array.from({ length: 12 }, (_, i): Row => [`f${i}`, 250 - 10 * i, 'active', 1, 0, 20, 60, 0.5]),
  ['F', 10, 'lapsed', 1, 0, 700, 60, 0.01],
];

function facts(rows: Row[], withModel = true): PlayFacts {
  return {
    n: rows.length,
    pastValue: rows.map((r) => r[1]),
    stage: rows.map((r) => STAGE_IDS.indexOf(r[2])),
    orders: rows.map((r) => r[3]),
    overdue: withModel ? rows.map((r) => r[4]) : null,
    recency: rows.map((r) => r[5]),
    gap: rows.map((r) => r[6]),
    pActive: withModel ? rows.map((r) => r[7]) : null,
    clv: withModel ? rows.map((r) => r[1] * r[7]) : null,
    hasOffer: null,
  };
}

const playOf = (rows: Row[], plays: readonly Play[] = DEFAULT_PLAYS, withModel = true) => {
  const r = runPlaybook(facts(rows, withModel), plays);
  return Object.fromEntries(rows.map((row, k) => [row[0], r.play[k] < 0 ? null : plays[r.play[k]].id]));
};

describe('runPlaybook (default plays)', () => {
  const got = playOf(ROWS);
  it.each([
    ['A', 'winBack', 'top 20 % by value and lapsed'],
    ['B', 'visitDue', 'top 20 % and overdue (keep loyal would also match: priority)'],
    ['C', 'keepLoyal', 'top 20 %, active, six orders'],
    ['I', 'keepInTouch', 'top spend but one order: a 100 % P(alive) never makes a one-time buyer loyal'],
    ['D', 'onboard', 'new'],
    ['E', 'grow', 'active repeat buyer outside the top 20 %'],
    ['G', 'keepInTouch', 'at risk, in the top half: neither win back nor let go'],
    ['f0', 'keepInTouch', 'one order, active, not new'],
    ['F', 'letGo', 'bottom half and lapsed'],
  ])('%s → %s (%s)', (who, play) => {
    expect(got[who]).toBe(play);
  });

  it('counts every customer once, in playbook order', () => {
    const r = runPlaybook(facts(ROWS), DEFAULT_PLAYS);
    expect(r.counts).toEqual([1, 1, 1, 1, 1, 1, 14]);
    expect(r.unmatched).toBe(0);
  });

  it('without a model, "due" reads the cooling stage', () => {
    const rows: Row[] = ROWS.map((r) => (r[0] === 'C' ? [...r.slice(0, 2), 'cooling', ...r.slice(3)] : r) as Row);
    expect(playOf(rows, DEFAULT_PLAYS, false).C).toBe('visitDue');
    expect(playOf(rows, DEFAULT_PLAYS, false).B).toBe('keepLoyal');
  });

  it('an edited playbook: priority is the order, a customer may match none', () => {
    const plays: Play[] = [
      {
        id: 'custom-1',
        name: 'Big and sure',
        conditions: [
          { kind: 'pActive', min: 0.9 },
          { kind: 'clvTop', share: 0.2 },
        ],
      },
      { id: 'letGo', conditions: [{ kind: 'stage', stages: ['lapsed'] }] },
    ];
    const got2 = playOf(ROWS, plays);
    // I (990 × 1) and C (800 × 0.95), B (900 × 0.9 = 810) are the top CLVs with P ≥ 0.9.
    expect([got2.I, got2.B, got2.C]).toEqual(['custom-1', 'custom-1', 'custom-1']);
    // D's P(active) is not known: no match, and not new enough for anything else here.
    expect(got2.D).toBe(null);
    expect(got2.A).toBe('letGo');
    expect(runPlaybook(facts(ROWS), plays).unmatched).toBe(ROWS.length - 3 - 2);
  });

  it('refuses a share outside (0, 1]', () => {
    expect(() => runPlaybook(facts(ROWS), [{ id: 'x', conditions: [{ kind: 'valueTop', share: 20 }] }])).toThrow(
      /share must be above 0 and at most 1/,
    );
  });
});

describe('valueRanks', () => {
  it.each([
    [
      [5, 3, 5, 1],
      [1, 3, 1, 4],
    ],
    [
      [NaN, 2, NaN],
      [2, 1, 2],
    ],
    [[], []],
  ])('%j → %j', (values, ranks) => {
    expect(Array.from(valueRanks(values))).toEqual(ranks);
  });
});

describe('playReason', () => {
  const f = facts(ROWS);
  const r = runPlaybook(f, DEFAULT_PLAYS);
  const k = (who: string) => ROWS.findIndex((row) => row[0] === who);
  it.each([
    [
      'A',
      'play.reason.winBack',
      'Rank 1 of 20 by past value (1000.00) and lapsed: no purchase for 400 days, 10 × their usual gap of 40 days.',
    ],
    [
      'B',
      'play.reason.visitDue',
      'Rank 3 of 20 by past value (900.00) and due: the last purchase 50 days ago, their usual gap 30 days.',
    ],
    ['D', 'play.reason.onboard', 'New: 1 order so far, the last 20 days ago.'],
    [
      'F',
      'play.reason.letGo',
      'Rank 20 of 20 by past value and lapsed: no purchase for 700 days, 11.7 × the typical customer’s gap.',
    ],
  ])('%s: %s', (who, code, text) => {
    const reason = playReason(f, r, DEFAULT_PLAYS, k(who));
    expect(reason?.code).toBe(code);
    expect(reason?.text).toBe(text);
  });

  it('grow names the top offer when there is one', () => {
    expect(playReason(f, r, DEFAULT_PLAYS, k('E'), 'Binders')?.text).toBe(
      'Buys regularly (3 orders, the last 15 days ago) but ranks 6 of 20 by past value: offer Binders.',
    );
    expect(playReason(f, r, DEFAULT_PLAYS, k('E'))?.code).toBe('play.reason.grow');
  });
});
