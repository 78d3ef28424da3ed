import { middleGrade, noSpread } from './middleGrade.ts';

/**
 * Grades values 1..`grades` by rank with ties split ("rank-based splitting of ties"):
 *
 *   score = 1 + ⌊grades × (position in the ranking, worst = 0) / n⌋
 *
 * Customers with equal values are ordered by `tieBreakers` in turn (each a column with its own
 * direction, worse first), then by index (the table is in customer-id order), so the grades have
 * equal sizes (±1) however many customers share a value. `higherIsBetter` = false for recency (days).
 * When every value ties the tie-breakers would grade one dimension by the others (everyone bought
 * yesterday, yet some get R = 1): everyone gets the middle grade instead, as with shared ties.
 */
export function scoreBySplitRank(
  values: ArrayLike<number>,
  higherIsBetter: boolean,
  grades: number,
  tieBreakers: { values: ArrayLike<number>; higherIsBetter: boolean }[] = [],
): Uint8Array {
  const n = values.length;
  if (noSpread(values)) return new Uint8Array(n).fill(middleGrade(grades));
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const keys = [{ values, higherIsBetter }, ...tieBreakers];
  order.sort((a, b) => {
    for (const k of keys) {
      const d = (k.higherIsBetter ? 1 : -1) * (k.values[a] - k.values[b]);
      if (d !== 0) return d;
    }
    return a - b;
  });
  const scores = new Uint8Array(n);
  for (let p = 0; p < n; p++) scores[order[p]] = 1 + Math.floor((grades * p) / n);
  return scores;
}
