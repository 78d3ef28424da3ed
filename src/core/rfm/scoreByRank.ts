import { middleGrade, noSpread } from './middleGrade.ts';

/**
 * Grades values 1..`grades` by their rank in the distribution ("quintiles" for grades = 5):
 *
 *   score = 1 + ⌊grades × (number of values strictly worse than this one) / n⌋
 *
 * so tied values always get the same score (the score of the first of the tie) and the best value
 * gets the top grade only if enough values are worse. `higherIsBetter` = false for recency.
 * When every value ties (one customer, or no spread at all) the formula would put everyone in grade
 * 1, which condemns data that say nothing: everyone gets the middle grade instead (see middleGrade).
 * Returns one score per input value.
 */
export function scoreByRank(values: ArrayLike<number>, higherIsBetter: boolean, grades = 5): Uint8Array {
  const n = values.length;
  if (noSpread(values)) return new Uint8Array(n).fill(middleGrade(grades));
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Sort from worst to best, so "strictly worse" = index of the first equal value.
  const sign = higherIsBetter ? 1 : -1;
  order.sort((a, b) => sign * (values[a] - values[b]));
  const scores = new Uint8Array(n);
  let groupStart = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && values[order[k]] !== values[order[k - 1]]) groupStart = k;
    scores[order[k]] = 1 + Math.floor((grades * groupStart) / n);
  }
  return scores;
}
