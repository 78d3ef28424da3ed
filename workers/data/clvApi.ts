/**
 * The data worker's CLV calls: the per-customer summary of the open dataset's transactions
 * (summarize), the one step of the CLV models that needs the transactions. The fits run on it in
 * the compute worker (workers/compute/computeApi.ts); the summary goes there as typed arrays.
 */
import * as Comlink from 'comlink';
import { summaryBuffers } from '../../src/core/clv/clvBuffers.ts';
import { summarize } from '../../src/core/clv/summarize.ts';
import type { CustomerSummary, SummaryOptions } from '../../src/core/clv/summarize.ts';
import { tableOf } from './tableOf.ts';

export const clvDataApi = {
  /**
   * Per-customer x, t_x, T, spend and holdout of stored dataset `id` in `o.unit`, calibration up
   * to `o.calibrationEnd` (a day; default the last transaction day), transferred.
   */
  async clvSummary(id: number, o: SummaryOptions): Promise<CustomerSummary> {
    const s = summarize(await tableOf(id), o);
    return Comlink.transfer(s, summaryBuffers(s));
  },
};
