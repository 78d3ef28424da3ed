/** Starts the Comlink workers; the page talks to them only through these typed proxies. */
import * as Comlink from 'comlink';
import type { AnalysisApi } from '../../../workers/analysis.worker.ts';
import type { BackupApi } from '../../../workers/backup.worker.ts';
import type { CohortsApi } from '../../../workers/cohorts.worker.ts';
import type { ImportApi } from '../../../workers/import.worker.ts';
import type { TimeApi } from '../../../workers/time.worker.ts';

export interface WorkerHandle<T> {
  api: Comlink.Remote<T>;
  /** Stops the worker at once (a cancel): a transaction it had open is aborted. */
  terminate(): void;
}

export function startImportWorker(): WorkerHandle<ImportApi> {
  const w = new Worker(new URL('../../../workers/import.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<ImportApi>(w), terminate: () => w.terminate() };
}

export function startAnalysisWorker(): WorkerHandle<AnalysisApi> {
  const w = new Worker(new URL('../../../workers/analysis.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<AnalysisApi>(w), terminate: () => w.terminate() };
}

export function startTimeWorker(): WorkerHandle<TimeApi> {
  const w = new Worker(new URL('../../../workers/time.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<TimeApi>(w), terminate: () => w.terminate() };
}

export function startCohortsWorker(): WorkerHandle<CohortsApi> {
  const w = new Worker(new URL('../../../workers/cohorts.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<CohortsApi>(w), terminate: () => w.terminate() };
}

export function startBackupWorker(): WorkerHandle<BackupApi> {
  const w = new Worker(new URL('../../../workers/backup.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<BackupApi>(w), terminate: () => w.terminate() };
}
