/**
 * The cleaned transactions of one dataset, stored column by column (one typed array per field),
 * with customer and invoice ids dictionary-encoded. This is what the importer produces, what the
 * store writes in chunks and what every analysis reads.
 */
import type { ContactRole } from '../import/types.ts';

export interface TransactionTable {
  /** Number of kept rows. */
  rows: number;
  /** Row → index into `customerIds`. */
  customer: Int32Array;
  /** Distinct customer ids, normalised ("17850.0" → "17850"). */
  customerIds: string[];
  /** Row → naive local date-time in milliseconds since 1970-01-01 (no time zone applied). */
  time: Float64Array;
  /** Row → amount in the file's currency; negative for kept returns. */
  amount: Float64Array;
  /** Row → index into `invoiceIds`, or -1 when no invoice column is mapped. */
  invoice: Int32Array;
  /** Distinct invoice / order ids. Empty when no invoice column is mapped. */
  invoiceIds: string[];
  /** Extra columns kept as customer attributes (dictionary-encoded text). */
  attributes: AttributeColumn[];
  /**
   * Set when the table was built from a customer summary (see summaryToTable): orders per
   * customer (index into `customerIds`). The rows are then only each customer's first and last
   * purchase, and counts of orders come from here, not from the rows.
   */
  orders?: Int32Array;
  /**
   * What was bought on each row, where the file maps it (issue 17): product id, product name,
   * category and sub-category, each dictionary-encoded like an attribute (row → index, -1 blank).
   */
  items?: Partial<Record<ItemRole, AttributeColumn>>;
  /** Row → profit of the line in the file's currency, NaN where the file left it blank. */
  profit?: Float64Array;
}

/** The roles of a row's item, from the most to the least detailed (the CLI's --by levels). */
export const ITEM_ROLES = ['product', 'productName', 'category', 'subcategory'] as const;
export type ItemRole = (typeof ITEM_ROLES)[number];

/** A text column kept for later cross-tabs: row → index into `values`, -1 for blank. */
export interface AttributeColumn {
  name: string;
  codes: Int32Array;
  values: string[];
  /** What the column says about the customer when it was mapped as a contact (name, phone, region…). */
  kind?: ContactRole;
}

/** The typed arrays of a table, for handing them to postMessage as transferables. */
export function tableBuffers(t: TransactionTable): ArrayBuffer[] {
  const arrays = [t.customer, t.time, t.amount, t.invoice, ...t.attributes.map((a) => a.codes)];
  if (t.orders) arrays.push(t.orders);
  for (const role of ITEM_ROLES) {
    const column = t.items?.[role];
    if (column) arrays.push(column.codes);
  }
  if (t.profit) arrays.push(t.profit);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** The item columns of `items`, each through `f` (absent roles stay absent). */
export function mapItems(
  items: Partial<Record<ItemRole, AttributeColumn>>,
  f: (column: AttributeColumn) => AttributeColumn,
): Partial<Record<ItemRole, AttributeColumn>> {
  const out: Partial<Record<ItemRole, AttributeColumn>> = {};
  for (const role of ITEM_ROLES) {
    const column = items[role];
    if (column) out[role] = f(column);
  }
  return out;
}
