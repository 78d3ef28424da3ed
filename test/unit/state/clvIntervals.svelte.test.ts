// The third CLV job (src/ui/state/clv.svelte.ts): prediction intervals after the predictions, in
// their own worker, never in the predictions' way; a new level or segmentation asks again, a new
// fit drops the old answer, cancel and Run again work.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { ClvResult } from '../../../src/core/clv/clvAnalysis.ts';
import type { SegmentAnalysis } from '../../../src/core/segments/segmentBuffers.ts';
import { analysis, bridges, tick } from './fakes.svelte.ts';
import { answerFit, clv, useClvViews } from './clvState.ts';

const { dataBridge, clvBridge, intervalsBridge } = bridges;

/** Three customers: RFM rows c0, c1, c2 are table customers 0, 1, 2; the summary has 2 and 0. */
const result = (tag: string) =>
  ({
    tag,
    model: 'bgnbd',
    summary: { splitDay: 19_500, customer: Int32Array.of(2, 0) },
    fit: { params: {} },
    spendFit: null,
    predictions: {},
    options: { terms: { horizonDays: 365, margin: 0.3, annualDiscount: 0.1 } },
    cube: { classes: [{ customers: 2 }], cls: Uint8Array.of(3, 5) },
  }) as unknown as ClvResult;

const answer = (tag: string) => answerFit(tag, result);
const show = useClvViews(3, { intervals: true });

describe('CLV intervals job', () => {
  it('starts after the predictions, in its own worker, at the settings’ level, with value-class totals', async () => {
    show();
    expect(intervalsBridge.calls).toHaveLength(0);
    await answer('A');
    const call = intervalsBridge.open('intervals');
    expect(call.args[1]).toMatchObject({ level: 0.8, draws: 100, seed: 1 });
    expect(call.args[0]).toMatchObject({ model: 'bgnbd', terms: { horizonDays: 365 } });
    const groupings = call.args[2] as { id: string; codes: Int32Array }[];
    expect(groupings.map((g) => g.id)).toEqual(['valueClass']);
    expect(Array.from(groupings[0].codes)).toEqual([3, 5]);
    expect(clv.intervalsNow).toBe(null);
    call.resolve({ level: 0.8 });
    await tick();
    flushSync();
    expect(clv.intervalsNow).toMatchObject({ level: 0.8 });
  });

  it('is not asked for by views that do not show intervals', async () => {
    show({});
    await answer('A');
    expect(intervalsBridge.calls).toHaveLength(0);
  });

  it('adds the current scheme’s segments, aligned with the CLV summary’s customers', async () => {
    analysis.segments = {
      segment: Uint8Array.of(4, 7, 1),
      ids: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
    } as unknown as SegmentAnalysis;
    show();
    await answer('A');
    const groupings = intervalsBridge.open('intervals').args[2] as { id: string; codes: Int32Array; count: number }[];
    expect(groupings[1]).toMatchObject({ id: 'segment', count: 8 });
    // Summary customers 2 and 0 are RFM rows 2 and 0.
    expect(Array.from(groupings[1].codes)).toEqual([1, 4]);
  });

  it('a new level asks again without refitting; a new fit drops the old intervals', async () => {
    show();
    await answer('A');
    const first = intervalsBridge.open('intervals');
    analysis.settings.clv = { ...analysis.settings.clv, intervalLevel: 95 };
    flushSync();
    expect(first.signal.aborted).toBe(true);
    expect(intervalsBridge.open('intervals').args[1]).toMatchObject({ level: 0.95 });
    expect(clvBridge.calls).toHaveLength(1);
    intervalsBridge.open('intervals').resolve({ level: 0.95 });
    await tick();
    flushSync();
    expect(clv.intervalsNow).toMatchObject({ level: 0.95 });
    // New predictions: the shown intervals belonged to the old ones.
    analysis.settings.clv = { ...analysis.settings.clv, horizonMonths: 24 };
    flushSync();
    await answer('B');
    expect(clv.intervalsNow).toBe(null);
    expect(intervalsBridge.open('intervals')).toBeDefined();
  });

  it('the predictions of new settings start while intervals still compute', async () => {
    show();
    await answer('A');
    const running = intervalsBridge.open('intervals');
    analysis.settings.clv = { ...analysis.settings.clv, marginPct: 50 };
    flushSync();
    expect(dataBridge.open('clvSummary')).toBeDefined();
    expect(running.signal.aborted).toBe(false);
  });

  it('cancel stops the intervals and keeps the predictions; Run again computes them', async () => {
    show();
    await answer('A');
    const running = intervalsBridge.open('intervals');
    clv.cancel();
    flushSync();
    expect(running.signal.aborted).toBe(true);
    expect(clv.cancelled).toBe(true);
    expect(clv.result).toMatchObject({ tag: 'A' });
    clv.rerun();
    flushSync();
    expect(intervalsBridge.open('intervals')).toBeDefined();
  });
});
