// Bad input (issue 9): each case is an input with the expected table/report or the expected located
// error, through the same sniff → options → importStream path as the app and the CLI.
import { describe, expect, it, vi } from 'vitest';
import { applyMaps, buildImportOptions } from '../../../src/core/import/buildImportOptions.ts';
import { Importer } from '../../../src/core/import/Importer.ts';
import { ImportError, importStream } from '../../../src/core/import/importStream.ts';
import { SNIFF_BYTES, sniff, SniffError } from '../../../src/core/import/sniff.ts';
import type { SniffOverrides } from '../../../src/core/import/sniff.ts';
import type { CleaningOptions, ImportOptions } from '../../../src/core/import/types.ts';
import { CoreError } from '../../../src/core/notice/notice.ts';
import { daysFromCivil } from '../../../src/core/values/civil.ts';
import { importText } from '../helpers.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
/** "客户编号,日期,金额\r\n" in GBK. */
const GBK_HEADER = [
  0xbf, 0xcd, 0xbb, 0xa7, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0d,
  0x0a,
];
const BOM = [0xef, 0xbb, 0xbf];
const CHUNKS = [1, 3, 7, 1 << 16];

/** The import's error, or null when it succeeds. */
async function importError(...args: Parameters<typeof importText>): Promise<unknown> {
  try {
    await importText(...args);
    return null;
  } catch (e) {
    return e;
  }
}

describe('too many fields: dropped as tooManyFields, trailing empty fields tolerated', () => {
  const cases: {
    name: string;
    input: string;
    over?: SniffOverrides;
    kept: string[];
    samples: { line: number; column: number; raw: string }[];
  }[] = [
    {
      name: 'unquoted thousands separator: 1,234 under customer,date,amount',
      input: 'customer,date,amount\nA,2024-01-05,1,234\nB,2024-01-06,20\n',
      kept: ['B'],
      samples: [{ line: 2, column: 4, raw: '4 fields' }],
    },
    {
      name: 'two extra fields',
      input: 'customer,date,amount\nA,2024-01-05,10\nC,2024-01-11,7,extra,more\nD,2024-01-12,8\n',
      kept: ['A', 'D'],
      samples: [{ line: 3, column: 4, raw: '5 fields' }],
    },
    {
      name: 'trailing empty fields as Excel writes them',
      input: 'customer,date,amount\nA,2024-01-05,10,,\nB,2024-01-06,20,\nC,2024-01-07,5, \n',
      kept: ['A', 'B', 'C'],
      samples: [],
    },
    {
      name: 'an extra field the header names (blank name: Column 4)',
      input: 'customer,date,amount,\nA,2024-01-05,10,x\nB,2024-01-06,20,y\n',
      kept: ['A', 'B'],
      samples: [],
    },
    {
      name: 'no header: wider than the most common width',
      input: '1,2024-01-05,10.5\n2,2024-01-06,20.5\n3,2024-01-07,1,234.5\n4,2024-01-08,3.5\n',
      over: { hasHeader: false },
      kept: ['1', '2', '4'],
      samples: [{ line: 3, column: 4, raw: '4 fields' }],
    },
    {
      name: 'a quoted 1,234 is one field',
      input: 'customer,date,amount\nA,2024-01-05,"1,234"\n',
      kept: ['A'],
      samples: [],
    },
  ];
  it.each(cases)('$name', async ({ input, over, kept, samples }) => {
    for (const chunk of CHUNKS) {
      const { table, report } = await importText(input, {}, over, chunk);
      expect(table.customerIds).toEqual(kept);
      expect(report.dropped.tooManyFields).toBe(samples.length);
      expect(report.samples.tooManyFields).toEqual(samples);
    }
  });

  it('a file where every row is too wide says so, with the first line', async () => {
    const e = await importError('customer,date,amount\nA,2024-01-05,1,234\nB,2024-01-06,2,500\n');
    expect(e).toBeInstanceOf(ImportError);
    expect(e).toMatchObject({ code: 'import.nothingKept', line: 2, column: 4, params: { reason: 'tooManyFields' } });
  });
});

describe('a quoted field running over line breaks is warned about with its lines', () => {
  const cases: { name: string; input: string; kept: number; warning: object | null; text?: string }[] = [
    {
      name: 'a stray quote swallowing two rows',
      input:
        'customer,date,amount\nA,2024-01-05,10\nB,2024-01-10,"5\nC,2024-01-11,7\nD,2024-01-12,"8\nE,2024-01-13,9\n',
      kept: 2,
      warning: { code: 'import.multilineQuote', params: { count: 1, from: 3, to: 5 } },
      text: 'a quoted field runs from line 3 to line 5: check for a stray quote',
    },
    {
      name: 'a note with a line break (legitimate, still pointed out)',
      input: 'customer,date,amount,note\nA,2024-01-05,10,"first\r\nsecond"\nB,2024-01-06,20,x\n',
      kept: 2,
      warning: { code: 'import.multilineQuote', params: { count: 1, from: 2, to: 3 } },
    },
    {
      name: 'two of them: counted, the first one named',
      input: 'customer,date,amount,note\nA,2024-01-05,10,"a\nb"\nB,2024-01-06,20,"c\n\nd"\n',
      kept: 2,
      warning: { code: 'import.multilineQuote', params: { count: 2, from: 2, to: 3 } },
      text: '2 quoted fields run over several lines (the first from line 2 to line 3): check for a stray quote',
    },
    {
      name: 'quoted fields on one line: no warning',
      input: 'customer,date,amount\n"A","2024-01-05","1,234.5"\n"B ""x""",2024-01-06,2\n',
      kept: 2,
      warning: null,
    },
  ];
  it.each(cases)('$name', async ({ input, kept, warning, text }) => {
    for (const chunk of CHUNKS) {
      const { report } = await importText(input, {}, {}, chunk);
      expect(report.rowsKept).toBe(kept);
      const w = report.warnings.filter((n) => n.code === 'import.multilineQuote');
      if (!warning) expect(w).toEqual([]);
      else {
        expect(w).toEqual([expect.objectContaining(warning)]);
        if (text) expect(w[0].text).toBe(text);
      }
    }
  });
});

describe('undecodable values (U+FFFD) are counted and warned about, never stored silently', () => {
  const cases: { name: string; input: Uint8Array; over?: SniffOverrides; count: number; line: number }[] = [
    {
      name: 'Latin-1 é in a UTF-8 file',
      input: cat(enc('customer,date,amount\nA,2024-01-05,10\nJos'), [0xe9], enc(',2024-01-06,20\n')),
      count: 1,
      line: 3,
    },
    {
      name: 'a truncated UTF-8 sequence and a surrogate',
      input: cat(
        enc('customer,date,amount,city\nA,2024-01-05,10,'),
        [0xe4, 0xb8],
        enc('\nB'),
        [0xed, 0xa0, 0x80],
        enc(',2024-01-06,2,x\n'),
      ),
      over: { encoding: 'utf-8' },
      count: 2,
      line: 2,
    },
    {
      name: 'U+FFFD already in the text',
      input: enc('customer,date,amount\nA,2024-01-05,10\nB\uFFFD,2024-01-06,20\nC,2024-01-07,1\uFFFD\n'),
      count: 2,
      line: 3,
    },
    {
      name: 'GBK with a lead byte followed by a comma',
      input: cat(GBK_HEADER, enc('A,2024-01-05,10\r\n'), [0xb0, 0xa1, 0x81], enc(',2024-01-06,20\r\n')),
      count: 1,
      line: 3,
    },
    {
      name: 'clean Chinese UTF-8: nothing to say',
      input: enc('客户,日期,金额\n张三,2024-01-05,10\n'),
      count: 0,
      line: 0,
    },
  ];
  it.each(cases)('$name', async ({ input, over, count, line }) => {
    for (const chunk of CHUNKS) {
      const { table, report } = await importText(input, {}, over, chunk);
      const w = report.warnings.filter((n) => n.code === 'import.undecodable');
      if (count === 0) {
        expect(w).toEqual([]);
        expect(table.customerIds.join('')).not.toContain('\uFFFD');
      } else {
        expect(w).toEqual([expect.objectContaining({ params: expect.objectContaining({ count, line }) })]);
        expect(w[0].text).toMatch(
          /could not be decoded \(first at line \d+; lines [\d, …]+\); the file may not be in the detected encoding/,
        );
      }
    }
  });
});

describe('NUL bytes: the import fails at the line, nothing is kept', () => {
  const filler = 'customer,date,amount\n' + 'A,2024-01-05,10\n'.repeat(Math.ceil(SNIFF_BYTES / 16) + 10);
  const line = filler.split('\n').length;
  const cases: { name: string; input: Uint8Array; line: number }[] = [
    { name: 'after the first MB', input: cat(enc(filler), enc('B,2024-01-06,2'), [0], enc('0\n')), line },
    { name: 'alone on a line after the first MB', input: cat(enc(filler), [0], enc('\n')), line },
    {
      name: 'U+0000 in a UTF-16 file',
      input: Uint8Array.from(
        [...'\uFEFFcustomer,date,amount\nA,2024-01-05,10\nB\u0000,2024-01-06,2\n'].flatMap((ch) => [
          ch.charCodeAt(0) & 0xff,
          ch.charCodeAt(0) >> 8,
        ]),
      ),
      line: 3,
    },
  ];
  it.each(cases)('$name', async ({ input, line }) => {
    const s = sniff(input.subarray(0, SNIFF_BYTES), input.length <= SNIFF_BYTES);
    const { options } = buildImportOptions(s);
    for (const size of [1 << 16, 1 << 20]) {
      const chunks = async function* () {
        for (let i = 0; i < input.length; i += size) yield input.subarray(i, i + size);
      };
      const e = await importStream(chunks(), options, { fileName: 'big.csv', totalBytes: input.length }).catch(
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(ImportError);
      expect(e).toMatchObject({ code: 'import.nul', line, params: { file: 'big.csv', line } });
      expect((e as Error).message).toMatch(new RegExp(`^big\\.csv:${line}: the file contains NUL bytes`));
    }
  });

  it('in the first MB the sniffer refuses the file, naming the line', () => {
    const e = (() => {
      try {
        sniff(cat(enc('customer,date,amount\r\nA,2024-01-05,10\rB,2024-01-06,2'), [0], enc('\n')), true);
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(SniffError);
    expect(e).toMatchObject({ code: 'file.nulAt', params: { line: 3 } });
  });
});

describe('rows dated after today', () => {
  const today = daysFromCivil(2024, 6, 1);
  const FILE = [
    'customer,date,amount', //           1
    'A,2024-01-05,10', //                2
    'B,2099-01-05,10', //                3: future
    'C,2024-06-01 23:59,5', //           4: today, not future
    'D,2024-06-02,7', //                 5: future
    'D,2024-06-02,7', //                 6: duplicate of 5 (dropped as duplicate when kept)
  ].join('\n');
  const cases: {
    name: string;
    cleaning: Partial<CleaningOptions>;
    today?: number;
    kept: number;
    future: number;
    warning: object | null;
    text?: string;
  }[] = [
    {
      name: 'kept by default, counted and warned with the first line',
      cleaning: {},
      today,
      kept: 4,
      future: 0,
      warning: { code: 'import.futureKept', params: { count: 2, line: 3, date: '2099-01-05' } },
      text:
        '2 rows are dated after today (first: line 3, 2099-01-05); they are kept, so the default reference ' +
        'date (the day after the last transaction) is after today: drop them with the cleaning rule or set the reference date',
    },
    {
      name: 'dropped with the cleaning rule, with samples',
      cleaning: { dropFuture: true },
      today,
      kept: 2,
      future: 3,
      warning: null,
    },
    { name: 'no today given: no check', cleaning: {}, kept: 4, future: 0, warning: null },
  ];
  it.each(cases)('$name', async ({ cleaning, today: day, kept, future, warning, text }) => {
    const { report } = await importText(FILE, { cleaning }, {}, 1 << 16, day);
    expect(report.rowsKept).toBe(kept);
    expect(report.dropped.future).toBe(future);
    const w = report.warnings.filter((n) => n.code === 'import.futureKept');
    if (!warning) expect(w).toEqual([]);
    else expect(w).toEqual([{ ...warning, text }]);
    if (future) {
      expect(report.samples.future[0]).toEqual({ line: 3, column: 2, raw: '2099-01-05' });
    }
  });

  it('the kept future rows are the last transaction: the warning is what tells', async () => {
    const { report } = await importText(FILE, {}, {}, 1 << 16, today);
    expect(report.lastDate).toBe('2099-01-05');
  });
});

describe('a byte order mark against the chosen encoding', () => {
  const UTF8_BOM_ZH = cat(BOM, enc('客户编号,日期,金额\nA,2024-01-05,10\n'));
  const GBK_BEHIND_BOM = cat(BOM, GBK_HEADER, enc('A,2024-01-05,10\r\n'));
  const UTF16_BOM = Uint8Array.from(
    [...'\uFEFF客户编号,日期,金额\nA,2024-01-05,10\n'].flatMap((ch) => [
      ch.charCodeAt(0) & 0xff,
      ch.charCodeAt(0) >> 8,
    ]),
  );
  const cases: {
    name: string;
    input: Uint8Array;
    over: SniffOverrides;
    encoding: string;
    notice: object | null;
  }[] = [
    {
      name: 'UTF-8 BOM wins over a chosen GBK',
      input: UTF8_BOM_ZH,
      over: { encoding: 'gb18030' },
      encoding: 'utf-8',
      notice: { code: 'sniff.bomWins', params: { bom: 'UTF-8', chosen: 'GBK/GB18030' } },
    },
    {
      name: 'UTF-16 LE BOM wins over a chosen UTF-8',
      input: UTF16_BOM,
      over: { encoding: 'utf-8' },
      encoding: 'utf-16le',
      notice: { code: 'sniff.bomWins', params: { bom: 'UTF-16 LE', chosen: 'UTF-8' } },
    },
    {
      name: 'the chosen encoding is the BOM’s: nothing to say',
      input: UTF8_BOM_ZH,
      over: { encoding: 'utf-8' },
      encoding: 'utf-8',
      notice: null,
    },
    {
      name: 'GBK text behind a stray UTF-8 BOM: the choice stands, the BOM is skipped',
      input: GBK_BEHIND_BOM,
      over: { encoding: 'gb18030' },
      encoding: 'gb18030',
      notice: { code: 'sniff.bomIgnored', params: { bom: 'UTF-8', chosen: 'GBK/GB18030' } },
    },
  ];
  it.each(cases)('$name', async ({ input, over, encoding, notice }) => {
    const { sniff: s, report } = await importText(input, {}, over);
    expect(s.encoding).toBe(encoding);
    expect(s.columns).toEqual(['客户编号', '日期', '金额']);
    expect(s.roles).toEqual(['customer', 'date', 'amount']);
    expect(report.rowsKept).toBe(1);
    if (notice) {
      expect(s.notices).toEqual([expect.objectContaining(notice)]);
      expect(report.warnings).toEqual([expect.objectContaining(notice)]);
    } else {
      expect(s.notices).toEqual([]);
      expect(report.warnings).toEqual([]);
    }
  });
});

describe('rows above the header: an Excel sep= line and title rows', () => {
  const DATA = 'A,2024-01-05,10\nA,2024-02-01,20\nB,2024-01-10,5\n';
  const cases: {
    name: string;
    input: string;
    over?: SniffOverrides;
    skipLines: number;
    columns: string[];
    kept: number;
    notice?: object;
  }[] = [
    {
      name: 'sep=; detected',
      input: 'sep=;\ncustomer;date;amount\nA;2024-01-05;10,50\nB;2024-01-10;5,00\n',
      skipLines: 1,
      columns: ['customer', 'date', 'amount'],
      kept: 2,
    },
    {
      name: 'sep=; with the delimiter chosen by hand',
      input: 'sep=;\ncustomer;date;amount\nA;2024-01-05;10,50\nB;2024-01-10;5,00\n',
      over: { delimiter: ';' },
      skipLines: 1,
      columns: ['customer', 'date', 'amount'],
      kept: 2,
    },
    {
      name: 'one title row',
      input: 'Sales report Q1 2024\ncustomer,date,amount\n' + DATA,
      skipLines: 1,
      columns: ['customer', 'date', 'amount'],
      kept: 3,
      notice: { code: 'sniff.titleRows', params: { rows: 1, first: 'Sales report Q1 2024' } },
    },
    {
      name: 'a title row padded with commas and a row of commas',
      input: 'Sales report Q1 2024,,\n,,\ncustomer,date,amount\n' + DATA,
      skipLines: 2,
      columns: ['customer', 'date', 'amount'],
      kept: 3,
      notice: { code: 'sniff.titleRows', params: { rows: 2, first: 'Sales report Q1 2024' } },
    },
    {
      name: 'two title rows and a blank line',
      input:
        'Shop: Lin’s Books\r\nPeriod: 2024\r\n\r\ncustomer,date,amount,channel\r\n' + DATA.replace(/\n/g, ',web\r\n'),
      skipLines: 2,
      columns: ['customer', 'date', 'amount', 'channel'],
      kept: 3,
      notice: { code: 'sniff.titleRows', params: { rows: 2, first: 'Shop: Lin’s Books' } },
    },
    {
      name: 'sep= line and a title row',
      input: 'sep=,\nReport\ncustomer,date,amount\n' + DATA,
      skipLines: 2,
      columns: ['customer', 'date', 'amount'],
      kept: 3,
      notice: { code: 'sniff.titleRows', params: { rows: 1, first: 'Report' } },
    },
    {
      name: 'a leading row of commas only: skipped without a notice',
      input: ',,\ncustomer,date,amount\n' + DATA,
      skipLines: 1,
      columns: ['customer', 'date', 'amount'],
      kept: 3,
    },
    {
      name: 'a header lacking only its last name is not a title',
      input: 'customer,date,amount\nA,2024-01-05,10,x\nB,2024-01-06,20,y\n',
      skipLines: 0,
      columns: ['customer', 'date', 'amount'],
      kept: 0,
    },
    {
      name: 'skip rows chosen by hand',
      input: 'Report\nfor Q1\ncustomer,date,amount\n' + DATA,
      over: { skipRows: 2 },
      skipLines: 2,
      columns: ['customer', 'date', 'amount'],
      kept: 3,
    },
    {
      name: 'skip rows 0 chosen by hand: the title is the header',
      input: 'Sales report Q1 2024\ncustomer,date,amount\n' + DATA,
      over: { skipRows: 0, hasHeader: true },
      skipLines: 0,
      columns: ['Sales report Q1 2024'],
      kept: -1,
    },
  ];
  it.each(cases)('$name', async ({ input, over, skipLines, columns, kept, notice }) => {
    const s = sniff(enc(input), true, over);
    expect(s.skipLines).toBe(skipLines);
    expect(s.columns).toEqual(columns);
    const titles = s.notices.filter((n) => n.code === 'sniff.titleRows');
    if (notice) expect(titles).toEqual([expect.objectContaining(notice)]);
    else expect(titles).toEqual([]);
    if (kept < 0) return;
    const e = await importError(input, {}, over);
    if (kept === 0) expect(e).toBeInstanceOf(ImportError);
    else {
      const { report, options } = await importText(input, {}, over);
      expect(options.skipLines).toBe(skipLines);
      expect(report.rowsRead).toBe(kept);
      expect(report.rowsKept).toBe(kept);
    }
  });
});

describe('header names: duplicates renamed, blanks named, padding trimmed', () => {
  const cases: { name: string; header: string; columns: string[]; roles: string[]; renamed?: string }[] = [
    {
      name: 'a repeated name gets (2)',
      header: 'customer,date,amount,amount',
      columns: ['customer', 'date', 'amount', 'amount (2)'],
      roles: ['customer', 'date', 'amount', 'ignore'],
      renamed: 'amount (2)',
    },
    {
      name: 'repeats ignoring case, and a name already taken',
      header: 'customer,date,amount,Amount,amount (2)',
      columns: ['customer', 'date', 'amount', 'Amount (3)', 'amount (2)'],
      roles: ['customer', 'date', 'amount', 'ignore', 'ignore'],
      renamed: 'Amount (3)',
    },
    {
      name: 'a blank name is Column N',
      header: 'customer,,amount',
      columns: ['customer', 'Column 2', 'amount'],
      roles: ['customer', 'date', 'amount'],
    },
    {
      name: 'padded names are trimmed',
      header: ' customer , date ,  amount ',
      columns: ['customer', 'date', 'amount'],
      roles: ['customer', 'date', 'amount'],
    },
  ];
  it.each(cases)('$name', async ({ header, columns, roles, renamed }) => {
    const cells = header.split(',').length;
    const row = ['A', '2024-01-05', '10.5', '99.5', 'x'].slice(0, cells).join(',');
    const { sniff: s, report } = await importText(`${header}\n${row}\nB,2024-01-06,3.5${',1'.repeat(cells - 3)}\n`);
    expect(s.columns).toEqual(columns);
    expect(s.roles).toEqual(roles);
    expect(report.rowsKept).toBe(2);
    const n = report.warnings.filter((w) => w.code === 'sniff.duplicateHeaders');
    expect(n).toEqual(renamed ? [expect.objectContaining({ params: { names: renamed } })] : []);
  });
});

describe('empty and header-only files', () => {
  const cases: { name: string; input: Uint8Array; code: string; at: 'sniff' | 'import' }[] = [
    { name: 'empty', input: new Uint8Array(0), code: 'file.empty', at: 'sniff' },
    { name: 'blank lines and spaces', input: enc('\n\n  \n'), code: 'file.empty', at: 'sniff' },
    { name: 'a BOM only', input: Uint8Array.from(BOM), code: 'file.empty', at: 'sniff' },
    { name: 'a sep= line only', input: enc('sep=;\n'), code: 'file.empty', at: 'sniff' },
    { name: 'header only', input: enc('customer,date,amount\n'), code: 'import.noRows', at: 'import' },
    { name: 'header only, no line end', input: enc('customer,date,amount'), code: 'import.noRows', at: 'import' },
    {
      name: 'header and blank lines',
      input: enc('customer,date,amount\r\n\r\n\r\n'),
      code: 'import.noRows',
      at: 'import',
    },
  ];
  it.each(cases)('$name → $code', async ({ input, code, at }) => {
    if (at === 'sniff') {
      expect(() => sniff(input, true)).toThrow(SniffError);
      expect(() => sniff(input, true)).toThrow(expect.objectContaining({ code }));
      return;
    }
    const s = sniff(input, true);
    expect(s.hasHeader).toBe(true);
    expect(s.sample).toEqual([]);
    const e = await importError(input);
    expect(e).toBeInstanceOf(ImportError);
    expect(e).toMatchObject({ code, params: { file: 'test.csv' } });
  });
});

describe('mapping errors are coded', () => {
  const base = buildImportOptions(sniff(enc('customer,date,amount,qty\nA,2024-01-05,10,1\n'), true)).options;
  const cases: { name: string; roles: ImportOptions['roles']; code: string }[] = [
    { name: 'no customer', roles: ['ignore', 'date', 'amount', 'ignore'], code: 'import.noCustomerColumn' },
    { name: 'no date', roles: ['customer', 'ignore', 'amount', 'ignore'], code: 'import.noDateColumn' },
    { name: 'no amount', roles: ['customer', 'date', 'ignore', 'quantity'], code: 'import.noAmountColumn' },
  ];
  it.each(cases)('$name → $code', ({ roles, code }) => {
    expect(() => new Importer({ ...base, roles })).toThrow(CoreError);
    expect(() => new Importer({ ...base, roles })).toThrow(expect.objectContaining({ code, params: {} }));
  });

  it('--map to a missing column → import.noSuchColumn', () => {
    expect(() => applyMaps(['customer', 'date'], ['a', 'b'], [{ role: 'amount', column: 'total' }])).toThrow(
      expect.objectContaining({
        code: 'import.noSuchColumn',
        params: { role: 'amount', column: 'total', columns: 'a, b' },
      }),
    );
  });
});

describe('a decoder that throws is reported with the line, as a coded error', () => {
  it('wraps the TypeError of a failing decoder into ImportError import.decode', async () => {
    const input = cat(GBK_HEADER, enc('A,2024-01-05,10\r\nB,2024-01-06,20\r\n'));
    const { options } = buildImportOptions(sniff(input, true));
    expect(options.encoding).toBe('gb18030');
    const Real = globalThis.TextDecoder;
    vi.stubGlobal(
      'TextDecoder',
      class extends Real {
        override decode(): string {
          throw new TypeError('The encoded data was not valid for encoding gb18030');
        }
      },
    );
    try {
      const chunks = async function* () {
        yield input.subarray(0, 30);
        yield input.subarray(30);
      };
      const e = await importStream(chunks(), options, { fileName: 'g.csv', totalBytes: input.length }).catch(
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(ImportError);
      expect(e).toMatchObject({
        code: 'import.decode',
        line: 1,
        params: { file: 'g.csv', byte: 0, encoding: 'gb18030' },
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
