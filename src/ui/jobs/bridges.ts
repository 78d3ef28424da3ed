/**
 * The page's workers, each behind one WorkerBridge: nothing else in the page constructs a Worker.
 * The data worker holds the open dataset (started by the first call, kept while in use); the
 * import and backup workers start only when the user imports or backs up.
 */
import type { ComputeApi } from '../../../workers/compute/computeApi.ts';
import type { BackupApi } from '../../../workers/backup.worker.ts';
import type { DataApi } from '../../../workers/data.worker.ts';
import type { ImportApi } from '../../../workers/import.worker.ts';
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
/** The prediction intervals (after the predictions, never in their way). */
export const intervalsBridge = new WorkerBridge<ComputeApi>(computeWorker, COMPUTE);
/** The CLV model checks. */
export const checksBridge = new WorkerBridge<ComputeApi>(computeWorker, COMPUTE);
/** The k scan and the chosen k-means run of the Clusters view. */
export const clusterBridge = new WorkerBridge<ComputeApi>(computeWorker, COMPUTE);
/**
 * Sniffing, importing and saving a file. Cancel stops the worker (an open transaction aborts, so
 * nothing half-done is stored). It holds an import until it is saved ("save again" after a failed
 * save), so it is stopped only after a long idle time.
 */
export const importBridge = new WorkerBridge<ImportApi>(
  () => new Worker(new URL('../../../workers/import.worker.ts', import.meta.url), { type: 'module' }),
  { idleMs: 30 * 60_000, onAbort: 'terminate' },
);

/** Backups (export, preview, restore): started when asked, stopped a minute after. */
export const backupBridge = new WorkerBridge<BackupApi>(
  () => new Worker(new URL('../../../workers/backup.worker.ts', import.meta.url), { type: 'module' }),
  { idleMs: 60_000, onAbort: 'terminate' },
);

/** The signal of a call nobody cancels (a backup runs to its end). */
export function uncancelled(): AbortSignal {
  return new AbortController().signal;
}
