import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../../src/core/csv/CsvParser.ts';
import { CsvError } from '../../../src/core/csv/types.ts';
import type { Delimiter } from '../../../src/core/csv/types.ts';
import { bytesOf, chunksOf, parseChunks, parseText, randomSizes, rng } from './csvTestUtils.ts';
import type { Rec } from './csvTestUtils.ts';

const long = 'x'.repeat(3000);
const wide = Array.from({ length: 200 }, (_, i) => `f${i}`);

// [name, delimiter, input, expected records as [line, fields]]
const cases: [string, Delimiter, string, Rec[]][] = [
  [
    'LF line ends',
    ',',
    'a,b,c\n1,2,3\n',
    [
      [1, ['a', 'b', 'c']],
      [2, ['1', '2', '3']],
    ],
  ],
  [
    'final record without line end',
    ',',
    'a,b\n1,2',
    [
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ],
  ],
  [
    'CRLF line ends',
    ',',
    'a,b\r\n1,2\r\n',
    [
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ],
  ],
  [
    'lone CR line ends',
    ',',
    'a,b\r1,2\r',
    [
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ],
  ],
  [
    'mixed line ends',
    ',',
    'a\r\nb\nc\rd\n\re',
    [
      [1, ['a']],
      [2, ['b']],
      [3, ['c']],
      [4, ['d']],
      [6, ['e']],
    ],
  ],
  [
    'blank lines skipped but counted',
    ',',
    '\n\na,b\n\r\n\r\nc,d\n\n',
    [
      [3, ['a', 'b']],
      [6, ['c', 'd']],
    ],
  ],
  ['only blank lines', ',', '\r\n\n\r\r\n', []],
  ['empty input', ',', '', []],
  ['single field', ',', 'x', [[1, ['x']]]],
  [
    'spaces are data',
    ',',
    ' a , b \n  \n',
    [
      [1, [' a ', ' b ']],
      [2, ['  ']],
    ],
  ],
  [
    'empty fields',
    ',',
    ',,\na,\n,b',
    [
      [1, ['', '', '']],
      [2, ['a', '']],
      [3, ['', 'b']],
    ],
  ],
  ['trailing delimiter at EOF', ',', 'a,', [[1, ['a', '']]]],
  ['quoted delimiter', ',', '"a,b",c\n', [[1, ['a,b', 'c']]]],
  ['doubled quotes', ',', '"say ""hi""",x\n', [[1, ['say "hi"', 'x']]]],
  [
    'only a doubled quote',
    ',',
    '"""",x\n""""',
    [
      [1, ['"', 'x']],
      [2, ['"']],
    ],
  ],
  [
    'empty quoted fields',
    ',',
    '""\n"",""\n',
    [
      [1, ['']],
      [2, ['', '']],
    ],
  ],
  ['quoted field at EOF', ',', 'a,"b"', [[1, ['a', 'b']]]],
  [
    'LF inside quotes',
    ',',
    '"l1\nl2",x\nnext,y\n',
    [
      [1, ['l1\nl2', 'x']],
      [3, ['next', 'y']],
    ],
  ],
  [
    'CRLF and CR inside quotes',
    ',',
    '"a\r\nb\rc",d\r\ne,f',
    [
      [1, ['a\r\nb\rc', 'd']],
      [4, ['e', 'f']],
    ],
  ],
  [
    'CR inside quotes then LF line end',
    ',',
    '"a\r"\nb',
    [
      [1, ['a\r']],
      [3, ['b']],
    ],
  ],
  ['quote inside an unquoted field is literal', ',', 'ab"c,5" screen\n', [[1, ['ab"c', '5" screen']]]],
  [
    'text after a closing quote is appended',
    ',',
    '"ab"cd,e\n"a"b"c",d',
    [
      [1, ['abcd', 'e']],
      [2, ['ab"c"', 'd']],
    ],
  ],
  [
    'escaped record between plain ones',
    ',',
    'a,b\n"x""y",z\nc,d\n',
    [
      [1, ['a', 'b']],
      [2, ['x"y', 'z']],
      [3, ['c', 'd']],
    ],
  ],
  ['semicolon', ';', 'a;b,c;"d;e"\n', [[1, ['a', 'b,c', 'd;e']]]],
  ['tab', '\t', 'a\tb c\t"d\te"\n', [[1, ['a', 'b c', 'd\te']]]],
  ['pipe', '|', 'a|b;c|"d|e"\n', [[1, ['a', 'b;c', 'd|e']]]],
  [
    'unicode',
    ',',
    'é,中文,😀\n"客户,编号",x',
    [
      [1, ['é', '中文', '😀']],
      [2, ['客户,编号', 'x']],
    ],
  ],
  ['UTF-8 BOM at the start is skipped', ',', '\uFEFFa,b\n', [[1, ['a', 'b']]]],
  ['BOM elsewhere is data', ',', 'a,\uFEFFb\n', [[1, ['a', '\uFEFFb']]]],
  ['only a BOM', ',', '\uFEFF', []],
  [
    'many fields',
    ',',
    `${wide.join(',')}\n1`,
    [
      [1, wide],
      [2, ['1']],
    ],
  ],
  ['long quoted field with escapes', ',', `"${long}""${long}",y\n`, [[1, [`${long}"${long}`, 'y']]]],
  ['long unquoted field', ',', `${long},${long}`, [[1, [long, long]]]],
  [
    'whitespace: CDNOW layout',
    'whitespace',
    ' 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n',
    [
      [1, ['00004', '0001', '19970101', '2', '29.33']],
      [2, ['00004', '0001', '19970118', '2', '29.73']],
    ],
  ],
  [
    'whitespace: tabs and trailing blanks',
    'whitespace',
    '\t a \t b \t\nc',
    [
      [1, ['a', 'b']],
      [2, ['c']],
    ],
  ],
  ['whitespace: blank-only lines skipped', 'whitespace', '   \n\t\r\nx y\n  ', [[3, ['x', 'y']]]],
  [
    'whitespace: quotes honoured',
    'whitespace',
    '"a b"  c\n"x ""y"""z w',
    [
      [1, ['a b', 'c']],
      [2, ['x "y"z', 'w']],
    ],
  ],
  ['whitespace: quote inside a field is literal', 'whitespace', 'x"y z', [[1, ['x"y', 'z']]]],
  ['whitespace: commas are data', 'whitespace', 'a,b c', [[1, ['a,b', 'c']]]],
  ['whitespace: empty quoted field', 'whitespace', 'a "" b', [[1, ['a', '', 'b']]]],
];

describe('CsvParser: dialect features', () => {
  it.each(cases)('%s', (_name, delimiter, input, expected) => {
    expect(parseText(input, delimiter)).toEqual({ records: expected });
  });

  it.each(cases)('%s: same records for every chunking', (_name, delimiter, input) => {
    const bytes = bytesOf(input);
    const whole = parseChunks(delimiter, [bytes]);
    const random = rng(bytes.length + 1);
    const chunkings = [
      ...Array.from({ length: 9 }, (_, k) => [k + 1]),
      ...Array.from({ length: 10 }, () => randomSizes(random, 50)),
    ];
    for (const sizes of chunkings) {
      expect(parseChunks(delimiter, chunksOf(bytes, sizes), true), `chunk sizes ${sizes.slice(0, 8)}`).toEqual(whole);
    }
  });
});

// [name, delimiter, input, message, line, column]
const errors: [string, Delimiter, string, string, number, number][] = [
  ['at the first byte', ',', '"abc', 'unterminated quoted field starting at line 1, column 1', 1, 1],
  ['in a later field', ',', 'a,b\nc,"d\ne', 'unterminated quoted field starting at line 2, column 2', 2, 2],
  ['after multi-line records', ',', 'x\n\n"ok\nok",y\nz,w,"bad\n\n', 'starting at line 5, column 3', 5, 3],
  ['after an escaped quote', ';', 'a;"b""', 'starting at line 1, column 2', 1, 2],
  ['whitespace', 'whitespace', '  a  b "c d\n', 'starting at line 1, column 3', 1, 3],
];

describe('CsvParser: unterminated quotes', () => {
  it.each(errors)('%s', (_name, delimiter, input, message, line, column) => {
    const bytes = bytesOf(input);
    for (const sizes of [[bytes.length], [1], [2], [3], [5]]) {
      const parsed = parseChunks(delimiter, chunksOf(bytes, sizes));
      expect(parsed.error?.message).toContain(message);
      expect(parsed.error).toMatchObject({ line, column });
    }
  });

  it('throws a CsvError from end()', () => {
    const p = new CsvParser(',', { record: () => {} });
    p.push(bytesOf('a,"b'));
    expect(() => p.end()).toThrow(CsvError);
  });
});

describe('CsvParser: contract', () => {
  it('emits unquoted fields as offsets into the pushed chunk itself (no copy)', () => {
    const chunk = bytesOf('ab,cd\nef,gh\n');
    const seen: Uint8Array[] = [];
    const p = new CsvParser(',', { record: (buf) => void seen.push(buf) });
    p.push(chunk);
    p.end();
    expect(seen).toHaveLength(2);
    expect(seen.every((b) => b === chunk)).toBe(true);
  });

  it('never modifies the caller’s bytes', () => {
    const input = bytesOf('"a""b",c\n"x\ny"z,w\n\uFEFF');
    const copy = input.slice();
    const p = new CsvParser(',', { record: () => {} });
    p.push(input);
    p.end();
    expect(input).toEqual(copy);
  });

  // Raw bytes that start like a BOM but are not one (not UTF-8; the parser takes any ASCII-compatible bytes).
  const bomLike: [number[], number[][][]][] = [
    [[0xef, 0xbb, 0x41, 0x2c, 0x42], [[[0xef, 0xbb, 0x41], [0x42]]]],
    [[0xef, 0x2c, 0x42, 0x0a], [[[0xef], [0x42]]]],
    [[0xef, 0xbb], [[[0xef, 0xbb]]]],
    [[0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], [[[0xef, 0xbb, 0xbf]]]],
  ];
  it.each(bomLike)('keeps BOM-like bytes that are not a BOM as data: %j', (input, expected) => {
    const bytes = Uint8Array.from(input);
    for (const sizes of [[bytes.length], [1], [2], [1, 2]]) {
      const got: number[][][] = [];
      const p = new CsvParser(',', {
        record(buf, starts, ends, count) {
          got.push(Array.from({ length: count }, (_, i) => Array.from(buf.subarray(starts[i], ends[i]))));
        },
      });
      for (const c of chunksOf(bytes, sizes)) p.push(c);
      p.end();
      expect(got, `chunk sizes ${sizes}`).toEqual(expected);
    }
  });

  it('counts records and consumed bytes', () => {
    const p = new CsvParser(',', { record: () => {} });
    p.push(bytesOf('\uFEFFa,b\n'));
    p.push(bytesOf('c'));
    expect([p.records, p.bytesConsumed]).toEqual([1, 8]);
    p.end();
    expect([p.records, p.bytesConsumed]).toEqual([2, 8]);
  });

  it('rejects push() after end()', () => {
    const p = new CsvParser(',', { record: () => {} });
    p.end();
    expect(() => p.push(bytesOf('a'))).toThrow(/after end/);
  });

  it('survives empty chunks and chunk sizes far larger than records', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `${i},"q""${i}",x`).join('\r\n');
    const bytes = bytesOf(text);
    const whole = parseText(bytes);
    expect(whole.records).toHaveLength(2000);
    expect(whole.records[1999]).toEqual([2000, ['1999', 'q"1999', 'x']]);
    const withEmpty = chunksOf(bytes, [0, 4096, 0, 1, 10000]);
    expect(parseChunks(',', withEmpty, true)).toEqual(whole);
  });
});

describe('CsvParser: quoted fields running over lines', () => {
  const cases: [
    name: string,
    delimiter: Delimiter,
    input: string,
    count: number,
    first: { from: number; to: number } | null,
  ][] = [
    ['none', ',', 'a,"b",c\n"d,e",f\n', 0, null],
    ['LF inside a quoted field', ',', 'a,"b\nc",d\ne,f\n', 1, { from: 1, to: 2 }],
    ['CRLF and CR inside', ',', 'h\r\na,"b\r\nc\rd"\r\n', 1, { from: 2, to: 4 }],
    ['a stray quote over two rows', ',', 'id,x\n1,"5\n2,7\n3,"8\n4,9\n', 1, { from: 2, to: 4 }],
    ['two fields of one record, then another record', ',', '"a\nb","c\nd"\n"e\n\nf"\n', 3, { from: 1, to: 2 }],
    ['with a "" escape (slow path)', ',', 'x\n"a ""q""\nb"\n', 1, { from: 2, to: 3 }],
    ['text after the closing quote', ',', 'x\n"a\nb"tail,c\n', 1, { from: 2, to: 3 }],
    ['closing quote as the last byte', ',', 'x\n"a\nb"', 1, { from: 2, to: 3 }],
    ['whitespace delimiter', 'whitespace', ' 1  "a\nb"  2\n', 1, { from: 1, to: 2 }],
  ];
  it.each(cases)('%s: the same at every chunking', (_name, delimiter, input, count, first) => {
    const bytes = bytesOf(input);
    for (const sizes of [[bytes.length], [1], [2], [3], [1, 5, 2]]) {
      const p = new CsvParser(delimiter, { record: () => {} });
      for (const c of chunksOf(bytes, sizes)) p.push(c);
      p.end();
      expect(p.multilineQuotes, `chunk sizes ${sizes}`).toEqual({ count, first });
    }
  });
});
