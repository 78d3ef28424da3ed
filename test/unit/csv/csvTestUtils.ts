// Shared helpers for the CSV tests (not a test file itself).
import { CsvParser } from '../../../src/core/csv/CsvParser.ts';
import { CsvError } from '../../../src/core/csv/csvError.ts';
import type { Delimiter } from '../../../src/core/csv/types.ts';
import { rng } from '../rng.ts';

export { rng };

/** One parsed record: the line it starts on and its fields as strings. */
export type Rec = [line: number, fields: string[]];

/** What parsing produced: the records, and the CsvError if one was thrown (anything else propagates). */
export interface Parsed {
  records: Rec[];
  error?: { message: string; line: number; column?: number };
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** UTF-8 bytes of a string. */
export const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Splits bytes into consecutive chunks of the given sizes (cycled); each chunk is a fresh copy. */
export function chunksOf(bytes: Uint8Array, sizes: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const size = sizes[k % sizes.length];
    out.push(bytes.slice(i, i + size));
    i += size;
  }
  return out;
}

/** Random chunk sizes in 1..max. */
export function randomSizes(random: () => number, max: number, count = 64): number[] {
  return Array.from({ length: count }, () => 1 + Math.floor(random() * max));
}

/**
 * Parses the chunks with a CsvParser and collects the records, checking the sink contract on the
 * way (offsets inside buf, start <= end). With `scribble`, each chunk is overwritten with garbage
 * right after push(), as a reader reusing its buffer would: the parser must have copied what it keeps.
 */
export function parseChunks(delimiter: Delimiter, chunks: Uint8Array[], scribble = false): Parsed {
  const records: Rec[] = [];
  const parser = new CsvParser(delimiter, {
    record(buf, starts, ends, count, line) {
      const fields: string[] = [];
      for (let i = 0; i < count; i++) {
        if (!(starts[i] >= 0 && starts[i] <= ends[i] && ends[i] <= buf.length)) {
          throw new Error(`bad offsets ${starts[i]}..${ends[i]} in a buffer of ${buf.length}`);
        }
        fields.push(utf8.decode(buf.subarray(starts[i], ends[i])));
      }
      records.push([line, fields]);
    },
  });
  try {
    for (const c of chunks) {
      parser.push(c);
      if (scribble) c.fill(0x2c);
    }
    parser.end();
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    return { records, error: { message: e.message, line: e.line, column: e.column } };
  }
  if (parser.records !== records.length) throw new Error('records counter is off');
  return { records };
}

/** Parses a whole string in one push. */
export const parseText = (text: string | Uint8Array, delimiter: Delimiter = ','): Parsed =>
  parseChunks(delimiter, [typeof text === 'string' ? bytesOf(text) : text]);
