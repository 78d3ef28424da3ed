import type { Notice } from '../notice/notice.ts';

/** The level at which items are counted: a category, a sub-category or a product. */
export type ItemLevel = 'category' | 'subcategory' | 'product';

/**
 * What each customer bought over a period, as compressed rows (CSR): customer k's items are
 * `item[offsets[k] .. offsets[k+1])`, each once, in ascending item index. Customers are the ones
 * passed in (the RFM table's order); items index `items`.
 */
export interface CustomerItems {
  level: ItemLevel;
  /** Item labels (a product's label is its most frequent name, else its id). */
  items: string[];
  /** Item ids as in the file (the product id for products; the label otherwise). */
  itemIds: string[];
  /** Length customers + 1. */
  offsets: Int32Array;
  /** Per (customer, item) entry: the item's index. */
  item: Int32Array;
  /** Per entry: revenue (currency; returns netted in). */
  revenue: Float64Array;
  /** Per entry: profit (currency; NaN when the file has no profit column). */
  profit: Float64Array;
  /** Per entry: purchase lines (positive lines only). */
  lines: Int32Array;
  /** Per entry: distinct purchase days (positive lines only). */
  days: Int32Array;
  /** Per entry: first and last purchase day (days since 1970-01-01). */
  firstDay: Int32Array;
  lastDay: Int32Array;
}

/** One cell of the segment × item table (CLI `segmap basket`). */
export interface BasketRow {
  segment: string;
  category: string;
  customers: number;
  revenue: number;
  /** NaN when no profit column is mapped (the CLI writes null). */
  profit: number;
  /** The item's part of the segment's revenue. */
  share: number;
  /** share over the item's part of all revenue. */
  lift: number;
}

/** "Customers who buy A also buy B" over customers: support, confidence and lift. */
export interface Pair {
  a: string;
  b: string;
  /** Customers who bought both. */
  both: number;
  /** Customers who bought A. */
  ofA: number;
  support: number;
  confidence: number;
  lift: number;
}

/** One next best offer for a customer, with its reason in words. */
export interface Offer {
  item: string;
  score: number;
  /** The chance the customer takes it, where estimated (see crossSellPotential); else NaN. */
  p: number;
  reason: Notice;
}
