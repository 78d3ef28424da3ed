import { describe, expect, it } from 'vitest';
import type { PlayFacts } from '../../../src/core/playbook/playFacts.ts';
import { dueDays, planOrder, valueAtRisk } from '../../../src/core/playbook/planOrder.ts';
import type { PlanSort } from '../../../src/core/playbook/planOrder.ts';
import { DEFAULT_PLAYS } from '../../../src/core/playbook/plays.ts';
import { runPlaybook } from '../../../src/core/playbook/runPlaybook.ts';

// Five customers: past value, P(active) (NaN: not known), stage (1 active … 4 lapsed), recency, gap, CLV.
const f: PlayFacts = {
  n: 5,
  pastValue: [100, 400, 300, 200, 50],
  pActive: [0.5, 0.9, NaN, 0.1, NaN],
  stage: [1, 1, 4, 3, 1],
  recency: [10, 5, 300, 60, 20],
  gap: [30, 20, 30, 40, 14],
  orders: [2, 5, 3, 2, 2],
  clv: [60, 500, NaN, 10, 5],
  overdue: [0, 0, 0, 1, 0],
  hasOffer: null,
};
const r = runPlaybook(f, DEFAULT_PLAYS);
const REF = 20_000;
const due = dueDays(f, REF, [NaN, 20_010, NaN, NaN, NaN]);
const risk = valueAtRisk(f);

describe('planOrder', () => {
  it('value at risk = past value × (1 − P(active)), NaN when not known', () => {
    expect(Array.from(risk, (v) => Math.round(v * 1e9) / 1e9)).toEqual([50, 40, NaN, 180, NaN]);
  });
  it('due: the model’s window start, else the last purchase + the usual gap', () => {
    expect(Array.from(due)).toEqual([REF - 10 + 30, 20_010, REF - 300 + 30, REF - 60 + 40, REF - 20 + 14]);
  });
  it.each<[PlanSort, number[]]>([
    ['pastValue', [1, 2, 3, 0, 4]],
    // Known values first (180, 50, 40); then the unknown by stage (lapsed first), then value.
    ['valueAtRisk', [3, 0, 1, 2, 4]],
    ['due', [2, 3, 4, 1, 0]],
    ['clv', [1, 0, 3, 4, 2]],
  ])('%s → %j', (sort, order) => {
    expect(planOrder([0, 1, 2, 3, 4], sort, f, r, due, risk)).toEqual(order);
  });
  it('priority: the play’s place in the playbook, then past value', () => {
    const order = planOrder([0, 1, 2, 3, 4], 'priority', f, r, due, risk);
    const places = order.map((k) => r.play[k]);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    for (let i = 1; i < order.length; i++) {
      if (places[i] === places[i - 1]) expect(f.pastValue[order[i]]).toBeLessThanOrEqual(f.pastValue[order[i - 1]]);
    }
  });
});
