// Issue 14, real-world dates, encodings and numbers: one bad value among thousands of good ones must
// cost its own row (located, with the real reason), never the whole file or a silent mojibake.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniff } from '../../../src/core/import/sniff.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { daysFromCivil, formatDay } from '../../../src/core/values/civil.ts';
import { importText } from '../helpers.ts';

const SHOP = readFileSync(new URL('../../../public/samples/sample-shop.csv', import.meta.url), 'utf8');
/** The sample shop (3,830 rows, 2024-01-01..2025-12-31) plus `extra` lines at the end. */
const shopWith = (...extra: string[]) => SHOP + extra.map((l) => `${l}\n`).join('');
const cat = (...parts: (string | number[])[]) => {
  const bytes = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of bytes) {
    out.set(b, at);
    at += b.length;
  }
  return out;
};

describe('sentinel and outlier dates are a drop reason of their own', () => {
  it.each(['9999-12-31', '0001-01-01', '1900-01-01', '1899-12-30', '2101-03-04', '1970-01-01'])(
    'one %s among the sample shop’s 3,830 rows is dropped, counted and located',
    async (date) => {
      const { table, report } = await importText(shopWith(`999999,ZZ-NEW,${date},10.00,40,North,app`));
      expect(report.rowsRead).toBe(3831);
      expect(report.rowsKept).toBe(3830);
      expect(report.dropped.outlierDate).toBe(1);
      expect(report.samples.outlierDate).toEqual([{ line: 3832, column: 3, raw: date }]);
      expect([report.firstDate, report.lastDate]).toEqual(['2024-01-01', '2025-12-31']);
      // The customer who had only that row is gone from the dictionaries, so RFM never sees them.
      expect(table.customerIds).not.toContain('ZZ-NEW');
      expect(report.customers).toBe(table.customerIds.length);
      expect(computeRfm(table).n).toBe(table.customerIds.length);
      expect(Math.max(...table.customer)).toBe(table.customerIds.length - 1);
      expect(table.attributes.every((a) => a.codes.length === table.rows)).toBe(true);
    },
  );

  it('a sentinel row of a known customer keeps the customer, the other rows, and their lines', async () => {
    const { table, report } = await importText(
      shopWith('999998,C0005,9999-12-31,10.00,61,South,app', '999999,C0005,2025-12-31,11.00,61,South,app'),
    );
    expect(report.rowsKept).toBe(3831);
    expect(report.samples.outlierDate).toEqual([{ line: 3832, column: 3, raw: '9999-12-31' }]);
    expect(table.customerIds).toContain('C0005');
    expect(table.time[table.rows - 1]).toBe(daysFromCivil(2025, 12, 31) * 86_400_000);
    expect(table.amount[table.rows - 1]).toBe(11);
  });

  it('the rule can be turned off (the bounded views then cope) and its gap changed', async () => {
    const file = shopWith('999999,ZZ,2031-06-01,10.00,40,North,app');
    const off = await importText(file, { cleaning: { dropOutlierDates: false } });
    expect([off.report.dropped.outlierDate, off.report.lastDate]).toEqual([0, '2031-06-01']);
    // Kept, but the report says so, with the line.
    const kept = off.report.warnings.find((n) => n.code === 'import.outlierKept');
    expect(kept?.params).toEqual({ count: 1, line: 3832, date: '2031-06-01' });
    const five = await importText(file);
    expect(five.report.dropped.outlierDate).toBe(1);
    expect(five.report.warnings.map((n) => n.code)).not.toContain('import.outlierKept');
    const ten = await importText(file, { cleaning: { outlierYears: 10 } });
    expect(ten.report.dropped.outlierDate).toBe(0);
  });

  it('the rows after today are counted again without the dropped ones', async () => {
    const today = daysFromCivil(2025, 6, 30);
    const { report } = await importText(shopWith('999999,ZZ,9999-12-31,10.00,40,North,app'), {}, {}, 1 << 16, today);
    const w = report.warnings.find((n) => n.code === 'import.futureKept');
    expect(w?.params).toMatchObject({ line: expect.any(Number), date: '2025-07-01' });
    expect(w?.params.count).toBeLessThan(report.rowsKept);
  });

  const history = (from: number, years: number, perYear: (y: number) => number) => {
    const lines = ['customer,date,amount'];
    for (let y = 0; y < years; y++) {
      for (let k = 0; k < perYear(y); k++) {
        const day = daysFromCivil(from + y, 1, 1) + ((k * 37) % 365);
        lines.push(`C${k % 50},${formatDay(day)},${(k % 9) + 1}.50`);
      }
    }
    return lines.join('\n') + '\n';
  };
  it.each([
    ['four busy years', history(2021, 4, () => 500)],
    ['thirty years with a thin start (one row a year, then thousands)', history(1995, 30, (y) => (y < 15 ? 1 : 400))],
    ['thirty years with a three-year hole', history(1995, 30, (y) => (y >= 10 && y < 13 ? 0 : 50))],
    ['a real 1970-01-01 inside a history through 1970', history(1965, 10, () => 30) + 'C1,1970-01-01,5\n'],
  ])('%s: nothing is dropped', async (_name, file) => {
    const { report } = await importText(file);
    expect(report.dropped.outlierDate).toBe(0);
  });
});

describe('day/month order: the file’s clear majority decides, the misfits are dropped with their lines', () => {
  // 1,002 day-first dates, most with a day above 12, and one line replaced by a typo.
  const dayFirst = (typo: string, at = 503) =>
    [
      'customer,date,amount',
      ...Array.from({ length: 1002 }, (_, i) =>
        i + 2 === at ? `T,${typo},10` : `C${i % 40},${(i % 28) + 1}/${(i % 12) + 1}/2011,${i + 1}.25`,
      ),
    ].join('\n') + '\n';

  it.each([
    { typo: '10/25/2011', code: 'import.dateOrderConflict', params: { count: 1, line: 503, raw: '10/25/2011' } },
    { typo: '13/25/2011', code: 'import.dateNeitherOrder', params: { count: 1, line: 503, raw: '13/25/2011' } },
  ])('one $typo among 1,002 day-first dates: 1,001 kept, the typo located', async ({ typo, code, params }) => {
    const { report } = await importText(dayFirst(typo));
    expect(report.rowsKept).toBe(1001);
    expect(report.dateOrder?.order).toBe('dmy');
    expect(report.samples.badDate).toEqual([{ line: 503, column: 2, raw: typo }]);
    const w = report.warnings.find((n) => n.code === code);
    expect(w?.params).toMatchObject(params);
    expect(w?.text).toContain(`line 503`);
  });

  it('month-first files read month first despite one day-first typo', async () => {
    const mdy = dayFirst('25/10/2011').replace(/,(\d+)\/(\d+)\/2011,/g, (m, a, b) =>
      m === ',25/10/2011,' ? m : `,${b}/${a}/2011,`,
    );
    const { report } = await importText(mdy);
    expect(report.dateOrder?.order).toBe('mdy');
    expect(report.rowsKept).toBe(1001);
    expect(report.warnings.find((n) => n.code === 'import.dateOrderConflict')?.params).toMatchObject({
      count: 1,
      line: 503,
      raw: '25/10/2011',
      order: 'mdy',
    });
  });

  it('rows beyond the sample settle the order by their majority too (one typo does not block it)', async () => {
    // 2,050 dates both orders read (the sniffer samples 2,000), then 30 month-first, then one day-first.
    const both = Array.from({ length: 2050 }, (_, i) => `C${i},${(i % 12) + 1}/${(i % 12) + 1}/2011,${i + 1}`);
    const mdy = Array.from({ length: 30 }, (_, i) => `M${i},1/${13 + (i % 15)}/2011,${i + 1}`);
    const file = ['customer,date,amount', ...both, ...mdy, 'T,25/1/2011,5'].join('\n') + '\n';
    const { report } = await importText(file);
    expect(report.dateOrder).toMatchObject({ order: 'mdy', decidedBy: 'file' });
    expect(report.rowsKept).toBe(2080);
    expect(report.samples.badDate).toEqual([{ line: 2082, column: 2, raw: '25/1/2011' }]);
    expect(report.warnings.find((n) => n.code === 'import.dateOrderConflict')?.params).toMatchObject({
      count: 1,
      line: 2082,
    });
  });

  it('a file that mixes both orders with no clear majority imports the larger side and says so', async () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0 ? `M${i},1/${13 + (i % 15)}/2011,${i + 1}` : `D${i},${13 + (i % 15)}/1/2011,${i + 1}`,
    );
    const { report, sniff: s } = await importText(['customer,date,amount', ...rows].join('\n') + '\n');
    expect(s.dateFormat.kind).toBe('dmy');
    expect(s.dateAmbiguous).toBe(true);
    expect(s.dateMixed).toMatchObject({ onlyDay: 200, onlyMonth: 100 });
    expect(report.rowsKept).toBe(200);
    expect(report.warnings.find((n) => n.code === 'import.dateOrderConflict')?.params).toMatchObject({
      count: 100,
      line: 2,
      raw: '1/13/2011',
    });
  });

  const serials = (odd: string[]) =>
    [
      'customer,date,amount',
      ...Array.from({ length: 1000 }, (_, i) => `C${i % 30},${40179 + i},5`),
      ...odd.map((v) => `Z,${v},5`),
    ].join('\n') + '\n';
  it.each([
    { odd: ['n/a'], reason: 'badDate', raw: 'n/a' },
    { odd: ['2011-12-09'], reason: 'badDate', raw: '2011-12-09' },
    { odd: ['99999'], reason: 'outlierDate', raw: '2173-10-13' },
    { odd: ['123'], reason: 'outlierDate', raw: '1900-05-02' },
  ] as const)('1,000 Excel serials and $odd: serials, the odd one dropped as $reason', async ({ odd, reason, raw }) => {
    const { report, options } = await importText(serials([...odd]));
    expect(options.dateFormat.kind).toBe('excel');
    expect(report.rowsKept).toBe(1000);
    expect(report.samples[reason]).toEqual([{ line: 1002, column: 2, raw }]);
  });
});

describe('a UTF-8 file with a few Windows-1252 bytes stays UTF-8, with located warnings', () => {
  const rows = Array.from({ length: 2000 }, (_, i) => `Müller ${i % 50},2011-12-${(i % 28) + 1},${i % 9}.50\n`);
  it('one Windows-1252 row among 2,001', async () => {
    const bytes = cat(
      'customer,date,amount\n',
      ...rows.slice(0, 1200),
      'Gr',
      [0xfc],
      'n,2011-12-01,3\n',
      ...rows.slice(1200),
    );
    const { table, report, sniff: s } = await importText(bytes);
    expect(s.encoding).toBe('utf-8');
    expect(s.notices.find((n) => n.code === 'sniff.fewBadBytes')?.params).toMatchObject({ count: 1, line: 1202 });
    // Windows-1252 cannot be chosen: the advice is to save the file as UTF-8, not to pick an encoding.
    expect(s.notices.find((n) => n.code === 'sniff.fewBadBytes')?.text).toMatch(/save the file again as UTF-8/);
    expect(table.customerIds).toContain('Müller 7');
    expect(table.customerIds.join('')).not.toMatch(/眉/);
    expect(report.rowsKept).toBe(2001);
    const w = report.warnings.find((n) => n.code === 'import.undecodable');
    expect(w?.params).toMatchObject({ count: 1, line: 1202, lines: '1202' });
  });

  it('an ASCII file with one Windows-1252 row stays UTF-8', () => {
    const ascii = Array.from({ length: 300 }, (_, i) => `C${i},2011-12-01,3\n`);
    const s = sniff(cat('customer,date,amount\n', ...ascii, 'Jos', [0xe9], ',2011-12-02,4\n'), true);
    expect(s.encoding).toBe('utf-8');
    expect(s.notices.map((n) => n.code)).toContain('sniff.fewBadBytes');
  });

  it('a GBK file is read as GBK/GB18030, and the report says why', () => {
    const gbk = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0xc8, 0xd5, 0xc6, 0xda, 0x0a]); // 客户,日期
    const row = new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x32, 0x30, 0x31, 0x31, 0x2d, 0x31, 0x2d, 0x31, 0x0a]);
    const s = sniff(cat([...gbk], ...Array.from({ length: 20 }, () => [...row])), true);
    expect(s.encoding).toBe('gb18030');
    expect(s.columns).toEqual(['客户', '日期']);
    expect(s.notices.find((n) => n.code === 'sniff.encodingFallback')?.params).toMatchObject({ line: 1 });
  });
});

describe('degenerate numbers are a located drop reason', () => {
  it.each([
    ['1e308 × 10', 'customer,date,quantity,price\nA,2011-12-01,2,5\nB,2011-12-02,1e308,10\n', 4],
    ['an amount above 1e12', 'customer,date,amount\nA,2011-12-01,10\nB,2011-12-02,2000000000000\n', 3],
    ['a negative beyond -1e12', 'customer,date,amount\nA,2011-12-01,10\nB,2011-12-02,-5e13\n', 3],
  ])('%s', async (_name, file, column) => {
    const { report, table } = await importText(file, { cleaning: { dropNonPositive: false } });
    expect(report.dropped.amountOutOfRange).toBe(1);
    expect(report.samples.amountOutOfRange[0]).toMatchObject({ line: 3, column });
    expect([...table.amount].every(Number.isFinite)).toBe(true);
  });
});

describe('a customer summary with an absurd total drops that customer, located', () => {
  it('1e308 as a total', async () => {
    const file =
      'customer_id,first_purchase,last_purchase,orders,total_amount\n' +
      'A,2011-01-01,2011-12-01,3,120\nB,2011-02-01,2011-11-01,2,1e308\n';
    const { report } = await importText(file, { kind: 'summary' });
    expect(report.kind).toBe('summary');
    expect(report.samples.amountOutOfRange).toEqual([{ line: 3, column: 5, raw: '1e308' }]);
    expect(report.rowsKept).toBe(1);
  });
});

describe('ids that differ only in Unicode normalisation are one customer', () => {
  it('precomposed and combining ü', async () => {
    const file = 'customer,date,amount\nM\u00fcller,2011-12-01,10\nMu\u0308ller,2011-12-02,5\nMüller ,2011-12-03,1\n';
    const { table } = await importText(file);
    expect(table.customerIds).toEqual(['M\u00fcller']);
    expect(computeRfm(table).monetary[0]).toBe(16);
  });
});

describe('rows to skip past the end of the file are an error', () => {
  const file = 'customer,date,amount\nA,2011-12-01,10\nB,2011-12-02,5\n';
  it.each([
    [3, undefined, /has 3 rows .*leaves no row to read/],
    [40, undefined, /has 3 rows .*leaves no row to read/],
    [2, true, /leaves only the header \(row 3\) and no data row/],
  ])('skip %i (header %s)', (skipRows, hasHeader, message) => {
    expect(() => sniff(new TextEncoder().encode(file), true, { skipRows, hasHeader })).toThrow(message);
  });
  it('skipping within the file still works', () => {
    expect(sniff(new TextEncoder().encode(`Report\n${file}`), true, { skipRows: 1 }).columns).toEqual([
      'customer',
      'date',
      'amount',
    ]);
  });
});

describe('a column headed like a date whose values cannot be read says why', () => {
  it.each([
    ['customer,date,amount\nA,31.12.2011 (Mo),10\nB,30.12.2011 (Fr),5\n', 2, 'date', '31.12.2011 (Mo)', 2],
    [
      'Report\ncustomer,amount,InvoiceDate\nA,10,2011-12-01\nB,5,last week\nC,5,2011-12-02\n',
      3,
      'InvoiceDate',
      'last week',
      4,
    ],
    ['客户,金额,日期\nA,10,十二月一日\n', 3, '日期', '十二月一日', 2],
  ])('%#: column %i "%s", value %j on line %i', async (file, column, name, value, line) => {
    const s = sniff(new TextEncoder().encode(file), true);
    expect(s.roles).not.toContain('date');
    const n = s.notices.find((x) => x.code === 'sniff.unreadDate');
    expect(n?.params).toMatchObject({ column, name, value, line });
    expect(n?.text).toMatch(/is not a date Segmap reads.*formats read: 2011-12-09/);
    await expect(importText(file)).rejects.toMatchObject({
      code: 'import.unreadDate',
      message: expect.stringContaining(`"${value}" on line ${line}`),
    });
  });
  it('says nothing when the date column was found', () => {
    const s = sniff(new TextEncoder().encode('customer,date,amount,weekday\nA,2011-12-01,10,Mon\n'), true);
    expect(s.notices.map((n) => n.code)).not.toContain('sniff.unreadDate');
  });
});
