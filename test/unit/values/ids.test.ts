import { describe, expect, it } from 'vitest';
import { idRange, normaliseId, normaliseIdBytes, normaliseIdNfc } from '../../../src/core/values/ids.ts';

const rows: [input: string, expected: string][] = [
  ['17850', '17850'],
  ['17850.0', '17850'],
  ['17850.00', '17850'],
  ['"17850.0"', '17850'],
  ["'17850'", '17850'],
  [' " 17850.0 " ', '17850'],
  ['007.0', '007'],
  ['00042', '00042'],
  ['00042.000', '00042'],
  ['0.0', '0'],
  ['17850.5', '17850.5'],
  ['17850.05', '17850.05'],
  ['17850.', '17850.'],
  ['.0', '.0'],
  ['AB.0', 'AB.0'],
  ['12-3.0', '12-3.0'],
  ['1234567890123456789', '1234567890123456789'],
  ['1234567890123456789.0', '1234567890123456789'],
  ['1.23457E+15', '1.23457E+15'],
  ['  C-001  ', 'C-001'],
  ['\tabc\t', 'abc'],
  ['\u3000客户001\u3000', '客户001'],
  ['\u00a0x\u00a0', 'x'],
  ['"', '"'],
  ['"abc', '"abc'],
  ['"abc\'', '"abc\''],
  ['""', ''],
  ['" "', ''],
  ['', ''],
  ['   ', ''],
  ['\u3000', ''],
];

describe('normaliseId', () => {
  it.each(rows)('%j → %j', (input, expected) => expect(normaliseId(input)).toBe(expected));
});

describe('normaliseIdBytes', () => {
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  it.each(rows)('%j → %j as a byte range inside a longer buffer', (input, expected) => {
    const field = enc.encode(input);
    const buf = new Uint8Array(field.length + 4).fill(0x30);
    buf.set(field, 2);
    const [s, e] = normaliseIdBytes(buf, 2, 2 + field.length);
    expect(s).toBeGreaterThanOrEqual(2);
    expect(e).toBeLessThanOrEqual(2 + field.length);
    expect(dec.decode(buf.subarray(s, Math.max(s, e)))).toBe(expected);
  });
  it('reuses one scratch result', () => {
    const buf = enc.encode('a,b');
    expect(normaliseIdBytes(buf, 0, 1)).toBe(normaliseIdBytes(buf, 2, 3));
  });
});

describe('normaliseIdNfc: one customer whatever the Unicode normalisation', () => {
  it.each([
    ['Mu\u0308ller', 'M\u00fcller'],
    [' Mu\u0308ller ', 'M\u00fcller'],
    ['"Jose\u0301"', 'Jos\u00e9'],
    ['M\u00fcller', 'M\u00fcller'],
    ['\uFF21BC', '\uFF21BC'],
    ['C0005', 'C0005'],
    ['17850.0', '17850'],
  ])('%j → %j', (input, expected) => {
    const bytes = new TextEncoder().encode(input);
    const out = normaliseIdNfc(bytes, 0, bytes.length);
    expect(new TextDecoder().decode(out.subarray(idRange[0], idRange[1]))).toBe(expected);
    expect(normaliseId(input)).toBe(expected);
  });
  it('returns the input buffer for an ASCII id (no copy)', () => {
    const bytes = new TextEncoder().encode('  C0005 ');
    expect(normaliseIdNfc(bytes, 0, bytes.length)).toBe(bytes);
    expect([...idRange]).toEqual([2, 7]);
  });
});
