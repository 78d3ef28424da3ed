/**
 * Bounds on one record, so that a hostile or broken file (a 100 MB field, a line of a million
 * delimiters, a quote that is never closed) fails fast with a located message instead of filling
 * memory. CsvParser enforces them; the sniffer, the import and the CLI all read through it.
 *
 * Real exports stay far below: Excel holds at most 16,384 columns and 32,767 characters in a cell
 * (at most 98,301 bytes of UTF-8), and a transactions file needs a customer, a date, an amount and
 * a few attribute columns.
 */

/**
 * The most bytes (UTF-8, after unquoting) one field may hold: 256 KiB, over twice the largest
 * Excel cell. A longer field is a quote that is never closed or a file that is not a CSV.
 */
export const MAX_FIELD_BYTES = 256 * 1024;

/**
 * The most bytes (UTF-8, the fields' contents without delimiters and quotes) one record may hold:
 * 512 KiB, e.g. 4,096 columns of 128 bytes. Below the sniffer's 1 MiB head, so a head without a
 * line end is an error there already.
 */
export const MAX_RECORD_BYTES = 512 * 1024;

/**
 * The most fields one record may have: 4,096 (a quarter of Excel's 16,384 columns; the mapping
 * step shows a select per column, a page at a time).
 */
export const MAX_COLUMNS = 4096;
