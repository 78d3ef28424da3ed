/**
 * The cohorts worker: loads a stored dataset's transactions once and builds the acquisition cohort
 * table (month or quarter), and reads each customer's latest attribute values for the cross-tabs,
 * off the page's thread. Results come back as transferred typed arrays.
 */
import * as Comlink from 'comlink';
import { cohortBuffers, cohortTable } from '../src/core/cohorts/cohortTable.ts';
import type { CohortTable } from '../src/core/cohorts/cohortTable.ts';
import type { CohortPeriod } from '../src/core/cohorts/periods.ts';
import { attributeBuffers, customerAttributeCodes } from '../src/core/crosstab/customerAttributeCodes.ts';
import type { CustomerAttribute } from '../src/core/crosstab/customerAttributeCodes.ts';
import type { TransactionTable } from '../src/core/model/TransactionTable.ts';
import { loadDataset } from '../src/db/datasets.ts';
import { exposeErrors } from './workerError.ts';

let current: { id: number; table: TransactionTable } | null = null;

async function tableOf(id: number): Promise<TransactionTable> {
  if (current?.id !== id) current = { id, table: (await loadDataset(id)).table };
  return current.table;
}

const api = {
  /** The cohorts of a stored dataset by the month or quarter of each customer's first purchase. */
  async cohorts(id: number, period: CohortPeriod): Promise<CohortTable> {
    const c = cohortTable(await tableOf(id), period);
    return Comlink.transfer(c, cohortBuffers(c));
  },

  /** Every attribute column as the latest non-blank value per customer of `customers` (dictionary indices). */
  async attributes(id: number, customers: Int32Array): Promise<CustomerAttribute[]> {
    const a = customerAttributeCodes(await tableOf(id), customers);
    return Comlink.transfer(a, attributeBuffers(a));
  },
};

export type CohortsApi = typeof api;
exposeErrors();
Comlink.expose(api);
