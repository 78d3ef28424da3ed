// Civil (proleptic Gregorian) calendar arithmetic on whole days, after Howard Hinnant's
// days_from_civil / civil_from_days. No time zone anywhere: a day number counts days since
// 1970-01-01, and a time is "naive local time written as if it were UTC".

/** Milliseconds in one day (86 400 000). */
export const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of year `y`, month `m` (1..12), day `d` (1..31); not validated. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // 0..399
  const mp = m > 2 ? m - 3 : m + 9; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1; // 0..365
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // 0..146096
  return era * 146097 + doe - 719468;
}

/** The civil date (year, month 1..12, day 1..31) of `days` days since 1970-01-01 (an integer). */
export function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // 0..146096
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // 0..365
  const mp = Math.floor((5 * doy + 2) / 153); // March = 0
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** True for leap years of the proleptic Gregorian calendar (year number). */
export function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Number of days (28..31) in month `m` (1..12) of year `y`; 0 for a month outside 1..12. */
export function daysInMonth(y: number, m: number): number {
  if (m < 1 || m > 12) return 0;
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** 'YYYY-MM-DD' of `days` days since 1970-01-01 (fractions are floored, so a time in days works too). */
export function formatDay(days: number): string {
  const { y, m, d } = civilFromDays(Math.floor(days));
  const year = y < 0 ? '-' + pad(-y, 4) : pad(y, 4);
  return `${year}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Days since 1970-01-01 of a strict 'YYYY-MM-DD' string (a real date), else null. For CLI options. */
export function parseIsoDay(s: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (d < 1 || d > daysInMonth(y, m)) return null;
  return daysFromCivil(y, m, d);
}

/**
 * Today on this device as days since 1970-01-01: the local calendar day of `now` (the one place
 * that reads the clock's time zone; the importer's "dated after today" check uses it).
 */
export function localToday(now: Date = new Date()): number {
  return daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
