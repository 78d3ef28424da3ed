// Bounded work on hostile files (issue 14): every case of the hostile corpus either fails with its
// located CsvError as soon as a limit is passed, or parses; in both the parser's buffers stay
// within the limits, and the bytes it needed to see stay within the limit plus one chunk.
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../../src/core/csv/CsvParser.ts';
import { CsvError } from '../../../src/core/csv/csvError.ts';
import { detectDelimiter } from '../../../src/core/csv/dialect.ts';
import { MAX_COLUMNS, MAX_FIELD_BYTES, MAX_RECORD_BYTES } from '../../../src/core/csv/limits.ts';
import { parseRows } from '../../../src/core/csv/parseRows.ts';
import type { Delimiter } from '../../../src/core/csv/types.ts';
import { hostileCases } from '../../fixtures/hostile/makeHostile.ts';
import { bytesOf, chunksOf } from './csvTestUtils.ts';

/** The parser's buffers at most: one record at the limit and offsets for MAX_COLUMNS fields. */
const BUFFER_BOUND = MAX_RECORD_BYTES + 2 * 4 * MAX_COLUMNS;
const MB = 1 << 20;

interface Outcome {
  records: number;
  error?: { code: string; line: number; column?: number; params: Record<string, unknown> };
  /** Bytes pushed when the parse stopped (all of them without an error). */
  pushed: number;
  /** The largest `bufferBytes` seen after any push. */
  buffer: number;
}

/** Parses chunks (re-cut to `size` bytes when given) and reports what happened. */
function run(chunks: Iterable<Uint8Array>, delimiter: Delimiter = ',', size?: number): Outcome {
  const out: Outcome = { records: 0, pushed: 0, buffer: 0 };
  const parser = new CsvParser(delimiter, { record: () => void out.records++ });
  try {
    for (const chunk of chunks) {
      for (let i = 0; i < chunk.length; i += size ?? chunk.length) {
        const part = chunk.subarray(i, size ? i + size : chunk.length);
        out.pushed += part.length;
        parser.push(part);
        out.buffer = Math.max(out.buffer, parser.bufferBytes);
      }
    }
    parser.end();
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    out.error = { code: e.code, line: e.line, column: e.column, params: e.params };
  }
  out.buffer = Math.max(out.buffer, parser.bufferBytes);
  return out;
}

describe('the hostile corpus through CsvParser', () => {
  // 1 MiB chunks as generated, and 64 KiB chunks (the browser's file stream): same outcome.
  for (const c of hostileCases()) {
    for (const size of [undefined, 65_536]) {
      it(`${c.name} (${c.what}), chunks of ${size ?? 'about 1 MiB'}`, () => {
        const r = run(c.chunks(), ',', size);
        expect(r.buffer).toBeLessThanOrEqual(BUFFER_BOUND);
        if ('code' in c.expect) {
          expect(r.error).toMatchObject({ code: c.expect.code, line: c.expect.line, column: c.expect.column });
          // It stopped within the limit plus a chunk of where the file went wrong (not after 100 MB).
          expect(r.pushed).toBeLessThanOrEqual(2 * MB + MAX_RECORD_BYTES);
        } else {
          expect(r.error).toBeUndefined();
          expect(r.records).toBe(c.expect.rows);
          expect(r.pushed).toBe(c.bytes);
        }
      });
    }
  }
});

describe('the limits are exact and the same for every chunking', () => {
  const field = (n: number, quoted = false) => (quoted ? `"${'q'.repeat(n)}"` : 'u'.repeat(n));
  const fields = (n: number) => Array.from({ length: n }, () => 'f').join(',');
  // [name, delimiter, text, expected error (code, line, column) or the record count]
  const cases: [string, Delimiter, string, { code: string; line: number; column: number } | number][] = [
    ['a field of exactly MAX_FIELD_BYTES', ',', `a,b\n1,${field(MAX_FIELD_BYTES)}\n`, 2],
    [
      'a field one byte over',
      ',',
      `a,b\n1,${field(MAX_FIELD_BYTES + 1)}\n`,
      { code: 'csv.fieldTooLong', line: 2, column: 2 },
    ],
    ['a quoted field of exactly MAX_FIELD_BYTES', ',', `a,b\n1,${field(MAX_FIELD_BYTES, true)}\n`, 2],
    [
      'a quoted field one byte over, after a line break in the record',
      ',',
      `a,b\n"x\ny",${field(MAX_FIELD_BYTES + 1, true)}\n`,
      { code: 'csv.quoteTooLong', line: 3, column: 2 },
    ],
    [
      'text after a closing quote making the field too long',
      ',',
      `a,b\n1,"q"${'t'.repeat(MAX_FIELD_BYTES)}\n`,
      { code: 'csv.fieldTooLong', line: 2, column: 2 },
    ],
    ['"" escapes counted once each', ',', `a\n"${'""'.repeat(MAX_FIELD_BYTES)}"\n`, 2],
    [
      'a field one byte over, whitespace-delimited',
      'whitespace',
      `a b\n  1   ${field(MAX_FIELD_BYTES + 1)}  \n`,
      { code: 'csv.fieldTooLong', line: 2, column: 2 },
    ],
    ['a line of 1,000,000 spaces, whitespace-delimited', 'whitespace', `a b\n${' '.repeat(1_000_000)}\n1 2\n`, 2],
    [
      'a line of 1,000,000 semicolons',
      ';',
      `a;b\n${';'.repeat(1_000_000)}\n`,
      { code: 'csv.tooManyColumns', line: 2, column: MAX_COLUMNS + 1 },
    ],
    ['exactly MAX_COLUMNS fields', ',', `${fields(MAX_COLUMNS)}\n${fields(MAX_COLUMNS)}`, 2],
    [
      'one field more',
      ',',
      `${fields(MAX_COLUMNS)}\n${fields(MAX_COLUMNS + 1)}\n`,
      { code: 'csv.tooManyColumns', line: 2, column: MAX_COLUMNS + 1 },
    ],
    [
      'one field more, whitespace-delimited',
      'whitespace',
      `a\n${fields(MAX_COLUMNS + 1).replaceAll(',', '  ')}\n`,
      { code: 'csv.tooManyColumns', line: 2, column: MAX_COLUMNS + 1 },
    ],
    [
      'a record of MAX_RECORD_BYTES in 2,048 fields',
      ',',
      `h\n${Array.from({ length: 2048 }, () => field(MAX_RECORD_BYTES / 2048)).join(',')}\n`,
      2,
    ],
    [
      'a record one byte over',
      ',',
      `h\n${Array.from({ length: 2048 }, () => field(MAX_RECORD_BYTES / 2048)).join(',')}x\n`,
      { code: 'csv.recordTooLong', line: 2, column: 2048 },
    ],
  ];
  for (const [name, delimiter, text, expected] of cases) {
    it(name, () => {
      const bytes = bytesOf(text);
      for (const sizes of [[bytes.length], [65_536], [4093, 7], [1_000_003]]) {
        const r = run(chunksOf(bytes, sizes), delimiter);
        expect(r.buffer).toBeLessThanOrEqual(BUFFER_BOUND);
        if (typeof expected === 'number') {
          expect(r.error).toBeUndefined();
          expect(r.records).toBe(expected);
        } else {
          expect(r.error, `chunks of ${sizes.join(', ')}`).toMatchObject(expected);
          expect(r.error?.params.max).toBeGreaterThan(0);
        }
      }
    });
  }
});

describe('the sniff helpers on hostile lines', () => {
  it('a line over MAX_COLUMNS fields throws its located error from parseRows (not a silent preview)', () => {
    expect(() => parseRows(`a,b\n${','.repeat(MAX_COLUMNS)}\n`, ',', 10)).toThrow(
      expect.objectContaining({ code: 'csv.tooManyColumns', line: 2, column: MAX_COLUMNS + 1 }),
    );
    // A sample cut inside a quoted field is still no error.
    expect(parseRows('a,b\n1,"cut', ',', 10)).toEqual([['a', 'b']]);
  });

  it('the delimiter vote picks the delimiter that splits a line into too many columns', () => {
    expect(detectDelimiter(`${Array.from({ length: 10_000 }, (_, j) => `c${j}`).join(',')}\n`).delimiter).toBe(',');
    expect(detectDelimiter(','.repeat(60_000)).delimiter).toBe(',');
    // One cell of 5,000 tabs in a comma file: the tab vote has one too-wide line against six commas.
    const rows = Array.from({ length: 5 }, (_, i) => `C${i},2024-01-0${i + 1},${i}`);
    expect(
      detectDelimiter(`customer,date,amount\nX,2024-01-09,"${'\t'.repeat(5000)}"\n${rows.join('\n')}\n`).delimiter,
    ).toBe(',');
  });
});
