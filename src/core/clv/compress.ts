import type { DiscreteData } from './bgbb.ts';
import type { SpendData } from './gammaGamma.ts';
import type { CustomerSummary } from './summarize.ts';
import type { RepeatData, RepeatModelId } from './types.ts';

/**
 * Distinct rows of the given columns with their counts (weights), in order of first appearance, and
 * per row the index of its distinct row.
 * Each column's values are numbered first (numeric keys), so a row's key is one number whenever
 * the numbering fits in 2⁵³; otherwise a string of the numbers.
 */
function distinctRows(cols: ArrayLike<number>[], n: number): { rows: number[][]; w: number[]; rowOf: Int32Array } {
  const codes = cols.map((c) => {
    const at = new Map<number, number>();
    const code = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let j = at.get(c[i]);
      if (j === undefined) at.set(c[i], (j = at.size));
      code[i] = j;
    }
    return { code, size: at.size };
  });
  const numeric = codes.reduce((p, c) => p * Math.max(c.size, 1), 1) <= Number.MAX_SAFE_INTEGER;
  const keyOf = (i: number): number | string =>
    numeric ? codes.reduce((k, c) => k * c.size + c.code[i], 0) : codes.map((c) => c.code[i]).join('|');
  const index = new Map<number | string, number>();
  const rows: number[][] = [];
  const w: number[] = [];
  const rowOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    const at = index.get(key);
    if (at === undefined) {
      rowOf[i] = rows.length;
      index.set(key, rows.length);
      rows.push(cols.map((c) => c[i]));
      w.push(1);
    } else {
      rowOf[i] = at;
      w[at]++;
    }
  }
  return { rows, w, rowOf };
}

/**
 * Per customer, a number for their (x, t_x, T) as the model reads them (purchase days, or periods
 * for BG/BB): equal numbers, equal histories. `count` is the number of distinct histories.
 */
export function historyCodes(
  model: RepeatModelId,
  s: Pick<CustomerSummary, 'x' | 'tx' | 'T' | 'periods'>,
): { code: Int32Array; count: number } {
  const cols = model === 'bgbb' ? [s.periods.x, s.periods.tx, s.periods.n] : [s.x, s.tx, s.T];
  const n = cols[0].length;
  const { rows, rowOf } = distinctRows(cols, n);
  return { code: rowOf, count: rows.length };
}

/** The (x, t_x, T) rows of a summary, distinct with weights: what the repeat models fit. */
export function repeatData(s: Pick<CustomerSummary, 'x' | 'tx' | 'T'>): RepeatData {
  const { rows, w } = distinctRows([s.x, s.tx, s.T], s.x.length);
  const x = Float64Array.from(rows, (r) => r[0]);
  return {
    x,
    tx: Float64Array.from(rows, (r) => r[1]),
    T: Float64Array.from(rows, (r) => r[2]),
    w: Float64Array.from(w),
    maxX: x.reduce((m, v) => Math.max(m, v), 0),
  };
}

/** The customers the spend model can use (x > 0 and mean repeat spend > 0), with weights 1. */
export function spendData(s: Pick<CustomerSummary, 'x' | 'spend'>): SpendData {
  const x: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < s.x.length; i++) {
    if (s.x[i] > 0 && s.spend[i] > 0) {
      x.push(s.x[i]);
      m.push(s.spend[i]);
    }
  }
  return { x: Float64Array.from(x), m: Float64Array.from(m), w: new Float64Array(x.length).fill(1) };
}

/**
 * Discrete-time rows for BG/BB: with one opportunity per time unit after the first purchase, the
 * number of whole periods n, the periods with a purchase x and the last such period t_x. Needs the
 * purchase periods, so it takes per-customer period sets.
 */
export function discreteData(x: ArrayLike<number>, tx: ArrayLike<number>, n: ArrayLike<number>): DiscreteData {
  const { rows, w } = distinctRows([x, tx, n], x.length);
  return {
    x: Float64Array.from(rows, (r) => r[0]),
    tx: Float64Array.from(rows, (r) => r[1]),
    n: Float64Array.from(rows, (r) => r[2]),
    w: Float64Array.from(w),
  };
}
