/**
 * The distinct values of a column of times (in the model's time unit) and, per row, the index of
 * its value: a likelihood evaluated thousands of times in a fit then takes ln(α + t) once per
 * distinct t (a few hundred days or weeks) instead of once per row (tens of thousands of
 * customers' patterns). Computed once per column and kept while the column lives.
 */
export interface DistinctTimes {
  /** The distinct times, in order of first appearance. */
  values: Float64Array;
  /** Per row, the index of its time in `values`. */
  index: Uint32Array;
}

const cache = new WeakMap<Float64Array, DistinctTimes>();

/** Distinct values of `times` with each row's index into them (cached per array; do not mutate it). */
export function distinctTimes(times: Float64Array): DistinctTimes {
  let d = cache.get(times);
  if (d) return d;
  const at = new Map<number, number>();
  const values: number[] = [];
  const index = new Uint32Array(times.length);
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    let j = at.get(t);
    if (j === undefined) {
      j = values.length;
      at.set(t, j);
      values.push(t);
    }
    index[i] = j;
  }
  d = { values: Float64Array.from(values), index };
  cache.set(times, d);
  return d;
}

/** ln(α + t) for every distinct time t (α in the same time unit). */
export function lnShifted(alpha: number, values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let j = 0; j < values.length; j++) out[j] = Math.log(alpha + values[j]);
  return out;
}
