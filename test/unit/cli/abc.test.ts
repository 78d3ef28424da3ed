import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { parseAbcCuts, parsePyramidCuts } from '../../../src/cli/abcCommand.ts';
import { UsageError } from '../../../src/cli/options.ts';
import { sharedData } from '../helpers.ts';
import { segmap } from './runCli.ts';

// Customers 101..110 spend 50, 4, 500, 20, 100, 6, 200, 10, 80, 30 (total 1,000): the ten customers of
// test/unit/value/tenCustomers.ts. 101 and 103 buy twice, 107 has one invoice of two lines (150 + 50),
// and 103's cancellation C6 (−100) is dropped unless --keep-returns.
const FIXTURE = fileURLToPath(new URL('../../fixtures/value/abc-ten.csv', import.meta.url));

type Row = { id: string; customers: number; revenue: number; customerShare: number; revenueShare: number };
const counts = (rows: Row[]) => rows.map((r) => `${r.id} ${r.customers} ${r.revenue}`);

beforeAll(async () => {
  await buildCli();
}, 60_000);

describe('segmap abc', () => {
  it.each([
    // Default cuts, ranked 500, 200, 100 | 80, 50, 30 | 20, 10, 6, 4: A starts before 80 %, B before 95 %.
    // Pyramid ends round(0.01 × 10) → 1, 2, 5: 500 | 200 | 100 + 80 + 50 | 30 + 20 + 10 + 6 + 4.
    // Gini: ascending weights −9, −7, …, 9: −36 − 42 − 50 − 60 − 30 + 50 + 240 + 500 + 1400 + 4500 = 6472 → 0.6472.
    {
      args: [],
      classes: ['A 3 800', 'B 3 160', 'C 4 40'],
      pyramid: ['key 1 500', 'major 1 200', 'ordinary 3 230', 'small 5 70'],
      gini: 0.6472,
      revenue: 1000,
      cuts: { abc: [0.8, 0.95], pyramid: [0.01, 0.2, 0.5] },
    },
    // 103 nets to 400 (total 900): befores 0, 400, 600, 700 (0.778 < 0.8: A), 780 (0.867), 830 (0.922) B,
    // 860 (0.956) C. Gini: −218 + 50 + 240 + 500 + 1400 + 9 × 400 = 5572; 5572 / 9000 = 0.619111…
    {
      args: ['--keep-returns'],
      classes: ['A 4 780', 'B 2 80', 'C 4 40'],
      pyramid: ['key 1 400', 'major 1 200', 'ordinary 3 230', 'small 5 70'],
      gini: 5572 / 9000,
      revenue: 900,
      cuts: { abc: [0.8, 0.95], pyramid: [0.01, 0.2, 0.5] },
    },
    // --abc-cuts 50,90: A before 50 % → 500 only; B before 90 % → 200, 100, 80, 50 (befores 0.5 .. 0.88).
    // --pyramid curry: ends 1, round(0.5) = 1, 2 → 500 | — | 200 | the other eight (300).
    {
      args: ['--abc-cuts', '50,90', '--pyramid', 'curry'],
      classes: ['A 1 500', 'B 4 430', 'C 5 70'],
      pyramid: ['key 1 500', 'major 0 0', 'ordinary 1 200', 'small 8 300'],
      gini: 0.6472,
      revenue: 1000,
      cuts: { abc: [0.5, 0.9], pyramid: [0.01, 0.05, 0.2] },
    },
    // --pyramid 20,30,30,20: cumulative 0.2, 0.5, 0.8 → ends 2, 5, 8: 700 | 230 | 60 | 10.
    {
      args: ['--pyramid', '20,30,30,20'],
      classes: ['A 3 800', 'B 3 160', 'C 4 40'],
      pyramid: ['key 2 700', 'major 3 230', 'ordinary 3 60', 'small 2 10'],
      gini: 0.6472,
      revenue: 1000,
      cuts: { abc: [0.8, 0.95], pyramid: [0.2, 0.5, 0.8] },
    },
  ])('prints the hand-worked JSON for $args', ({ args, classes, pyramid, gini, revenue, cuts }) => {
    const r = segmap('abc', FIXTURE, '--json', ...args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['classes', 'pyramid', 'gini', 'customers', 'revenue', 'cuts']);
    expect(Object.keys(out.classes[0])).toEqual(['id', 'customers', 'revenue', 'customerShare', 'revenueShare']);
    expect(counts(out.classes)).toEqual(classes);
    expect(counts(out.pyramid)).toEqual(pyramid);
    expect(out.gini).toBeCloseTo(gini, 12);
    expect(out).toMatchObject({ customers: 10, revenue, cuts });
    for (const r of [...out.classes, ...out.pyramid]) {
      expect(r.customerShare).toBeCloseTo(r.customers / 10, 12);
      expect(r.revenueShare).toBeCloseTo(r.revenue / revenue, 12);
    }
  });

  it('prints text tables to stdout and the import report to stderr', () => {
    const r = segmap('abc', FIXTURE);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('dropped cancellation: 1');
    expect(r.stderr).toContain('customers:   10');
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['customers:   10', 'revenue:     1000.00', 'gini:        0.6472']);
    expect(lines).toContain('ABC classes (cuts at 80.0 % and 95.0 % of revenue)');
    expect(lines).toContain('B                 3   30.0 %          160.00   16.0 %');
    expect(lines).toContain('customer pyramid (1 / 19 / 30 / 50 % of customers)');
    expect(lines).toContain('ordinary          3   30.0 %          230.00   23.0 %');
  });

  it.each([
    { args: ['--abc-cuts', '95,80'], message: /--abc-cuts: expected two percentages/ },
    { args: ['--abc-cuts', '80'], message: /--abc-cuts: .*got "80"/ },
    { args: ['--abc-cuts', '80,101'], message: /--abc-cuts/ },
    { args: ['--pyramid', '1,19,30,40'], message: /--pyramid: .*summing to 100/ },
    { args: ['--pyramid', 'pareto'], message: /--pyramid: .*got "pareto"/ },
    { args: ['--out', 'x.csv'], message: /--out: abc prints to stdout/ },
    { args: ['--abc-cuts'], message: /abc-cuts/ },
  ])('rejects $args with exit 2 and one line', ({ args, message }) => {
    const r = segmap('abc', FIXTURE, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  const retail = sharedData('online_retail/online_retail.csv');
  it.skipIf(!retail.present)('classifies the 4,338 customers of Online Retail', () => {
    const r = segmap('abc', retail.path, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.customers).toBe(4338);
    for (const rows of [out.classes, out.pyramid] as Row[][]) {
      expect(rows.reduce((s, x) => s + x.customers, 0)).toBe(4338);
      expect(rows.reduce((s, x) => s + x.revenueShare, 0)).toBeCloseTo(1, 9);
      expect(rows.reduce((s, x) => s + x.revenue, 0)).toBeCloseTo(out.revenue, 4);
    }
    // round(0.01 × 4338) = 43, round(0.2 × 4338) = 868, round(0.5 × 4338) = 2169 → 43 / 825 / 1301 / 2169
    expect(out.pyramid.map((x: Row) => x.customers)).toEqual([43, 825, 1301, 2169]);
    expect(out.gini).toBeGreaterThan(0);
    expect(out.gini).toBeLessThan(1);
    // The same numbers from a separate Python loop over the monetary column of `segmap rfm --out`
    // (sort descending; class by the share before each customer; Gini by the sorted-weights formula).
    expect(out.revenue).toBeCloseTo(8887208.894, 3);
    expect(counts(out.classes)).toEqual(['A 1130 7110647.951', 'B 1470 1332656.212', 'C 1738 443904.731']);
    expect(out.pyramid.map((x: Row) => x.revenue)).toEqual([2829679.52, 3807621.301, 1556034.911, 693873.162]);
    expect(out.gini).toBeCloseTo(0.715789732276245, 12);
  });
});

describe('parseAbcCuts', () => {
  it.each([
    { text: '80,95', want: [0.8, 0.95] },
    { text: ' 70 , 90 ', want: [0.7, 0.9] },
    { text: '50,100', want: [0.5, 1] },
  ])('$text → $want', ({ text, want }) => {
    expect(parseAbcCuts(text)).toEqual(want);
  });

  it.each(['95,80', '80,80', '0,95', '80,101', '80', '80,90,95', 'a,b', ',95', ''])('rejects "%s"', (text) => {
    expect(() => parseAbcCuts(text)).toThrow(UsageError);
  });
});

describe('parsePyramidCuts', () => {
  it.each([
    // sizes 1, 19, 30, 50 → ends at 1 %, 20 %, 50 %
    { text: '1,19,30,50', want: [0.01, 0.2, 0.5] },
    { text: 'curry', want: [0.01, 0.05, 0.2] },
    { text: 'Curry', want: [0.01, 0.05, 0.2] },
    { text: '25,25,25,25', want: [0.25, 0.5, 0.75] },
    { text: '0.5,4.5,15,80', want: [0.005, 0.05, 0.2] },
  ])('$text → $want', ({ text, want }) => {
    expect(parsePyramidCuts(text)).toEqual(want);
  });

  it.each(['1,19,30', '1,19,30,40', '0,20,30,50', '1,19,30,50,0', '-1,21,30,50', '100,0,0,0', 'x', ''])(
    'rejects "%s"',
    (text) => {
      expect(() => parsePyramidCuts(text)).toThrow(UsageError);
    },
  );
});
