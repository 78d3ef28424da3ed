import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { sharedData } from '../helpers.ts';
import { segmap, tempFiles } from './runCli.ts';

// The hand-worked ten customers of test/unit/rfm/computeRfm.test.ts:
//  id  R days  F  M    scores  |  cn8 vs mean (R 40.9, F 2.3, M 207)  |  vs median (R 38.5, F 2, M 175)
//  A      1    5  500  555     |  H H H important_value               |  important_value
//  B      2    4  400  555     |  H H H important_value               |  important_value
//  C      7    3  300  444     |  H H H important_value               |  important_value
//  D     12    3  250  444     |  H H H important_value               |  important_value
//  E     31    2  200  333     |  H L L general_development           |  H L H important_development
//  F     46    2  150  333     |  L L L general_winback               |  general_winback
//  G     60    1  100  212     |  general_winback                      |  general_winback
//  H     77    1  100  212     |  general_winback                      |  general_winback
//  I     82    1   50  111     |  general_winback                      |  general_winback
//  J     91    1   20  111     |  general_winback                      |  general_winback
// rfm11 (R × FM = ⌈(F + M) / 2⌉): 555 champions, 444 loyal, 333 need attention, R 2 FM 2 hibernating,
// R 1 FM 1 lost. Tiers: 555 and 444 VIP (all ≥ 4), the rest ordinary.
const FIXTURE = fileURLToPath(new URL('../../fixtures/ten-customers.csv', import.meta.url));
const { dir, write } = tempFiles('segmap-segments-');

/** The segment column of the CSV on stdout, one per customer A..J. */
const segmentsOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',').at(-1));

beforeAll(async () => {
  await buildCli();
}, 60_000);

describe('segmap segments', () => {
  it('adds a segment column to exactly the rfm columns', () => {
    const out = join(dir, 'seg.csv');
    const r = segmap('segments', FIXTURE, '--scheme', 'rfm11', '--out', out);
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_code,segment');
    expect(lines[1]).toBe('A,1,5,500,5,5,5,555,champions');
    // The rfm columns are those of `segmap rfm`.
    const rfm = segmap('rfm', FIXTURE).stdout.trim().split('\n');
    expect(lines.map((l) => l.split(',').slice(0, -1).join(','))).toEqual(rfm);
  });

  it.each([
    {
      args: ['--scheme', 'rfm11'],
      want: 'champions champions loyal loyal need_attention need_attention hibernating hibernating lost lost',
    },
    {
      args: ['--scheme', 'cn8'],
      want: 'important_value important_value important_value important_value general_development general_winback general_winback general_winback general_winback general_winback',
    },
    {
      args: ['--scheme', 'cn8', '--basis', 'median'],
      want: 'important_value important_value important_value important_value important_development general_winback general_winback general_winback general_winback general_winback',
    },
    { args: ['--scheme', 'tiers'], want: 'vip vip vip vip ordinary ordinary ordinary ordinary ordinary ordinary' },
    // VIP needs 5s: only A and B; C and D (444) have F ≥ 4 but M not below 4 → ordinary.
    {
      args: ['--scheme', 'tiers', '--tier', 'vip=5'],
      want: 'vip vip ordinary ordinary ordinary ordinary ordinary ordinary ordinary ordinary',
    },
    {
      args: ['--scheme', 'cn8', '--names', 'zh-CN'],
      want: '重要价值客户 重要价值客户 重要价值客户 重要价值客户 一般发展客户 一般挽留客户 一般挽留客户 一般挽留客户 一般挽留客户 一般挽留客户',
    },
    {
      args: ['--names', 'en'],
      want: 'Champions Champions Loyal Loyal Need attention Need attention Hibernating Hibernating Lost Lost',
    },
  ])('$args', ({ args, want }) => {
    const r = segmap('segments', FIXTURE, ...args);
    expect(r.code).toBe(0);
    expect(segmentsOf(r.stdout).join(' ')).toBe(want);
  });

  it('starts the CSV with a UTF-8 BOM for Chinese names or --bom, so Excel reads them', () => {
    expect(segmap('segments', FIXTURE, '--names', 'zh-CN').stdout.startsWith('\ufeffcustomer_id,')).toBe(true);
    expect(segmap('segments', FIXTURE, '--bom').stdout.startsWith('\ufeffcustomer_id,')).toBe(true);
    expect(segmap('segments', FIXTURE).stdout.startsWith('customer_id,')).toBe(true);
  });

  it('shows R reversed with --r-textbook and keeps the segments', () => {
    const r = segmap('segments', FIXTURE, '--r-textbook');
    const lines = r.stdout.trim().split('\n');
    expect(lines[1]).toBe('A,1,5,500,1,5,5,155,champions');
    expect(lines[10]).toBe('J,91,1,20,5,1,1,511,lost');
  });

  it('grades by custom cuts and terciles', () => {
    // F cuts 2,4: F 1 → 1, 2–3 → 2, 4–5 → 3; terciles for R and M.
    const r = segmap('segments', FIXTURE, '--grades', '3', '--f-cuts', '2,4');
    const f = r.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[5]);
    expect(f.join('')).toBe('3322221111');
  });

  it('applies custom rules from a JSON file, first match wins', () => {
    const rules = write(
      'rules.json',
      JSON.stringify([
        { name: 'Top, best', r: [5, 5] },
        { name: '好客户', fm: [3, 5] },
      ]),
    );
    const r = segmap('segments', FIXTURE, '--scheme', 'custom', '--rules', rules);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A,1,5,500,5,5,5,555,"Top, best"');
    expect(segmentsOf(r.stdout).slice(2).join(' ')).toBe(
      '好客户 好客户 好客户 好客户 unmatched unmatched unmatched unmatched',
    );
  });

  it('prints the summary with --json', () => {
    const r = segmap('segments', FIXTURE, '--scheme', 'tiers', '--json');
    const j = JSON.parse(r.stdout);
    expect(j.scheme).toBe('tiers');
    expect(j.gradesUsed).toEqual({ r: 5, f: 4, m: 5 }); // F: 5, 4, 3 and 1 (ties of 2 and of 1 share)
    expect(j.segments.map((s: { id: string; customers: number }) => `${s.id} ${s.customers}`)).toEqual([
      'vip 4',
      'at_risk 0',
      'loyal 0',
      'potential 0',
      'ordinary 6',
    ]);
    expect(j.segments[0]).toMatchObject({
      revenue: 1450,
      avg_recency_days: 5.5,
      avg_frequency: 3.75,
      avg_monetary: 362.5,
    });
  });

  it.each([
    { args: ['--scheme', 'best'], code: 2, message: /--scheme: expected rfm11\|cn8\|tiers\|custom/ },
    { args: ['--scheme', 'custom'], code: 2, message: /needs --rules/ },
    { args: ['--grades', '7'], code: 2, message: /--grades: expected 5, 4 or 3/ },
    { args: ['--ties', 'random'], code: 2, message: /--ties/ },
    { args: ['--basis', 'mode'], code: 2, message: /--basis/ },
    { args: ['--r-cuts', '90,30'], code: 2, message: /--r-cuts: cut values must be strictly ascending/ },
    { args: ['--tier', 'vip=9'], code: 2, message: /--tier: tier threshold vip must be a whole score 1–5/ },
    { args: ['--tier', 'gold=3'], code: 2, message: /--tier: expected KEY=SCORE/ },
    { args: ['--names', 'fr'], code: 2, message: /--names/ },
    { args: ['--rules', 'x.json'], code: 2, message: /--rules: only with --scheme custom/ },
  ])('rejects $args', ({ args, code, message }) => {
    const r = segmap('segments', FIXTURE, ...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    { text: '{', message: /bad\.json: not valid JSON/ },
    { text: '[]', message: /expected a non-empty JSON array/ },
    { text: '[{"r":[1,2]}]', message: /rule 1 has no "name"/ },
    { text: '[{"name":"x","r":[4,2]}]', message: /rule 1 \("x"\): "r" must be \[from, to\]/ },
    { text: '[{"name":"x","fm":[0,6]}]', message: /"fm" must be/ },
  ])('rejects the rules file $text', ({ text, message }) => {
    const r = segmap('segments', FIXTURE, '--scheme', 'custom', '--rules', write('bad.json', text));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  const retail = sharedData('online_retail/online_retail.csv');
  it.skipIf(!retail.present)('puts all 4,338 Online Retail customers in segments of every scheme', () => {
    for (const scheme of ['rfm11', 'cn8', 'tiers']) {
      const j = JSON.parse(segmap('segments', retail.path, '--scheme', scheme, '--json').stdout);
      const total = j.segments.reduce((s: number, x: { customers: number }) => s + x.customers, 0);
      expect(total).toBe(4338);
      expect(j.segments.every((x: { customers: number }) => x.customers > 0)).toBe(true);
    }
  });
});
