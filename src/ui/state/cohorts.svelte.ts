/**
 * The Cohorts and Cross-tabs views' state: the cohort table of the open dataset (by month or
 * quarter) and every attribute's latest value per customer, both from the cohorts worker, each
 * computed once per dataset and choice. A superseded request is dropped when it returns.
 */
import type { CohortTable } from '../../core/cohorts/cohortTable.ts';
import type { CohortPeriod } from '../../core/cohorts/periods.ts';
import type { CustomerAttribute } from '../../core/crosstab/customerAttributeCodes.ts';
import { codedOf } from '../i18n/i18n.svelte.ts';
import type { Coded } from '../i18n/i18n.svelte.ts';
import { startCohortsWorker } from './workers.ts';

class CohortsState {
  table = $state.raw<CohortTable | null>(null);
  loading = $state(false);
  error = $state<Coded | null>(null);
  /** Attributes per customer, aligned with the RFM table's rows they were asked for. */
  attributes = $state.raw<CustomerAttribute[] | null>(null);
  attributesError = $state<Coded | null>(null);
  private worker = startCohortsWorker();
  private tableKey = '';
  private tableId: number | null = null;
  private attributesKey = '';

  /** The cohort table of a stored dataset, unless the same one is loaded or loading. */
  async request(id: number, period: CohortPeriod): Promise<void> {
    const key = `${id}:${period}`;
    if (key === this.tableKey) return;
    this.tableKey = key;
    // Another dataset: its predecessor's cohorts must not show meanwhile.
    if (id !== this.tableId) this.table = null;
    this.tableId = id;
    this.loading = true;
    try {
      const t = await this.worker.api.cohorts(id, period);
      if (this.tableKey !== key) return;
      this.table = t;
      this.error = null;
    } catch (e) {
      if (this.tableKey === key) {
        this.error = codedOf(e);
        this.table = null;
      }
    } finally {
      if (this.tableKey === key) this.loading = false;
    }
  }

  /** The attributes of a stored dataset for `customers` (dictionary indices, the RFM table's order). */
  async loadAttributes(id: number, customers: Int32Array): Promise<void> {
    const key = `${id}:${customers.length}:${customers[0]}:${customers[customers.length - 1]}`;
    if (key === this.attributesKey) return;
    this.attributesKey = key;
    this.attributes = null;
    try {
      const a = await this.worker.api.attributes(id, customers);
      if (this.attributesKey !== key) return;
      this.attributes = a;
      this.attributesError = null;
    } catch (e) {
      if (this.attributesKey === key) this.attributesError = codedOf(e);
    }
  }
}

export const cohorts = new CohortsState();
