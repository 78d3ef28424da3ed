import type { RepeatModel } from './types.ts';

/** Days in a month for horizons and discounting (365.25 / 12). */
export const DAYS_PER_MONTH = 365.25 / 12;

/** How CLV is valued: a horizon, a margin and an annual discount rate (both fractions). */
export interface ValueTerms {
  /** Horizon in days (12 months = 365.25 days). */
  horizonDays: number;
  /** Profit margin as a fraction of revenue, e.g. 0.3. */
  margin: number;
  /** Annual discount rate, e.g. 0.1; discounting is monthly at (1 + d)^{1/12} − 1. */
  annualDiscount: number;
}

export const DEFAULT_TERMS: ValueTerms = { horizonDays: 12 * DAYS_PER_MONTH, margin: 0.3, annualDiscount: 0.1 };

/**
 * The horizon cut into months: the end of each (in days; the last may be partial) and its discount
 * factor 1 / (1 + dₘ)^m with dₘ = (1 + annualDiscount)^{1/12} − 1.
 */
export function monthSteps(terms: ValueTerms): { endDays: Float64Array; factor: Float64Array } {
  const months = Math.max(0, Math.ceil(terms.horizonDays / DAYS_PER_MONTH - 1e-9));
  const monthly = Math.pow(1 + terms.annualDiscount, 1 / 12) - 1;
  return {
    endDays: Float64Array.from({ length: months }, (_, m) => Math.min((m + 1) * DAYS_PER_MONTH, terms.horizonDays)),
    factor: Float64Array.from({ length: months }, (_, m) => Math.pow(1 + monthly, -(m + 1))),
  };
}

/**
 * CLV (currency) of one customer, the textbook's Σ profit / (1 + d)^t: over the horizon's months,
 * margin × expected spend × E[purchases in month m] / (1 + dₘ)^m, the purchases being differences of
 * the model's cumulative conditional expectation at month ends (days converted with unitDays).
 */
export function customerClv(
  model: RepeatModel,
  params: readonly number[],
  x: number,
  tx: number,
  T: number,
  spend: number,
  terms: ValueTerms,
  unitDays: number,
  steps = monthSteps(terms),
): number {
  return terms.margin * spend * discountedPurchases(model, params, x, tx, T, unitDays, steps);
}

/**
 * Σ over the horizon's months of E[purchases in month m] / (1 + dₘ)^m for one customer (x, t_x, T
 * in the model's time unit; `steps` from monthSteps): the part of the CLV that depends on the
 * purchase history only, so customers with the same history can share it.
 */
export function discountedPurchases(
  model: RepeatModel,
  params: readonly number[],
  x: number,
  tx: number,
  T: number,
  unitDays: number,
  steps: { endDays: Float64Array; factor: Float64Array },
): number {
  let prev = 0;
  let sum = 0;
  for (let m = 0; m < steps.endDays.length; m++) {
    const cum = model.expected(params, steps.endDays[m] / unitDays, x, tx, T);
    sum += (cum - prev) * steps.factor[m];
    prev = cum;
  }
  return sum;
}

/**
 * The textbook's current customer value (CCV): the margin a customer brings over the horizon if they
 * keep buying as now, without churn: repeat purchases per day so far (x / T) × mean spend × margin,
 * discounted monthly. 0 for customers without repeat purchases (no rhythm yet). T in days here.
 */
export function currentValueIfUnchanged(
  x: number,
  Tdays: number,
  spend: number,
  terms: ValueTerms,
  steps = monthSteps(terms),
): number {
  if (!(x > 0 && Tdays > 0 && spend > 0)) return 0;
  const perDay = x / Tdays;
  let sum = 0;
  let prev = 0;
  for (let m = 0; m < steps.endDays.length; m++) {
    sum += perDay * (steps.endDays[m] - prev) * steps.factor[m];
    prev = steps.endDays[m];
  }
  return terms.margin * spend * sum;
}
