// The CLV state (src/ui/state/clv.svelte.ts) with fake bridges: a view returned to shows its result
// without asking again, settings changed mid-fit drop the earlier fit's late answer, Cancel keeps
// the last result and Run again works, and failures are coded.
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { ClvResult } from '../../../src/core/clv/clvAnalysis.ts';
import { workerFailed } from '../../../src/ui/jobs/WorkerBridge.ts';
import { analysis, bridges, openDataset, tick } from './fakes.svelte.ts';
import { answerFit, clv, clvSummary, useClvViews } from './clvState.ts';

const { dataBridge, clvBridge, checksBridge } = bridges;

/** A result just detailed enough for the state (split day, cube classes). */
const result = (tag: string, extra: object = {}) =>
  ({
    tag,
    summary: clvSummary(tag),
    cube: { classes: [{ customers: 3 }] },
    model: 'bgnbd',
    choice: { backtest: null },
    ...extra,
  }) as unknown as ClvResult;

const answer = (tag: string) => answerFit(tag, result);
// A pinned model: one summary per fit (the automatic choice's split summary is tested below).
const show = useClvViews();

describe('CLV state', () => {
  it('fits once: leaving the view and coming back shows the result without a new request', async () => {
    const stop = show();
    expect(dataBridge.of('clvSummary')).toHaveLength(1);
    expect(clv.predictions.progress).toBe('loading');
    await answer('A');
    expect(clv.result).toMatchObject({ tag: 'A' });
    expect(clv.predictions.running).toBe(false);
    stop();
    show();
    show(); // another view (the customer explanation) asking for the same fit
    expect(dataBridge.calls).toHaveLength(1);
    expect(clvBridge.calls).toHaveLength(1);
    expect(clv.result).toMatchObject({ tag: 'A' });
  });

  it('sends the fit the summary of the settings’ unit and calibration end', async () => {
    analysis.settings.clv = { ...analysis.settings.clv, unit: 'month', calibrationDay: 19_400 };
    show();
    expect(dataBridge.open('clvSummary').args).toEqual([1, { unit: 'month', calibrationEnd: 19_400 }]);
    dataBridge.open('clvSummary').resolve(clvSummary('s'));
    await tick();
    expect(clvBridge.open('clv').args[0]).toMatchObject({ tag: 's' });
    expect(clvBridge.open('clv').args[1]).toMatchObject({ model: 'bgnbd', unit: 'month', calibrationEnd: 19_400 });
  });

  it('waits while no view wants it (a CLV feature not ticked), and fits when it is wanted', async () => {
    const wanted = $state({ now: false });
    show({ when: () => wanted.now });
    expect(dataBridge.calls).toHaveLength(0);
    wanted.now = true;
    flushSync();
    expect(dataBridge.of('clvSummary')).toHaveLength(1);
  });

  it('drops a superseded fit that answers late', async () => {
    clvBridge.lateAnswers = true;
    show();
    dataBridge.open('clvSummary').resolve(clvSummary('old'));
    await tick();
    const first = clvBridge.open('clv');
    analysis.settings.clv = { ...analysis.settings.clv, model: 'pnbd' };
    flushSync();
    expect(first.signal.aborted).toBe(true);
    await answer('new');
    first.resolve(result('old, late'));
    await tick();
    expect(clv.result).toMatchObject({ tag: 'new' });
    expect(clv.predictions.running).toBe(false);
  });

  it('cancel keeps the last result and says so; Run again fits without a reload', async () => {
    show();
    await answer('A');
    analysis.settings.clv = { ...analysis.settings.clv, horizonMonths: 24 };
    flushSync();
    const running = dataBridge.open('clvSummary');
    clv.cancel();
    flushSync();
    expect(running.signal.aborted).toBe(true);
    expect(clv.cancelled).toBe(true);
    expect(clv.predictions.running).toBe(false);
    expect(clv.result).toMatchObject({ tag: 'A' });
    // The same settings sent again (an input losing focus) leave it cancelled.
    analysis.settings.clv = { ...analysis.settings.clv };
    flushSync();
    expect(dataBridge.of('clvSummary')).toHaveLength(2);
    expect(clv.cancelled).toBe(true);
    clv.rerun();
    flushSync();
    expect(clv.cancelled).toBe(false);
    await answer('B');
    expect(clv.result).toMatchObject({ tag: 'B' });
    expect(clvBridge.open === undefined).toBe(false);
    expect(clvBridge.of('clv').at(-1)!.args[1]).toMatchObject({ terms: { horizonDays: expect.any(Number) } });
  });

  it.each([
    [
      'a core error keeps its code',
      Object.assign(new Error('no repeat'), { code: 'fit.noRepeat', params: {} }),
      'fit.noRepeat',
    ],
    ['a crashed worker', workerFailed(), 'worker.failed'],
    ['a raw JavaScript error', new TypeError('x is undefined'), 'app.unexpected'],
  ])('%s', async (_name, error, code) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    show();
    dataBridge.open('clvSummary').resolve(clvSummary('s'));
    await tick();
    clvBridge.open('clv').reject(error);
    await tick();
    expect(clv.predictions.error?.code).toBe(code);
    expect(clv.result).toBe(null);
  });

  it('runs the checks after the predictions, on the default split, each model reported', async () => {
    show({ checks: true });
    expect(checksBridge.calls).toHaveLength(0);
    await answer('A');
    expect(dataBridge.open('clvSummary').args).toEqual([1, { unit: 'week', calibrationEnd: 19_500 }]);
    dataBridge.open('clvSummary').resolve(clvSummary('split'));
    await tick();
    const call = checksBridge.open('checks');
    expect(call.args.slice(1, 2)).toEqual(['bgnbd']);
    (call.args[2] as (m: string) => void)('pnbd');
    expect(clv.checks.progress).toBe('fitting pnbd');
    call.resolve({ model: 'bgnbd' });
    await tick();
    expect(clv.checks.value).toMatchObject({ model: 'bgnbd' });
    // A new split asks again; the predictions do not.
    analysis.settings.clv = { ...analysis.settings.clv, splitDay: 19_450 };
    flushSync();
    expect(dataBridge.open('clvSummary').args).toEqual([1, { unit: 'week', calibrationEnd: 19_450 }]);
    expect(clvBridge.calls).toHaveLength(1);
  });

  // Issue 16: the automatic choice (the default) backtests on a split summary made by the data
  // worker, and the checks reuse the candidates' fits on that split instead of fitting again.
  it('auto: fits with a split summary (the last quarter held out) and the checks reuse its fits', async () => {
    analysis.settings.clv = { ...analysis.settings.clv, model: 'auto' };
    show({ checks: true });
    const full = { ...clvSummary('full'), dayZero: 19_000, calibrationEnd: 19_600, observationEnd: 19_600 };
    dataBridge.open('clvSummary').resolve(full);
    await tick();
    expect(dataBridge.open('clvSummary').args).toEqual([
      1,
      { unit: 'week', calibrationEnd: 19_500, observationEnd: 19_600 },
    ]);
    dataBridge.open('clvSummary').resolve(clvSummary('split'));
    await tick();
    const fit = clvBridge.open('clv');
    expect(fit.args[1]).toMatchObject({ model: 'auto' });
    expect(fit.args[2]).toMatchObject({ tag: 'split' });
    const fits = { pnbd: { model: 'pnbd' } };
    fit.resolve(
      result('A', {
        summary: full,
        model: 'pnbd',
        choice: { backtest: { calibrationEnd: 19_500, observationEnd: 19_600, unit: 'week', fits } },
      }),
    );
    await tick();
    flushSync();
    dataBridge.open('clvSummary').resolve(clvSummary('checks'));
    await tick();
    const checks = checksBridge.open('checks');
    // The model the choice took, and its fits on the same split.
    expect(checks.args[1]).toBe('pnbd');
    expect(checks.args[3]).toEqual(fits);
  });

  it('forgets the results when another dataset is opened', async () => {
    show();
    await answer('A');
    clv.selected = 0;
    expect(clv.selected).toBe(0);
    openDataset(2);
    flushSync();
    expect(clv.result).toBe(null);
    expect(clv.selected).toBe(null);
    expect(dataBridge.open('clvSummary').args[0]).toBe(2);
  });
});
