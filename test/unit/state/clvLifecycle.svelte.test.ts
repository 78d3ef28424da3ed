// The CLV state sends the user's lifecycle settings with the fit (issue 16, part C): when the data
// do not identify dropout, the loyalty stand-in is the lifecycle stage with those settings, so a
// changed setting asks for a new fit carrying it.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClvOptions } from '../../../src/core/clv/clvAnalysis.ts';
import { DEFAULT_LIFECYCLE } from '../../../src/core/lifecycle/lifecycleStages.ts';
import { analysis, bridges, openDataset, session, tick } from './fakes.svelte.ts';

vi.mock('../../../src/ui/jobs/bridges.ts', async () => (await import('./fakes.svelte.ts')).bridges);
vi.mock('../../../src/ui/state/session.svelte.ts', async () => ({
  session: (await import('./fakes.svelte.ts')).session,
}));
vi.mock('../../../src/ui/state/analysis.svelte.ts', async () => ({
  analysis: (await import('./fakes.svelte.ts')).analysis,
}));

const { clv } = await import('../../../src/ui/state/clv.svelte.ts');
const { dataBridge, clvBridge } = bridges;

/** A summary just detailed enough for the state (its buffers are transferred to the fit). */
const summary = () => {
  const none = () => new Float64Array(0);
  const ints = () => new Int32Array(0);
  return {
    splitDay: 19_500,
    ...Object.fromEntries(['customer', 'recencyDays', 'firstDay', 'repeatDays'].map((k) => [k, ints()])),
    ...Object.fromEntries(
      ['x', 'tx', 'T', 'spend', 'revenue', 'holdoutX', 'repeatCounts', 'holdoutValue', 'recentX', 'recentValue']
        .concat(['gapSdDays', 'wmRatio'])
        .map((k) => [k, none()]),
    ),
    periods: { x: none(), tx: none(), n: none() },
  };
};

let stop: (() => void) | null = null;
beforeEach(() => {
  openDataset(1);
  analysis.settings.clv = { ...analysis.settings.clv, model: 'bgnbd' };
  analysis.settings.time = { ...analysis.settings.time, lifecycle: { ...DEFAULT_LIFECYCLE } };
  flushSync();
});
afterEach(() => {
  clv.cancel();
  session.currentId = null;
  flushSync();
  stop?.();
  stop = null;
});

describe('CLV state and the lifecycle settings', () => {
  it('sends them with the fit, and a change asks for a fit with the new ones', async () => {
    stop = clv.activate();
    flushSync();
    dataBridge.open('clvSummary').resolve(summary());
    await tick();
    expect((clvBridge.open('clv').args[1] as ClvOptions).lifecycle).toEqual(DEFAULT_LIFECYCLE);

    const changed = { ...DEFAULT_LIFECYCLE, newDays: 30, mode: 'window' as const };
    analysis.settings.time = { ...analysis.settings.time, lifecycle: changed };
    flushSync();
    dataBridge.open('clvSummary').resolve(summary());
    await tick();
    expect((clvBridge.open('clv').args[1] as ClvOptions).lifecycle).toEqual(changed);
  });
});
