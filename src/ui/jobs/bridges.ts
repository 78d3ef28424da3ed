/**
 * The page's workers, each behind one WorkerBridge: nothing else in the page constructs a Worker.
 * The data worker holds the open dataset (started by the first call, kept while in use).
 */
import type { ComputeApi } from '../../../workers/compute/computeApi.ts';
import type { DataApi } from '../../../workers/data.worker.ts';
import { WorkerBridge } from './WorkerBridge.ts';

/** Every question about the open dataset's transactions. */
export const dataBridge = new WorkerBridge<DataApi>(
  // Written out in full: Vite bundles a worker only from `new Worker(new URL(…, import.meta.url))`.
  () => new Worker(new URL('../../../workers/data.worker.ts', import.meta.url), { type: 'module' }),
  // Kept for a while without calls: a restart reads the dataset from IndexedDB again.
  { idleMs: 10 * 60_000, onAbort: 'detach' },
);

// The compute worker holds no dataset, so a cancel terminates it and an idle one stops soon. One
// bridge per kind of job: a CLV fit never waits behind a k scan, the checks never behind the fit.
const computeWorker = () =>
  new Worker(new URL('../../../workers/compute.worker.ts', import.meta.url), { type: 'module' });
const COMPUTE = { idleMs: 20_000, onAbort: 'terminate' } as const;

/** CLV predictions (fits on the data worker's customer summary). */
export const clvBridge = new WorkerBridge<ComputeApi>(computeWorker, COMPUTE);
/** The CLV model checks. */
export const checksBridge = new WorkerBridge<ComputeApi>(computeWorker, COMPUTE);
/** The k scan and the chosen k-means run of the Clusters view. */
export const clusterBridge = new WorkerBridge<ComputeApi>(computeWorker, COMPUTE);
