import type { DiscreteData } from './bgbb.ts';
import type { SpendData } from './gammaGamma.ts';
import type { CustomerSummary } from './summarize.ts';
import type { RepeatData, RepeatModelId } from './types.ts';

/** Distinct rows of some columns: per distinct row its first row and count, per row its distinct row. */
interface Distinct {
  /** Per distinct row (in order of first appearance), the index of its first row and how many rows have it. */
  first: Int32Array;
  w: Float64Array;
  /** Per row, the index of its distinct row. */
  rowOf: Int32Array;
}

/** Per row, a code of its value in one column (equal codes, equal values), and how many codes there are. */
export interface ColumnCodes {
  code: Int32Array;
  size: number;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** Same value (NaN equal to NaN, −0 to 0), as a Map's keys. */
const same = (a: number, b: number) => a === b || (a !== a && b !== b);

/**
 * Distinct rows of the given columns, found with an open-addressing hash table on the values'
 * bits (no boxing of doubles, no strings): one pass, in order of first appearance.
 */
function build(cols: ArrayLike<number>[], n: number): Distinct {
  let logSize = 4;
  while (1 << logSize < 2 * n) logSize++;
  const mask = (1 << logSize) - 1;
  const table = new Int32Array(mask + 1).fill(-1);
  const firstRows = new Int32Array(n);
  const counts = new Float64Array(n);
  let distinct = 0;
  const rowOf = new Int32Array(n);
  const k = cols.length;
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < k; j++) {
      const v = cols[j][i];
      bits[0] = v === 0 ? 0 : v !== v ? NaN : v;
      h = Math.imul(h ^ words[0], 0x9e3779b1);
      h = Math.imul(h ^ words[1], 0x85ebca6b);
    }
    // Murmur3's finaliser: the multiplications above only carry bits upwards, and the low bits
    // of small whole numbers and dates are zeros, so without it the slots cluster (long probes).
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const at = table[h];
      if (at === -1) {
        table[h] = distinct;
        rowOf[i] = distinct;
        firstRows[distinct] = i;
        counts[distinct++] = 1;
        break;
      }
      const r = firstRows[at];
      let equal = true;
      for (let j = 0; j < k && equal; j++) equal = same(cols[j][r], cols[j][i]);
      if (equal) {
        rowOf[i] = at;
        counts[at]++;
        break;
      }
      h = (h + 1) & mask;
    }
  }
  return { first: firstRows.slice(0, distinct), w: counts.slice(0, distinct), rowOf };
}

/** Per first column, the distinct rows found for each set of columns starting with it. */
const rowsCache = new WeakMap<object, { cols: ArrayLike<number>[]; n: number; result: Distinct }[]>();

/**
 * Distinct rows of the given columns with their counts (weights), in order of first appearance, and
 * per row the index of its distinct row. Kept per set of columns (the fits and the predictions of
 * one summary share it; the columns must not change afterwards).
 */
function distinctRows(cols: ArrayLike<number>[], n: number): Distinct {
  const key = cols[0] as object;
  const entries = rowsCache.get(key) ?? [];
  const hit = entries.find((e) => e.n === n && e.cols.length === cols.length && e.cols.every((c, j) => c === cols[j]));
  if (hit) return hit.result;
  const result = build(cols, n);
  entries.push({ cols, n, result });
  rowsCache.set(key, entries);
  return result;
}

/** The distinct rows' values of one column. */
function pick(col: ArrayLike<number>, first: Int32Array): Float64Array {
  const out = new Float64Array(first.length);
  for (let j = 0; j < first.length; j++) out[j] = col[first[j]];
  return out;
}

/** Per row, the code of its value in `col` (its distinct value's index), kept per column. */
export function columnCodes(col: ArrayLike<number>): ColumnCodes {
  const d = distinctRows([col], col.length);
  return { code: d.rowOf, size: d.first.length };
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
  const { first, rowOf } = distinctRows(cols, cols[0].length);
  return { code: rowOf, count: first.length };
}

const repeatCache = new WeakMap<Distinct, RepeatData>();

/**
 * The (x, t_x, T) rows of a summary, distinct with weights: what the repeat models fit. The same
 * object for the same columns, so the likelihoods' per-data tables are built once per summary.
 */
export function repeatData(s: Pick<CustomerSummary, 'x' | 'tx' | 'T'>): RepeatData {
  const distinct = distinctRows([s.x, s.tx, s.T], s.x.length);
  const hit = repeatCache.get(distinct);
  if (hit) return hit;
  const { first, w } = distinct;
  const x = pick(s.x, first);
  const d = {
    x,
    tx: pick(s.tx, first),
    T: pick(s.T, first),
    w: w.slice(),
    maxX: x.reduce((m, v) => Math.max(m, v), 0),
  };
  repeatCache.set(distinct, d);
  return d;
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
  const { first, w } = distinctRows([x, tx, n], x.length);
  return { x: pick(x, first), tx: pick(tx, first), n: pick(n, first), w: w.slice() };
}
