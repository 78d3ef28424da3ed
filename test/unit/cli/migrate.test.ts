import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { segmap, tempFiles } from './runCli.ts';

const { dir, write } = tempFiles('segmap-migrate-');
// Hand-worked (cn8 against the means). As of 2024-03-31 (reference 04-01):
//   a: recency 12, F 2, M 200; b: 87, 1, 50; c: 60, 1, 20 → means 53 days, 1.33 orders, 90
//   → a important value, b and c general win-back.
// As of 2024-06-30 (reference 07-01):
//   a: 11, 3, 300; b: 178, 1, 50; c: 61, 2, 320; d: 47, 1, 10 → means 74.25, 1.75, 170
//   → a and c important value, b general win-back, d general development (new).
const FILE = write(
  'shop.csv',
  [
    'customer,date,amount',
    'a,2024-01-10,100',
    'b,2024-01-05,50',
    'c,2024-02-01,20',
    'a,2024-03-20,100',
    'c,2024-05-01,300',
    'd,2024-05-15,10',
    'a,2024-06-20,100',
  ].join('\n') + '\n',
);

beforeAll(async () => {
  await buildCli();
}, 60_000);

describe('segmap migrate', () => {
  it('prints {"dates","from","to","counts"} with a (new) row, as worked by hand', () => {
    const r = segmap('migrate', FILE, '--scheme', 'cn8', '--dates', '2024-03-31,2024-06-30', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).slice(0, 4)).toEqual(['dates', 'from', 'to', 'counts']);
    expect(j.dates).toEqual(['2024-03-31', '2024-06-30']);
    expect(j.from.at(-1)).toBe('(new)');
    const at = (from: string, to: string) => j.counts[j.from.indexOf(from)][j.to.indexOf(to)];
    expect(at('important_value', 'important_value')).toBe(1); // a
    expect(at('general_winback', 'important_value')).toBe(1); // c
    expect(at('general_winback', 'general_winback')).toBe(1); // b
    expect(at('(new)', 'general_development')).toBe(1); // d
    expect(j.counts.flat().reduce((s: number, n: number) => s + n, 0)).toBe(4);
    expect(j.headline).toMatchObject({ stayed: 3, newCustomers: 1, same: 2, up: 1, down: 0 });
  });

  it('takes three dates (steps for each pair), Chinese names and --out as long CSV', () => {
    const out = join(dir, 'flows.csv');
    const r = segmap(
      'migrate',
      FILE,
      '--scheme',
      'cn8',
      '--names',
      'zh-CN',
      '--dates',
      '2024-01-31,2024-03-31,2024-06-30',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('from_date,to_date,from,to,customers');
    expect(lines).toContain('2024-03-31,2024-06-30,一般挽留客户,重要价值客户,1');
    // As of 2024-01-31 (reference 02-01): a 22 days, 1 order, 100; b 27, 1, 50 → means 24.5, 1, 75
    // → a important development (F = 1 is not above the mean 1), b general win-back.
    expect(lines.filter((l) => l.startsWith('2024-01-31,2024-03-31,'))).toEqual([
      '2024-01-31,2024-03-31,重要发展客户,重要价值客户,1',
      '2024-01-31,2024-03-31,一般挽留客户,一般挽留客户,1',
      '2024-01-31,2024-03-31,(new),一般挽留客户,1',
    ]);
  });

  it('follows clusters by nearest centroid', () => {
    const r = segmap('migrate', FILE, '--scheme', 'clusters', '--k', '2', '--dates', '2024-03-31,2024-06-30', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.to).toEqual(['cluster-1', 'cluster-2']);
    expect(j.counts.flat().reduce((s: number, n: number) => s + n, 0)).toBe(4);
  });

  it.each([
    { args: ['--dates', '2024-06-30'], message: /two or more dates/ },
    { args: ['--dates', '2024-06-30,2024-03-31'], message: /must increase/ },
    { args: ['--dates', '2024-13-01,2024-12-31'], message: /expected YYYY-MM-DD/ },
    { args: [], message: /--dates: expected two or more dates/ },
  ])('rejects $args with exit 2', ({ args, message }) => {
    const r = segmap('migrate', FILE, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('--as-of', () => {
  it('segments as of a date use only the transactions up to it, reference the next day', () => {
    const r = segmap('segments', FILE, '--scheme', 'cn8', '--as-of', '2024-03-31', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.referenceDate).toBe('2024-04-01');
    expect(j.rfmCustomers).toBe(3);
    expect(j.rowsAfterAsOf).toBe(3);
    const count = (id: string) => j.segments.find((s: { id: string }) => s.id === id).customers;
    expect([count('important_value'), count('general_winback')]).toEqual([1, 2]);
  });

  it('a later transaction never changes the segments as of D', () => {
    const more = write('more.csv', readFileSync(FILE, 'utf8') + 'b,2024-04-02,5000\nd,2024-04-01,1\n');
    const a = segmap('segments', FILE, '--scheme', 'rfm11', '--as-of', '2024-03-31');
    const b = segmap('segments', more, '--scheme', 'rfm11', '--as-of', '2024-03-31');
    expect(b.stdout).toBe(a.stdout);
  });

  it.each([
    { args: ['--as-of', '2024-03-31', '--reference-date', '2024-04-01'], message: /not both/ },
    { args: ['--as-of', '31/03/2024'], message: /--as-of: expected YYYY-MM-DD/ },
  ])('rejects $args', ({ args, message }) => {
    const r = segmap('rfm', FILE, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('says so when nothing is left', () => {
    const r = segmap('rfm', FILE, '--as-of', '2023-12-31');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no transaction on or before --as-of 2023-12-31/);
  });
});

describe('segmap migrate --value profit', () => {
  // The same shop with profit per line (hand-worked in test/unit/time/migrationValueBasis.test.ts):
  // a sells much at a loss, so on profit a is general value and c rises from important win-back
  // into important value; on revenue c rises from general win-back.
  const PROFIT = write(
    'profit.csv',
    [
      'customer,date,amount,profit',
      'a,2024-01-10,100,-40',
      'b,2024-01-05,50,30',
      'c,2024-02-01,20,10',
      'a,2024-03-20,100,-40',
      'c,2024-05-01,300,20',
      'd,2024-05-15,10,5',
      'a,2024-06-20,100,-40',
    ].join('\n') + '\n',
  );
  const run = (...extra: string[]) => {
    const r = segmap('migrate', PROFIT, '--scheme', 'cn8', '--dates', '2024-03-31,2024-06-30', '--json', ...extra);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    return (from: string, to: string) => j.counts[j.from.indexOf(from)]?.[j.to.indexOf(to)];
  };

  it.each([
    {
      value: [],
      moves: [
        ['important_value', 'important_value'],
        ['general_winback', 'important_value'],
        ['general_winback', 'general_winback'],
        ['(new)', 'general_development'],
      ],
    },
    {
      value: ['--value', 'revenue'],
      moves: [
        ['important_value', 'important_value'],
        ['general_winback', 'important_value'],
        ['(new)', 'general_development'],
      ],
    },
    {
      value: ['--value', 'profit'],
      moves: [
        ['general_value', 'general_value'],
        ['important_winback', 'important_value'],
        ['important_winback', 'important_winback'],
        ['(new)', 'important_development'],
      ],
    },
  ])('$value', ({ value, moves }) => {
    const at = run(...value);
    for (const [from, to] of moves) expect(at(from, to), `${from} → ${to}`).toBe(1);
  });

  it('refuses --value profit without a profit column (exit 1) and a bad --value (exit 2)', () => {
    const a = segmap('migrate', FILE, '--scheme', 'cn8', '--dates', '2024-03-31,2024-06-30', '--value', 'profit');
    expect(a.code).toBe(1);
    expect(a.stderr).toMatch(/needs a profit column/);
    const b = segmap('migrate', PROFIT, '--scheme', 'cn8', '--dates', '2024-03-31,2024-06-30', '--value', 'margin');
    expect(b.code).toBe(2);
  });
});
