import type { TransactionTable } from '../model/TransactionTable.ts';
import { CoreError } from '../notice/notice.ts';
import { MS_PER_DAY } from '../values/civil.ts';
import type { CustomerItems, ItemLevel } from './types.ts';

/** The levels the table can count items at (its mapped item columns). */
export function itemLevels(t: TransactionTable): ItemLevel[] {
  const levels: ItemLevel[] = [];
  if (t.items?.category) levels.push('category');
  if (t.items?.subcategory) levels.push('subcategory');
  if (t.items?.product || t.items?.productName) levels.push('product');
  return levels;
}

/**
 * What each customer in `customers` (indexes into t.customerIds, e.g. the RFM table's `customer`)
 * bought at `level`, over the days `range` (inclusive, days since 1970-01-01; the whole table when
 * absent). Revenue and profit sum every line, returns included; lines and days count positive
 * lines only, so a returned item still counts as bought. A product without a product id column is
 * its name. Throws CoreError `basket.noItems` when the level has no column.
 */
export function customerItems(
  t: TransactionTable,
  level: ItemLevel,
  customers: Int32Array,
  range?: { fromDay: number; toDay: number },
): CustomerItems {
  const column = t.items?.[level] ?? (level === 'product' ? t.items?.productName : undefined);
  if (!column) {
    throw new CoreError('basket.noItems', { level }, `the file has no ${level} column: map one at import`);
  }
  const nc = customers.length;
  const slot = new Int32Array(t.customerIds.length).fill(-1);
  for (let k = 0; k < nc; k++) slot[customers[k]] = k;
  const from = range ? range.fromDay * MS_PER_DAY : -Infinity;
  const to = range ? (range.toDay + 1) * MS_PER_DAY : Infinity;

  // Rows grouped by customer (counting sort).
  const count = new Int32Array(nc + 1);
  for (let i = 0; i < t.rows; i++) {
    const k = slot[t.customer[i]];
    if (k >= 0 && column.codes[i] >= 0 && t.time[i] >= from && t.time[i] < to) count[k + 1]++;
  }
  for (let k = 0; k < nc; k++) count[k + 1] += count[k];
  const rowStart = count.slice();
  const rowsOf = new Int32Array(count[nc]);
  for (let i = 0; i < t.rows; i++) {
    const k = slot[t.customer[i]];
    if (k >= 0 && column.codes[i] >= 0 && t.time[i] >= from && t.time[i] < to) rowsOf[rowStart[k]++] = i;
  }

  const codes = column.codes;
  const ni = column.values.length;
  const offsets = new Int32Array(nc + 1);
  const item: number[] = [];
  const revenue: number[] = [];
  const profit: number[] = [];
  const lines: number[] = [];
  const days: number[] = [];
  const firstDay: number[] = [];
  const lastDay: number[] = [];
  const used = new Uint8Array(ni);
  for (let k = 0; k < nc; k++) {
    // A customer's rows by item, then time: one entry per run of an item, its days counted in order.
    const rows = rowsOf.subarray(count[k], count[k + 1]).sort((a, b) => codes[a] - codes[b] || t.time[a] - t.time[b]);
    let code = -1;
    let e = -1;
    let lastCounted = NaN;
    for (const i of rows) {
      if (codes[i] !== code) {
        code = codes[i];
        e = item.length;
        item.push(code);
        revenue.push(0);
        profit.push(t.profit ? 0 : NaN);
        lines.push(0);
        days.push(0);
        firstDay.push(-1);
        lastDay.push(-1);
        lastCounted = NaN;
        used[code] = 1;
      }
      revenue[e] += t.amount[i];
      if (t.profit && !Number.isNaN(t.profit[i])) profit[e] += t.profit[i];
      if (t.amount[i] > 0) {
        const day = Math.floor(t.time[i] / MS_PER_DAY);
        lines[e]++;
        if (day !== lastCounted) {
          days[e]++;
          lastCounted = day;
        }
        if (firstDay[e] < 0) firstDay[e] = day;
        lastDay[e] = day;
      }
    }
    offsets[k + 1] = item.length;
  }

  // Renumber items to the ones bought, in the dictionary's order.
  const map = new Int32Array(ni).fill(-1);
  const itemIds: string[] = [];
  for (let c = 0; c < ni; c++) {
    if (!used[c]) continue;
    map[c] = itemIds.length;
    itemIds.push(column.values[c]);
  }
  const labels = level === 'product' ? productLabels(t, codes, map, itemIds) : itemIds.slice();
  const entries = item.length;
  const out = new Int32Array(entries);
  for (let e = 0; e < entries; e++) out[e] = map[item[e]];
  return {
    level,
    items: labels,
    itemIds,
    offsets,
    item: out,
    revenue: Float64Array.from(revenue),
    profit: Float64Array.from(profit),
    lines: Int32Array.from(lines),
    days: Int32Array.from(days),
    firstDay: Int32Array.from(firstDay),
    lastDay: Int32Array.from(lastDay),
  };
}

/** A product's label: its most frequent name on the table's rows, else its id. */
function productLabels(t: TransactionTable, codes: Int32Array, map: Int32Array, ids: string[]): string[] {
  const names = t.items?.productName;
  if (!names || names.codes === codes) return ids.slice();
  const counts = new Map<number, Map<number, number>>();
  for (let i = 0; i < t.rows; i++) {
    if (codes[i] < 0 || names.codes[i] < 0) continue;
    const p = map[codes[i]];
    const n = names.codes[i];
    let m = counts.get(p);
    if (!m) counts.set(p, (m = new Map()));
    m.set(n, (m.get(n) ?? 0) + 1);
  }
  return ids.map((id, p) => {
    const m = counts.get(p);
    if (!m) return id;
    let best = -1;
    let most = 0;
    for (const [n, c] of m) if (c > most || (c === most && n < best)) [best, most] = [n, c];
    return names.values[best];
  });
}
