import type { Delimiter, EncodingName } from '../csv/types.ts';
import type { Notice } from '../notice/notice.ts';
import { DEFAULT_OUTLIER_YEARS } from './outlierDates.ts';
import type { DateFormat } from '../values/dates.ts';
import type { NumberFormat } from '../values/numbers.ts';
import type { ItemRole } from '../model/TransactionTable.ts';

/**
 * What a CSV column is used for. In a customer summary (one row per customer), `date` is the last
 * purchase, `first` the first purchase, `orders` the number of orders, `amount` the total and
 * `average` the average amount per order (used when there is no total).
 */
export type ColumnRole =
  | 'customer'
  | 'date'
  | 'amount'
  | 'quantity'
  | 'price'
  | 'invoice'
  | 'first'
  | 'orders'
  | 'average'
  | 'attribute'
  | 'product'
  | 'productName'
  | 'category'
  | 'subcategory'
  | 'profit'
  | ContactRole
  | 'ignore';

/**
 * Who the customer is and where (issue 18): customer attributes with a meaning, shown on the card
 * and in the visit plan, searchable, never analysed as numbers (a phone number is no measure).
 */
export const CONTACT_ROLES = ['name', 'phone', 'email', 'address', 'city', 'region'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** Whether a column's role is kept as a customer attribute (a plain one or a contact). */
export function isAttributeRole(r: ColumnRole): boolean {
  return r === 'attribute' || (CONTACT_ROLES as readonly string[]).includes(r);
}

/** The roles that can be given to at most one column, in the order the CLI's --map names them. */
export const SINGLE_ROLES = [
  'customer',
  'date',
  'amount',
  'quantity',
  'price',
  'invoice',
  'first',
  'orders',
  'average',
  'product',
  'productName',
  'category',
  'subcategory',
  'profit',
  ...CONTACT_ROLES,
] as const;

/** The file formats the importer reads; all but csv through src/core/import/tabular. */
export type TabularFormat = 'csv' | 'xlsx' | 'parquet' | 'arrow';

/** What a file holds: transactions (one row per purchase line) or a customer summary (one row per customer). */
export type FileKind = 'transactions' | 'summary';
export type SingleRole = (typeof SINGLE_ROLES)[number];

/** Cleaning rules, each a toggle in the UI and a flag in the CLI. */
export interface CleaningOptions {
  /** Drop cancellations: invoice id starting with "C" or a negative quantity (default true). */
  dropCancellations: boolean;
  /** Keep cancellations/returns as negative amounts netted into the customer's total (default false). */
  keepReturns: boolean;
  /** Drop rows whose amount is zero or negative and that are not returns (default true). */
  dropNonPositive: boolean;
  /** Drop a row whose every field equals an earlier row's (default true). */
  dropDuplicates: boolean;
  /**
   * Drop rows dated after today (the import's `today`; default false: they are kept, counted and
   * warned about, since they move the default reference date past today).
   */
  dropFuture: boolean;
  /**
   * Drop rows dated far outside the bulk of the file's dates, "no date" values such as 9999-12-31
   * or 1900-01-01 included (see keptDayRange in outlierDates.ts; default true).
   */
  dropOutlierDates: boolean;
  /** The outlier rule's gap: years without any date that cut a date off the rest (default 5). */
  outlierYears: number;
  /**
   * Which invoices are cancellations (issue 17): 'auto' decides from the file (see
   * cancellations.ts), 'C' is the Online Retail rule (an invoice starting with C), 'none' takes no
   * invoice for a cancellation (negative quantities still are). Absent = 'auto'.
   */
  cancelPrefix?: CancelRule;
}

/** See CleaningOptions.cancelPrefix. */
export type CancelRule = 'auto' | 'C' | 'none';

export const DEFAULT_CLEANING: CleaningOptions = {
  dropCancellations: true,
  keepReturns: false,
  dropNonPositive: true,
  dropDuplicates: true,
  dropFuture: false,
  dropOutlierDates: true,
  outlierYears: DEFAULT_OUTLIER_YEARS,
};

/** Everything the importer needs to turn bytes into a TransactionTable. */
export interface ImportOptions {
  encoding: EncodingName;
  /** Length of the byte-order mark to skip. */
  bom: number;
  delimiter: Delimiter;
  hasHeader: boolean;
  /**
   * Records before the header to skip (an Excel `sep=;` hint line, title rows above the header;
   * blank lines are not records and not counted).
   */
  skipLines: number;
  /** Transactions (the default) or a customer summary. */
  kind?: FileKind;
  /** One role per column (by 0-based position). */
  roles: ColumnRole[];
  /** Column names (from the header, or "Column 1".."Column n"). */
  columns: string[];
  dateFormat: DateFormat;
  /**
   * Who settled the day/month order of slash dates: the user, or the sample (a value only one order
   * reads). Unset: every sampled date fits both, so the importer checks the whole column.
   */
  dateOrderDecidedBy?: 'user' | 'sample';
  numberFormat: NumberFormat;
  cleaning: CleaningOptions;
  /**
   * The cancellation rule the sniff sample suggests (sampleCancelRule), used by the first pass when
   * `cleaning.cancelPrefix` is 'auto'; the whole file then decides (importStream). Absent: 'C'.
   */
  cancelGuess?: 'C' | 'none';
  /** Where the rows come from when the file is not text (issue 17): its format and sheet. */
  source?: { format: TabularFormat; sheet?: string };
  /** What the sniffer noticed about the file (a BOM over the chosen encoding, title rows skipped,
   * duplicate headers renamed), repeated at the top of the report's warnings. */
  notices?: Notice[];
}

/** How the day/month order of dates like 9/12/2011 was decided (null for other date formats). */
export interface DateOrderReport {
  order: 'dmy' | 'mdy';
  /** user: chosen; sample: the first rows decided; file: a later row decided; default: every date fits both. */
  decidedBy: 'user' | 'sample' | 'file' | 'default';
  /** The first value that only one order reads (line, column, raw), when there is one. */
  evidence: DropSample | null;
}

/** Why a row was dropped. */
export type DropReason =
  | 'malformed'
  | 'tooManyFields'
  | 'noCustomer'
  | 'badDate'
  | 'badAmount'
  | 'amountOutOfRange'
  | 'cancellation'
  | 'nonPositive'
  | 'future'
  | 'outlierDate'
  | 'duplicate'
  | 'badOrders'
  | 'badSpan';

/**
 * badOrders (summaries): the number of orders is not a whole number ≥ 1; badSpan (summaries): the
 * first purchase is after the last. A summary's second row for a customer counts as a duplicate.
 * malformed: fewer fields than the mapped columns need; tooManyFields: a non-empty field beyond the
 * header's columns (e.g. an unquoted 1,234 under `customer,date,amount`; trailing empty fields, as
 * Excel writes them, are fine); future: dated after today, when the cleaning rule drops those;
 * amountOutOfRange: an amount (or quantity × price) beyond ±1e12 or not finite (MAX_AMOUNT);
 * outlierDate: a date far outside the bulk of the file's dates, or a "no date" sentinel
 * (see outlierDates.ts), when the cleaning rule drops those.
 */
export const DROP_REASONS: DropReason[] = [
  'malformed',
  'tooManyFields',
  'noCustomer',
  'badDate',
  'badAmount',
  'amountOutOfRange',
  'cancellation',
  'nonPositive',
  'future',
  'outlierDate',
  'duplicate',
  'badOrders',
  'badSpan',
];

/** One dropped row shown in the report: 1-based line and column in the file, and the raw text. */
export interface DropSample {
  line: number;
  column: number;
  raw: string;
}

/** The import report: what was read, kept and dropped, and why. */
export interface ImportReport {
  /** Set for a customer summary: rows are customers, `invoices` the sum of their orders. */
  kind?: 'summary';
  fileName: string;
  bytes: number;
  encoding: EncodingName;
  delimiter: Delimiter;
  hasHeader: boolean;
  /** Data rows read (header and blank lines not counted). */
  rowsRead: number;
  rowsKept: number;
  /** Rows kept that are returns (negative amounts), when returns are kept. */
  returnsKept: number;
  dropped: Record<DropReason, number>;
  /** The first 20 dropped rows of each reason. */
  samples: Record<DropReason, DropSample[]>;
  customers: number;
  /** Distinct invoices among kept purchase rows (0 when no invoice column is mapped). */
  invoices: number;
  /**
   * Orders as RFM frequency counts them, summed over customers (purchaseFrequency): invoices when
   * an invoice column is mapped (`ordersBy` 'invoice'), otherwise purchase days ('day'); a customer
   * summary's orders ('summary'). Absent in reports stored before issue 16.
   */
  orders?: number;
  ordersBy?: 'invoice' | 'day' | 'summary';
  /**
   * Customers in `customers` without a purchase (only returns or negative corrections kept): they
   * have no RFM row. Absent in reports stored before issue 16.
   */
  customersWithoutPurchase?: number;
  /** First and last transaction day, 'YYYY-MM-DD' (null when nothing was kept). */
  firstDate: string | null;
  lastDate: string | null;
  dateOrder: DateOrderReport | null;
  /**
   * What the user should check (coded, so the UI says them in the user's language; the CLI prints
   * `.text`): title rows skipped, a BOM over the chosen encoding, duplicate headers, quoted fields
   * running over lines, undecodable bytes, rows dated after today.
   */
  warnings: Notice[];
  /** Wall time of the import in milliseconds. */
  elapsedMs: number;
  /** Issue 17: the file's format when it is not CSV, and the sheet read from a workbook. */
  format?: TabularFormat;
  sheet?: string;
  /**
   * Issue 17: how cancellations were recognised (see cancellations.ts): the rule used, why it was
   * decided, and how many invoices it matched.
   */
  cancellations?: { rule: Exclude<CancelRule, 'auto'>; reason: Notice; matched: number };
  /** Issue 17: kept rows whose profit field was blank or not a number (profit mapped): their profit is NaN. */
  profitMissing?: number;
  /** Issue 17: distinct values read per mapped item role (products, names, categories, sub-categories). */
  itemsRead?: Partial<Record<ItemRole, number>>;
}
