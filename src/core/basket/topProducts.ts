import type { SegmentItems } from './segmentItems.ts';

/** One of a group's top items. */
export interface TopItem {
  item: string;
  /** Revenue of the item in the group (currency). */
  revenue: number;
  /** Buyers of the item in the group. */
  customers: number;
  /** The item's part of the group's revenue. */
  share: number;
  lift: number;
}

/**
 * Each group's `n` items (products, at the product level) with the most revenue, ties by more
 * buyers, then by label; items with no positive revenue in the group are left out.
 */
export function topProducts(s: SegmentItems, n = 10): TopItem[][] {
  const ni = s.items.length;
  return s.groups.map((_, g) => {
    const ks: number[] = [];
    for (let k = 0; k < ni; k++) if (s.revenue[g * ni + k] > 0) ks.push(k);
    ks.sort(
      (a, b) =>
        s.revenue[g * ni + b] - s.revenue[g * ni + a] ||
        s.customers[g * ni + b] - s.customers[g * ni + a] ||
        (s.items[a] < s.items[b] ? -1 : s.items[a] > s.items[b] ? 1 : 0),
    );
    return ks.slice(0, n).map((k) => {
      const cell = g * ni + k;
      return {
        item: s.items[k],
        revenue: s.revenue[cell],
        customers: s.customers[cell],
        share: s.share[cell],
        lift: s.lift[cell],
      };
    });
  });
}
