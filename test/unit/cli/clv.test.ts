import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { parseCut } from '../../../src/cli/clvCommand.ts';
import { UsageError } from '../../../src/cli/options.ts';
import { sharedData } from '../helpers.ts';
import { segmap, tempFiles } from './runCli.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/ten-customers.csv', import.meta.url));
const { dir, write } = tempFiles('segmap-clv-');
const cdnow = sharedData('cdnow/CDNOW_sample.txt');
const CDNOW_ARGS = [
  '--no-header',
  '--delimiter',
  'whitespace',
  '--map',
  'customer=1',
  '--map',
  'date=3',
  '--map',
  'amount=5',
];

beforeAll(async () => {
  await buildCli();
}, 60_000);

describe.skipIf(!cdnow.present)('segmap clv on CDNOW', () => {
  const clv = (...args: string[]) =>
    segmap('clv', cdnow.path, ...CDNOW_ARGS, '--time-unit', 'week', '--calibration-end', '1997-09-30', ...args);

  it.each([
    { model: 'bgnbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, digits: 3, ll: -9582.4, customers: 2357 },
    {
      model: 'mbgnbd',
      params: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 },
      digits: 3,
      ll: -9582.1,
      customers: 2357,
    },
    {
      model: 'pnbd',
      params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 },
      digits: 3,
      ll: -9595.0,
      customers: 2357,
    },
    { model: 'gg', params: { p: 6.25, q: 3.74, gamma: 15.44 }, digits: 2, ll: -4055.9, customers: 946 },
  ])('--model $model --json prints the published parameters', ({ model, params, digits, ll, customers }) => {
    const r = clv('--model', model, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).slice(0, 4)).toEqual(['model', 'params', 'logLikelihood', 'customers']);
    expect(j.model).toBe(model);
    expect(Object.keys(j.params)).toEqual(Object.keys(params));
    for (const [k, v] of Object.entries(params))
      expect(Math.abs(j.params[k] - v)).toBeLessThanOrEqual(0.5 * 10 ** -digits);
    expect(j.logLikelihood).toBeCloseTo(ll, 0);
    expect(j.customers).toBe(customers);
    expect(j.converged).toBe(true);
  });

  it('--out writes one row per customer with the contracted columns', () => {
    const out = join(dir, 'cdnow-clv.csv');
    const r = clv('--out', out, '--horizon', '39', '--margin', '100', '--discount-rate', '0');
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('customer_id,x,t_x,T,p_alive,expected_purchases,expected_spend,clv,value_class');
    expect(lines).toHaveLength(2358);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.reduce((s, c) => s + Number(c[1]), 0)).toBe(2457);
    // Customer 00004: x = 2, t_x = 30.43, T = 38.86.
    const [id, x, tx, T, pAlive, expected, spend, clvValue] = rows[0];
    expect([id, x, Number(tx).toFixed(2), Number(T).toFixed(2)]).toEqual(['00004', '2', '30.43', '38.86']);
    // P(alive) = 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) with the published parameters.
    expect(Number(pAlive)).toBeCloseTo(0.7266, 3);
    expect(Number(expected)).toBeCloseTo(1.226, 2);
    // Margin 100 %, no discount: CLV = expected purchases × expected spend.
    expect(Number(clvValue)).toBeCloseTo(Number(expected) * Number(spend), 2);
    // FHL's 39-week holdout prediction for the whole cohort: 1,653 repeat purchases.
    expect(rows.reduce((s, c) => s + Number(c[5]), 0)).toBeCloseTo(1653.4, 0);
    // BG/NBD gives everyone without a repeat purchase P(alive) = 1.
    expect(rows.filter((c) => c[1] === '0').every((c) => c[4] === '1')).toBe(true);
    // All eight value classes are used (the ties at P(alive) = 1 count as high loyalty).
    expect(new Set(rows.map((c) => c[8])).size).toBe(8);
  });

  it('--model bgbb fits whole periods (here weeks): at most one purchase a week, fewer than BG/NBD', () => {
    const j = JSON.parse(clv('--model', 'bgbb', '--json').stdout);
    expect(Object.keys(j.params)).toEqual(['alpha', 'beta', 'gamma', 'delta']);
    expect(j.converged).toBe(true);
    expect(j.warnings).toEqual([]);
    expect(j.standardErrors.alpha).toBeGreaterThan(0);
    const out = join(dir, 'cdnow-bgbb.csv');
    expect(clv('--model', 'bgbb', '--horizon', '39', '--out', out).code).toBe(0);
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const total = rows.reduce((s, c) => s + Number(c[5]), 0);
    expect(total).toBeGreaterThan(0.7 * 1653);
    expect(total).toBeLessThan(1653);
    expect(rows.every((c) => Number(c[4]) > 0 && Number(c[4]) <= 1)).toBe(true);
  });

  it('gives the same parameters from a day time unit, rescaled', () => {
    const w = JSON.parse(clv('--json').stdout);
    const d = JSON.parse(
      segmap('clv', cdnow.path, ...CDNOW_ARGS, '--time-unit', 'day', '--calibration-end', '1997-09-30', '--json')
        .stdout,
    );
    expect(d.params.r).toBeCloseTo(w.params.r, 3);
    expect(d.params.alpha / w.params.alpha).toBeCloseTo(7, 2);
  });
});

describe('segmap clv errors', () => {
  it.each([
    { args: ['--model', 'nbd'], code: 2, message: /--model: expected bgnbd\|mbgnbd\|pnbd\|gg\|bgbb/ },
    { args: ['--time-unit', 'fortnight'], code: 2, message: /--time-unit: expected day\|week\|month\|year/ },
    { args: ['--calibration-end', '1997-13-01'], code: 2, message: /--calibration-end: expected YYYY-MM-DD/ },
    { args: ['--cut', 'p200'], code: 2, message: /--cut: expected mean, median or pNN/ },
    { args: ['--margin', '150'], code: 2, message: /--margin: expected a percentage 0–100/ },
    { args: ['--horizon', '0'], code: 2, message: /--horizon/ },
  ])('rejects $args', ({ args, code, message }) => {
    const r = segmap('clv', FIXTURE, ...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says why when no customer bought twice', () => {
    const f = write('once.csv', 'customer,date,amount\nA,2024-01-01,10\nB,2024-01-05,20\nC,2024-02-01,5\n');
    const r = segmap('clv', f);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/once\.csv: bgnbd: no customer made a repeat purchase in the calibration period/);
  });

  it.each([
    ['mean', { kind: 'mean' }],
    ['median', { kind: 'median' }],
    ['p75', { kind: 'percentile', p: 75 }],
    ['p2.5', { kind: 'percentile', p: 2.5 }],
  ])('parses --cut %s', (text, want) => expect(parseCut(text)).toEqual(want));

  it('rejects a bad --cut with a UsageError', () => expect(() => parseCut('top')).toThrow(UsageError));
});
