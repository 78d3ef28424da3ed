// The Clusters state (src/ui/state/cluster.svelte.ts) with fake bridges: the scan and run survive
// leaving the view, the value index opened first does not leave the scan hanging ("k = 9 of 9"
// for ever), Cancel keeps the last clusters and Run again works, a stale run answering late is
// ignored, and failures are coded.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClusterRun } from '../../../src/core/cluster/runClusters.ts';
import type { ScanSummary } from '../../../src/core/cluster/scanClusters.ts';
import { workerFailed } from '../../../src/ui/jobs/WorkerBridge.ts';
import { analysis, bridges, openDataset, session, tick } from './fakes.svelte.ts';

vi.mock('../../../src/ui/jobs/bridges.ts', async () => (await import('./fakes.svelte.ts')).bridges);
vi.mock('../../../src/ui/state/session.svelte.ts', async () => ({
  session: (await import('./fakes.svelte.ts')).session,
}));
vi.mock('../../../src/ui/state/analysis.svelte.ts', async () => ({
  analysis: (await import('./fakes.svelte.ts')).analysis,
}));

const { cluster } = await import('../../../src/ui/state/cluster.svelte.ts');
const { clv } = await import('../../../src/ui/state/clv.svelte.ts');
const { clusterBridge, dataBridge } = bridges;

const scan = (tag: string, suggested = 3, centroids: ScanSummary['centroids'] = null) =>
  ({ tag, suggested, rows: [], warnings: [], centroids }) as unknown as ScanSummary;
const run = (tag: string, k: number) => ({ tag, k, labels: new Int32Array(60) }) as unknown as ClusterRun;

/** Answers the open scan (reporting all nine k first), then the open run. */
async function answerBoth(tag: string, k = 3) {
  const s = clusterBridge.open('scan');
  const onStep = s.args[3] as (done: number, total: number) => void;
  for (let i = 1; i <= 9; i++) onStep(i, 9);
  expect(cluster.scan.progress).toEqual({ done: 9, total: 9 });
  s.resolve(scan(tag, k));
  await tick();
  flushSync();
  clusterBridge.open('run').resolve(run(tag, k));
  await tick();
  flushSync();
}

let stops: (() => void)[] = [];
const keep = (stop: () => void) => {
  stops.push(stop);
  flushSync();
  return stop;
};

beforeEach(() => {
  openDataset(1);
  flushSync();
});
afterEach(() => {
  cluster.cancel();
  clv.cancel();
  session.currentId = null;
  session.rfm = null;
  flushSync();
  stops.forEach((s) => s());
  stops = [];
  clusterBridge.lateAnswers = false;
});

describe('Clusters state', () => {
  it('scans, runs the suggested k, and shows both again on a revisit without asking', async () => {
    const stop = cluster.activate();
    flushSync();
    expect(analysis.attributeCalls).toHaveLength(1);
    expect(clusterBridge.open('scan').args.slice(1, 3)).toEqual(['z', { seed: 1, restarts: 10 }]);
    await answerBoth('A', 4);
    expect(clusterBridge.of('run')[0].args[2]).toMatchObject({ k: 4, seed: 1, restarts: 10 });
    expect(cluster.running).toBe(false);
    expect(cluster.scan.progress).toBe(null);
    expect(cluster.run.value).toMatchObject({ tag: 'A', k: 4 });
    stop();
    // Customers, then back to Clusters: the same scan, profiles and button at once.
    keep(cluster.activate());
    expect(clusterBridge.calls).toHaveLength(2);
    expect(analysis.attributeCalls).toHaveLength(1);
    expect(cluster.scan.value).toMatchObject({ tag: 'A' });
    expect(cluster.run.value).toMatchObject({ tag: 'A' });
  });

  it('the value index first, then Clusters: the scan and run finish', async () => {
    // The AHP view: attributes, and the CLV fit for its lifetime-value indicators.
    const stopAhp = [cluster.activateAttributes(), clv.activate({ when: () => true })];
    flushSync();
    analysis.attributeCalls[0].answer([{ name: 'age', values: new Float64Array(60).fill(30) }]);
    await tick();
    flushSync();
    expect(dataBridge.of('clvSummary')).toHaveLength(1);
    stopAhp.forEach((s) => s());
    const stop = keep(cluster.activate());
    keep(clv.activate({ when: () => cluster.needsClv }));
    expect(analysis.attributeCalls).toHaveLength(1);
    expect(clusterBridge.of('scan')).toHaveLength(1);
    await answerBoth('A');
    expect(cluster.running).toBe(false);
    expect(cluster.run.value).toMatchObject({ tag: 'A' });
    expect(cluster.attributes.map((a) => a.name)).toEqual(['age']);
    void stop;
  });

  it('runs a new k without scanning again, from the sample’s centroids when the scan was sampled', async () => {
    keep(cluster.activate());
    const centroids = { 5: new Float64Array(15) };
    clusterBridge.open('scan').resolve(scan('S', 3, centroids));
    await tick();
    flushSync();
    clusterBridge.open('run').resolve(run('k3', 3));
    await tick();
    analysis.settings.cluster = { ...analysis.settings.cluster, k: 5 };
    flushSync();
    expect(clusterBridge.of('scan')).toHaveLength(1);
    expect(clusterBridge.open('run').args[2]).toMatchObject({ k: 5, init: centroids[5] });
  });

  it('drops a run superseded by another k that answers late', async () => {
    clusterBridge.lateAnswers = true;
    keep(cluster.activate());
    clusterBridge.open('scan').resolve(scan('S'));
    await tick();
    flushSync();
    const first = clusterBridge.open('run');
    analysis.settings.cluster = { ...analysis.settings.cluster, k: 6 };
    flushSync();
    expect(first.signal.aborted).toBe(true);
    clusterBridge.open('run').resolve(run('k6', 6));
    await tick();
    first.resolve(run('k3, late', 3));
    await tick();
    expect(cluster.run.value).toMatchObject({ k: 6 });
    expect(cluster.running).toBe(false);
  });

  it('cancel keeps the last clusters and says so; Run again scans without a reload', async () => {
    keep(cluster.activate());
    await answerBoth('A');
    analysis.settings.cluster = { ...analysis.settings.cluster, scaling: 'minmax' };
    flushSync();
    const scanning = clusterBridge.open('scan');
    cluster.cancel();
    flushSync();
    expect(scanning.signal.aborted).toBe(true);
    expect(cluster.cancelled).toBe(true);
    expect(cluster.running).toBe(false);
    expect(cluster.run.value).toMatchObject({ tag: 'A' });
    // The same setting sent again (the input losing focus) and a revisit leave it cancelled.
    analysis.settings.cluster = { ...analysis.settings.cluster };
    flushSync();
    keep(cluster.activate());
    expect(clusterBridge.of('scan')).toHaveLength(2);
    expect(cluster.cancelled).toBe(true);
    cluster.rerun();
    flushSync();
    expect(cluster.cancelled).toBe(false);
    expect(clusterBridge.of('scan')).toHaveLength(3);
    expect(clusterBridge.open('scan').args[1]).toBe('minmax');
    await answerBoth('B');
    expect(cluster.run.value).toMatchObject({ tag: 'B' });
  });

  it('cancel before any result leaves nothing half-done, and Run again works', async () => {
    keep(cluster.activate());
    cluster.cancel();
    flushSync();
    expect(cluster.cancelled).toBe(true);
    expect(cluster.scan.value).toBe(null);
    cluster.rerun();
    flushSync();
    await answerBoth('A');
    expect(cluster.run.value).toMatchObject({ tag: 'A' });
  });

  it('waits for a ticked CLV feature instead of clustering without it', async () => {
    analysis.settings.cluster = {
      ...analysis.settings.cluster,
      features: [...analysis.settings.cluster.features, { id: 'pAlive', transform: 'none' }],
    };
    keep(cluster.activate());
    expect(cluster.missing).toEqual(['pAlive']);
    expect(cluster.needsClv).toBe(true);
    expect(clusterBridge.calls).toHaveLength(0);
  });

  it.each([
    ['a crashed worker', workerFailed(), 'worker.failed'],
    [
      'a core error',
      Object.assign(new Error('k'), { code: 'cluster.kLowered', params: { k: 3, distinct: 2 } }),
      'cluster.kLowered',
    ],
    ['a raw JavaScript error', new RangeError('no customers to cluster'), 'app.unexpected'],
  ])('%s is shown coded', async (_name, error, code) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    keep(cluster.activate());
    clusterBridge.open('scan').reject(error);
    await tick();
    expect(cluster.error?.code).toBe(code);
    expect(cluster.running).toBe(false);
  });

  it('a selection belongs to its run', async () => {
    keep(cluster.activate());
    await answerBoth('A');
    cluster.selection = { kind: 'cluster', index: 1 };
    expect(cluster.selection).toEqual({ kind: 'cluster', index: 1 });
    analysis.settings.cluster = { ...analysis.settings.cluster, k: 5 };
    flushSync();
    clusterBridge.open('run').resolve(run('k5', 5));
    await tick();
    expect(cluster.selection).toBe(null);
  });
});
