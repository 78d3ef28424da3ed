import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../helpers.ts';
import { CDNOW_ARGS, segmap, tempFiles, useBuiltCli } from './runCli.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/ten-customers.csv', import.meta.url));
const { dir, write } = tempFiles('segmap-cli-');

useBuiltCli();

describe('segmap rfm', () => {
  it('writes the contracted columns and the hand-worked numbers', () => {
    const out = join(dir, 'rfm.csv');
    const r = segmap('rfm', FIXTURE, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('customers:   10');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_code');
    expect(lines[1]).toBe('A,1,5,500,5,5,5,555');
    expect(lines[10]).toBe('J,91,1,20,1,1,1,111');
  });

  it('prints the report as JSON with --json', () => {
    const r = segmap('rfm', FIXTURE, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ rowsRead: 28, customers: 10, referenceDate: '2024-04-01' });
    expect(report.dropped).toMatchObject({ cancellation: 1, noCustomer: 1, nonPositive: 1, duplicate: 1 });
  });

  it('honours --map, --no-header, --delimiter and --reference-date', () => {
    const f = write(
      'cdnow.txt',
      ' 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n 00021 0002 19970101  3   63.34\r\n',
    );
    const r = segmap('rfm', f, ...CDNOW_ARGS, '--reference-date', '1997-02-01');
    expect(r.code).toBe(0);
    // Two customers: the better one has 1 of 2 strictly worse → 1 + ⌊5·1/2⌋ = 3; the worse one gets 1.
    expect(r.stdout.trim().split('\n').slice(-2)).toEqual(['00004,14,2,59.06,3,3,1,331', '00021,31,1,63.34,1,1,3,113']);
  });

  it.each([
    { args: ['rfm'], code: 2, message: /expected one FILE/ },
    { args: ['rfm', 'x.csv', '--map', 'colour=1'], code: 2, message: /--map: unknown role "colour"/ },
    { args: ['rfm', 'x.csv', '--delimiter', 'x'], code: 2, message: /--delimiter: unknown delimiter/ },
    { args: ['rfm', 'x.csv', '--reference-date', '2024-13-01'], code: 2, message: /--reference-date/ },
    { args: ['rfm', '/nonexistent.csv'], code: 1, message: /\/nonexistent\.csv: cannot read/ },
    { args: ['frobnicate'], code: 2, message: /unknown command/ },
  ])('rejects $args with exit $code', ({ args, code, message }) => {
    const r = segmap(...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names the file, line and column of an unterminated quote', () => {
    const f = write('bad.csv', 'customer,date,amount\nA,2024-01-01,1\nB,"2024-01-02,2\nC,2024-01-03,3\n');
    const r = segmap('rfm', f);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.csv:3:2: unterminated quoted field/);
  });

  it('says why when nothing can be kept', () => {
    const f = write('dates.csv', 'customer,date,amount\nA,yesterday,1\nB,tomorrow,2\n');
    const r = segmap('rfm', f, '--map', 'date=date');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dates\.csv:2:2: no rows kept: 2 of 2 rows dropped as badDate \(first: "yesterday"\)/);
  });

  const retail = sharedData('online_retail/online_retail.csv');
  it.skipIf(!retail.present)('gives 4,338 customers and 18,532 invoices on Online Retail without --map', () => {
    const out = join(dir, 'retail.csv');
    const r = segmap('rfm', retail.path, '--out', out, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ rowsRead: 541909, customers: 4338, invoices: 18532, referenceDate: '2011-12-10' });
    expect(report.dropped.noCustomer).toBe(135080);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(4339);
    // customer 12346 bought once (2011-01-18) for 77,183.60 and cancelled it: 326 days to 2011-12-10.
    expect(lines[1]).toBe('12346,326,1,77183.6,1,1,5,115');
    // recency, frequency and monetary as pandas computes them (scripts/bench_pandas.py, pandas 1.5.3).
    const byId = new Map(lines.map((l) => [l.split(',')[0], l.split(',').slice(1, 4).join(',')]));
    expect(['12347', '12748', '14646', '17850', '18287'].map((id) => `${id},${byId.get(id)}`)).toEqual([
      '12347,3,7,4310',
      '12748,1,209,33053.19',
      '14646,2,73,280206.02',
      '17850,373,34,5391.21',
      '18287,43,3,1837.28',
    ]);
  });
});
