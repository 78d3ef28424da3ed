// End-to-end mutation fuzz (issue 9): random byte mutations of valid files, sniffed, imported in
// random chunk sizes and scored, always end in either a table or a CoreError with a code (never a
// TypeError or an uncoded Error), and a stored value never holds U+FFFD without a warning.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildImportOptions } from '../../../src/core/import/buildImportOptions.ts';
import { importStream } from '../../../src/core/import/importStream.ts';
import { sniff } from '../../../src/core/import/sniff.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { CoreError } from '../../../src/core/notice/notice.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { daysFromCivil } from '../../../src/core/values/civil.ts';
import { rng } from '../rng.ts';

const TODAY = daysFromCivil(2024, 6, 30);

function utf16le(text: string): Uint8Array {
  const units = '\uFEFF' + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    out[2 * i] = units.charCodeAt(i) & 0xff;
    out[2 * i + 1] = units.charCodeAt(i) >> 8;
  }
  return out;
}

const ZH = new TextEncoder().encode(
  '客户编号,日期,金额,城市\n' +
    Array.from(
      { length: 50 },
      (_, i) => `客户${i % 9}😀,2024-01-${String(1 + (i % 28)).padStart(2, '0')},${i + 1}.5,上海市\n`,
    ).join(''),
);
const INVOICES = new TextEncoder().encode(
  'invoice,customer,date,amount,city\n' +
    Array.from({ length: 40 }, (_, i) => `${i},C${i % 7},2024-0${1 + (i % 9)}-1${i % 10},"${i},5",北京\n`).join(''),
);
/** The GBK fixture (header + 3 rows) with its rows repeated 10 times. */
const GBK = (() => {
  const file = new Uint8Array(readFileSync(new URL('../../fixtures/csv/gbk-chinese.csv', import.meta.url)));
  const headerEnd = file.indexOf(0x0a) + 1;
  const rows = Array.from(file.subarray(headerEnd));
  return Uint8Array.from([...file.subarray(0, headerEnd), ...Array.from({ length: 10 }, () => rows).flat()]);
})();
const UTF16 = utf16le(
  '客户,日期,金额\r\n' + Array.from({ length: 20 }, (_, i) => `K${i % 5},2024-02-${10 + i},${i}.25\r\n`).join(''),
);
const BASES: [string, Uint8Array][] = [
  ['utf-8 Chinese', ZH],
  ['decimal commas in quotes', INVOICES],
  ['GBK', GBK],
  ['UTF-16 LE', UTF16],
];

async function importBytes(bytes: Uint8Array, chunk: number) {
  const s = sniff(bytes, true);
  const { options } = buildImportOptions(s);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.slice(i, i + chunk);
  }
  return importStream(chunks(), options, {
    fileName: 'fuzz.csv',
    totalBytes: bytes.length,
    reopen: chunks,
    today: TODAY,
  });
}

/** Every string the table would store: customer and invoice ids, attribute values. */
const storedStrings = (t: TransactionTable) => [
  ...t.customerIds,
  ...t.invoiceIds,
  ...t.attributes.flatMap((a) => [...a.values]),
];

const NASTY = [0x22, 0x2c, 0x0d, 0x0a, 0x00, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x3b, 0x09, 0x81, 0x82, 0x30, 0x38];

/** 1 to 8 insertions, replacements or deletions, biased toward bytes that matter to the parser. */
function mutate(base: Uint8Array, r: () => number): Uint8Array {
  const b = Array.from(base);
  for (let m = 1 + Math.floor(r() * 8); m > 0; m--) {
    const at = Math.floor(r() * (b.length + 1));
    const x = r() < 0.6 ? NASTY[Math.floor(r() * NASTY.length)] : Math.floor(r() * 256);
    const op = r();
    if (op < 0.4) b.splice(at, 0, x);
    else if (op < 0.8) b[at] = x;
    else b.splice(at, 1);
  }
  return Uint8Array.from(b);
}

describe('import fuzz: mutated files end in a table or a coded error', () => {
  it.each(BASES)('%s: 150 seeded mutations', async (_name, base) => {
    const r = rng(9 + base.length);
    const outcomes: Record<string, number> = {};
    for (let k = 0; k < 150; k++) {
      const bytes = mutate(base, r);
      const chunk = 1 + Math.floor(r() * 50);
      const what = `case ${k}: [${Array.from(bytes).join(',')}] in chunks of ${chunk}`;
      try {
        const { table, report } = await importBytes(bytes, chunk);
        computeRfm(table);
        expect(table.rows, what).toBeGreaterThan(0);
        const withFffd = storedStrings(table).filter((v) => v.includes('\uFFFD'));
        if (withFffd.length > 0) {
          expect(
            report.warnings.map((w) => w.code),
            `${what}: ${withFffd[0]} stored without a warning`,
          ).toContain('import.undecodable');
        }
        outcomes.table = (outcomes.table ?? 0) + 1;
      } catch (e) {
        if (!(e instanceof CoreError)) throw new Error(`${what}: ${String(e)}`, { cause: e });
        expect(typeof e.code, what).toBe('string');
        expect(e.code, what).toMatch(/^[a-z]+\.[A-Za-z]+$/);
        outcomes[e.code] = (outcomes[e.code] ?? 0) + 1;
      }
    }
    // Most mutations still give a table: the importer drops and counts rather than failing.
    expect(outcomes.table).toBeGreaterThan(50);
    // The GB18030 transcoder never throws (Node's streaming decoder did, at chunk boundaries): no
    // import ends in the decode error that would report it.
    expect(outcomes['import.decode']).toBeUndefined();
  });

  it.each(BASES)('%s unmutated: the same table at every chunk size', async (_name, base) => {
    const json = (t: TransactionTable) =>
      JSON.stringify(t, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v));
    const whole = json((await importBytes(base, base.length)).table);
    for (const chunk of [1, 2, 3, 4, 5, 7, 13, 64]) {
      expect(json((await importBytes(base, chunk)).table), `chunk ${chunk}`).toBe(whole);
    }
  });
});
