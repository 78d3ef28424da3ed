/** Sorting and filtering of the RFM table's rows, on index arrays (no row objects). */
import type { RfmTable } from '../../core/rfm/computeRfm.ts';

export type SortKey = 'id' | 'recency' | 'frequency' | 'monetary' | 'r' | 'f' | 'm' | 'code';

/**
 * Row indices matching `query` (a substring of the customer id, case-insensitive), sorted; only
 * among `subset` (ascending indices) when given.
 */
export function visibleRows(
  t: RfmTable,
  query: string,
  key: SortKey,
  descending: boolean,
  subset?: ArrayLike<number>,
): Uint32Array {
  const q = query.trim().toLowerCase();
  let rows: Uint32Array;
  if (q) {
    const keep: number[] = [];
    const n = subset ? subset.length : t.n;
    for (let i = 0; i < n; i++) {
      const k = subset ? subset[i] : i;
      if (t.ids[k].toLowerCase().includes(q)) keep.push(k);
    }
    rows = Uint32Array.from(keep);
  } else if (subset) {
    rows = Uint32Array.from(subset);
  } else {
    rows = new Uint32Array(t.n);
    for (let k = 0; k < t.n; k++) rows[k] = k;
  }
  // The table is already in id order, so 'id' needs no sort; other keys break ties by id order.
  if (key !== 'id') {
    const col: ArrayLike<number> =
      key === 'code' ? codes(t) : key === 'r' ? t.r : key === 'f' ? t.f : key === 'm' ? t.m : t[key];
    rows.sort((a, b) => col[a] - col[b] || a - b);
  }
  if (descending) rows.reverse();
  return rows;
}

function codes(t: RfmTable): Uint16Array {
  const c = new Uint16Array(t.n);
  for (let k = 0; k < t.n; k++) c[k] = t.r[k] * 100 + t.f[k] * 10 + t.m[k];
  return c;
}
