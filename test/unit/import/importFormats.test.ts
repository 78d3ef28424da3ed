// Every input format of issue 3, end to end through sniff → guesses → importer → RFM, with no mapping
// changes unless the row says so. Each file holds the same three purchases:
//   A 2011-12-09 1,234.56 · A 2011-12-01 10.00 · B 2011-11-30 5.50
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OptionChoices } from '../../../src/core/import/buildImportOptions.ts';
import type { SniffOverrides } from '../../../src/core/import/sniff.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { importText } from '../helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url));

/** UTF-16 LE with a byte-order mark, as Excel's "Unicode text" writes it. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

interface Row {
  name: string;
  input: string | Uint8Array;
  choices?: OptionChoices;
  over?: SniffOverrides;
  /** Customer ids as stored, when not A and B. */
  ids?: [string, string];
}

const rows: Row[] = [
  {
    name: 'comma, LF, ISO dates',
    input: 'customer,date,amount\nA,2011-12-09,1234.56\nA,2011-12-01,10\nB,2011-11-30,5.5\n',
  },
  {
    name: 'semicolon, CRLF, decimal comma, dd.mm.yyyy',
    input: 'Kunde;Datum;Betrag\r\nA;09.12.2011;1.234,56\r\nA;01.12.2011;10,00\r\nB;30.11.2011;5,50\r\n',
    choices: { roles: ['customer', 'date', 'amount'] },
  },
  {
    name: 'tab, UTF-16 LE with BOM, date-times',
    input: utf16le(
      'CustomerID\tInvoiceDate\tAmount\r\nA\t2011-12-09 12:50:00\t1234.56\r\nA\t2011-12-01 08:26:00\t10\r\nB\t2011-11-30 23:59:59\t5.5\r\n',
    ),
  },
  {
    name: 'pipe, yyyy/m/d, ISO with T',
    input: 'customer|date|amount\nA|2011/12/9|1234.56\nA|2011-12-01T08:26|10\nB|2011/11/30|5.5\n',
  },
  {
    name: 'runs of spaces, no header, yyyymmdd (CDNOW_master layout)',
    input: '    A 0001 20111209  2 1234.56\n    A 0002 20111201  1   10.00\n    B 0003 20111130  1    5.50\n',
    choices: { roles: ['customer', 'invoice', 'date', 'quantity', 'amount'] },
  },
  {
    name: 'UTF-8 with BOM, Chinese headers and dates, ¥ and thousands',
    input:
      '\ufeff会员号,下单时间,实付金额,订单号\nA,2011年12月9日,"¥1,234.56",1\nA,2011年12月1日 8:26,￥10.00,2\nB,2011年11月30日,5.50元,3\n',
  },
  { name: 'GBK (Chinese Excel export), 客户编号 / 交易日期 / 消费金额 / 订单号', input: fixture('gbk-chinese.csv') },
  {
    name: 'RFC 4180: quoted delimiters, doubled quotes, line breaks, CRLF',
    input:
      'customer,date,amount,note\r\n"A","2011-12-09","1,234.56","say ""hi"", twice"\r\nA,2011-12-01,10,"two\r\nlines"\r\nB,2011-11-30,5.5,\r\n',
  },
  { name: 'Excel serial day numbers', input: 'customer,date,amount\nA,40886,1234.56\nA,40878.5,10\nB,40877,5.5\n' },
  {
    name: 'month-first m/d/yyyy (11/30 settles it)',
    input: 'customer,date,amount\nA,12/9/2011,$1234.56\nA,12/1/2011,$10.00\nB,11/30/2011,$5.50\n',
  },
  {
    name: 'day-first d/m/yyyy (30/11 settles it), £ and €',
    input: 'customer,date,amount\nA,9/12/2011,£1234.56\nA,1/12/2011,€10\nB,30/11/2011,£5.50\n',
  },
  {
    name: 'quantity × unit price, ids like 17850.0',
    input:
      'CustomerID,InvoiceDate,Quantity,UnitPrice\n1.0,2011-12-09,2,617.28\n1.0,2011-12-01,4,2.5\n2.0,2011-11-30,1,5.5\n',
    ids: ['1', '2'],
  },
];

describe('import formats', () => {
  it.each(rows)('$name', async ({ input, choices, over, ids = ['A', 'B'] }) => {
    const { table, report } = await importText(input, choices, over);
    expect(report).toMatchObject({
      rowsRead: 3,
      rowsKept: 3,
      customers: 2,
      firstDate: '2011-11-30',
      lastDate: '2011-12-09',
    });
    const rfm = computeRfm(table);
    const byId = Object.fromEntries([...Array(rfm.n).keys()].map((i) => [rfm.ids[i], i]));
    expect(rfm.monetary[byId[ids[0]]]).toBeCloseTo(1244.56, 6);
    expect(rfm.monetary[byId[ids[1]]]).toBeCloseTo(5.5, 6);
    expect([rfm.recency[byId[ids[0]]], rfm.recency[byId[ids[1]]]]).toEqual([1, 10]);
  });
});

describe('day/month order decided from the whole column', () => {
  // 2,050 dates that read both ways (the sniffer samples 2,000 rows), then one that does not.
  const ambiguous = Array.from({ length: 2050 }, (_, i) => `C${i},${(i % 12) + 1}/${(i % 12) + 1}/2011,10`);
  const file = (last: string) => ['customer,date,amount', ...ambiguous, `Z,${last},10`].join('\n') + '\n';

  it.each([
    {
      last: '1/13/2011',
      choices: {},
      order: 'mdy',
      decidedBy: 'file',
      evidence: { line: 2052, raw: '1/13/2011' },
      lastDate: '2011-12-12',
    },
    {
      last: '13/1/2011',
      choices: {},
      order: 'dmy',
      decidedBy: 'file',
      evidence: { line: 2052, raw: '13/1/2011' },
      lastDate: '2011-12-12',
    },
    { last: '5/5/2011', choices: {}, order: 'dmy', decidedBy: 'default', evidence: null, lastDate: '2011-12-12' },
    {
      last: '5/5/2011',
      choices: { dateOrder: 'mdy' },
      order: 'mdy',
      decidedBy: 'user',
      evidence: null,
      lastDate: '2011-12-12',
    },
  ] as const)(
    '$last with $choices → $order by $decidedBy',
    async ({ last, choices, order, decidedBy, evidence, lastDate }) => {
      const { report } = await importText(file(last), choices);
      expect(report.dateOrder).toEqual({ order, decidedBy, evidence: evidence && { ...evidence, column: 2 } });
      expect(report).toMatchObject({ rowsKept: 2051, lastDate });
      expect(report.dropped.badDate).toBe(0);
    },
  );

  it('keeps the chosen order and drops the misfits when the column mixes both', async () => {
    const { report } = await importText(file('1/13/2011').replace('C2049,10/10/2011', 'C2049,13/10/2011'));
    expect(report.dateOrder).toMatchObject({ order: 'dmy', decidedBy: 'file' });
    expect(report.dropped.badDate).toBe(1);
    expect(report.samples.badDate).toEqual([{ line: 2052, column: 2, raw: '1/13/2011' }]);
  });
});
