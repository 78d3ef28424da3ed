// Date parsing on UTF-8 bytes, the import's hot path: integer arithmetic only, no strings, no Date.
import { MS_PER_DAY, daysFromCivil, daysInMonth } from './civil.ts';
import type { DateFormat } from './dateFormat.ts';
import { parseTimeOfDay } from './timeOfDay.ts';

const SPACE = 0x20;
const TAB = 0x09;
const DASH = 0x2d;
const SLASH = 0x2f;
const DOT = 0x2e;
const COMMA = 0x2c;

/** Excel serial of 1970-01-01 (serials from 61 on: days since 1970 = serial − 25569). */
const EXCEL_EPOCH = 25569;
/** Excel serial of 1970-01-01 in the 1904 date system (days since 1970 = serial − 24107). */
const EXCEL_EPOCH_1904 = 24107;
/** Largest Excel serial (9999-12-31). */
const EXCEL_MAX = 2958465;

// Digits read by the last call of num(): a module-level scratch value, so that num allocates nothing.
let digits = 0;

/** Reads up to 9 ASCII digits from i; sets `digits` to how many were read. */
function num(buf: Uint8Array, i: number, end: number): number {
  let v = 0;
  let j = i;
  while (j < end && j - i < 9) {
    const d = buf[j] - 0x30;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
    j++;
  }
  digits = j - i;
  return v;
}

/** Days since 1970-01-01, or NaN when the date does not exist. */
function validDays(y: number, m: number, d: number): number {
  if (d < 1 || d > daysInMonth(y, m)) return NaN;
  return daysFromCivil(y, m, d);
}

function ymd(buf: Uint8Array, i: number, end: number): number {
  const y = num(buf, i, end);
  if (digits !== 4) return NaN;
  i += 4;
  const sep = i < end ? buf[i] : 0;
  if (sep !== DASH && sep !== SLASH && sep !== DOT) return NaN;
  const m = num(buf, ++i, end);
  if (digits < 1 || digits > 2) return NaN;
  i += digits;
  if (i >= end || buf[i] !== sep) return NaN;
  const d = num(buf, ++i, end);
  if (digits < 1 || digits > 2) return NaN;
  i += digits;
  return validDays(y, m, d) * MS_PER_DAY + parseTimeOfDay(buf, i, end);
}

function dayMonth(buf: Uint8Array, i: number, end: number, dayFirst: boolean): number {
  const a = num(buf, i, end);
  if (digits < 1 || digits > 2) return NaN;
  i += digits;
  const sep = i < end ? buf[i] : 0;
  if (sep !== DASH && sep !== SLASH && sep !== DOT) return NaN;
  const b = num(buf, ++i, end);
  if (digits < 1 || digits > 2) return NaN;
  i += digits;
  if (i >= end || buf[i] !== sep) return NaN;
  let y = num(buf, ++i, end);
  if (digits === 2) y += y < 70 ? 2000 : 1900;
  else if (digits !== 4) return NaN;
  i += digits;
  const days = dayFirst ? validDays(y, b, a) : validDays(y, a, b);
  return days * MS_PER_DAY + parseTimeOfDay(buf, i, end);
}

function compact(buf: Uint8Array, i: number, end: number): number {
  const ymd8 = num(buf, i, end);
  if (digits !== 8) return NaN;
  const y = Math.floor(ymd8 / 10000);
  const m = Math.floor(ymd8 / 100) % 100;
  const d = ymd8 % 100;
  return validDays(y, m, d) * MS_PER_DAY + parseTimeOfDay(buf, i + 8, end);
}

/** Matches the 3-byte UTF-8 sequence of 年 (E5 B9 B4), 月 (E6 9C 88) or 日 (E6 97 A5) at i. */
function mark(buf: Uint8Array, i: number, end: number, b0: number, b1: number, b2: number): boolean {
  return i + 2 < end && buf[i] === b0 && buf[i + 1] === b1 && buf[i + 2] === b2;
}

function cjk(buf: Uint8Array, i: number, end: number): number {
  const y = num(buf, i, end);
  if (digits !== 4) return NaN;
  i += 4;
  if (!mark(buf, i, end, 0xe5, 0xb9, 0xb4)) return NaN;
  const m = num(buf, (i += 3), end);
  if (digits < 1 || digits > 2) return NaN;
  i += digits;
  if (!mark(buf, i, end, 0xe6, 0x9c, 0x88)) return NaN;
  const d = num(buf, (i += 3), end);
  if (digits < 1 || digits > 2) return NaN;
  i += digits;
  if (!mark(buf, i, end, 0xe6, 0x97, 0xa5)) return NaN;
  return validDays(y, m, d) * MS_PER_DAY + parseTimeOfDay(buf, i + 3, end, true);
}

function excel(buf: Uint8Array, i: number, end: number, date1904: boolean): number {
  const serial = num(buf, i, end);
  if (digits < 1 || digits > 7) return NaN;
  i += digits;
  let frac = 0;
  if (i < end && (buf[i] === DOT || buf[i] === COMMA)) {
    if (++i === end) return NaN;
    // Up to 15 fraction digits are enough for whole seconds; further digits are ignored.
    let scale = 1;
    while (i < end) {
      const d = buf[i] - 0x30;
      if (d < 0 || d > 9) return NaN;
      if (scale < 1e15) {
        frac = frac * 10 + d;
        scale *= 10;
      }
      i++;
    }
    frac /= scale;
  }
  if (date1904) {
    // 1904 system: serial 0 is 1904-01-01 and there is no fictitious leap day.
    if (i !== end || serial > EXCEL_MAX - 1462) return NaN;
    return (serial - EXCEL_EPOCH_1904) * MS_PER_DAY + Math.round(frac * 86_400) * 1000;
  }
  if (i !== end || serial < 1 || serial > EXCEL_MAX) return NaN;
  // Lotus bug: Excel counts a fictitious 1900-02-29 (serial 60), read here as 1900-03-01, the day
  // Date.UTC(1900, 1, 29) rolls over to. Serials 1..59 are one day later than the formula says.
  const days = serial >= 60 ? Math.max(serial, 61) - EXCEL_EPOCH : serial - EXCEL_EPOCH + 1;
  return days * MS_PER_DAY + Math.round(frac * 86_400) * 1000;
}

/**
 * Milliseconds since 1970-01-01T00:00 of the naive date-time in bytes [start, end) of `buf`
 * (UTF-8; ASCII spaces and tabs around it are ignored), read with `format`; NaN when it does not
 * parse or the date or time does not exist (2011-02-30, month 13, hour 25). Fractions of a second
 * and any zone (`Z`, `+08:00`) are ignored: the wall-clock time is kept as if it were UTC.
 * Excel serial fractions are rounded to the nearest second. Allocates nothing.
 */
export function parseDateBytes(buf: Uint8Array, start: number, end: number, format: DateFormat): number {
  while (start < end && (buf[start] === SPACE || buf[start] === TAB)) start++;
  while (end > start && (buf[end - 1] === SPACE || buf[end - 1] === TAB)) end--;
  if (start === end) return NaN;
  switch (format.kind) {
    case 'ymd':
      return ymd(buf, start, end);
    case 'dmy':
      return dayMonth(buf, start, end, true);
    case 'mdy':
      return dayMonth(buf, start, end, false);
    case 'compact':
      return compact(buf, start, end);
    case 'cjk':
      return cjk(buf, start, end);
    case 'excel':
      return excel(buf, start, end, format.date1904 === true);
    default:
      return NaN;
  }
}

const encoder = new TextEncoder();

/** parseDateBytes on a string: milliseconds since 1970-01-01T00:00 (naive), or NaN. */
export function parseDate(s: string, format: DateFormat): number {
  const bytes = encoder.encode(s);
  return parseDateBytes(bytes, 0, bytes.length, format);
}
