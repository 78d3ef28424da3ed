import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectHeader, previewRows } from '../../../src/core/csv/dialect.ts';
import { looksTyped } from '../../../src/core/csv/looksTyped.ts';
import { parseRows } from '../../../src/core/csv/parseRows.ts';
import type { Delimiter } from '../../../src/core/csv/types.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');
const RETAIL = fixture('online-retail-head.csv');
const CDNOW = fixture('cdnow-head.txt');

describe('detectDelimiter', () => {
  // [name, sample, delimiter, skipLines]
  const cases: [string, string, Delimiter, number][] = [
    ['Online Retail (quoted commas)', RETAIL, ',', 0],
    ['CDNOW runs of spaces', CDNOW, 'whitespace', 0],
    ['semicolon with decimal commas', 'Kunde;Datum;Betrag\nK1;05.01.2024;12,50\nK2;06.01.2024;3,99\n', ';', 0],
    ['semicolon with decimal commas, no header', 'K1;12,50\nK2;3,99\nK3;1,00\n', ';', 0],
    ['tab', 'id\tname\tamount\n1\tA, B\t3\n2\tC; D\t4\n', '\t', 0],
    ['pipe', 'id|name|amount\n1|A, B|3\n2|C|4\n', '|', 0],
    ['semicolons inside quotes do not count', 'a,b,c\n"x;y",2,3\n"p;q;r",5,6\n', ',', 0],
    ['comma file with one semicolon line', 'a,b,c\n1,2,3\n4;5,6,7\n8,9,10\n', ',', 0],
    ['CRLF and a trailing partial line', 'a;b;c\r\n1;2;3\r\n4;5', ';', 0],
    ['Excel sep= line', 'sep=;\r\na;b,c\r\n1;2,5\r\n', ';', 1],
    ['Excel sep= line for pipe', 'sep=|\na|b\n', '|', 1],
    ['Excel sep= line for tab', 'sep=\t\na\tb\n', '\t', 1],
    ['single column', 'customer\nA\nB\n', ',', 0],
    ['single column with spaces in values', 'name\nJohn Smith\nAnn Lee Jones\nBo\n', ',', 0],
    ['blank lines between rows', '\na,b\n\n1,2\n\n3,4\n', ',', 0],
  ];
  it.each(cases)('%s', (_name, sample, delimiter, skipLines) => {
    const r = detectDelimiter(sample);
    expect({ delimiter: r.delimiter, skipLines: r.skipLines }).toEqual({ delimiter, skipLines });
    expect(r.reason).not.toBe('');
  });

  it('explains its choice', () => {
    expect(detectDelimiter(RETAIL).reason).toBe('comma: 8 of 8 lines have 8 fields');
    expect(detectDelimiter(CDNOW).reason).toBe('runs of spaces: 7 of 7 lines have 5 fields');
    expect(detectDelimiter('sep=;\na;b').reason).toMatch(/sep=;/);
  });
});

describe('detectHeader', () => {
  const rows = (text: string, d: Delimiter = ',') => parseRows(text, d, 50);
  const cases: [string, string[][], boolean][] = [
    ['Online Retail', rows(RETAIL), true],
    ['CDNOW (all numbers)', rows(CDNOW, 'whitespace'), false],
    ['data rows only', rows('C1,2024-01-05,12.50\nC2,2024-01-06,3.99\n'), false],
    ['header with a date in it', rows('customer,2024-01-01\nA,5\n'), false],
    ['text header over dates', rows('customer,date\nA,2024-01-05\nB,05/01/2024\n'), true],
    ['Chinese header over numbers', rows('客户编号,日期,金额\nC001,2024年1月5日,¥12.50\n'), true],
    ['unnamed index column', rows(',customer,amount\n0,A,1.5\n1,B,2\n'), true],
    ['all text, header unique and not repeated', rows('name,city\nAlice,Paris\nBob,Paris\n'), true],
    ['all text, first row repeats below', rows('Alice,Paris\nBob,London\nAlice,Rome\n'), false],
    ['all text, duplicate first-row values', rows('x,x\na,b\n'), false],
    ['single text row', [['customer', 'amount']], true],
    ['single numeric row', [['1', '2']], false],
    ['no rows', [], false],
    [
      'empty first row',
      [
        ['', ''],
        ['1', '2'],
      ],
      false,
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => expect(detectHeader(input)).toBe(expected));
});

describe('previewRows', () => {
  it('stops at maxRows', () => {
    expect(previewRows(RETAIL, ',', 3)).toHaveLength(3);
    expect(previewRows(RETAIL, ',', 0)).toEqual([]);
  });

  const cases: [string, string, Delimiter, string[][]][] = [
    [
      'quotes and escapes',
      RETAIL.split('\n').slice(6, 8).join('\n'),
      ',',
      [
        [
          '536477',
          '22041',
          'RECORD FRAME 7" SINGLE SIZE ',
          '48',
          '2010-12-01 12:27:00',
          '2.1',
          '16210.0',
          'United Kingdom',
        ],
        ['536544', '90214D', 'LETTER "D" BLING KEY RING', '1', '2010-12-01 14:32:00', '0.85', '', 'United Kingdom'],
      ],
    ],
    [
      'whitespace',
      CDNOW.split('\n').slice(0, 2).join('\n'),
      'whitespace',
      [
        ['00004', '0001', '19970101', '2', '29.33'],
        ['00004', '0001', '19970118', '2', '29.73'],
      ],
    ],
    ['whitespace with quotes', '"Ann Lee"  2024-01-05 3\n', 'whitespace', [['Ann Lee', '2024-01-05', '3']]],
    [
      'mixed line ends and blank lines',
      'a;b\r\n\r\nc;d\re;f\n',
      ';',
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
    ],
    ['a sample cut inside a quoted field', 'a,b\n1,"two\nlines', ',', [['a', 'b']]],
    ['a BOM-prefixed field later on stays', 'a,\uFEFFb', ',', [['a', '\uFEFFb']]],
  ];
  it.each(cases)('%s', (_name, text, d, expected) => expect(previewRows(text, d, 20)).toEqual(expected));
});

describe('looksTyped', () => {
  const typed = [
    '12',
    '-3',
    '+4.5',
    '1,234.56',
    '1.234,56',
    '12,5',
    '.5',
    '(12.50)',
    '$1,200',
    '€ 3,50',
    '¥12.50',
    '12.5%',
    '1e-3',
    '12 345,67',
    '2011-12-09',
    '2011-12-09 08:26:00',
    '9/12/2011',
    '12.9.2011 8:05 PM',
    '2011-12-09T08:26:00Z',
    '2011年12月9日',
    '9 Dec 2011',
    'Dec 9, 2011',
    '08:26',
    '19970101',
    '17850.0',
  ];
  const text = [
    '',
    ' ',
    'Quantity',
    'InvoiceDate',
    '85123A',
    'C536379',
    'A-12',
    'N/A',
    '1 2 3',
    '12abc',
    '客户编号',
    'Dec',
    '-',
  ];
  it.each(typed)('%j is a number or date', (s) => expect(looksTyped(s)).toBe(true));
  it.each(text)('%j is not', (s) => expect(looksTyped(s)).toBe(false));
});
