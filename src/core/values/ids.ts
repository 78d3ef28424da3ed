// Customer (and invoice) ids: trimmed, unquoted, and spreadsheet ".0" suffixes removed.

const QUOTE = 0x22;
const APOS = 0x27;
const DOT = 0x2e;
const ZERO = 0x30;

/** Bytes of an ASCII space or control-space, NBSP (C2 A0) or ideographic space (E3 80 80) starting at i, else 0. */
function spaceAt(buf: Uint8Array, i: number, end: number): number {
  const b = buf[i];
  if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) return 1;
  if (b === 0xc2 && i + 1 < end && buf[i + 1] === 0xa0) return 2;
  if (b === 0xe3 && i + 2 < end && buf[i + 1] === 0x80 && buf[i + 2] === 0x80) return 3;
  return 0;
}

/** Bytes of such a space ending just before `end` (at or after `start`), else 0. */
function spaceBefore(buf: Uint8Array, start: number, end: number): number {
  const b = buf[end - 1];
  if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) return 1;
  if (b === 0xa0 && end - 2 >= start && buf[end - 2] === 0xc2) return 2;
  if (b === 0x80 && end - 3 >= start && buf[end - 3] === 0xe3 && buf[end - 2] === 0x80) return 3;
  return 0;
}

// The result of normaliseIdBytes: one scratch array reused by every call (no allocation).
const range = new Int32Array(2);

/** Writes [start, end) without the spaces at either end into `range`. */
function trim(buf: Uint8Array, start: number, end: number): void {
  let k = 0;
  while (start < end && (k = spaceAt(buf, start, end)) > 0) start += k;
  while (end > start && (k = spaceBefore(buf, start, end)) > 0) end -= k;
  range[0] = start;
  range[1] = end;
}

/**
 * Normalises the id in bytes [start, end) of `buf` (UTF-8) as a narrower byte range, returned as
 * [start, end) in a scratch Int32Array that the next call overwrites (read it at once:
 * `const [s, e] = normaliseIdBytes(...)`). Trims ASCII whitespace, NBSP and U+3000, strips one
 * pair of surrounding quotes ("…" or '…') and trims again, then drops a `.0`, `.00`… suffix of an
 * all-digit id (17850.0 → 17850, 007.0 → 007). Leading zeros stay; an id in Excel scientific
 * notation (1.23457E+15) stays as it is: its lost digits cannot be recovered. start === end: no id.
 */
export function normaliseIdBytes(buf: Uint8Array, start: number, end: number): Int32Array {
  trim(buf, start, end);
  let s = range[0];
  let e = range[1];
  if (e - s >= 2 && (buf[s] === QUOTE || buf[s] === APOS) && buf[e - 1] === buf[s]) {
    trim(buf, s + 1, e - 1);
    s = range[0];
    e = range[1];
  }
  let k = e - 1;
  while (k > s && buf[k] === ZERO) k--;
  if (k < e - 1 && k > s && buf[k] === DOT) {
    let j = s;
    while (j < k && buf[j] >= 0x30 && buf[j] <= 0x39) j++;
    if (j === k) e = k;
  }
  range[0] = s;
  range[1] = e;
  return range;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The range of the id normaliseIdNfc returned (overwritten by the next call). */
export const idRange = range;

/**
 * normaliseIdBytes, then Unicode NFC, so that ids typed with precomposed or combining accents
 * ("Müller" as U+00FC or as u + U+0308) are one customer. Returns the bytes holding the id, with
 * its [start, end) in `idRange`: `buf` itself for an id already in NFC (every ASCII id, checked
 * without decoding), else a new array holding the NFC bytes.
 */
export function normaliseIdNfc(buf: Uint8Array, start: number, end: number): Uint8Array {
  normaliseIdBytes(buf, start, end);
  const s = range[0];
  const e = range[1];
  let i = s;
  while (i < e && buf[i] < 0x80) i++;
  if (i === e) return buf;
  const text = decoder.decode(buf.subarray(s, e));
  const nfc = text.normalize('NFC');
  if (nfc === text) return buf;
  const bytes = encoder.encode(nfc);
  range[0] = 0;
  range[1] = bytes.length;
  return bytes;
}

/** normaliseIdBytes and NFC on a string: the normalised id text ('' for a blank id). */
export function normaliseId(s: string): string {
  const bytes = encoder.encode(s);
  const out = normaliseIdNfc(bytes, 0, bytes.length);
  return decoder.decode(out.subarray(range[0], range[1]));
}
