/** Order of day, month and year in a date written with separators. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/**
 * How the dates of a column are written.
 * - `ymd`: 2011-12-09, 2011/12/9, 2011.12.09 (4-digit year first, same separator twice).
 * - `dmy`, `mdy`: 9/12/2011, 12/9/2011 (also `-` or `.`; 2-digit years pivot at 70: 70..99 → 19xx, 00..69 → 20xx).
 * - `compact`: 19970101, 19970101 1230, 19970101 123045.
 * - `cjk`: 2011年12月9日, with an optional time.
 * - `excel`: an Excel serial day number (40513, 40513.5), 1900 date system with the Lotus leap-year bug,
 *   or the 1904 date system when `date1904` is set.
 * Every kind but `excel` takes an optional time `H:MM[:SS[.fff]]` with optional AM/PM and zone.
 */
export interface DateFormat {
  kind: 'ymd' | 'dmy' | 'mdy' | 'compact' | 'cjk' | 'excel';
  /**
   * For `excel` only: serials count days from 1904-01-01 = 0 (the 1904 date system of a workbook
   * saved so, as Excel for Mac did; no leap-year bug), 1,462 days after the 1900 system's serial.
   * Set from the workbook (`workbookPr date1904`); absent = the 1900 system.
   */
  date1904?: boolean;
}

/** What detectDateFormat decided, and why. */
export interface DateDetection {
  /** The format, or null when no format fits (no value is a date). */
  format: DateFormat | null;
  /** True when day-first and month-first both read every value: the user should confirm ('dmy' is chosen). */
  ambiguous: boolean;
  /** One sentence for the user, with an example value. */
  reason: string;
  /** Share (0..1) of the non-blank samples that parse with the chosen format (0 when format is null). */
  parsedShare: number;
  /**
   * Set when day-first and month-first dates are mixed with no clear majority: the first value and
   * the number of values only each order reads (the format is then the larger side, `ambiguous`).
   */
  mixed?: { dayFirst: string; monthFirst: string; onlyDay: number; onlyMonth: number };
}
