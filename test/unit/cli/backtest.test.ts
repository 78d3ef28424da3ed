import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModels } from '../../../src/cli/backtestCommand.ts';
import { UsageError } from '../../../src/cli/options.ts';
import { parseIsoDay } from '../../../src/core/values/civil.ts';
import { sharedData } from '../helpers.ts';
import { CDNOW_ARGS, segmap, tempFiles, useBuiltCli } from './runCli.ts';

// Issue 16: `segmap backtest FILE --json` prints the scorecard; `segmap clv --json` says which
// model the automatic choice took and why.

const { dir, write } = tempFiles('segmap-backtest-');
const cdnow = sharedData('cdnow/CDNOW_sample.txt');

useBuiltCli();

describe('--model', () => {
  it.each([
    [undefined, 'auto'],
    ['auto', 'auto'],
    ['pnbd', ['pnbd']],
    ['bgnbd,pnbd,bgnbd', ['bgnbd', 'pnbd']],
  ])('%s → %o', (text, want) => expect(parseModels(text)).toEqual(want));
  it.each(['gg', 'bgnbd,foo', ''])('refuses "%s"', (text) => expect(() => parseModels(text)).toThrow(UsageError));
});

/** A small shop: 60 customers buying every 5–40 days in 2024 until they stop (some before the holdout), as CSV. */
function shopCsv(): string {
  const lines = ['customer,date,amount'];
  let seed = 11;
  const r = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let c = 0; c < 60; c++) {
    const gap = 5 + Math.floor(r() * 35);
    const stop = c % 10 === 0 ? 366 : 120 + Math.floor(r() * 246);
    for (let d = Math.floor(r() * 60); d < stop; d += gap + Math.floor(r() * gap)) {
      const day = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
      lines.push(`C${c},${day},${(10 + r() * 50).toFixed(2)}`);
    }
  }
  return lines.join('\n') + '\n';
}

describe('segmap backtest on a generated shop', () => {
  const file = write('shop.csv', shopCsv());

  it('--json: the default split is all but the last quarter; models and both baselines are scored', () => {
    const r = segmap('backtest', file, '--model', 'bgnbd,mbgnbd', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.firstDay.slice(0, 7)).toBe('2024-01');
    const day = (iso: string) => parseIsoDay(iso)!;
    expect(day(j.calibrationEnd) - day(j.firstDay)).toBe(Math.floor(0.75 * (day(j.holdoutEnd) - day(j.firstDay))));
    expect(j.rows.map((x: { forecast: string }) => x.forecast)).toEqual(['bgnbd', 'mbgnbd', 'pastRate', 'lastPeriod']);
    for (const row of j.rows) {
      for (const k of ['mae', 'rmse', 'auc', 'brier', 'gini']) expect(typeof row[k]).toBe('number');
      expect(row.deciles).toHaveLength(10);
      expect(row.reliability).toHaveLength(10);
    }
    expect(['bgnbd', 'mbgnbd']).toContain(j.best);
    expect(j.bestBy).toBe('rmse');
  });

  it('--out writes one CSV row per forecast; --calibration-end moves the split', () => {
    const out = join(dir, 'score.csv');
    const r = segmap('backtest', file, '--model', 'bgnbd', '--calibration-end', '2024-08-31', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('calibration 2024-01');
    expect(r.stderr).toContain('to 2024-08-31');
    const lines = readFileSync(out, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'forecast,baseline,mae,rmse,purchases_predicted,purchases_actual,purchases_error_pct,value_predicted,value_actual,value_error_pct,auc,brier,gini,error',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['bgnbd', 'pastRate', 'lastPeriod']);
  });

  it.each([
    [['--calibration-end', '2024-01-02'], 'clv.checksSplit', 'at least 5 %'],
    [['--calibration-end', '2030-01-01'], 'no holdout', 'leaves no holdout'],
  ])('refuses a split with %o (%s)', (args, _code, text) => {
    const r = segmap('backtest', file, '--model', 'bgnbd', ...args, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(text);
  });
});

describe.skipIf(!cdnow.present)('CDNOW', () => {
  it('backtest --json with the literature split: Pareto/NBD best, the past-rate baseline wins on AUC', () => {
    const r = segmap('backtest', cdnow.path, ...CDNOW_ARGS, '--calibration-end', '1997-09-30', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.customers).toBe(2357);
    expect(j.holdoutLength).toBe(39);
    expect(j.best).toBe('pnbd');
    expect(j.rows.map((x: { forecast: string }) => x.forecast)).toEqual([
      'bgnbd',
      'mbgnbd',
      'pnbd',
      'pastRate',
      'lastPeriod',
    ]);
    expect(j.notices.map((n: { code: string }) => n.code)).toContain('backtest.pastRateWins');
  }, 60_000);

  it('clv --json names the automatic choice, the measure and the runners-up', () => {
    const r = segmap('clv', cdnow.path, ...CDNOW_ARGS, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.choice.by).toBe('holdout');
    expect(j.choice.code).toBe('choice.holdout');
    expect(j.choice.holdout).toEqual({ calibrationEnd: '1998-02-13', holdoutEnd: '1998-06-30' });
    const scored = j.choice.candidates.filter((c: { holdoutRmse: number | null }) => c.holdoutRmse !== null);
    const best = scored.reduce((a: { holdoutRmse: number }, c: { holdoutRmse: number }) =>
      c.holdoutRmse < a.holdoutRmse ? c : a,
    );
    expect(j.chosen).toBe(best.model);
    expect(j.model).toBe(best.model);
    expect(j.reason).toMatch(/predicted the holdout best \(RMSE of purchases per customer/);
  }, 60_000);
});
