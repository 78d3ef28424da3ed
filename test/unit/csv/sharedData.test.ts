import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../../src/core/csv/CsvParser.ts';
import { detectDelimiter, detectHeader, previewRows } from '../../../src/core/csv/dialect.ts';
import { detectEncoding } from '../../../src/core/csv/encoding.ts';
import type { Delimiter } from '../../../src/core/csv/types.ts';

const RETAIL = fileURLToPath(new URL('../../../../shared/data/online_retail/online_retail.csv', import.meta.url));
const CDNOW = fileURLToPath(new URL('../../../../shared/data/cdnow/CDNOW_sample.txt', import.meta.url));
for (const path of [RETAIL, CDNOW]) {
  if (!existsSync(path)) console.warn(`skipped: ${path} is not present (the shared datasets live beside the project)`);
}

/** Record count, field-count histogram, and an FNV-1a hash over every field and line number. */
function digest(bytes: Uint8Array, delimiter: Delimiter, chunkSize: number) {
  let records = 0;
  let hash = 0x811c9dc5;
  const widths = new Map<number, number>();
  const parser = new CsvParser(delimiter, {
    record(buf, starts, ends, count, line) {
      records++;
      widths.set(count, (widths.get(count) ?? 0) + 1);
      hash = Math.imul(hash ^ line, 0x01000193);
      for (let i = 0; i < count; i++) {
        for (let k = starts[i]; k < ends[i]; k++) hash = Math.imul(hash ^ buf[k], 0x01000193);
        hash = Math.imul(hash ^ 0x1f, 0x01000193);
      }
    },
  });
  for (let i = 0; i < bytes.length; i += chunkSize) parser.push(bytes.subarray(i, i + chunkSize));
  parser.end();
  return { records, widths: Object.fromEntries(widths), hash: hash >>> 0, consumed: parser.bytesConsumed };
}

describe('shared datasets', () => {
  it.skipIf(!existsSync(RETAIL))('Online Retail: 541,910 records of 8 fields, for any chunking', () => {
    const bytes = readFileSync(RETAIL);
    const head = bytes.subarray(0, 1 << 16);
    expect(detectEncoding(head).encoding).toBe('utf-8');
    const text = new TextDecoder().decode(head);
    expect(detectDelimiter(text).delimiter).toBe(',');
    expect(detectHeader(previewRows(text, ',', 50))).toBe(true);
    const big = digest(bytes, ',', 1 << 20);
    expect(big).toMatchObject({ records: 541_910, widths: { 8: 541_910 }, consumed: bytes.length });
    expect(digest(bytes, ',', 7919)).toEqual(big);
  });

  it.skipIf(!existsSync(CDNOW))('CDNOW sample: 6,919 records of 5 fields with whitespace', () => {
    const bytes = readFileSync(CDNOW);
    const text = new TextDecoder().decode(bytes);
    expect(detectDelimiter(text.slice(0, 65536)).delimiter).toBe('whitespace');
    expect(detectHeader(previewRows(text, 'whitespace', 50))).toBe(false);
    const whole = digest(bytes, 'whitespace', bytes.length);
    expect(whole).toMatchObject({ records: 6_919, widths: { 5: 6_919 } });
    expect(digest(bytes, 'whitespace', 13)).toEqual(whole);
  });
});
