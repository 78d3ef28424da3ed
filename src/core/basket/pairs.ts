import type { CustomerItems, Pair } from './types.ts';

/** The pairs found, the strongest first, and how many passed the threshold in all. */
export interface Pairs {
  /** Customers with at least one item bought (N). */
  customers: number;
  /** Customers who bought each item (n(A)), by item index. */
  buyers: Int32Array;
  /** The first `limit` pairs by lift, then confidence. */
  pairs: Pair[];
  /** Pairs (both directions) with n(A∩B) ≥ minBoth. */
  found: number;
}

/** The buyers of each item (customers with a positive line), as compressed columns. */
function buyersOf(ci: CustomerItems): { start: Int32Array; customer: Int32Array; n: number } {
  const ni = ci.items.length;
  const nc = ci.offsets.length - 1;
  const start = new Int32Array(ni + 1);
  let n = 0;
  for (let c = 0; c < nc; c++) {
    let any = false;
    for (let e = ci.offsets[c]; e < ci.offsets[c + 1]; e++) {
      if (ci.lines[e] > 0) {
        start[ci.item[e] + 1]++;
        any = true;
      }
    }
    if (any) n++;
  }
  for (let k = 0; k < ni; k++) start[k + 1] += start[k];
  const at = start.slice(0, ni);
  const customer = new Int32Array(start[ni]);
  for (let c = 0; c < nc; c++) {
    for (let e = ci.offsets[c]; e < ci.offsets[c + 1]; e++) if (ci.lines[e] > 0) customer[at[ci.item[e]]++] = c;
  }
  return { start, customer, n };
}

/**
 * "Customers who buy A also buy B", over customers (not invoices): with N the customers who bought
 * any item at this level, n(A) the buyers of A and n(A∩B) those of both, support = n(A∩B) / N,
 * confidence = n(A∩B) / n(A), lift = confidence / (n(B) / N). Both directions of every pair with
 * n(A∩B) ≥ minBoth, sorted by lift, then confidence, then both, then A and B; the first `limit`.
 * Counts one item's co-buyers at a time (memory: one count per item), never an items² array.
 */
export function pairs(ci: CustomerItems, minBoth: number, limit = 100): Pairs {
  const ni = ci.items.length;
  const { start, customer, n } = buyersOf(ci);
  const buyers = new Int32Array(ni);
  for (let k = 0; k < ni; k++) buyers[k] = start[k + 1] - start[k];
  const both = new Int32Array(ni);
  const touched: number[] = [];
  const found: Pair[] = [];
  const min = Math.max(1, minBoth);
  for (let a = 0; a < ni; a++) {
    if (buyers[a] < min) continue;
    for (let r = start[a]; r < start[a + 1]; r++) {
      const c = customer[r];
      for (let e = ci.offsets[c]; e < ci.offsets[c + 1]; e++) {
        const b = ci.item[e];
        if (b <= a || !(ci.lines[e] > 0)) continue;
        if (both[b]++ === 0) touched.push(b);
      }
    }
    for (const b of touched) {
      const nab = both[b];
      both[b] = 0;
      if (nab < min) continue;
      found.push(pair(ci, a, b, nab, buyers, n), pair(ci, b, a, nab, buyers, n));
    }
    touched.length = 0;
  }
  found.sort(
    (x, y) =>
      y.lift - x.lift ||
      y.confidence - x.confidence ||
      y.both - x.both ||
      (x.a < y.a ? -1 : x.a > y.a ? 1 : 0) ||
      (x.b < y.b ? -1 : x.b > y.b ? 1 : 0),
  );
  return { customers: n, buyers, pairs: found.slice(0, limit), found: found.length };
}

function pair(ci: CustomerItems, a: number, b: number, nab: number, buyers: Int32Array, n: number): Pair {
  const confidence = nab / buyers[a];
  return {
    a: ci.items[a],
    b: ci.items[b],
    both: nab,
    ofA: buyers[a],
    support: nab / n,
    confidence,
    lift: confidence / (buyers[b] / n),
  };
}
