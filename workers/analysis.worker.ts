/**
 * The analysis worker: loads a stored dataset's columns from IndexedDB once and computes analyses
 * on them, so the page only ever receives per-customer results.
 */
import * as Comlink from 'comlink';
import type { TransactionTable } from '../src/core/model/TransactionTable.ts';
import { computeRfm } from '../src/core/rfm/computeRfm.ts';
import type { RfmTable } from '../src/core/rfm/computeRfm.ts';
import { valueAnalysis, valueBuffers } from '../src/core/value/valueAnalysis.ts';
import type { ValueAnalysis } from '../src/core/value/valueAnalysis.ts';
import { loadDataset } from '../src/db/datasets.ts';
import { rfmBuffers } from './rfmTransfer.ts';

let current: { id: number; table: TransactionTable } | null = null;

async function tableOf(id: number): Promise<TransactionTable> {
  if (current?.id !== id) current = { id, table: (await loadDataset(id)).table };
  return current.table;
}

const api = {
  /** RFM of a stored dataset; `referenceDay` in days since 1970-01-01 (default: day after the last). */
  async rfm(id: number, referenceDay?: number): Promise<RfmTable> {
    const rfm = computeRfm(await tableOf(id), { referenceDay });
    return Comlink.transfer(rfm, rfmBuffers(rfm));
  },

  /** ABC, pyramid, Lorenz and Gini of customers' monetary values (currency; a copy is sent in). */
  value(
    monetary: Float64Array,
    abcCuts: readonly [number, number],
    pyramidCuts: readonly [number, number, number],
  ): ValueAnalysis {
    const v = valueAnalysis(monetary, abcCuts, pyramidCuts);
    return Comlink.transfer(v, valueBuffers(v));
  },
};

export type AnalysisApi = typeof api;
Comlink.expose(api);
