// Bad input through the CLI (issue 9): `segmap rfm FILE --json` carries the new drop reasons and the
// coded warnings (code, params and the English text); bad files exit 1 with FILE:LINE: message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { segmap, tempFiles } from './runCli.ts';

const { dir, write } = tempFiles('segmap-bad-');
const writeBytes = (name: string, bytes: Uint8Array) => write(name, bytes as unknown as string);
const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

beforeAll(async () => {
  await buildCli();
}, 60_000);

describe('segmap rfm --json on bad input', () => {
  const cases: {
    name: string;
    file: string | Uint8Array;
    args?: string[];
    report: Record<string, unknown>;
    warnings: { code: string; params: Record<string, unknown>; text: string | RegExp }[];
  }[] = [
    {
      name: 'too many fields',
      file: 'customer,date,amount\nA,2024-01-05,1,234\nB,2024-01-06,20\n',
      report: {
        rowsRead: 2,
        rowsKept: 1,
        dropped: expect.objectContaining({ tooManyFields: 1 }),
        samples: expect.objectContaining({ tooManyFields: [{ line: 2, column: 4, raw: '4 fields' }] }),
      },
      warnings: [],
    },
    {
      name: 'a stray quote swallowing rows',
      file: 'customer,date,amount\nA,2024-01-05,10\nB,2024-01-10,"5\nC,2024-01-11,7\nD,2024-01-12,"8\nE,2024-01-13,9\n',
      report: { rowsRead: 3, rowsKept: 2, dropped: expect.objectContaining({ badAmount: 1 }) },
      warnings: [
        {
          code: 'import.multilineQuote',
          params: { count: 1, from: 3, to: 5 },
          text: 'a quoted field runs from line 3 to line 5: check for a stray quote',
        },
      ],
    },
    {
      name: 'undecodable bytes',
      file: cat(enc('customer,date,amount\nA,2024-01-05,10\nJos'), [0xe9], enc(',2024-01-06,20\n')),
      args: ['--encoding', 'utf-8'],
      report: { rowsKept: 2 },
      warnings: [
        {
          code: 'import.undecodable',
          params: { count: 1, line: 3, lines: '3' },
          text: '1 value could not be decoded (first at line 3; lines 3); the file may not be in the detected encoding: choose its encoding, or save it again as UTF-8',
        },
      ],
    },
    {
      name: 'a future date, kept',
      file: 'customer,date,amount\nA,2024-01-05,10\nB,2099-01-05,10\n',
      args: ['--today', '2024-06-01'],
      report: { rowsKept: 2, lastDate: '2099-01-05', referenceDate: '2099-01-06' },
      warnings: [
        {
          code: 'import.futureKept',
          params: { count: 1, line: 3, date: '2099-01-05' },
          text: /^1 row is dated after today \(first: line 3, 2099-01-05\); they are kept, so the default reference date/,
        },
      ],
    },
    {
      name: 'a future date, dropped',
      file: 'customer,date,amount\nA,2024-01-05,10\nB,2099-01-05,10\n',
      args: ['--drop-future'],
      report: { rowsKept: 1, dropped: expect.objectContaining({ future: 1 }), referenceDate: '2024-01-06' },
      warnings: [],
    },
    {
      name: 'a UTF-8 BOM against --encoding gbk',
      file: cat([0xef, 0xbb, 0xbf], enc('客户编号,日期,金额\nA,2024-01-05,10\n')),
      args: ['--encoding', 'gbk'],
      report: { encoding: 'utf-8', rowsKept: 1 },
      warnings: [
        {
          code: 'sniff.bomWins',
          params: { bom: 'UTF-8', chosen: 'GBK/GB18030' },
          text: 'the file starts with a UTF-8 byte order mark, so it is read as UTF-8, not as the chosen GBK/GB18030',
        },
      ],
    },
    {
      name: 'sep=; with --delimiter ;',
      file: 'sep=;\ncustomer;date;amount\nA;2024-01-05;10,50\nB;2024-01-10;5,00\n',
      args: ['--delimiter', ';'],
      report: { rowsRead: 2, rowsKept: 2, delimiter: ';' },
      warnings: [],
    },
    {
      name: 'a title row',
      file: 'Sales report Q1 2024\ncustomer,date,amount\nA,2024-01-05,10\nB,2024-01-10,5\n',
      report: { rowsRead: 2, rowsKept: 2 },
      warnings: [
        {
          code: 'sniff.titleRows',
          params: { rows: 1, first: 'Sales report Q1 2024' },
          text: /^skipped 1 row above the header \(the first: "Sales report Q1 2024"\)/,
        },
      ],
    },
    {
      name: '--skip-rows',
      file: 'Shop,Lin,Books\nPeriod,2024,Q1\ncustomer,date,amount\nA,2024-01-05,10\nB,2024-01-10,5\n',
      args: ['--skip-rows', '2'],
      report: { rowsRead: 2, rowsKept: 2, customers: 2 },
      warnings: [],
    },
    {
      name: 'duplicate headers',
      file: 'customer,date,amount,amount\nA,2024-01-05,10,99\nB,2024-01-10,5,98\n',
      report: { rowsKept: 2 },
      warnings: [
        {
          code: 'sniff.duplicateHeaders',
          params: { names: 'amount (2)' },
          text: 'columns named like an earlier column were renamed: amount (2)',
        },
      ],
    },
  ];
  it.each(cases)('$name', ({ name, file, args = [], report, warnings }) => {
    const f = typeof file === 'string' ? write(`${name}.csv`, file) : writeBytes(`${name}.csv`, file);
    const r = segmap('rfm', f, '--json', ...args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject(report);
    // The import's warnings; a file left with one customer also gets rfm.noSpread (tested in noSpread.test.ts).
    const importWarnings = (json.warnings as { code: string }[]).filter((w) => w.code !== 'rfm.noSpread');
    expect(importWarnings).toEqual(
      warnings.map((w) => ({ ...w, text: typeof w.text === 'string' ? w.text : expect.stringMatching(w.text) })),
    );
  });

  it('prints the warnings as text without --json', () => {
    const f = write('quote.csv', 'customer,date,amount\nA,2024-01-05,10\nB,2024-01-10,"5\nC,2024-01-11,7\n"\n');
    const r = segmap('rfm', f, '--out', join(dir, 'quote-out.csv'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning: a quoted field runs from line 3 to line 5: check for a stray quote');
  });
});

describe('segmap rfm exits 1 with a located message', () => {
  const big = 'customer,date,amount\n' + 'A,2024-01-05,10\n'.repeat(70_000);
  const cases: { name: string; file: string | Uint8Array; args?: string[]; message: RegExp }[] = [
    {
      name: 'nul-late',
      file: cat(enc(big), enc('B,2024-01-06,2'), [0], enc('\n')),
      message: /nul-late\.csv:70002: the file contains NUL bytes/,
    },
    {
      name: 'nul-early',
      file: cat(enc('customer,date,amount\nA,2024-01-05,1'), [0], enc('\n')),
      message: /nul-early\.csv:2: the file contains NUL bytes \(the first on line 2\)/,
    },
    { name: 'empty', file: '', message: /empty\.csv: the file is empty/ },
    { name: 'header-only', file: 'customer,date,amount\n', message: /header-only\.csv: no data rows/ },
    { name: 'no-date', file: 'customer,amount\nA,10.5\n', message: /no-date\.csv: no column is mapped to the date/ },
    {
      name: 'no-such-column',
      file: 'customer,date,amount\nA,2024-01-05,10\n',
      args: ['--map', 'amount=total'],
      message: /no-such-column\.csv: --map amount=total: no such column \(columns: customer, date, amount\)/,
    },
  ];
  it.each(cases)('$name', ({ name, file, args = [], message }) => {
    const f = typeof file === 'string' ? write(`${name}.csv`, file) : writeBytes(`${name}.csv`, file);
    const r = segmap('rfm', f, '--json', ...args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['--skip-rows=-1'], /--skip-rows: expected a whole number/],
    [['--skip-rows', 'two'], /--skip-rows: expected a whole number/],
    [['--today', '2024-13-01'], /--today: expected YYYY-MM-DD/],
  ])('rejects %j with exit 2', (args, message) => {
    const r = segmap('rfm', 'x.csv', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('CSV exports neutralise formulas but keep numbers', () => {
  it('segmap rfm --out writes formula-like ids with an apostrophe, numeric ids as they are', () => {
    const f = write(
      'formula.csv',
      [
        'customer,date,amount',
        '"=HYPERLINK(""http://evil"",""click"")",2024-01-05,10',
        '@SUM(A1),2024-01-06,5',
        '-3,2024-01-07,7',
        '+1,2024-01-08,8',
        '-x,2024-01-08,8',
      ].join('\n'),
    );
    const out = join(dir, 'formula-out.csv');
    expect(segmap('rfm', f, '--out', out).code).toBe(0);
    const ids = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => (l.startsWith('"') ? l.slice(0, l.lastIndexOf('"') + 1) : l.split(',')[0]));
    expect(ids.sort()).toEqual(["'-x", "'@SUM(A1)", '"\'=HYPERLINK(""http://evil"",""click"")"', '+1', '-3'].sort());
  });
});
