/** Purchase regularity from Wheat and Morrison's ratio of the last two gaps between purchases. */

/** Customers (with two gaps or more) the estimate needs before it says anything. */
export const MIN_REGULARITY_CUSTOMERS = 50;
/** From this Erlang order on, purchases are called regular (Poisson = 1). */
export const REGULAR_ORDER = 2;

export interface Regularity {
  /** Customers with a ratio M (x ≥ 2 in calibration). */
  customers: number;
  /** Sample variance of M across them (1/12 for Poisson purchasing). */
  variance: number;
  /** Estimated Erlang order k̂ of the gaps (1 = Poisson, larger = more regular); capped at 100. */
  k: number;
}

/**
 * Wheat & Morrison (1990): with Erlang-k gaps, M = g₁/(g₁+g₂) is Beta(k, k), so
 * Var(M) = 1/(4(2k+1)) and k̂ = (1/(4 Var) − 1) / 2. `wm`: M per customer, NaN when unknown.
 * Null when no two customers have M.
 */
export function erlangOrder(wm: ArrayLike<number>): Regularity | null {
  let n = 0;
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < wm.length; i++) {
    const v = wm[i];
    if (Number.isNaN(v)) continue;
    n++;
    sum += v;
    sq += v * v;
  }
  if (n < 2) return null;
  const variance = Math.max(0, (sq - (sum * sum) / n) / (n - 1));
  const k = variance > 0 ? Math.min(100, Math.max(0, (1 / (4 * variance) - 1) / 2)) : 100;
  return { customers: n, variance, k };
}
