/**
 * The visit plan's sort keys, on the playbook's facts (columns aligned with the RFM table).
 *
 * - priority: the play's place in the playbook, then past value (highest first);
 * - pastValue: past value, highest first;
 * - valueAtRisk: past value × (1 − P(active)), highest first; where P(active) is not known (no model,
 *   or the data do not identify dropout) the customer ranks after every known one, by lifecycle stage
 *   (lapsed first) and then past value, so the order never pretends to a number it lacks;
 * - due: the next-purchase date (earliest, i.e. most overdue, first): the model's window start,
 *   else the last purchase + the usual gap;
 * - clv: CLV, highest first (customers without one last).
 * Ties keep the RFM table's order.
 */
import type { PlayFacts } from './playFacts.ts';
import type { PlaybookResult } from './runPlaybook.ts';

export const PLAN_SORTS = ['priority', 'pastValue', 'valueAtRisk', 'due', 'clv'] as const;
export type PlanSort = (typeof PLAN_SORTS)[number];

/** Past value × (1 − P(active)) per customer (currency); NaN where P(active) is not known. */
export function valueAtRisk(f: PlayFacts): Float64Array {
  return Float64Array.from({ length: f.n }, (_, k) =>
    f.pActive && !Number.isNaN(f.pActive[k]) ? f.pastValue[k] * (1 - f.pActive[k]) : NaN,
  );
}

/**
 * The expected next purchase per customer (days since 1970-01-01): `nextFrom` where known, else
 * the last purchase (referenceDay − recency) + the usual gap.
 */
export function dueDays(f: PlayFacts, referenceDay: number, nextFrom: ArrayLike<number> | null): Float64Array {
  return Float64Array.from({ length: f.n }, (_, k) =>
    nextFrom && Number.isFinite(nextFrom[k]) ? nextFrom[k] : referenceDay - f.recency[k] + f.gap[k],
  );
}

/** Sorts `rows` (RFM row indices, e.g. the filtered plan) in place by `sort` and returns them. */
export function planOrder(
  rows: number[],
  sort: PlanSort,
  f: PlayFacts,
  r: PlaybookResult,
  due: Float64Array,
  atRisk: Float64Array,
): number[] {
  const desc = (v: ArrayLike<number>) => (a: number, b: number) => {
    const x = Number.isNaN(v[a]) ? -Infinity : v[a];
    const y = Number.isNaN(v[b]) ? -Infinity : v[b];
    return x === y ? 0 : y > x ? 1 : -1;
  };
  const byValue = (a: number, b: number) => r.valueRank[a] - r.valueRank[b];
  const cmp: (a: number, b: number) => number =
    sort === 'priority'
      ? (a, b) => (r.play[a] < 0 ? 1e9 : r.play[a]) - (r.play[b] < 0 ? 1e9 : r.play[b]) || byValue(a, b)
      : sort === 'pastValue'
        ? byValue
        : sort === 'valueAtRisk'
          ? (a, b) => desc(atRisk)(a, b) || f.stage[b] - f.stage[a] || byValue(a, b)
          : sort === 'due'
            ? (a, b) => due[a] - due[b] || byValue(a, b)
            : (a, b) => (f.clv ? desc(f.clv)(a, b) : 0) || byValue(a, b);
  return rows.sort((a, b) => cmp(a, b) || a - b);
}
