/** Starts the Comlink workers; the page talks to them only through these typed proxies. */
import * as Comlink from 'comlink';
import type { ClusterApi } from '../../../workers/cluster.worker.ts';
import type { ClvApi } from '../../../workers/clv.worker.ts';

export interface WorkerHandle<T> {
  api: Comlink.Remote<T>;
  /** Stops the worker at once (a cancel): a transaction it had open is aborted. */
  terminate(): void;
}

export function startClvWorker(): WorkerHandle<ClvApi> {
  const w = new Worker(new URL('../../../workers/clv.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<ClvApi>(w), terminate: () => w.terminate() };
}

export function startClusterWorker(): WorkerHandle<ClusterApi> {
  const w = new Worker(new URL('../../../workers/cluster.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<ClusterApi>(w), terminate: () => w.terminate() };
}
