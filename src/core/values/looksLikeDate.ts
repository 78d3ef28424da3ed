import type { DateFormat } from './dateFormat.ts';
import { parseDate } from './parseDateBytes.ts';

const KINDS: DateFormat['kind'][] = ['ymd', 'dmy', 'mdy', 'cjk'];

/**
 * Cheap test for column-role guessing: true when `s` reads as a date in one of the supported
 * shapes (year first, day/month/year either way, CJK, each with an optional time), or is an
 * 8-digit compact date of 19xx or 20xx (19970101). False for other bare numbers, Excel serials included.
 */
export function looksLikeDate(s: string): boolean {
  const v = s.trim();
  if (v === '') return false;
  const c = v.charCodeAt(0);
  if (c < 0x30 || c > 0x39) return false; // every supported shape starts with a digit
  if (/^\d+$/.test(v)) return /^(19|20)\d{6}$/.test(v) && !Number.isNaN(parseDate(v, { kind: 'compact' }));
  if (/^(19|20)\d{6}[ T]/.test(v)) return !Number.isNaN(parseDate(v, { kind: 'compact' }));
  return KINDS.some((kind) => !Number.isNaN(parseDate(v, { kind })));
}
