import { beforeAll, describe, expect, it } from 'vitest';
import { clvFromSummary, DEFAULT_CLV_OPTIONS } from '../../../src/core/clv/clvAnalysis.ts';
import type { ClvResult } from '../../../src/core/clv/clvAnalysis.ts';
import { CLV_NO_DROPOUT } from '../../../src/core/clv/guard.ts';
import { summarize } from '../../../src/core/clv/summarize.ts';
import type { CustomerSummary } from '../../../src/core/clv/summarize.ts';
import { DEFAULT_LIFECYCLE, STAGE_IDS } from '../../../src/core/lifecycle/lifecycleStages.ts';
import type { LifecycleOptions } from '../../../src/core/lifecycle/lifecycleStages.ts';
import { shop } from './backtestData.ts';

// Issue 16, part C: when the data do not identify dropout, loyalty stands in as the lifecycle stage,
// computed with the user's lifecycle settings (not the defaults), and CLV says it comes from the fit
// without dropout.

const stageCounts = (r: ClvResult) => {
  const counts = Object.fromEntries(STAGE_IDS.map((id) => [id, 0])) as Record<string, number>;
  for (const k of r.guard.loyalty.stage!) counts[STAGE_IDS[k]]++;
  return counts;
};

describe('the lifecycle stand-in follows the lifecycle settings', () => {
  // Nobody stops buying: the fit cannot identify dropout.
  let s: CustomerSummary;
  let base: ClvResult;
  beforeAll(() => {
    s = summarize(shop({ customers: 250, days: 720, seed: 7, dropout: 0 }), { unit: 'week' });
    base = clvFromSummary(s, { ...DEFAULT_CLV_OPTIONS, model: 'bgnbd' });
  }, 60_000);

  it('is the stand-in here, with the default settings when none are given, and CLV says so', () => {
    expect(base.guard.loyalty).toMatchObject({ source: 'lifecycle', pAliveKnown: false });
    expect(base.guard.loyalty.lifecycle).toEqual(DEFAULT_LIFECYCLE);
    expect(base.guard.clvNote).toEqual(CLV_NO_DROPOUT);
    expect(base.guard.clvNote!.code).toBe('clv.clvNoDropout');
  });

  it.each<[string, Partial<LifecycleOptions>, (now: Record<string, number>, was: Record<string, number>) => void]>([
    [
      'a longer "new" window makes more customers new',
      { newDays: 800 },
      (now, was) => expect(now.new).toBeGreaterThan(was.new),
    ],
    [
      'fixed short windows make more customers lapsed',
      { mode: 'window', coolingDays: 3, atRiskDays: 6, lapsedDays: 10 },
      (now, was) => expect(now.lapsed).toBeGreaterThan(was.lapsed),
    ],
  ])('%s', (_, change, check) => {
    const lifecycle = { ...DEFAULT_LIFECYCLE, ...change };
    const r = clvFromSummary(s, { ...DEFAULT_CLV_OPTIONS, model: 'bgnbd', lifecycle });
    check(stageCounts(r), stageCounts(base));
    expect(r.guard.loyalty.lifecycle).toEqual(lifecycle);
    // The cube's loyalty axis moves with it.
    expect(Array.from(r.guard.loyalty.values)).not.toEqual(Array.from(base.guard.loyalty.values));
  });
});

describe('with dropout identified', () => {
  it('the model P(alive) is the loyalty measure and CLV carries no note', () => {
    const s = summarize(shop({ customers: 300, days: 720, seed: 7, dropout: 0.3 }), { unit: 'week' });
    const r = clvFromSummary(s, {
      ...DEFAULT_CLV_OPTIONS,
      model: 'pnbd',
      lifecycle: { ...DEFAULT_LIFECYCLE, newDays: 800 },
    });
    expect(r.guard.loyalty).toMatchObject({ source: 'model', pAliveKnown: true, lifecycle: null });
    expect(r.guard.clvNote).toBeNull();
  }, 60_000);
});
