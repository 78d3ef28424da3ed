/**
 * The scores of a backtest, on plain columns aligned by customer: ROC AUC, Brier score, a
 * reliability table, a decile calibration table and the normalised Gini. Pure arithmetic, so each
 * can be checked against a brute-force or hand-worked answer (test/unit/clv/backtestMetrics.test.ts).
 */

/**
 * Customers grouped by equal value: `group[i]` numbers the distinct values ascending (NaN first),
 * `count` how many there are. A radix sort of the values' bits (as ordered integers): linear-time
 * passes over the groups then replace comparator sorts (100,000 customers in a few milliseconds).
 * Kept per column, so the deciles and the Gini of one forecast share it (the column must not
 * change afterwards).
 */
function valueGroups(v: Float64Array): { group: Int32Array; count: number } {
  const hit = groupsCache.get(v);
  if (hit) return hit;
  const groups = buildGroups(v);
  groupsCache.set(v, groups);
  return groups;
}

const groupsCache = new WeakMap<Float64Array, { group: Int32Array; count: number }>();

const DIGIT = 1 << 16;
const digitCount = new Int32Array(DIGIT + 1);

function buildGroups(v: Float64Array): { group: Int32Array; count: number } {
  const n = v.length;
  // Each value's bits as an unsigned 64-bit integer in the values' order (NaN as −∞, −0 as 0):
  // positive numbers with the sign bit set, negative ones with every bit flipped.
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const x = v[i];
    bits[0] = x !== x ? -Infinity : x === 0 ? 0 : x;
    const h = words[1];
    if (h >>> 31) {
      hi[i] = ~h >>> 0;
      lo[i] = ~words[0] >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = words[0];
    }
  }
  // Least significant digit first, 16 bits a pass; a pass where every value has the same digit is skipped.
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Int32Array(n);
  for (const [col, shift] of [
    [lo, 0],
    [lo, 16],
    [hi, 0],
    [hi, 16],
  ] as const) {
    digitCount.fill(0);
    for (let i = 0; i < n; i++) digitCount[((col[i] >>> shift) & 0xffff) + 1]++;
    let single = false;
    for (let k = 1; k <= DIGIT; k++) {
      if (digitCount[k] === n) single = true;
      digitCount[k] += digitCount[k - 1];
    }
    if (single) continue;
    for (let q = 0; q < n; q++) {
      const i = order[q];
      spare[digitCount[(col[i] >>> shift) & 0xffff]++] = i;
    }
    [order, spare] = [spare, order];
  }
  const group = new Int32Array(n);
  let count = 0;
  for (let q = 0; q < n; q++) {
    const i = order[q];
    if (q > 0) {
      const j = order[q - 1];
      if (hi[i] !== hi[j] || lo[i] !== lo[j]) count++;
    }
    group[i] = count;
  }
  return { group, count: n ? count + 1 : 0 };
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** RMSEs within this share (0.1 %) of the best count as a tie (the automatic choice then goes by the AUC of P(alive)). */
export const TIE_SHARE = 0.001;

/** Indices 0..n−1 by `v` descending, ties in index order (a counting sort over the value groups). */
function orderDescending(v: Float64Array): Int32Array {
  const { group, count } = valueGroups(v);
  // Rank 0 = the highest value; next[r] = where rank r's next customer goes.
  const next = new Int32Array(count + 1);
  for (let i = 0; i < v.length; i++) next[count - group[i]]++;
  for (let r = 1; r <= count; r++) next[r] += next[r - 1];
  const out = new Int32Array(v.length);
  for (let i = 0; i < v.length; i++) out[next[count - 1 - group[i]]++] = i;
  return out;
}

/**
 * ROC AUC of `score` for the labels (1 = positive): the probability that a random positive scores
 * above a random negative, ties counted half (the Mann-Whitney U with average ranks). NaN when
 * either class is empty.
 */
export function rocAuc(score: Float64Array, label: Uint8Array): number {
  const { group, count } = valueGroups(score);
  const size = new Float64Array(count);
  const pos = new Float64Array(count);
  for (let i = 0; i < score.length; i++) {
    size[group[i]]++;
    pos[group[i]] += label[i];
  }
  let below = 0;
  let positives = 0;
  let rankSum = 0;
  for (let g = 0; g < count; g++) {
    // Ranks below+1 … below+size share their mean.
    rankSum += pos[g] * (below + (size[g] + 1) / 2);
    positives += pos[g];
    below += size[g];
  }
  const negatives = score.length - positives;
  if (!positives || !negatives) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Brier score: the mean of (p − outcome)², 0 = perfect, 0.25 = always saying 50 %. NaN when empty. */
export function brierScore(p: Float64Array, label: Uint8Array): number {
  if (!p.length) return NaN;
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += (p[i] - label[i]) ** 2;
  return sum / p.length;
}

/** One bin of a reliability table: the probabilities in [from, to), their mean and the share that happened. */
export interface ReliabilityBin {
  from: number;
  to: number;
  customers: number;
  /** Mean predicted probability and share of positives in the bin (NaN when empty). */
  predicted: number;
  actual: number;
}

/** Reliability table: `bins` equal-width bins of the probability (1 falls in the last). */
export function reliability(p: Float64Array, label: Uint8Array, bins = 10): ReliabilityBin[] {
  const out = Array.from({ length: bins }, (_, k) => ({
    from: k / bins,
    to: (k + 1) / bins,
    customers: 0,
    sum: 0,
    hits: 0,
  }));
  for (let i = 0; i < p.length; i++) {
    if (!Number.isFinite(p[i])) continue;
    const b = out[Math.min(bins - 1, Math.max(0, Math.floor(p[i] * bins)))];
    b.customers++;
    b.sum += p[i];
    b.hits += label[i];
  }
  return out.map(({ from, to, customers, sum, hits }) => ({
    from,
    to,
    customers,
    predicted: customers ? sum / customers : NaN,
    actual: customers ? hits / customers : NaN,
  }));
}

/** One decile of customers ranked by predicted value: mean predicted and mean actual value per customer. */
export interface DecileRow {
  customers: number;
  predicted: number;
  actual: number;
}

/**
 * Decile calibration: customers ranked by `predicted` (highest first; ties by order), cut into
 * `groups` groups as equal as whole customers allow, each group's mean predicted and actual value.
 */
export function decileTable(predicted: Float64Array, actual: Float64Array, groups = 10): DecileRow[] {
  const n = predicted.length;
  const idx = orderDescending(predicted);
  const rows: DecileRow[] = [];
  for (let g = 0; g < groups; g++) {
    const from = Math.floor((g * n) / groups);
    const to = Math.floor(((g + 1) * n) / groups);
    let p = 0;
    let a = 0;
    for (let k = from; k < to; k++) {
      p += predicted[idx[k]];
      a += actual[idx[k]];
    }
    const c = to - from;
    rows.push({ customers: c, predicted: c ? p / c : NaN, actual: c ? a / c : NaN });
  }
  return rows;
}

/**
 * Area under the cumulative share of `actual` with customers ranked by `rankBy` (highest first),
 * against the share of customers. Customers with the same `rankBy` form one block whose share
 * rises linearly (the order within a tie is unknown), so the answer does not depend on input order.
 */
function gainArea(rankBy: Float64Array, actual: Float64Array, total: number): number {
  const n = rankBy.length;
  const { group, count } = valueGroups(rankBy);
  const size = new Float64Array(count);
  const sum = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    size[group[i]]++;
    sum[group[i]] += actual[i];
  }
  let cum = 0;
  let area = 0;
  for (let g = count - 1; g >= 0; g--) {
    const next = cum + sum[g] / total;
    area += (size[g] / n) * ((cum + next) / 2);
    cum = next;
  }
  return area;
}

const bestArea = new WeakMap<Float64Array, number>();

/**
 * Normalised Gini of a prediction: the Gini of actual value ranked by the prediction divided by the
 * Gini of actual value ranked by itself (1 = the best possible ranking, 0 = no better than random,
 * negative = worse). NaN when the actual total is not positive or every actual value is the same.
 */
export function normalisedGini(predicted: Float64Array, actual: Float64Array): number {
  let total = 0;
  for (let i = 0; i < actual.length; i++) total += actual[i];
  if (!(total > 0)) return NaN;
  // The best ranking depends on the actual values only: once per column (every forecast shares it).
  let best = bestArea.get(actual);
  if (best === undefined) bestArea.set(actual, (best = gainArea(actual, actual, total) - 0.5));
  if (!(Math.abs(best) > 1e-12)) return NaN;
  return (gainArea(predicted, actual, total) - 0.5) / best;
}
