import { rangeError } from '../notice/notice.ts';

/** Most cut values a dimension may have (so at most 10 grades). */
export const MAX_CUTS = 9;

/**
 * Checks custom cut values: 1..MAX_CUTS finite numbers, strictly ascending. Returns an error
 * message, or null when they are fine.
 */
export function cutsError(cuts: readonly number[]): string | null {
  if (cuts.length < 1 || cuts.length > MAX_CUTS) return `expected 1 to ${MAX_CUTS} cut values, got ${cuts.length}`;
  for (let i = 0; i < cuts.length; i++) {
    if (!Number.isFinite(cuts[i])) return `cut value ${i + 1} is not a number`;
    if (i > 0 && !(cuts[i] > cuts[i - 1])) return `cut values must be strictly ascending (${cuts[i - 1]}, ${cuts[i]})`;
  }
  return null;
}

/**
 * Grades values by custom cut values (ascending, in the value's unit: days, orders or currency),
 * 1 + cuts.length grades, higher = better:
 * - higher is better (frequency, monetary): grade = 1 + (number of cuts ≤ value);
 * - lower is better (recency): grade = 1 + (number of cuts ≥ value).
 * So a value equal to a cut goes to the better grade. Throws a RangeError on invalid cuts.
 */
export function gradeByCuts(values: ArrayLike<number>, cuts: readonly number[], higherIsBetter: boolean): Uint8Array {
  const err = cutsError(cuts);
  if (err) throw rangeError('rfm.cuts', { cuts: cuts.join(', ') }, err);
  const n = values.length;
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let g = 1;
    for (const c of cuts) if (higherIsBetter ? c <= v : c >= v) g++;
    scores[i] = g;
  }
  return scores;
}
