import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Delimiter } from '../../../src/core/csv/types.ts';
import { bytesOf, chunksOf, parseChunks, randomSizes, rng } from './csvTestUtils.ts';
import type { Rec } from './csvTestUtils.ts';

const ALPHABET = ['a', 'b', 'Z', '0', '9', ' ', ',', '"', '""', '\r', '\n', '\r\n', 'é', '中', '😀', ';', '\t', '|'];
const TERMINATORS = ['\n', '\r\n', '\r'] as const;
const LINE_BREAK = /\r\n|\r|\n/g;

/** A random valid (RFC 4180) CSV text, and the records with start lines it encodes. */
function generate(random: () => number, term: string): { text: string; expected: Rec[] } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  let text = '';
  let line = 1;
  const expected: Rec[] = [];
  const records = 1 + Math.floor(random() * 12);
  for (let r = 0; r < records; r++) {
    while (random() < 0.15) {
      text += term; // blank line
      line++;
    }
    const fields = Array.from({ length: 1 + Math.floor(random() * 5) }, () =>
      Array.from({ length: Math.floor(random() * 8) }, () => pick(ALPHABET)).join(''),
    );
    const encoded = fields.map((f) => (/[",\r\n]/.test(f) || random() < 0.2 ? `"${f.replaceAll('"', '""')}"` : f));
    const rec = encoded.join(',');
    if (rec !== '') expected.push([line, fields]); // an empty line is blank, not a record
    text += rec;
    line += rec.match(LINE_BREAK)?.length ?? 0;
    if (r < records - 1 || random() < 0.5) {
      text += term;
      line++;
    }
  }
  return { text, expected };
}

const dropBlank = (rows: string[][]) => rows.filter((r) => !(r.length === 1 && r[0] === ''));

describe('CsvParser: differential fuzz against PapaParse', () => {
  it('agrees with PapaParse and the generator on 500 random valid CSVs, for random chunkings', () => {
    const random = rng(4180);
    for (let k = 0; k < 500; k++) {
      const term = TERMINATORS[k % 3];
      const { text, expected } = generate(random, term);
      const bytes = bytesOf(text);
      const ours = parseChunks(',', [bytes]);
      const papa = Papa.parse<string[]>(text, { delimiter: ',', newline: term });
      const label = `case ${k}: ${JSON.stringify(text)}`;
      expect(ours.error, label).toBeUndefined();
      expect(ours.records, label).toEqual(expected);
      expect(dropBlank(ours.records.map(([, f]) => f)), label).toEqual(dropBlank(papa.data));
      const chunked = parseChunks(',', chunksOf(bytes, randomSizes(random, 50)), true);
      expect(chunked, label).toEqual(ours);
    }
  });
});

const NASTY = [0x22, 0x22, 0x2c, 0x0d, 0x0a, 0x20, 0x09, 0xef, 0xbb, 0xbf];

describe('CsvParser: mutation fuzz', () => {
  const delimiters: Delimiter[] = [',', ';', 'whitespace'];
  it.each(delimiters)('random byte mutations only ever raise CsvError, identically for every chunking (%j)', (d) => {
    const random = rng(d.charCodeAt(0));
    let errors = 0;
    for (let k = 0; k < 300; k++) {
      const { text } = generate(random, TERMINATORS[k % 3]);
      const bytes = Array.from(bytesOf(text));
      for (let m = 1 + Math.floor(random() * 5); m > 0; m--) {
        const at = Math.floor(random() * (bytes.length + 1));
        const b = random() < 0.7 ? NASTY[Math.floor(random() * NASTY.length)] : Math.floor(random() * 256);
        const op = random();
        if (op < 0.4) bytes.splice(at, 0, b);
        else if (op < 0.8) bytes[at] = b;
        else bytes.splice(at, 1);
      }
      const mutated = Uint8Array.from(bytes);
      const whole = parseChunks(d, [mutated]);
      if (whole.error) errors++;
      for (const sizes of [[1], randomSizes(random, 50), randomSizes(random, 7)]) {
        expect(parseChunks(d, chunksOf(mutated, sizes), true), JSON.stringify(bytes)).toEqual(whole);
      }
    }
    expect(errors).toBeGreaterThan(0); // the mutations do produce unterminated quotes
  });
});
