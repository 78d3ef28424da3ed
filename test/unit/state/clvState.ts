/**
 * The set-up the CLV state tests share (src/ui/state/clv.svelte.ts): the page's bridges, session
 * and analysis replaced by the fakes of fakes.svelte.ts, the state loaded over them, a summary with
 * the columns the page transfers to the worker, one answered fit, and the views a test shows,
 * closed again after it.
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, vi } from 'vitest';
import type { ClvResult } from '../../../src/core/clv/clvAnalysis.ts';
import { analysis, bridges, openDataset, session, tick } from './fakes.svelte.ts';

vi.mock('../../../src/ui/jobs/bridges.ts', async () => (await import('./fakes.svelte.ts')).bridges);
vi.mock('../../../src/ui/state/session.svelte.ts', async () => ({
  session: (await import('./fakes.svelte.ts')).session,
}));
vi.mock('../../../src/ui/state/analysis.svelte.ts', async () => ({
  analysis: (await import('./fakes.svelte.ts')).analysis,
}));

export const { clv } = await import('../../../src/ui/state/clv.svelte.ts');

/** A CLV summary tagged `tag`: split day 19,500 and every column the page transfers, empty. */
export function clvSummary(tag: string) {
  const none = () => new Float64Array(0);
  const ints = () => new Int32Array(0);
  const cols = ['x', 'tx', 'T', 'spend', 'revenue', 'holdoutX', 'repeatCounts', 'holdoutValue', 'recentX'];
  const more = ['recentValue', 'gapSdDays', 'wmRatio'];
  return {
    tag,
    splitDay: 19_500,
    customer: ints(),
    recencyDays: ints(),
    firstDay: ints(),
    repeatDays: ints(),
    ...Object.fromEntries([...cols, ...more].map((c) => [c, none()])),
    periods: { x: none(), tx: none(), n: none() },
  };
}

/** Answers the open summary call with `clvSummary(tag)`, then the open fit with `result(tag)`. */
export async function answerFit(tag: string, result: (tag: string) => ClvResult): Promise<void> {
  bridges.dataBridge.open('clvSummary').resolve(clvSummary(tag));
  await tick();
  bridges.clvBridge.open('clv').resolve(result(tag));
  await tick();
  flushSync();
}

type ViewNeeds = Parameters<typeof clv.activate>[0];

/**
 * Before each test: dataset 1 open with `customers` customers, no segments, the model pinned to
 * BG/NBD (one summary per fit). After it: the jobs cancelled, the dataset closed, every view the
 * test showed closed and late answers off. Returns `show`, which shows a view needing `needs`
 * (default `byDefault`) and returns its stop (stopping twice is harmless).
 */
export function useClvViews(customers = 60, byDefault?: ViewNeeds): (needs?: ViewNeeds) => () => void {
  let stops: (() => void)[] = [];
  beforeEach(() => {
    openDataset(1, customers);
    analysis.settings.clv = { ...analysis.settings.clv, model: 'bgnbd' };
    analysis.segments = null;
    flushSync();
  });
  afterEach(() => {
    // No dataset open while a view is still active: the state forgets this test's jobs.
    clv.cancel();
    session.currentId = null;
    flushSync();
    stops.forEach((s) => s());
    stops = [];
    for (const b of Object.values(bridges)) b.lateAnswers = false;
  });
  return (needs = byDefault) => {
    const stop = clv.activate(needs);
    let stopped = false;
    const once = () => {
      if (stopped) return;
      stopped = true;
      stop();
    };
    stops.push(once);
    flushSync();
    return once;
  };
}
