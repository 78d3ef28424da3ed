import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCut, parseIntervals } from '../../../src/cli/clvCommand.ts';
import { bgnbd } from '../../../src/core/clv/bgnbd.ts';
import { UsageError } from '../../../src/cli/options.ts';
import { sharedData } from '../helpers.ts';
import { CDNOW_ARGS, segmap, tempFiles, useBuiltCli } from './runCli.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/ten-customers.csv', import.meta.url));
const { dir, write } = tempFiles('segmap-clv-');
const cdnow = sharedData('cdnow/CDNOW_sample.txt');

useBuiltCli();

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
    const r = clv('--model', 'bgnbd', '--out', out, '--horizon', '39', '--margin', '100', '--discount-rate', '0');
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'customer_id,x,t_x,T,p_alive,p_alive_code,expected_purchases,expected_spend,clv,value_class,' +
        'p_no_purchase_30d,next_purchase_from,next_purchase_to,overdue',
    );
    expect(lines).toHaveLength(2358);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.reduce((s, c) => s + Number(c[1]), 0)).toBe(2457);
    // Customer 00004: x = 2, t_x = 30.43, T = 38.86.
    const [id, x, tx, T, pAlive, pAliveCode, expected, spend, clvValue] = rows[0];
    // CDNOW identifies dropout: P(alive) is a number, with no code beside it.
    expect(rows.every((c) => c[4] !== '' && c[5] === '')).toBe(true);
    expect(pAliveCode).toBe('');
    expect([id, x, Number(tx).toFixed(2), Number(T).toFixed(2)]).toEqual(['00004', '2', '30.43', '38.86']);
    // P(alive) = 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) with the published parameters.
    expect(Number(pAlive)).toBeCloseTo(0.7266, 3);
    expect(Number(expected)).toBeCloseTo(1.226, 2);
    // Margin 100 %, no discount: CLV = expected purchases × expected spend.
    expect(Number(clvValue)).toBeCloseTo(Number(expected) * Number(spend), 2);
    // FHL's 39-week holdout prediction for the whole cohort: 1,653 repeat purchases.
    expect(rows.reduce((s, c) => s + Number(c[6]), 0)).toBeCloseTo(1653.4, 0);
    // BG/NBD gives everyone without a repeat purchase P(alive) = 1.
    expect(rows.filter((c) => c[1] === '0').every((c) => c[4] === '1')).toBe(true);
    // All eight value classes are used (the ties at P(alive) = 1 count as high loyalty).
    expect(new Set(rows.map((c) => c[9])).size).toBe(8);
  });

  it('--json says the diagnostics and the loyalty measure: dropout identified, one-time buyers called alive', () => {
    const j = JSON.parse(clv('--model', 'bgnbd', '--json').stdout);
    expect(j.loyalty).toEqual({ source: 'model', pAliveKnown: true });
    expect(j.diagnostics.filter((d: { severity: string }) => d.severity === 'serious')).toEqual([]);
    const once = j.diagnostics.find((d: { code: string }) => d.code === 'clv.diag.oneTimeAlive');
    expect(once).toMatchObject({ severity: 'warn' });
    expect(once.text).toMatch(
      /^1411 customers \(59\.9 %\) bought only once, and BG\/NBD gives every one of them P\(alive\) = 1/,
    );
    expect(once.advice).toMatch(/MBG\/NBD/);
  });

  it('--out has purchase timing: P(no purchase in 30 days) from the model, the next-purchase window, overdue', () => {
    const out = join(dir, 'cdnow-timing.csv');
    const j = JSON.parse(clv('--model', 'bgnbd', '--json', '--out', out).stdout);
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const p = Object.values(j.params) as number[];
    // Customer 00004: x = 2, t_x = 30.43, T = 38.86 (weeks).
    const [, x, tx, T, , , , , , , none30, from, to, overdue] = rows[0];
    expect(Number(none30)).toBeCloseTo(bgnbd.pmf(p, 30 / 7, 0, +x, +tx, +T), 5);
    // Purchases on 01-01, 01-18 and 08-02: gaps of 17 and 196 days, mean 106.5, sd 126.6, so the
    // window runs from a day after the last purchase to 08-02 + 233.1 days; it has not passed, so it
    // starts on the reference day (the day after the calibration end), never in the past.
    expect(from).toBe('1997-10-01');
    expect(to).toBe('1998-03-23');
    expect(overdue).toBe('0');
    // Every row: a probability, days or blanks, 0/1.
    for (const c of rows) {
      expect(Number(c[10])).toBeGreaterThanOrEqual(0);
      expect(Number(c[10])).toBeLessThanOrEqual(1);
      expect(c[11] === '' || /^\d{4}-\d\d-\d\d$/.test(c[11])).toBe(true);
      expect(['0', '1']).toContain(c[13]);
    }
    // Overdue: repeat buyers whose own rhythm has passed (216); one-time buyers wait at the model's
    // rate (r + 0)/(α + T), about one purchase in three years here, so they are not yet overdue.
    const overdueRows = rows.filter((c) => c[13] === '1');
    expect(overdueRows.length).toBe(216);
    expect(overdueRows.every((c) => Number(c[1]) >= 1)).toBe(true);
  });

  it.each(['80', '95'])('--intervals %s appends the interval columns, low ≤ high', (level) => {
    const out = join(dir, `cdnow-iv${level}.csv`);
    expect(clv('--model', 'bgnbd', '--horizon', '39', '--intervals', level, '--out', out).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0].split(',').slice(-6)).toEqual([
      'expected_purchases_low',
      'expected_purchases_high',
      'p_alive_end_low',
      'p_alive_end_high',
      'clv_low',
      'clv_high',
    ]);
    const rows = lines.slice(1).map((l) => l.split(',').map(Number));
    for (const c of rows) {
      expect(Number.isInteger(c[14]) && c[14] <= c[15]).toBe(true);
      expect(c[16]).toBeLessThanOrEqual(c[17]);
      expect(c[18]).toBeLessThanOrEqual(c[19]);
    }
    // The 95 % interval of the heaviest buyers reaches above their expected count.
    expect(rows.some((c) => c[15] > c[6] + 1)).toBe(true);
  });

  it('refuses --intervals other than 80 or 95', () => {
    expect(() => parseIntervals('90')).toThrow(UsageError);
    expect(parseIntervals(undefined)).toBeNull();
    expect(parseIntervals('95')).toBe(0.95);
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
    const total = rows.reduce((s, c) => s + Number(c[6]), 0);
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

const retail = sharedData('online_retail/online_retail.csv');
describe.skipIf(!retail.present)('segmap clv on Online Retail (dropout not identified)', () => {
  it('--json names the diagnostic and the stand-in; --out leaves p_alive empty beside its code', () => {
    const out = join(dir, 'retail-clv.csv');
    const r = segmap('clv', retail.path, '--model', 'bgnbd', '--json', '--out', out);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.params.a).toBeCloseTo(0.0034, 3);
    expect(j.loyalty).toEqual({ source: 'lifecycle', pAliveKnown: false });
    expect(j.diagnostics[0]).toMatchObject({ code: 'clv.diag.dropoutSe', severity: 'serious' });
    expect(j.diagnostics[0].text).toMatch(
      /^The data do not identify dropout: a = 0\.003\d+ with a standard error of 0\.01\d+, larger than the estimate/,
    );
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(rows).toHaveLength(j.customers);
    expect(rows.every((c) => c[4] === '' && c[5] === 'clv.diag.dropoutSe')).toBe(true);
    // Nobody who bought once 300 days ago or earlier is called "loyal" (before: 1,079 one-time buyers).
    const old = rows.filter((c) => c[1] === '0' && Number(c[3]) >= 300 / 7);
    expect(old.length).toBeGreaterThan(100);
    expect(old.filter((c) => c[9] === 'loyal')).toEqual([]);
  }, 120_000);
});

describe('segmap clv errors', () => {
  it.each([
    { args: ['--model', 'nbd'], code: 2, message: /--model: expected auto\|bgnbd\|mbgnbd\|pnbd\|gg\|bgbb/ },
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
