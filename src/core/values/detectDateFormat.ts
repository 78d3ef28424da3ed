import { MS_PER_DAY, formatDay } from './civil.ts';
import type { DateDetection, DateFormat } from './dateFormat.ts';
import { parseDate } from './parseDateBytes.ts';

/** Five digits, optional fraction: an Excel serial day number (checked for 20000..80000 below). */
const EXCEL_SHAPE = /^(\d{5})(?:[.,]\d+)?$/;

/** Whether a value is a bare Excel serial day number in 20000..80000 (1954..2119). */
export function isExcelSerial(v: string): boolean {
  const m = EXCEL_SHAPE.exec(v);
  return m !== null && Number(m[1]) >= 20000 && Number(m[1]) <= 80000;
}

const KINDS = ['ymd', 'dmy', 'mdy', 'compact', 'cjk'] as const;

const NAMES: Record<DateFormat['kind'], string> = {
  ymd: 'year first',
  dmy: 'day first',
  mdy: 'month first',
  compact: 'compact YYYYMMDD',
  cjk: 'year年month月day日',
  excel: 'Excel serial day numbers',
};

/** Share (0..1) of the values that must be Excel serials for the column to be read as serials. */
export const EXCEL_SHARE = 0.9;
/**
 * Day/month order: the order that reads at least this many times as many values as the other
 * (counting only the values that one order alone reads) settles the column; its misfits are dropped.
 */
export const ORDER_MAJORITY = 9;

/**
 * Decides the date format of a column from (up to a few thousand of) its values: Excel serials when
 * at least 90 % of the values are bare numbers in 20000..80000 (1954..2119; the others are dropped
 * as bad dates on import); otherwise the shape that reads the most values (year first,
 * day/month/year, compact, CJK). For day/month/year, a value whose first number is above 12 means
 * day first, one whose second number is above 12 month first; when both are seen, the order that
 * alone reads at least 9 times as many values as the other wins (a typo among many dates), else the
 * larger side with `ambiguous` and `mixed` set (the user is asked); neither → 'dmy' with `ambiguous`
 * set so the user is asked.
 * `parsedShare` is the share (0..1) of non-blank values the chosen format reads. `date1904`: the
 * values come from a workbook in the 1904 date system, so serials are read in it (DateFormat).
 */
export function detectDateFormat(samples: string[], date1904 = false): DateDetection {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  const n = values.length;
  if (n === 0) return { format: null, ambiguous: false, reason: 'no date values to look at', parsedShare: 0 };

  const serials = values.filter(isExcelSerial);
  if (serials.length >= EXCEL_SHARE * n) {
    const format: DateFormat = date1904 ? { kind: 'excel', date1904 } : { kind: 'excel' };
    const t = parseDate(serials[0], format);
    const system = date1904 ? ', 1904 date system' : '';
    let reason = `${NAMES.excel}${system} ("${serials[0]}" is ${formatDay(Math.floor(t / MS_PER_DAY))})`;
    if (serials.length < n) {
      const other = values.find((v) => !isExcelSerial(v));
      reason += `; ${n - serials.length} of ${n} values are not serials in 20000..80000 (e.g. "${other}")`;
    }
    return { format, ambiguous: false, reason, parsedShare: serials.length / n };
  }

  const count = { ymd: 0, dmy: 0, mdy: 0, compact: 0, cjk: 0, dm: 0 };
  const example: Partial<Record<keyof typeof count, string>> = {};
  let dayFirst: string | undefined; // a value only day-first reads
  let monthFirst: string | undefined; // a value only month-first reads
  let onlyDay = 0;
  let onlyMonth = 0;
  for (const v of values) {
    const ok = KINDS.map((kind) => !Number.isNaN(parseDate(v, { kind })));
    KINDS.forEach((kind, k) => {
      if (ok[k]) count[kind]++;
      if (ok[k]) example[kind] ??= v;
    });
    if (ok[1] || ok[2]) {
      count.dm++;
      example.dm ??= v;
    }
    if (ok[1] && !ok[2]) {
      dayFirst ??= v;
      onlyDay++;
    }
    if (ok[2] && !ok[1]) {
      monthFirst ??= v;
      onlyMonth++;
    }
  }

  let best: 'ymd' | 'dm' | 'compact' | 'cjk' = 'ymd';
  for (const k of ['dm', 'compact', 'cjk'] as const) if (count[k] > count[best]) best = k;
  if (count[best] === 0) {
    return {
      format: null,
      ambiguous: false,
      reason: `no value looks like a date (e.g. "${values[0]}")`,
      parsedShare: 0,
    };
  }

  let kind: DateFormat['kind'];
  let ambiguous = false;
  let reason: string;
  let mixed: DateDetection['mixed'];
  if (best !== 'dm') {
    kind = best;
    reason = `${NAMES[kind]} (e.g. "${example[kind]}")`;
  } else if (dayFirst !== undefined && monthFirst !== undefined && onlyDay >= ORDER_MAJORITY * onlyMonth) {
    kind = 'dmy';
    reason = `${NAMES.dmy}: ${onlyDay} values read only day first (e.g. "${dayFirst}"), ${onlyMonth} only month first (e.g. "${monthFirst}", dropped)`;
  } else if (dayFirst !== undefined && monthFirst !== undefined && onlyMonth >= ORDER_MAJORITY * onlyDay) {
    kind = 'mdy';
    reason = `${NAMES.mdy}: ${onlyMonth} values read only month first (e.g. "${monthFirst}"), ${onlyDay} only day first (e.g. "${dayFirst}", dropped)`;
  } else if (dayFirst !== undefined && monthFirst !== undefined) {
    // No clear majority: read with the larger side (ties: day first) and ask; the whole file then
    // decides by the same majority, and the dates of the other side are dropped with a warning.
    kind = onlyMonth > onlyDay ? 'mdy' : 'dmy';
    ambiguous = true;
    mixed = { dayFirst, monthFirst, onlyDay, onlyMonth };
    reason =
      `day-first ("${dayFirst}", ${onlyDay}) and month-first ("${monthFirst}", ${onlyMonth}) dates are mixed: ` +
      `read as ${NAMES[kind]}, please confirm (the other dates are dropped)`;
  } else if (dayFirst !== undefined) {
    kind = 'dmy';
    reason = `${NAMES.dmy}: "${dayFirst}" has a first number above 12`;
  } else if (monthFirst !== undefined) {
    kind = 'mdy';
    reason = `${NAMES.mdy}: "${monthFirst}" has a second number above 12`;
  } else {
    kind = 'dmy';
    ambiguous = true;
    reason = `day and month are both 12 or less in every value (e.g. "${example.dm}"): read as day first, please confirm`;
  }

  const parsed = count[kind];
  if (parsed < n) {
    const failed = values.find((v) => Number.isNaN(parseDate(v, { kind })));
    reason += `; ${n - parsed} of ${n} values do not read as dates (e.g. "${failed}")`;
  }
  return { format: { kind }, ambiguous, reason, parsedShare: parsed / n, ...(mixed ? { mixed } : {}) };
}
