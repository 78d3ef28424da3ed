/**
 * The Cohorts and Cross-tabs views' state: the cohort table of the open dataset (by month or
 * quarter) and every attribute's latest value per customer (core/attributes), from the data worker,
 * each computed once per dataset and choice and kept when the view is left.
 */
import type { CustomerAttribute } from '../../core/attributes/customerAttributes.ts';
import type { CohortTable } from '../../core/cohorts/cohortTable.ts';
import type { Coded } from '../i18n/coded.ts';
import { dataBridge } from '../jobs/bridges.ts';
import { Job } from '../jobs/Job.svelte.ts';
import { analysis } from './analysis.svelte.ts';
import { session } from './session.svelte.ts';
import { tableKey } from './tableKey.ts';

class CohortsState {
  readonly tableJob = new Job<CohortTable>();
  /** Attributes per customer, aligned with the rows of the RFM table they were asked for. */
  readonly attributesJob = new Job<CustomerAttribute[]>();
  private tableFor: number | null = null;
  private attributesFor: number | null = null;

  get table(): CohortTable | null {
    return this.tableJob.value;
  }
  get loading(): boolean {
    return this.tableJob.running;
  }
  get error(): Coded | null {
    return this.tableJob.error;
  }
  get attributes(): CustomerAttribute[] | null {
    return this.attributesJob.value;
  }
  get attributesError(): Coded | null {
    return this.attributesJob.error;
  }

  /** Keeps the cohort table of the open dataset and period computed while the Cohorts view is shown. */
  activateTable(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const id = session.currentId;
        const period = analysis.settings.cohorts.period;
        const ready = analysis.ready;
        const summary = session.isSummary;
        // Another dataset: its predecessor's cohorts must not show meanwhile.
        if (id !== this.tableFor) {
          this.tableJob.reset();
          this.tableFor = id;
        }
        if (id === null || !ready || summary) return;
        void this.tableJob.run(`${id}:${period}`, (signal) => dataBridge.call(signal, 'cohorts', id, period));
      });
    });
  }

  /** Keeps the attributes of the open RFM table's customers while the Cross-tabs view is shown. */
  activateAttributes(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const id = session.currentId;
        const rfm = session.rfm;
        if (id !== this.attributesFor) {
          this.attributesJob.reset();
          this.attributesFor = id;
        }
        if (id === null || !rfm) return;
        const customers = rfm.customer;
        void this.attributesJob.run(`${id}:${tableKey(rfm)}`, (signal) =>
          dataBridge.call(signal, 'attributes', id, customers),
        );
      });
    });
  }
}

export const cohorts = new CohortsState();
