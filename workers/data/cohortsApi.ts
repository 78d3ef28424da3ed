/** The data worker's cohort calls (the Cross-tabs' attributes are analysisApi.attributes). */
import * as Comlink from 'comlink';
import { cohortBuffers, cohortTable } from '../../src/core/cohorts/cohortTable.ts';
import type { CohortTable } from '../../src/core/cohorts/cohortTable.ts';
import type { CohortPeriod } from '../../src/core/cohorts/periods.ts';
import { tableOf } from './tableOf.ts';

export const cohortsApi = {
  /** The cohorts of a stored dataset by the month or quarter of each customer's first purchase. */
  async cohorts(id: number, period: CohortPeriod): Promise<CohortTable> {
    const c = cohortTable(await tableOf(id), period);
    return Comlink.transfer(c, cohortBuffers(c));
  },
};
