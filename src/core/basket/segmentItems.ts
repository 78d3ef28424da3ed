import type { BasketRow, CustomerItems, ItemLevel } from './types.ts';

/** A grouping of the customers of a CustomerItems: a scheme's segments or an attribute's values. */
export interface Grouping {
  /** Group labels (segment ids, attribute values). */
  labels: string[];
  /** Per customer (the CustomerItems' order): group index, or -1 for none (left out). */
  codes: ArrayLike<number>;
}

/**
 * The segment × item table, dense and row-major: cell (g, k) at g × items.length + k.
 * Revenue and profit in the file's currency, returns netted in.
 */
export interface SegmentItems {
  level: ItemLevel;
  groups: string[];
  items: string[];
  /** Customers of the group who bought the item (at least one positive line). */
  customers: Int32Array;
  /** Customers of the group with any line of the item (a cell is listed when > 0). */
  entries: Int32Array;
  revenue: Float64Array;
  /** NaN when the file has no profit column. */
  profit: Float64Array;
  /** revenue(g,k) / revenue(g); NaN when the group's revenue is not positive. */
  share: Float64Array;
  /** share(g,k) / (revenue(·,k) / revenue(·,·)); NaN when the item's or all revenue is not positive. */
  lift: Float64Array;
  /** Per group: customers with at least one item at this level, and their revenue of items. */
  groupCustomers: Int32Array;
  groupRevenue: Float64Array;
  /** Per item: buyers and revenue over every group. */
  itemCustomers: Int32Array;
  itemRevenue: Float64Array;
  /** Revenue of every item over every group. */
  total: number;
}

/**
 * Segment × item: for group g and item k, the buyers, revenue and profit; the item's share of the
 * group's revenue, share(g,k) = revenue(g,k) / revenue(g); and its lift against all customers,
 * lift(g,k) = share(g,k) / (revenue(·,k) / revenue(·,·)). Revenues count only lines with an item at
 * this level (so a group's shares sum to 1); customers without a group (code -1) are left out of
 * every total.
 */
export function segmentItems(ci: CustomerItems, grouping: Grouping): SegmentItems {
  const ng = grouping.labels.length;
  const ni = ci.items.length;
  const nc = ci.offsets.length - 1;
  if (grouping.codes.length !== nc) {
    throw new RangeError(`grouping has ${grouping.codes.length} customers, items ${nc}`);
  }
  const cells = ng * ni;
  const customers = new Int32Array(cells);
  const entries = new Int32Array(cells);
  const revenue = new Float64Array(cells);
  const profit = new Float64Array(cells);
  const groupCustomers = new Int32Array(ng);
  const itemCustomers = new Int32Array(ni);
  for (let c = 0; c < nc; c++) {
    const g = grouping.codes[c];
    if (!(g >= 0 && g < ng)) continue;
    const lo = ci.offsets[c];
    const hi = ci.offsets[c + 1];
    let bought = false;
    for (let e = lo; e < hi; e++) {
      const k = ci.item[e];
      const cell = g * ni + k;
      entries[cell]++;
      revenue[cell] += ci.revenue[e];
      profit[cell] += ci.profit[e];
      if (ci.lines[e] > 0) {
        customers[cell]++;
        itemCustomers[k]++;
        bought = true;
      }
    }
    if (bought) groupCustomers[g]++;
  }
  const groupRevenue = new Float64Array(ng);
  const itemRevenue = new Float64Array(ni);
  let total = 0;
  for (let g = 0; g < ng; g++) {
    for (let k = 0; k < ni; k++) {
      const r = revenue[g * ni + k];
      groupRevenue[g] += r;
      itemRevenue[k] += r;
      total += r;
    }
  }
  const share = new Float64Array(cells);
  const lift = new Float64Array(cells);
  for (let g = 0; g < ng; g++) {
    for (let k = 0; k < ni; k++) {
      const cell = g * ni + k;
      share[cell] = groupRevenue[g] > 0 ? revenue[cell] / groupRevenue[g] : NaN;
      lift[cell] = itemRevenue[k] > 0 && total > 0 ? share[cell] / (itemRevenue[k] / total) : NaN;
    }
  }
  return {
    level: ci.level,
    groups: grouping.labels.slice(),
    items: ci.items.slice(),
    customers,
    entries,
    revenue,
    profit,
    share,
    lift,
    groupCustomers,
    groupRevenue,
    itemCustomers,
    itemRevenue,
    total,
  };
}

/** The typed arrays of a SegmentItems, for postMessage transfer. */
export function segmentItemsBuffers(s: SegmentItems): ArrayBuffer[] {
  return [
    s.customers,
    s.entries,
    s.revenue,
    s.profit,
    s.share,
    s.lift,
    s.groupCustomers,
    s.groupRevenue,
    s.itemCustomers,
    s.itemRevenue,
  ].map((a) => a.buffer as ArrayBuffer);
}

/**
 * The table as rows (the CLI's `segmap basket`): one per cell with any line, groups in their
 * order, items by label (code-point order, as DuckDB's ORDER BY sorts them).
 */
export function basketRows(s: SegmentItems): BasketRow[] {
  const ni = s.items.length;
  const order = Array.from({ length: ni }, (_, k) => k).sort((a, b) =>
    s.items[a] < s.items[b] ? -1 : s.items[a] > s.items[b] ? 1 : a - b,
  );
  const rows: BasketRow[] = [];
  s.groups.forEach((segment, g) => {
    for (const k of order) {
      const cell = g * ni + k;
      if (s.entries[cell] === 0) continue;
      rows.push({
        segment,
        category: s.items[k],
        customers: s.customers[cell],
        revenue: s.revenue[cell],
        profit: s.profit[cell],
        share: s.share[cell],
        lift: s.lift[cell],
      });
    }
  });
  return rows;
}

/**
 * The level the segment × item table shows first: sub-categories where mapped (a readable number
 * of columns), else categories, else products. `levels` as itemLevels gives them; null when empty.
 */
export function defaultBasketLevel(levels: readonly ItemLevel[]): ItemLevel | null {
  for (const level of ['subcategory', 'category', 'product'] as const) if (levels.includes(level)) return level;
  return null;
}
