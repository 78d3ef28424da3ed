import { detectDateFormat } from '../values/dates.ts';
import type { DateDetection, DateFormat } from '../values/dates.ts';
import { detectNumberFormat } from '../values/numbers.ts';
import type { NumberFormat } from '../values/numbers.ts';
import type { ColumnRole } from './types.ts';

/** The date and number formats found in the mapped columns, with the reasons shown to the user. */
export interface DetectedFormats {
  dateFormat: DateFormat;
  /** True when day-first and month-first both fit every date: the user must confirm. */
  dateAmbiguous: boolean;
  /** Set when day-first and month-first dates are mixed with no clear majority (see DateDetection). */
  dateMixed?: DateDetection['mixed'];
  dateReason: string;
  numberFormat: NumberFormat;
  numberReason: string;
}

/**
 * Detects the date format of the date column and the decimal separator of the numeric columns.
 * `date1904`: the rows come from a workbook in the 1904 date system (serials are read in it).
 */
export function detectFormats(rows: string[][], roles: ColumnRole[], date1904 = false): DetectedFormats {
  const values = (j: number) => (j < 0 ? [] : rows.map((r) => (r[j] ?? '').trim()).filter((v) => v !== ''));
  const d = detectDateFormat([...values(roles.indexOf('date')), ...values(roles.indexOf('first'))], date1904);
  const nums = (['amount', 'quantity', 'price', 'average', 'profit'] as const).flatMap((r) => values(roles.indexOf(r)));
  const nf = detectNumberFormat(nums);
  return {
    dateFormat: d.format ?? { kind: 'ymd' },
    dateAmbiguous: d.ambiguous,
    ...(d.mixed ? { dateMixed: d.mixed } : {}),
    dateReason: d.reason,
    numberFormat: nf.format,
    numberReason: nf.reason,
  };
}
