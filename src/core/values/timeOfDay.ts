// The optional time that follows a date, read from UTF-8 bytes without allocating.

const SPACE = 0x20;
const TAB = 0x09;
const COLON = 0x3a;
const DOT = 0x2e;
const COMMA = 0x2c;
const PLUS = 0x2b;
const MINUS = 0x2d;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Upper-cases an ASCII letter code (other codes unchanged). */
function upper(c: number): number {
  return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
}

/** Value of the two ASCII digits at i and i + 1, or -1. */
function two(buf: Uint8Array, i: number, end: number): number {
  if (i + 1 >= end || !isDigit(buf[i]) || !isDigit(buf[i + 1])) return -1;
  return (buf[i] - 0x30) * 10 + (buf[i + 1] - 0x30);
}

/**
 * Reads the time of day in bytes [i, end) that follows a date, and returns milliseconds since
 * midnight (0 when the range is empty), or NaN when it is not a valid time.
 *
 * Accepted: `T` or spaces (or nothing when `sepOptional`), then `H:MM`, `H:MM:SS`, `HHMM` or
 * `HHMMSS`, optionally followed by a fraction of a second (`.123`, ignored: whole seconds are kept),
 * optional `AM`/`PM` (`a.m.` too; hour 1..12, 12 AM = 00), and an optional zone `Z`, `UTC`, `GMT`,
 * `±hh`, `±hhmm`, `±hh:mm` that is ignored (times are naive local times). Hours 0..23, minutes and
 * seconds 0..59.
 */
export function parseTimeOfDay(buf: Uint8Array, i: number, end: number, sepOptional = false): number {
  if (i >= end) return 0;
  const c0 = buf[i];
  if (c0 === 0x54 || c0 === 0x74)
    i++; // T or t
  else if (isSpace(c0)) while (i < end && isSpace(buf[i])) i++;
  else if (!sepOptional) return NaN;

  let n = 0; // digits of the hour field
  while (i + n < end && isDigit(buf[i + n])) n++;
  let h: number;
  let mi: number;
  let s = 0;
  let hasSeconds = false;
  if (n === 1 || n === 2) {
    h = n === 1 ? buf[i] - 0x30 : two(buf, i, end);
    i += n;
    if (i >= end || buf[i] !== COLON) return NaN;
    mi = two(buf, i + 1, end);
    if (mi < 0) return NaN;
    i += 3;
    if (i < end && buf[i] === COLON) {
      s = two(buf, i + 1, end);
      if (s < 0) return NaN;
      i += 3;
      hasSeconds = true;
    }
  } else if (n === 4 || n === 6) {
    h = two(buf, i, end);
    mi = two(buf, i + 2, end);
    if (n === 6) s = two(buf, i + 4, end);
    hasSeconds = n === 6;
    i += n;
  } else return NaN;
  if (hasSeconds && i < end && (buf[i] === DOT || buf[i] === COMMA)) {
    // A fraction of a second (only after seconds): skipped.
    if (i + 1 >= end || !isDigit(buf[i + 1])) return NaN;
    i++;
    while (i < end && isDigit(buf[i])) i++;
  }
  while (i < end && isSpace(buf[i])) i++;

  // AM / PM (also a.m. / p.m.).
  if (i < end) {
    const a = upper(buf[i]);
    if (a === 0x41 || a === 0x50) {
      let j = i + 1;
      if (j < end && buf[j] === DOT) j++;
      if (j < end && upper(buf[j]) === 0x4d) {
        j++;
        if (j < end && buf[j] === DOT) j++;
        if (h < 1 || h > 12) return NaN;
        h = (h % 12) + (a === 0x50 ? 12 : 0);
        i = j;
        while (i < end && isSpace(buf[i])) i++;
      }
    }
  }

  // Zone, ignored.
  if (i < end) {
    const z = upper(buf[i]);
    if (z === 0x5a)
      i++; // Z
    else if (
      i + 2 < end &&
      ((z === 0x55 && upper(buf[i + 1]) === 0x54 && upper(buf[i + 2]) === 0x43) || // UTC
        (z === 0x47 && upper(buf[i + 1]) === 0x4d && upper(buf[i + 2]) === 0x54)) // GMT
    ) {
      i += 3;
    }
    if (i < end && (buf[i] === PLUS || buf[i] === MINUS)) {
      if (two(buf, i + 1, end) < 0) return NaN;
      i += 3;
      if (i < end && buf[i] === COLON) i++;
      if (i < end && isDigit(buf[i])) {
        if (two(buf, i, end) < 0) return NaN;
        i += 2;
      }
    }
    while (i < end && isSpace(buf[i])) i++;
  }
  if (i !== end) return NaN;
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return NaN;
  return h * 3_600_000 + mi * 60_000 + s * 1000;
}
