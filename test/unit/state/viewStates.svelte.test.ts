import 'fake-indexeddb/auto';
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RfmTable } from '../../../src/core/rfm/computeRfm.ts';
import { abcClasses } from '../../../src/core/concentration/abcClasses.ts';
import { gradeByCuts } from '../../../src/core/rfm/gradeByCuts.ts';
import { TIER_DEFAULT, tierRules } from '../../../src/core/segments/valueTiers.ts';
import { noticeText } from '../../../src/ui/i18n/i18n.svelte.ts';
import { fakeBridge } from './fakeBridge.ts';

const bridge = vi.hoisted(() => ({ current: null as null | ReturnType<typeof import('./fakeBridge.ts').fakeBridge> }));
vi.mock('../../../src/ui/jobs/bridges.ts', () => ({
  dataBridge: { call: (...a: Parameters<ReturnType<typeof fakeBridge>['call']>) => bridge.current!.call(...a) },
  importBridge: {},
  backupBridge: {},
  uncancelled: () => new AbortController().signal,
}));
vi.mock('../../../src/db/settings.ts', () => ({ loadSettings: async () => null, saveSettings: async () => {} }));

const { analysis } = await import('../../../src/ui/state/analysis.svelte.ts');
const { card } = await import('../../../src/ui/state/card.svelte.ts');
const { cohorts } = await import('../../../src/ui/state/cohorts.svelte.ts');
const { session } = await import('../../../src/ui/state/session.svelte.ts');
const { time } = await import('../../../src/ui/state/time.svelte.ts');

/** A three-customer RFM table (the numbers do not matter to the state modules). */
function rfmOf(referenceDay = 100): RfmTable {
  return {
    n: 3,
    ids: ['a', 'b', 'c'],
    customer: Int32Array.from([0, 1, 2]),
    recency: Int32Array.from([1, 2, 3]),
    frequency: Int32Array.from([1, 1, 2]),
    monetary: Float64Array.from([10, 20, 30]),
    r: Uint8Array.from([3, 2, 1]),
    f: Uint8Array.from([1, 1, 3]),
    m: Uint8Array.from([1, 2, 3]),
    referenceDay,
    frequencyByInvoice: false,
  };
}

const stored = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (k: string) => stored.get(k) ?? null,
  setItem: (k: string, v: string) => stored.set(k, v),
});

const settle = () => new Promise((r) => setTimeout(r, 0));
let nextId = 1;

/** Opens a fresh dataset (its own id, so earlier tests' answers are another dataset's). */
async function openDataset(): Promise<number> {
  const id = nextId++;
  session.rfm = rfmOf();
  session.currentId = id;
  await analysis.useDataset(id);
  analysis.settings.time.dates = [10, 20, 30];
  flushSync();
  return id;
}

/** Each view as its state module sees it: what it activates, the calls it needs, what it shows. */
const views = {
  card: {
    activate: () => card.activate(),
    methods: ['searchText', 'allSchemes', 'lifecycle'],
    shown: () => card.search.length > 0,
  },
  cohorts: { activate: () => cohorts.activateTable(), methods: ['cohorts'], shown: () => cohorts.table !== null },
  crosstab: {
    activate: () => cohorts.activateAttributes(),
    methods: ['attributes'],
    shown: () => cohorts.attributes !== null,
  },
  time: {
    activate: () => {
      const stops = [time.activateLifecycle(), time.activateMigration()];
      return () => stops.forEach((s) => s());
    },
    methods: ['lifecycle', 'migration'],
    shown: () => time.lifecycle !== null && time.migration !== null,
  },
};
type ViewName = keyof typeof views;
const answers: Record<string, () => unknown> = {
  // Not this table's length: the shown table keeps the RFM scores (no scoring to display).
  segments: () => ({ ids: [], segment: new Uint8Array(0), grid: { rGrades: 5, fGrades: 5 } }),
  value: () => ({}),
  searchText: () => ['a', 'b', 'c'],
  allSchemes: () => ({ rfm11: { ids: ['x'], segment: new Uint8Array(3) } }),
  lifecycle: () => ({ stage: new Uint8Array(3), gap: new Int32Array(3), age: new Int32Array(3), summary: [] }),
  migration: () => ({ snapshots: [], steps: [], levels: [], customerIds: [] }),
  cohorts: () => ({ period: 'month', customers: [1] }),
  attributes: () => [
    { name: 'age', values: [], codes: new Int32Array(3), numeric: false, numbers: new Float64Array(3) },
  ],
};

/** Answers every waiting call of the fake worker. */
async function answerAll() {
  flushSync();
  for (const c of bridge.current!.calls.splice(0)) if (!c.signal.aborted) c.resolve(answers[c.method]());
  await settle();
  flushSync();
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

let stopAnalysis: () => void;
beforeEach(() => {
  bridge.current = fakeBridge();
  stopAnalysis?.();
  stopAnalysis = analysis.start();
});

describe('views in every order: each shows its answer, and a revisit asks nothing again', () => {
  it.each(permutations(Object.keys(views) as ViewName[]).map((order) => [order.join(' → '), order] as const))(
    '%s',
    async (_name, order) => {
      await openDataset();
      await answerAll(); // segments and value
      const asked: string[] = [];
      for (const name of order) {
        const stop = views[name].activate();
        flushSync();
        asked.push(...bridge.current!.calls.map((c) => c.method));
        await answerAll();
        expect(views[name].shown()).toBe(true);
        stop();
      }
      // Lifecycle is asked once although two views show it.
      expect(asked.sort()).toEqual([...new Set(Object.values(views).flatMap((v) => v.methods))].sort());
      // Coming back, in the reverse order: every answer is there at once, nothing is asked.
      for (const name of [...order].reverse()) {
        const stop = views[name].activate();
        flushSync();
        expect(views[name].shown()).toBe(true);
        expect(bridge.current!.calls.map((c) => c.method)).toEqual([]);
        stop();
      }
    },
  );
});

describe('a stale answer arriving late is ignored', () => {
  it('cohorts: month then quarter; the month answer comes last', async () => {
    await openDataset();
    await answerAll();
    const stop = cohorts.activateTable();
    flushSync();
    const [month] = bridge.current!.of('cohorts');
    analysis.update((s) => {
      s.cohorts = { ...s.cohorts, period: 'quarter' };
    });
    flushSync();
    const quarter = bridge.current!.of('cohorts')[1];
    expect(month.signal.aborted).toBe(true);
    quarter.resolve({ period: 'quarter' });
    await settle();
    month.resolve({ period: 'month' });
    await settle();
    expect(cohorts.table).toEqual({ period: 'quarter' });
    stop();
  });

  it('session: an earlier open answering after a later one does not replace it', async () => {
    await openDataset();
    const first = session.open(901);
    const second = session.open(902);
    const [a, b] = bridge.current!.of('rfm');
    b.resolve(rfmOf(202));
    await second;
    a.resolve(rfmOf(101));
    await first;
    expect(session.currentId).toBe(902);
    expect(session.rfm?.referenceDay).toBe(202);
    expect(session.loading).toBe(false);
  });
});

describe('cancel and run again', () => {
  it('the migration: cancel stops it (the worker is told), keeps the last answer; run again asks anew', async () => {
    await openDataset();
    await answerAll();
    const stop = views.time.activate();
    await answerAll();
    const shown = time.migration;
    // A new date: the migration runs again, the user cancels it.
    analysis.update((s) => {
      s.time = { ...s.time, dates: [10, 20, 40] };
    });
    flushSync();
    const [running] = bridge.current!.of('migration');
    expect(time.running).toBe(true);
    // The worker asks the proxied aborted() between dates.
    const aborted = running.args[3] as () => boolean;
    expect(aborted()).toBe(false);
    time.cancel();
    flushSync();
    expect(aborted()).toBe(true);
    expect(time).toMatchObject({ running: false, cancelled: true, migration: shown });
    // Leaving and coming back does not start it by itself.
    stop();
    const again = views.time.activate();
    flushSync();
    expect(bridge.current!.of('migration').filter((c) => !c.signal.aborted)).toEqual([]);
    time.rerun();
    flushSync();
    expect(time.running).toBe(true);
    await answerAll();
    expect(time).toMatchObject({ running: false, cancelled: false });
    expect(time.migration).not.toBe(shown);
    again();
  });
});

describe('errors are coded', () => {
  it.each([
    ['cuts', () => gradeByCuts([1, 2], [5, 3], true), 'rfm.cuts', /5, 3/],
    ['tiers', () => tierRules({ ...TIER_DEFAULT, vip: 7 }), 'segments.tiers', /1 to 5/],
    ['ABC', () => abcClasses(new Float64Array(2), [0.8, 0.5]), 'value.abcCuts', /0\.8/],
  ])('Segments and Value say a bad setting (%s) in words, translated', async (_name, fail, code, text) => {
    await openDataset();
    flushSync();
    let thrown: unknown;
    try {
      fail();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    bridge.current!.of('segments')[0].reject(thrown);
    await settle();
    expect(analysis.error?.code).toBe(code);
    expect(noticeText(analysis.error!)).toMatch(text);
    expect(noticeText(analysis.error!)).not.toMatch(/unexpected/i);
  });

  it.each([
    [
      'a coded worker error keeps its code',
      Object.assign(new Error('x'), { code: 'dataset.missing', params: { id: 1 } }),
      'dataset.missing',
    ],
    [
      'an uncoded one becomes app.unexpected (no raw text)',
      new RangeError('cut values must be strictly ascending'),
      'app.unexpected',
    ],
  ])('%s: segments, cohorts, time', async (_name, error, code) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await openDataset();
    flushSync();
    bridge.current!.of('segments')[0].reject(error);
    const stops = [cohorts.activateTable(), views.time.activate()];
    flushSync();
    for (const c of bridge.current!.calls) if (c.method !== 'segments') c.reject(error);
    await settle();
    expect(analysis.error?.code).toBe(code);
    expect([cohorts.error?.code, time.lifecycleError?.code, time.migrationError?.code]).toEqual([code, code, code]);
    stops.forEach((s) => s());
  });
});
