import { describe, expect, it } from 'vitest';
import {
  detectNumberFormat,
  looksLikeNumber,
  parseNumber,
  parseNumberBytes,
} from '../../../src/core/values/numbers.ts';
import type { NumberFormat } from '../../../src/core/values/numbers.ts';

const DOT: NumberFormat = { decimal: '.' };
const COMMA: NumberFormat = { decimal: ',' };

type Row = [input: string, format: NumberFormat, expected: number];

const rows: Row[] = [
  // Fast path.
  ['0', DOT, 0],
  ['-0', DOT, 0],
  ['12', DOT, 12],
  ['-12', DOT, -12],
  ['12.5', DOT, 12.5],
  ['0.1', DOT, 0.1],
  ['-0.30', DOT, -0.3],
  ['2.55', DOT, 2.55],
  ['123456789012345', DOT, 123456789012345],
  ['12345678.1234567', DOT, 12345678.1234567],
  ['12,5', COMMA, 12.5],
  ['-0,99', COMMA, -0.99],
  [' 12.5 ', DOT, 12.5],
  // Long or unusual digit strings (fallback to Number()).
  ['1234567890123456789', DOT, Number('1234567890123456789')],
  ['0.1234567890123456789', DOT, Number('0.1234567890123456789')],
  ['000000000000000000012.5', DOT, 12.5],
  ['12.', DOT, 12],
  ['.5', DOT, 0.5],
  ['+12.5', DOT, 12.5],
  // Thousands separators.
  ['1,234', DOT, 1234],
  ['1,234.56', DOT, 1234.56],
  ['1,234,567.89', DOT, 1234567.89],
  ['-1,234', DOT, -1234],
  ['12,34,567.00', DOT, 1234567],
  ['1.234', COMMA, 1234],
  ['1.234,56', COMMA, 1234.56],
  ['1.234.567,89', COMMA, 1234567.89],
  ['1 234,56', COMMA, 1234.56],
  ['1 234.56', DOT, 1234.56],
  ['1\u00a0234,56', COMMA, 1234.56],
  ['1\u202f234,56', COMMA, 1234.56],
  ["1'234.50", DOT, 1234.5],
  ['1\u2019234.50', DOT, 1234.5],
  // Currency.
  ['£12.50', DOT, 12.5],
  ['$1,234.56', DOT, 1234.56],
  ['-$12', DOT, -12],
  ['$-12', DOT, -12],
  ['¥1,200', DOT, 1200],
  ['￥1,200', DOT, 1200],
  ['€ 12,50', COMMA, 12.5],
  ['12,50 €', COMMA, 12.5],
  ['12,50€', COMMA, 12.5],
  ['12.5元', DOT, 12.5],
  ['US$ 12.50', DOT, 12.5],
  ['US$12.50', DOT, 12.5],
  ['RMB 100', DOT, 100],
  ['100 CNY', DOT, 100],
  ['EUR 1.234,56', COMMA, 1234.56],
  ['12.50 USD', DOT, 12.5],
  ['12.50 usd', DOT, 12.5],
  ['12EUR', DOT, 12],
  // Negatives.
  ['(12.50)', DOT, -12.5],
  ['($12.50)', DOT, -12.5],
  ['(1.234,50 €)', COMMA, -1234.5],
  ['12.50-', DOT, -12.5],
  ['$12.50-', DOT, -12.5],
  ['\u221212.5', DOT, -12.5],
  // Exponents.
  ['1e3', DOT, 1000],
  ['1E3', DOT, 1000],
  ['1.5e-3', DOT, 0.0015],
  ['-2.5E+2', DOT, -250],
  ['1e300', DOT, 1e300],
  ['1,5e2', COMMA, 150],
  // Full width.
  ['１２３', DOT, 123],
  ['１２．５', DOT, 12.5],
  ['－１２．５', DOT, -12.5],
  ['１，２３４．５', DOT, 1234.5],
  ['１２，５', COMMA, 12.5],
  ['（１２．５）', DOT, -12.5],
  ['\u3000１２\u3000', DOT, 12],
];

const rejects: [input: string, format: NumberFormat][] = [
  ['', DOT],
  ['   ', DOT],
  ['-', DOT],
  ['+', DOT],
  ['.', DOT],
  ['$', DOT],
  ['NaN', DOT],
  ['nan', DOT],
  ['Infinity', DOT],
  ['-Infinity', DOT],
  ['null', DOT],
  ['N/A', DOT],
  ['12%', DOT],
  ['12 %', DOT],
  ['１２％', DOT],
  ['1e999', DOT],
  ['1e', DOT],
  ['0x10', DOT],
  ['12a', DOT],
  ['12.5.1', DOT],
  ['1,2', DOT],
  ['12,5', DOT],
  ['1,2345', DOT],
  ['1234,567', DOT],
  ['1,234,56', DOT],
  ['1,234 567', DOT],
  ['12 5', DOT],
  ['1.5', COMMA],
  ['12,5,1', COMMA],
  ['--12', DOT],
  ['-12-', DOT],
  ['(-12)', DOT],
  ['(12', DOT],
  ['12)', DOT],
  ['$$12', DOT],
  ['$12 USD', DOT],
  ['EURO 12', DOT],
  ['2011-12-09', DOT],
  ['12:50', DOT],
  ['1 2 3', DOT],
  ['12\u00e9', DOT],
];

describe('parseNumber', () => {
  it.each(rows)('%j with decimal %o', (input, format, expected) => {
    expect(parseNumber(input, format)).toBe(expected);
  });
  it.each(rejects)('%j with decimal %o is NaN', (input, format) => {
    expect(parseNumber(input, format)).toBeNaN();
  });
  it('agrees with Number() on random plain decimals', () => {
    let seed = 11;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const bad: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const int = String(Math.floor(next() * 10 ** Math.floor(next() * 12)));
      const frac = String(Math.floor(next() * 10 ** 8)).slice(0, Math.floor(next() * 8));
      const s = (next() < 0.3 ? '-' : '') + int + (frac ? '.' + frac : '');
      const v = parseNumber(s, DOT);
      if (!Object.is(v, Number(s) === 0 ? 0 : Number(s))) bad.push(s);
      if (parseNumber(s.replace('.', ','), COMMA) !== v) bad.push(s);
    }
    expect(bad).toEqual([]);
  });
});

describe('parseNumberBytes', () => {
  const enc = new TextEncoder();
  it.each(rows)('%j inside a longer buffer', (input, format, expected) => {
    // Digits on both sides: reading past either end would change the result.
    const field = enc.encode(input);
    const buf = new Uint8Array(field.length + 6).fill(0x39);
    buf.set(field, 3);
    expect(parseNumberBytes(buf, 3, 3 + field.length, format)).toBe(expected);
  });
});

describe('looksLikeNumber', () => {
  const cases: [input: string, format: NumberFormat | undefined, expected: boolean][] = [
    ['12.5', undefined, true],
    ['12,5', undefined, true],
    ['12,5', DOT, false],
    ['12,5', COMMA, true],
    ['£1,234.56', undefined, true],
    ['(3.00)', undefined, true],
    ['17850', undefined, true],
    ['C536379', undefined, false],
    ['2011-12-09', undefined, false],
    ['abc', undefined, false],
    ['', undefined, false],
  ];
  it.each(cases)('%j with %o → %s', (input, format, expected) => {
    expect(looksLikeNumber(input, format)).toBe(expected);
  });
});

describe('detectNumberFormat', () => {
  const cases: [name: string, samples: string[], decimal: '.' | ',', reason: RegExp][] = [
    ['thousands comma, decimal point', ['1,234.56', '12'], '.', /decimal point: "1,234.56"/],
    ['thousands dot, decimal comma', ['1.234,56', '12'], ',', /decimal comma: "1.234,56"/],
    ['comma and 1 digit', ['12,5', '3'], ',', /decimal comma: "12,5"/],
    ['comma and 2 digits', ['0,99'], ',', /decimal comma/],
    ['comma and 4 digits', ['3,1416'], ',', /decimal comma/],
    ['zero comma 3 digits', ['0,125'], ',', /decimal comma/],
    ['point and 2 digits', ['2.55', '3.4'], '.', /decimal point: "2.55"/],
    ['repeated comma groups thousands', ['1,234,567'], '.', /decimal point/],
    ['repeated dot groups thousands', ['1.234.567'], ',', /decimal comma/],
    ['1,234 alone is ambiguous', ['1,234', '5,678'], '.', /read either way/],
    ['1.234 alone is ambiguous', ['1.234'], '.', /read either way/],
    ['1,234 with other evidence', ['1,234', '12,5'], ',', /decimal comma: "12,5"/],
    ['currency and spaces ignored', ['€ 1 234,56', 'EUR 12,00'], ',', /decimal comma/],
    ['full width', ['１２，５'], ',', /decimal comma/],
    ['integers only', ['12', '7', '-3'], '.', /no decimal separator seen/],
    ['nothing', [], '.', /no decimal separator seen/],
    ['majority wins', ['12,5', '3,25', '1.5'], ',', /2 values against 1 like "1.5"/],
    ['tie goes to the point', ['12,5', '1.5'], '.', /1 values against 1/],
  ];
  it.each(cases)('%s', (_name, samples, decimal, reason) => {
    const d = detectNumberFormat(samples);
    expect(d.format).toEqual({ decimal });
    expect(d.reason).toMatch(reason);
  });
});
