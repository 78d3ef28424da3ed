import { CsvParser } from './CsvParser.ts';
import { CsvError } from './csvError.ts';
import type { Delimiter } from './types.ts';

const STOP = Symbol('enough rows');

/**
 * Parses decoded text with the same CsvParser as the import (so the preview shows exactly what
 * will be imported) and returns at most `maxRows` records as strings; blank lines are skipped. An
 * unterminated quoted field at the end of `text` (e.g. a sample cut short) is dropped, not thrown;
 * a record over the limits (limits.ts) throws its located CsvError, as it would on import.
 * Given `lines`, the 1-based line of each record returned is pushed onto it.
 */
export function parseRows(text: string, delimiter: Delimiter, maxRows: number, lines?: number[]): string[][] {
  const { rows, error } = parseRowsUntil(text, delimiter, maxRows, lines);
  if (error) throw error;
  return rows;
}

/**
 * parseRows that hands back the records before a record over the limits together with its
 * CsvError, instead of throwing (the delimiter vote weighs the lines it could read).
 */
export function parseRowsUntil(
  text: string,
  delimiter: Delimiter,
  maxRows: number,
  lines?: number[],
): { rows: string[][]; error?: CsvError } {
  const rows: string[][] = [];
  if (maxRows <= 0) return { rows };
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const parser = new CsvParser(delimiter, {
    record(buf, starts, ends, count, line) {
      const row = new Array<string>(count);
      for (let i = 0; i < count; i++) row[i] = utf8.decode(buf.subarray(starts[i], ends[i]));
      rows.push(row);
      lines?.push(line);
      if (rows.length >= maxRows) throw STOP;
    },
  });
  try {
    parser.push(new TextEncoder().encode(text));
    parser.end();
  } catch (e) {
    if (e === STOP || (e instanceof CsvError && e.code === 'csv.unterminated')) return { rows };
    if (e instanceof CsvError) return { rows, error: e };
    throw e;
  }
  return { rows };
}
