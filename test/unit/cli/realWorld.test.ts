// Issue 14 through the CLI: sentinel dates, a day/month typo, overflowing amounts, an early
// reference date, rows to skip past the end and an unreadable date column, each with exit code and
// a located message.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { segmap, tempFiles } from './runCli.ts';

const { write } = tempFiles('segmap-real-');
const SHOP = readFileSync(new URL('../../../public/samples/sample-shop.csv', import.meta.url), 'utf8');

beforeAll(async () => {
  await buildCli();
}, 60_000);

describe('segmap rfm on real-world dates and numbers', () => {
  const sentinel = write('sentinel.csv', `${SHOP}999999,ZZ,9999-12-31,10.00,40,North,app\n`);

  it.each([
    { name: 'default: the sentinel row dropped', args: [], dropped: 1, lastDate: '2025-12-31' },
    { name: '--keep-outlier-dates keeps it', args: ['--keep-outlier-dates'], dropped: 0, lastDate: '9999-12-31' },
    { name: '--outlier-years 20000 bridges it', args: ['--outlier-years', '20000'], dropped: null, lastDate: null },
  ])('$name', ({ args, dropped, lastDate }) => {
    const r = segmap('rfm', sentinel, '--json', ...args);
    if (dropped === null) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--outlier-years: expected a number of years from 1 to 1000/);
      return;
    }
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.dropped.outlierDate).toBe(dropped);
    expect(report.lastDate).toBe(lastDate);
    if (dropped) expect(report.samples.outlierDate).toEqual([{ line: 3832, column: 3, raw: '9999-12-31' }]);
  });

  it('the text report names the first dropped line', () => {
    const r = segmap('rfm', sentinel, '--out', write('out.csv', ''));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dropped outlierDate: 1 (first: line 3832, "9999-12-31")');
  });

  it('one month-first typo among 1,002 day-first dates costs one row, with its line', () => {
    const rows = Array.from({ length: 1002 }, (_, i) =>
      i === 501 ? 'T,10/25/2011,10' : `C${i % 40},${(i % 28) + 1}/${(i % 12) + 1}/2011,${i + 1}.25`,
    );
    const r = segmap('rfm', write('typo.csv', ['customer,date,amount', ...rows].join('\n') + '\n'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rowsKept).toBe(1001);
    expect(report.samples.badDate).toEqual([{ line: 503, column: 2, raw: '10/25/2011' }]);
    expect(report.warnings.map((w: { code: string }) => w.code)).toContain('import.dateOrderConflict');
  });

  it('overflowing amounts are dropped with their line, never Infinity', () => {
    const file = write(
      'huge.csv',
      'customer,date,quantity,price\nA,2011-12-01,2,5\nB,2011-12-02,1e308,10\nB,2011-12-03,1,1\n',
    );
    const r = segmap('rfm', file, '--json');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Infinity|NaN/);
    const report = JSON.parse(r.stdout);
    expect(report.samples.amountOutOfRange).toEqual([{ line: 3, column: 4, raw: '10' }]);
    const csv = segmap('rfm', file);
    expect(csv.stdout).not.toMatch(/Infinity|NaN/);
  });

  it('a reference date before the last transaction is refused (exit 2)', () => {
    const r = segmap('rfm', sentinel, '--reference-date', '2025-06-30');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'segmap rfm: --reference-date 2025-06-30 is before the last transaction (2025-12-31): recency would be negative; choose 2025-12-31 or later (or --as-of 2025-06-30 to see the data as it was then)',
    );
    expect(segmap('rfm', sentinel, '--reference-date', '2025-12-31', '--json').code).toBe(0);
  });

  it('--skip-rows past the end of the file is an error naming the rows', () => {
    const r = segmap('rfm', write('short.csv', 'customer,date,amount\nA,2011-12-01,10\n'), '--skip-rows', '9');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rows to skip \(--skip-rows\) 9: the file has 2 rows .*leaves no row to read/);
  });

  it('a date column whose values cannot be read says which value on which line', () => {
    const r = segmap('rfm', write('weird.csv', 'customer,date,amount\nA,31.12.2011 (Mo),10\n'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/column 2 "date": "31\.12\.2011 \(Mo\)" on line 2 is not a date Segmap reads/);
  });
});
