import type { ClvResult } from '../../core/clv/clvAnalysis.ts';

/**
 * The P(alive) column for clustering and the value index (per summary customer, 0–1): the model's
 * P(alive), or, when the data do not identify dropout and it is withheld (NaN), the loyalty
 * stand-in (the lifecycle stage), so k-means and the value index never get a NaN feature.
 */
export function pAliveColumn(clv: ClvResult): Float64Array {
  return clv.guard.loyalty.pAliveKnown ? clv.predictions.pAlive : clv.guard.loyalty.values;
}

/** True when the pAlive measure is the lifecycle stand-in (the data do not identify dropout). */
export function pAliveStandIn(clv: ClvResult | null): boolean {
  return clv !== null && !clv.guard.loyalty.pAliveKnown;
}
