/** Customers and average monetary per (recency score, frequency score) cell. */
export interface GridCells {
  rGrades: number;
  fGrades: number;
  /** Customers per cell, index (r − 1) × fGrades + (f − 1). */
  count: Float64Array;
  /** Mean monetary (currency) per cell, same layout; NaN for an empty cell. */
  avgMonetary: Float64Array;
}

/** Counts customers per R × F score cell (scores 1..grades) with their average monetary (currency). */
export function rfmGridCells(
  r: ArrayLike<number>,
  f: ArrayLike<number>,
  monetary: ArrayLike<number>,
  rGrades: number,
  fGrades: number,
): GridCells {
  const count = new Float64Array(rGrades * fGrades);
  const sum = new Float64Array(rGrades * fGrades);
  for (let i = 0; i < r.length; i++) {
    const c = (r[i] - 1) * fGrades + (f[i] - 1);
    count[c]++;
    sum[c] += monetary[i];
  }
  const avgMonetary = sum.map((s, c) => (count[c] ? s / count[c] : NaN));
  return { rGrades, fGrades, count, avgMonetary };
}

/** Indices of the customers in cell (r, f). */
export function cellMembers(r: ArrayLike<number>, f: ArrayLike<number>, cell: { r: number; f: number }): Uint32Array {
  const out: number[] = [];
  for (let i = 0; i < r.length; i++) if (r[i] === cell.r && f[i] === cell.f) out.push(i);
  return Uint32Array.from(out);
}
