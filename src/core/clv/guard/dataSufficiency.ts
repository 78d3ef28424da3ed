import type { CustomerSummary } from '../summarize.ts';
import type { RepeatModelId } from '../types.ts';

/** What the data-sufficiency meter measures. */
export type SufficiencyId = 'customers' | 'repeaters' | 'span' | 'spenders';

/** One bar of the meter: the data's value against the least the model needs. */
export interface SufficiencyItem {
  id: SufficiencyId;
  /** Customers, repeat buyers, the calibration span in time units (BG/BB: whole periods), spend customers. */
  value: number;
  need: number;
  /** The time unit of `value` and `need` for the span, else null (a count). */
  unit: CustomerSummary['unit'] | null;
  ok: boolean;
}

/**
 * Least data the models need: a few dozen customers per parameter of a four-parameter repeat model,
 * a dozen repeat buyers per parameter (they carry the information on rate and dropout), half a year
 * of history (BG/BB: six purchase opportunities), and ten spend customers per Gamma-Gamma parameter.
 */
export const SUFFICIENCY_NEEDS = { customers: 100, repeaters: 50, spanDays: 182, periods: 6, spenders: 30 } as const;

/** The meter for a summary and the repeat model it is fitted with. */
export function dataSufficiency(s: CustomerSummary, model: RepeatModelId): SufficiencyItem[] {
  let repeaters = 0;
  let spenders = 0;
  let span = 0;
  for (let i = 0; i < s.n; i++) {
    if (s.x[i] > 0) repeaters++;
    if (s.x[i] > 0 && s.spend[i] > 0) spenders++;
    span = Math.max(span, model === 'bgbb' ? s.periods.n[i] : s.T[i]);
  }
  const spanNeed =
    model === 'bgbb' ? SUFFICIENCY_NEEDS.periods : Math.ceil(SUFFICIENCY_NEEDS.spanDays / s.unitDays - 1e-9);
  const item = (id: SufficiencyId, value: number, need: number, unit: SufficiencyItem['unit'] = null) => ({
    id,
    value,
    need,
    unit,
    ok: value >= need,
  });
  return [
    item('customers', s.n, SUFFICIENCY_NEEDS.customers),
    item('repeaters', repeaters, SUFFICIENCY_NEEDS.repeaters),
    item('span', span, spanNeed, s.unit),
    item('spenders', spenders, SUFFICIENCY_NEEDS.spenders),
  ];
}
