import { DEFAULT_LIFECYCLE, lifecycleStages } from '../../lifecycle/lifecycleStages.ts';
import type { LifecycleOptions } from '../../lifecycle/lifecycleStages.ts';
import type { CustomerSummary } from '../summarize.ts';

/** Loyalty per lifecycle stage (STAGE_IDS order: new, active, cooling, at risk, lapsed). */
export const STAGE_LOYALTY = [1, 0.75, 0.5, 0.25, 0] as const;
/** New and active customers are the high-loyalty half of the value cube. */
export const LIFECYCLE_HIGH_FROM = 0.75;

/**
 * The lifecycle stage of every customer of a CLV summary, seen at the day after the calibration end
 * (frequency = purchase days = x + 1, recency in days), and its loyalty value (STAGE_LOYALTY).
 */
export function lifecycleLoyalty(
  s: CustomerSummary,
  o: LifecycleOptions = DEFAULT_LIFECYCLE,
): { stage: Uint8Array; values: Float64Array } {
  const { stage } = lifecycleStages(
    {
      n: s.n,
      referenceDay: s.calibrationEnd + 1,
      recency: s.recencyDays,
      frequency: Int32Array.from(s.x, (x) => x + 1),
      monetary: s.revenue,
    },
    s.firstDay,
    o,
  );
  return { stage, values: Float64Array.from(stage, (k) => STAGE_LOYALTY[k]) };
}
