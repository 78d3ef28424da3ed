import { describe, expect, it } from 'vitest';
import { clvAnalysis, DEFAULT_CLV_OPTIONS } from '../../../src/core/clv/clvAnalysis.ts';
import { choiceSplitOptions } from '../../../src/core/clv/choiceSplit.ts';
import { holdoutSplitDay, summarize } from '../../../src/core/clv/summarize.ts';
import { parseIsoDay } from '../../../src/core/values/civil.ts';
import { shop } from './backtestData.ts';

// One owner for the split of the automatic choice's backtest: the CLI (clvAnalysis) and the page
// (the CLV state) both ask choiceSplitOptions.

const t = shop({ customers: 150, days: 540, seed: 3 });
const full = summarize(t, { unit: 'week' });
const calibrated = summarize(t, { unit: 'week', calibrationEnd: full.dayZero + 400 });
const day = parseIsoDay('2024-01-15')!;

describe('choiceSplitOptions', () => {
  it.each([
    ['auto, no split day: all but the last quarter', full, 'auto', undefined, holdoutSplitDay(full)],
    ['auto, the page passes null: the default', full, 'auto', null, holdoutSplitDay(full)],
    ['auto, the user split day', full, 'auto', day, day],
    ['auto on an earlier calibration end: a quarter of that', calibrated, 'auto', null, holdoutSplitDay(calibrated)],
  ] as const)('%s', (_, s, model, splitDay, want) => {
    expect(choiceSplitOptions(s, { model, unit: 'week' }, splitDay)).toEqual({
      unit: 'week',
      calibrationEnd: want,
      observationEnd: s.calibrationEnd,
    });
  });

  it.each(['bgnbd', 'mbgnbd', 'pnbd', 'bgbb'] as const)('a pinned model (%s) has no backtest split', (m) => {
    expect(choiceSplitOptions(full, { model: m, unit: 'week' }, day)).toBeNull();
  });

  it('is the split clvAnalysis backtests on', () => {
    const r = clvAnalysis(t, { ...DEFAULT_CLV_OPTIONS, calibrationEnd: full.dayZero + 400 });
    const o = choiceSplitOptions(r.summary, { model: 'auto', unit: 'week' })!;
    expect(r.choice.backtest).toBeTruthy();
    expect(r.choice.backtest!.calibrationEnd).toBe(o.calibrationEnd);
    expect(r.choice.backtest!.observationEnd).toBe(o.observationEnd);
  });
});
