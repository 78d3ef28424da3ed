// Number parsing on UTF-8 bytes, the import's hot path. Plain `-?\d+(\.\d+)?` is read without
// allocating; everything else (currency, grouping, parentheses, full width...) by a slower scan
// that allocates only for more than 15 significant digits or exponents beyond ±22.
import type { NumberFormat } from './numberFormat.ts';

const SPACE = 0x20;
const TAB = 0x09;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const COMMA = 0x2c;
const APOS = 0x27;
const LPAREN = 0x28;
const RPAREN = 0x29;
/** Logical code for any currency sign ($ £ ¥ ￥ € 元 ＄). */
const CUR = 0x01;
/** Logical code for a character a number never contains. */
const BAD = 0x00;

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
];

/** Byte length of the character decoded by the last call of charAt (module scratch, no allocation). */
let clen = 1;

/**
 * The character at byte i as a logical ASCII code: full-width digits and signs become ASCII,
 * NBSP, U+202F, U+2009 and U+3000 become a space, ’ an apostrophe, currency signs CUR; else BAD.
 */
function charAt(buf: Uint8Array, i: number, end: number): number {
  const b = buf[i];
  clen = 1;
  if (b < 0x80) return b === 0x24 ? CUR : b === TAB ? SPACE : b;
  if (b === 0xc2 && i + 1 < end) {
    clen = 2;
    const b1 = buf[i + 1];
    return b1 === 0xa0 ? SPACE : b1 === 0xa3 || b1 === 0xa5 ? CUR : BAD;
  }
  if (i + 2 >= end) return BAD;
  clen = 3;
  const b1 = buf[i + 1];
  const b2 = buf[i + 2];
  if (b === 0xef && b1 === 0xbc) {
    if (b2 >= 0x90 && b2 <= 0x99) return b2 - 0x60; // ０..９ (U+FF10..FF19)
    if (b2 >= 0x84 && b2 <= 0x8e) {
      // U+FF04..FF0E: ＄ ％ ＆ ＇ （ ） ＊ ＋ ， － ．
      const c = b2 - 0x60;
      return c === 0x24 ? CUR : c === 0x25 || c === 0x26 || c === 0x2a ? BAD : c;
    }
    return BAD;
  }
  if (b === 0xef && b1 === 0xbf && b2 === 0xa5) return CUR; // ￥
  if (b === 0xe2) {
    if (b1 === 0x80 && (b2 === 0xaf || b2 === 0x89)) return SPACE; // U+202F, U+2009
    if (b1 === 0x80 && b2 === 0x99) return APOS; // ’
    if (b1 === 0x82 && b2 === 0xac) return CUR; // €
    if (b1 === 0x88 && b2 === 0x92) return MINUS; // − U+2212
    return BAD;
  }
  if (b === 0xe3 && b1 === 0x80 && b2 === 0x80) return SPACE; // U+3000
  if (b === 0xe5 && b1 === 0x85 && b2 === 0x83) return CUR; // 元
  return BAD;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Currency codes accepted before or after a number (any letter case). */
const CODES = ['USD', 'US$', 'RMB', 'CNY', 'EUR', 'GBP', 'JPY', 'HKD', 'HK$'];

/** 3 when a currency code starts at byte i, else 0. */
function codeAt(buf: Uint8Array, i: number, end: number): number {
  if (i + 2 >= end) return 0;
  const a = buf[i] & 0xdf;
  const b = buf[i + 1] & 0xdf;
  const c = buf[i + 2] === 0x24 ? 0x24 : buf[i + 2] & 0xdf;
  for (const code of CODES) {
    if (code.charCodeAt(0) === a && code.charCodeAt(1) === b && code.charCodeAt(2) === c) return 3;
  }
  return 0;
}

/** Normalised ASCII of the number for the rare fallback to Number(). */
const NORM = new Uint8Array(256);

function slowParse(buf: Uint8Array, i: number, end: number, dec: number): number {
  const group = dec === DOT ? COMMA : DOT;
  let neg = false;
  let sign = false;
  let paren = false;
  let cur = false;
  let c = 0;

  // Prefix: spaces, one sign, one "(", one currency sign or code, in any order.
  for (;;) {
    if (i >= end) return NaN;
    c = charAt(buf, i, end);
    if (c === SPACE) i += clen;
    else if ((c === PLUS || c === MINUS) && !sign) {
      sign = true;
      neg = c === MINUS;
      i += clen;
    } else if (c === LPAREN && !paren) {
      paren = true;
      i += clen;
    } else if (c === CUR && !cur) {
      cur = true;
      i += clen;
    } else if (isLetter(c) && !cur && codeAt(buf, i, end) > 0) {
      cur = true;
      i += 3;
    } else break;
  }
  if (sign && paren) return NaN;

  // Integer part, with validated thousands groups.
  let m = 0; // all digits as an integer (exact while nd <= 15)
  let nd = 0; // significant digits
  let any = false;
  let n = 0; // length in NORM
  let groupSep = 0;
  let groupLen = 0;
  let groups = 0;
  let saw2 = false;
  let saw3 = false;
  while (i < end) {
    c = charAt(buf, i, end);
    if (isDigit(c)) {
      any = true;
      if (nd > 0 || c !== 0x30) nd++;
      m = m * 10 + (c - 0x30);
      if (n < NORM.length) NORM[n++] = c;
      groupLen++;
      i += clen;
      continue;
    }
    if ((c === group || c === SPACE || c === APOS) && groupLen > 0) {
      const len = clen;
      if (i + len < end && isDigit(charAt(buf, i + len, end))) {
        if (groups === 0) {
          if (groupLen > 3) return NaN;
          groupSep = c;
        } else if (c !== groupSep) return NaN;
        else if (groupLen === 2) saw2 = true;
        else if (groupLen === 3) saw3 = true;
        else return NaN;
        groups++;
        groupLen = 0;
        i += len;
        continue;
      }
      clen = len;
    }
    break;
  }
  if (groups > 0 && (groupLen !== 3 || (saw2 && saw3))) return NaN;

  // Fraction.
  let frac = 0;
  if (i < end && c === dec) {
    i += clen;
    if (n < NORM.length) NORM[n++] = DOT;
    while (i < end) {
      c = charAt(buf, i, end);
      if (!isDigit(c)) break;
      any = true;
      if (nd > 0 || c !== 0x30) nd++;
      m = m * 10 + (c - 0x30);
      if (n < NORM.length) NORM[n++] = c;
      frac++;
      i += clen;
    }
  }
  if (!any) return NaN;

  // Exponent: e or E, optional sign, digits.
  let ex = 0;
  if (i < end && (c === 0x65 || c === 0x45)) {
    let j = i + 1;
    let exNeg = false;
    if (j < end && (buf[j] === PLUS || buf[j] === MINUS)) exNeg = buf[j++] === MINUS;
    if (j < end && isDigit(buf[j])) {
      if (n < NORM.length) NORM[n++] = 0x65;
      if (exNeg && n < NORM.length) NORM[n++] = MINUS;
      while (j < end && isDigit(buf[j])) {
        if (ex < 100_000) ex = ex * 10 + (buf[j] - 0x30);
        if (n < NORM.length) NORM[n++] = buf[j];
        j++;
      }
      if (exNeg) ex = -ex;
      i = j;
    }
  }

  // Suffix: spaces, one currency sign or code, a trailing minus, the closing ")".
  let closed = false;
  while (i < end) {
    c = charAt(buf, i, end);
    if (c === SPACE) i += clen;
    else if (c === CUR && !cur) {
      cur = true;
      i += clen;
    } else if (isLetter(c) && !cur && codeAt(buf, i, end) > 0) {
      cur = true;
      i += 3;
    } else if (c === MINUS && !sign && !paren) {
      sign = true;
      neg = true;
      i += clen;
    } else if (c === RPAREN && paren && !closed) {
      closed = true;
      i += clen;
    } else return NaN;
  }
  if (paren !== closed) return NaN;
  if (paren) neg = true;

  const e10 = ex - frac;
  let v: number;
  if (m === 0) v = 0;
  else if (nd <= 15 && e10 >= -22 && e10 <= 22) v = e10 < 0 ? m / POW10[-e10] : m * POW10[e10];
  else if (n >= NORM.length) return NaN;
  else v = Number(String.fromCharCode(...NORM.subarray(0, n)));
  if (!Number.isFinite(v)) return NaN;
  return neg && v !== 0 ? -v : v;
}

/**
 * The number in bytes [start, end) of `buf` (UTF-8), a plain number in the unit of the field;
 * NaN when it is not a number. Accepted around the digits: spaces, a leading `+`/`-`, a trailing
 * minus (`12.50-`), parentheses for negatives (`(12.50)`), one currency sign or code before or
 * after (£ $ ¥ ￥ € 元 ＄, USD US$ RMB CNY EUR GBP JPY HKD HK$), an exponent (`1e3`), full-width
 * digits and signs. Thousands separators (the non-decimal of '.'/',', spaces, NBSP, U+202F,
 * apostrophes) must group by 3 (or Indian 2s then 3): `12,5` with decimal '.' is NaN.
 * Rejected: `%`, NaN, Infinity, null, `-`, empty. Allocates nothing for up to 15 significant digits.
 */
export function parseNumberBytes(buf: Uint8Array, start: number, end: number, format: NumberFormat): number {
  const dec = format.decimal === ',' ? COMMA : DOT;
  while (start < end && buf[start] === SPACE) start++;
  while (end > start && buf[end - 1] === SPACE) end--;
  // Fast path: -?\d{1,15}(dec\d+)? with at most 15 digits in all.
  let i = start;
  const neg = i < end && buf[i] === MINUS;
  if (neg) i++;
  const d0 = i;
  let m = 0;
  while (i < end) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) break;
    m = m * 10 + d;
    i++;
  }
  const nInt = i - d0;
  if (nInt > 0 && nInt <= 15) {
    if (i === end) return neg && m !== 0 ? -m : m;
    if (buf[i] === dec) {
      const f0 = ++i;
      while (i < end) {
        const d = buf[i] - 0x30;
        if (d < 0 || d > 9) break;
        m = m * 10 + d;
        i++;
      }
      const nFrac = i - f0;
      if (i === end && nFrac > 0 && nInt + nFrac <= 15) {
        const v = m / POW10[nFrac];
        return neg && v !== 0 ? -v : v;
      }
    }
  }
  return slowParse(buf, start, end, dec);
}

const encoder = new TextEncoder();

/** parseNumberBytes on a string: the number in the field's unit, or NaN. */
export function parseNumber(s: string, format: NumberFormat): number {
  const bytes = encoder.encode(s);
  return parseNumberBytes(bytes, 0, bytes.length, format);
}

/** True when `s` parses as a number with `format`, or, without a format, with either decimal separator. */
export function looksLikeNumber(s: string, format?: NumberFormat): boolean {
  if (format) return !Number.isNaN(parseNumber(s, format));
  return !Number.isNaN(parseNumber(s, { decimal: '.' })) || !Number.isNaN(parseNumber(s, { decimal: ',' }));
}
