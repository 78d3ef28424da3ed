/**
 * The CLV worker: fits the lifetime-value models on a stored dataset's transactions and predicts
 * for every customer, and runs the model checks, off the page's thread. Long fits report their
 * stage; the page cancels by terminating the worker.
 */
import * as Comlink from 'comlink';
import { clvAnalysis } from '../src/core/clv/clvAnalysis.ts';
import type { ClvOptions, ClvResult } from '../src/core/clv/clvAnalysis.ts';
import { checksBuffers, clvBuffers } from '../src/core/clv/clvBuffers.ts';
import { runChecks } from '../src/core/clv/runChecks.ts';
import type { ModelChecks } from '../src/core/clv/runChecks.ts';
import type { TimeUnit } from '../src/core/clv/summarize.ts';
import type { RepeatModelId } from '../src/core/clv/types.ts';
import type { TransactionTable } from '../src/core/model/TransactionTable.ts';
import { loadDataset } from '../src/db/datasets.ts';
import { exposeErrors } from './workerError.ts';

let current: { id: number; table: TransactionTable } | null = null;

async function tableOf(id: number): Promise<TransactionTable> {
  if (current?.id !== id) current = { id, table: (await loadDataset(id)).table };
  return current.table;
}

const api = {
  /** Fits the chosen repeat model and Gamma-Gamma and predicts CLV for every customer of a dataset. */
  async analyse(id: number, options: ClvOptions, onStage?: (stage: string) => void): Promise<ClvResult> {
    onStage?.('loading');
    const table = await tableOf(id);
    onStage?.('fitting');
    const r = clvAnalysis(table, options);
    return Comlink.transfer(r, clvBuffers(r));
  },

  /** Model checks with calibration up to `calibrationEnd` (days since 1970-01-01) and the rest as holdout. */
  async checks(
    id: number,
    model: RepeatModelId,
    unit: TimeUnit,
    calibrationEnd: number,
    onStage?: (stage: string) => void,
  ): Promise<ModelChecks> {
    onStage?.('loading');
    const table = await tableOf(id);
    const c = runChecks(table, model, unit, calibrationEnd, (m) => onStage?.(`fitting ${m}`));
    return Comlink.transfer(c, checksBuffers(c));
  },
};

export type ClvApi = typeof api;
exposeErrors();
Comlink.expose(api);
