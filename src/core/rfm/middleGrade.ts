/**
 * The grade of a dimension with no spread (every customer has the same value, e.g. one customer,
 * or everyone bought yesterday): the middle of the scale, ⌈(grades + 1) / 2⌉ — 3 of 5, 3 of 4,
 * 2 of 3. Rank-based grades are relative: with nothing to rank, a grade that neither praises nor
 * condemns is the only one the data do not contradict.
 */
export function middleGrade(grades: number): number {
  return Math.ceil((grades + 1) / 2);
}

/** True when there are values and all of them are equal (a dimension with no spread). */
export function noSpread(values: ArrayLike<number>): boolean {
  const n = values.length;
  if (n === 0) return false;
  const first = values[0];
  for (let i = 1; i < n; i++) if (values[i] !== first) return false;
  return true;
}
