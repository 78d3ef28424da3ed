import type { TabularFormat } from '../types.ts';

/** A cell as the readers give it: text, number, boolean, date (its UTC fields), 64-bit integer, or empty. */
export type CellValue = string | number | boolean | Date | bigint | null | undefined;

/** The file's bytes by range (a Blob in the worker, a file handle in the CLI). */
export interface ByteSource {
  /** Size in bytes. */
  readonly size: number;
  /** Bytes [start, end). */
  slice(start: number, end: number): Promise<Uint8Array>;
}

/** Rows of a sheet or table, in order: `rows[i]` is on the file's 1-based line `firstLine + i`. */
export interface RowBatch {
  rows: CellValue[][];
  firstLine: number;
}

/**
 * A non-CSV file opened for reading: its sheets (a workbook's names; one unnamed table otherwise)
 * and its rows batch by batch. Line numbers are a workbook's row numbers (so the report says
 * "line 17" for Orders!17) or, for a table, the row index + 2 (the header is line 1).
 */
export interface TabularReader {
  readonly format: Exclude<TabularFormat, 'csv'>;
  /** Worksheet names of a workbook; [] for a table. */
  readonly sheets: string[];
  /**
   * True for a workbook saved in the 1904 date system (`workbookPr date1904`, Mac Excel): its typed
   * date cells come out right (the reader converts them), but bare serial numbers in a date column
   * must be read in that system (DateFormat.date1904). Known once rows() has read a sheet; false
   * before and for tables.
   */
  readonly date1904: boolean;
  /** Data rows when known without reading them (parquet, arrow), for progress. */
  totalRows(sheet?: string): number | undefined;
  /**
   * The rows from the top: a workbook's rows from its first used row (title rows and the header
   * included, blank rows as []); a table's column names first (line 1), then its rows. `limit`
   * stops after that many rows (the sniff); absent = all.
   */
  rows(sheet: string | undefined, limit?: number): AsyncIterable<RowBatch>;
}
