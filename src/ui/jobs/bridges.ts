/**
 * The page's workers, each behind one WorkerBridge: nothing else in the page constructs a Worker.
 * The data worker holds the open dataset (started by the first call, kept while in use).
 */
import type { DataApi } from '../../../workers/data.worker.ts';
import { WorkerBridge } from './WorkerBridge.ts';

/** Every question about the open dataset's transactions. */
export const dataBridge = new WorkerBridge<DataApi>(
  // Written out in full: Vite bundles a worker only from `new Worker(new URL(…, import.meta.url))`.
  () => new Worker(new URL('../../../workers/data.worker.ts', import.meta.url), { type: 'module' }),
  // Kept for a while without calls: a restart reads the dataset from IndexedDB again.
  { idleMs: 10 * 60_000, onAbort: 'detach' },
);
