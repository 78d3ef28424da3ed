import type { EncodingName } from './types.ts';

/** Bytes of the head looked at by the NUL-byte (UTF-16 without BOM) test. */
const NUL_WINDOW = 4096;

/** What detectEncoding found: the encoding, the length of its BOM (0 if none) and why. */
export interface EncodingGuess {
  encoding: EncodingName;
  bom: number;
  reason: string;
  /**
   * Set when the head is not valid UTF-8: how many byte sequences are not UTF-8, how many
   * multi-byte UTF-8 characters it holds, and the 1-based line and byte value of the first bad one.
   * With it, 'gb18030' is a fallback and 'utf-8' a file that is UTF-8 but for a few bytes.
   */
  invalid?: { count: number; valid: number; line: number; byte: number };
}

/**
 * A head that is not valid UTF-8 is still read as UTF-8 when its bad sequences are few: at most
 * one per 10 valid multi-byte characters, or at most one per 100 lines (a few Windows-1252 rows in
 * a UTF-8 or ASCII file). Otherwise it is read as GBK/GB18030, with a notice.
 */
const VALID_PER_BAD = 10;
const LINES_PER_BAD = 100;

/**
 * Guesses the encoding from the head of a file. A BOM wins (EF BB BF UTF-8, FF FE UTF-16LE,
 * FE FF UTF-16BE); without one, NUL bytes mostly at odd (even) positions mean UTF-16LE (BE); else
 * a head that is valid UTF-8 (an incomplete sequence at its very end is ignored) is UTF-8, pure
 * ASCII included; anything else is taken as GB18030 (a superset of GBK and GB2312).
 */
export function detectEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', bom: 3, reason: 'UTF-8 byte order mark' };
  }
  if (head[0] === 0xff && head[1] === 0xfe)
    return { encoding: 'utf-16le', bom: 2, reason: 'UTF-16 LE byte order mark' };
  if (head[0] === 0xfe && head[1] === 0xff)
    return { encoding: 'utf-16be', bom: 2, reason: 'UTF-16 BE byte order mark' };
  const utf16 = utf16ByNuls(head);
  if (utf16)
    return { encoding: utf16, bom: 0, reason: `NUL bytes at every ${utf16 === 'utf-16le' ? 'odd' : 'even'} position` };
  const bad = firstInvalidUtf8(head);
  if (bad < 0) return { encoding: 'utf-8', bom: 0, reason: 'valid UTF-8' };
  const stats = utf8Stats(head);
  const line = lineAt(head, bad);
  const byte = head[bad];
  const hex = `0x${byte.toString(16).toUpperCase()}`;
  const invalid = { count: stats.bad, valid: stats.valid, line, byte };
  if (stats.bad * VALID_PER_BAD <= stats.valid || stats.bad * LINES_PER_BAD <= stats.lines) {
    return {
      encoding: 'utf-8',
      bom: 0,
      reason: `UTF-8 but for ${stats.bad} byte ${stats.bad === 1 ? 'sequence' : 'sequences'} (the first on line ${line}, ${hex})`,
      invalid,
    };
  }
  return {
    encoding: 'gb18030',
    bom: 0,
    reason: `not valid UTF-8 (line ${line}, byte ${bad + 1} is ${hex}; ${stats.bad} such places); assuming Chinese GBK/GB18030`,
    invalid,
  };
}

/** 1-based line of byte `at` (LF, CRLF and lone CR line ends). */
function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 10) line++;
    else if (bytes[i] === 13 && bytes[i + 1] !== 10) line++;
  }
  return line;
}

/**
 * Counts the valid multi-byte UTF-8 characters, the places that are not UTF-8 (each bad lead byte
 * or broken sequence once; a sequence cut short by the end is not counted) and the lines.
 */
function utf8Stats(bytes: Uint8Array): { valid: number; bad: number; lines: number } {
  let valid = 0;
  let bad = 0;
  let lines = 1;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const at = firstInvalidUtf8(bytes.subarray(i));
    const end = at < 0 ? n : i + at;
    for (let k = i; k < end; k++) {
      const b = bytes[k];
      if (b >= 0xc2 && b <= 0xf4) valid++;
      else if (b === 10) lines++;
    }
    if (at < 0) break;
    bad++;
    i = end + 1;
    while (i < n && bytes[i] >= 0x80 && bytes[i] <= 0xbf) i++; // the rest of the broken sequence
  }
  return { valid, bad, lines };
}

/** 'utf-16le' / 'utf-16be' when at least a third of the byte pairs have a NUL on one side only. */
function utf16ByNuls(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, NUL_WINDOW) & ~1;
  if (n < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs / 3 && even <= odd / 10) return 'utf-16le';
  if (even >= pairs / 3 && odd <= even / 10) return 'utf-16be';
  return null;
}

/**
 * Index of the first byte that makes `bytes` invalid UTF-8 (overlongs, surrogates and code points
 * above U+10FFFF included), or -1. A sequence cut short by the end of `bytes` is not an error.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return -1; // incomplete final sequence
      const t = bytes[i + k];
      if (t < (k === 1 ? lo : 0x80) || t > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Streaming converter to UTF-8: call it with each chunk of the file (`last` on the final call, which
 * may pass an empty chunk). UTF-8 is passed through without decoding, minus the first `bom` bytes
 * of the stream; other encodings go through TextDecoder and TextEncoder. Non-UTF-8 input is always
 * transcoded so that no byte of a multi-byte character (a GBK trail byte can be 0x7C '|') can be
 * taken for a delimiter. Undecodable bytes become U+FFFD (the importer counts them); the result is
 * the same for every chunking.
 *
 * GB18030 is not decoded in TextDecoder's stream mode: Node's (ICU's) streaming decoder throws a
 * TypeError on some invalid sequences split between chunks. Instead each chunk is decoded up to and
 * including its last byte below 0x30 (no such byte is ever part of a GB18030 multi-byte character,
 * so the decoder's state is clean there) and the rest is carried over to the next chunk.
 */
export function createUtf8Transcoder(
  encoding: EncodingName,
  bom: number,
): (chunk: Uint8Array, last: boolean) => Uint8Array {
  let skip = bom;
  const dropBom = (chunk: Uint8Array): Uint8Array => {
    if (skip === 0) return chunk;
    const k = Math.min(skip, chunk.length);
    skip -= k;
    return chunk.subarray(k);
  };
  if (encoding === 'utf-8') return (chunk) => dropBom(chunk);
  const encoder = new TextEncoder();
  if (encoding === 'gb18030') {
    const decoder = new TextDecoder('gb18030', { ignoreBOM: true });
    let carry: Uint8Array[] = [];
    let carried = 0;
    return (chunk, last) => {
      chunk = dropBom(chunk);
      let cut = chunk.length;
      if (!last) {
        while (cut > 0 && chunk[cut - 1] >= 0x30) cut--;
        if (cut === 0) {
          if (chunk.length > 0) carry.push(chunk.slice());
          carried += chunk.length;
          return new Uint8Array(0);
        }
      }
      let head = chunk.subarray(0, cut);
      if (carried > 0) {
        const joined = new Uint8Array(carried + cut);
        let at = 0;
        for (const c of carry) {
          joined.set(c, at);
          at += c.length;
        }
        joined.set(head, at);
        head = joined;
      }
      carry = cut < chunk.length ? [chunk.slice(cut)] : [];
      carried = chunk.length - cut;
      return encoder.encode(decoder.decode(head));
    };
  }
  // The BOM is dropped here, so the decoder must not drop a second U+FEFF.
  const decoder = new TextDecoder(encoding, { ignoreBOM: bom > 0 });
  return (chunk, last) => encoder.encode(decoder.decode(dropBom(chunk), { stream: !last }));
}

/** The kinds of binary file recognised by their first bytes, with what to tell the user. */
export const BINARY_KINDS = {
  xlsx: 'this looks like an Excel .xlsx file (a ZIP archive), not a CSV: save it as CSV first',
  xls: 'this looks like a legacy Excel .xls file, not a CSV: save it as CSV first',
  gzip: 'this is a gzip-compressed file, not a CSV: decompress it first',
  pdf: 'this is a PDF file, not a CSV',
  nul: 'the file contains NUL bytes: it is binary, not a CSV text file',
} as const;

/**
 * Which kind of binary file `head` starts, or null for text: an .xlsx (ZIP) or legacy .xls (OLE2)
 * workbook, a gzip/PDF file, or NUL bytes in a file that is not UTF-16.
 */
export function binaryKind(head: Uint8Array): keyof typeof BINARY_KINDS | null {
  const starts = (...sig: number[]) => sig.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'xls';
  if (starts(0x1f, 0x8b)) return 'gzip';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  const enc = detectEncoding(head).encoding;
  if (enc !== 'utf-16le' && enc !== 'utf-16be' && head.includes(0)) return 'nul';
  return null;
}

/** Why `head` is not a text file at all (see binaryKind), or null. */
export function isLikelyBinary(head: Uint8Array): string | null {
  const kind = binaryKind(head);
  return kind && BINARY_KINDS[kind];
}
