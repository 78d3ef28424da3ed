/**
 * The over-time state of the open dataset: lifecycle stages (for the Over time view and the customer
 * card: one request, whichever view asks) and the migration between segments as of several dates,
 * from the data worker. A new request supersedes a running one; Cancel stops the migration between
 * two dates (the last result stays) and "run again" starts it anew.
 */
import * as Comlink from 'comlink';
import type { LifecycleOptions, LifecycleResult } from '../../core/lifecycle/lifecycleStages.ts';
import type { MigrationBasis, MigrationResult } from '../../core/migration/migrationResult.ts';
import { quarterEnds } from '../../core/migration/quarterEnds.ts';
import { parseIsoDay } from '../../core/values/civil.ts';
import type { Coded } from '../i18n/coded.ts';
import { dataBridge } from '../jobs/bridges.ts';
import { Job } from '../jobs/Job.svelte.ts';
import { analysis } from './analysis.svelte.ts';
import { segmentOptions } from './analysisSettings.ts';
import type { AnalysisSettings } from './analysisSettings.ts';
import { session } from './session.svelte.ts';

/** What the customer table of the Over time view is filtered to. */
export type TimeSelection = { kind: 'stage'; stage: number } | { kind: 'flow'; step: number; link: number };

/**
 * The migration's basis for the settings: the scheme's segments, or clusters of R, F, M; on the
 * profit value basis (settings.products.valueBasis, and only when the dataset has a profit column)
 * monetary and M count profit at every date, as on the Segments view.
 */
export function migrationBasis(s: AnalysisSettings, hasProfit: boolean): MigrationBasis {
  const value = hasProfit && s.products.valueBasis === 'profit' ? { valueBasis: 'profit' as const } : {};
  return s.time.basis === 'clusters'
    ? {
        kind: 'clusters',
        k: s.time.k,
        seed: s.cluster.seed,
        restarts: s.cluster.restarts,
        transform: 'log1p',
        scaling: 'z',
        ...value,
      }
    : { kind: 'segments', options: segmentOptions(s), ...value };
}

const migrationKey = (id: number, days: number[], basis: MigrationBasis) =>
  `${id}:${days.join()}:${JSON.stringify(basis)}`;

class TimeState {
  readonly lifecycleJob = new Job<LifecycleResult>();
  readonly migrationJob = new Job<MigrationResult>();
  selection = $state.raw<TimeSelection | null>(null);
  private lifecycleFor: number | null = null;
  private migrationFor: number | null = null;
  /** The migration the user cancelled: not started again by itself, only by "run again". */
  private cancelledKey: string | null = null;

  get lifecycle(): LifecycleResult | null {
    return this.lifecycleJob.value;
  }
  get lifecycleError(): Coded | null {
    return this.lifecycleJob.error;
  }
  get migration(): MigrationResult | null {
    return this.migrationJob.value;
  }
  get migrationError(): Coded | null {
    return this.migrationJob.error;
  }
  /** Whether the migration is being computed. */
  get running(): boolean {
    return this.migrationJob.running;
  }
  /** Whether the user cancelled the migration (the view offers to run it again). */
  get cancelled(): boolean {
    return this.migrationJob.cancelled;
  }

  /** The migration's dates (days since 1970-01-01): the chosen ones, else the dataset's quarter ends. */
  get days(): number[] {
    const chosen = analysis.settings.time.dates;
    if (chosen) return chosen;
    const c = session.current;
    const first = c?.firstDate ? parseIsoDay(c.firstDate.slice(0, 10)) : null;
    const last = c?.lastDate ? parseIsoDay(c.lastDate.slice(0, 10)) : null;
    return first !== null && last !== null ? quarterEnds(first, last) : [];
  }

  /** Keeps the lifecycle stages of the open RFM table computed while a view shows them; returns the stop. */
  activateLifecycle(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const id = session.currentId;
        const ref = session.rfm?.referenceDay;
        const ready = analysis.ready;
        const options = $state.snapshot(analysis.settings.time.lifecycle) as LifecycleOptions;
        if (id !== this.lifecycleFor) {
          this.lifecycleJob.reset();
          if (this.selection?.kind === 'stage') this.selection = null;
          this.lifecycleFor = id;
        }
        if (id === null || ref === undefined || !ready) return;
        void this.lifecycleJob.run(`${id}:${ref}:${JSON.stringify(options)}`, (signal) =>
          dataBridge.call(signal, 'lifecycle', id, ref, options),
        );
      });
    });
  }

  /** Keeps the migration of the open dataset computed for the settings while the view is shown. */
  activateMigration(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const id = session.currentId;
        const ready = analysis.ready;
        // A plain copy: the stored dates are a state proxy, which postMessage cannot clone.
        const days = $state.snapshot(this.days) as number[];
        const basis = migrationBasis(
          $state.snapshot(analysis.settings) as AnalysisSettings,
          session.rfm?.profit !== undefined,
        );
        const summary = session.isSummary;
        if (id !== this.migrationFor) {
          this.migrationJob.reset();
          this.selection = null;
          this.migrationFor = id;
        }
        if (id === null || !ready || days.length < 2 || summary) return;
        if (this.migrationJob.cancelled && migrationKey(id, days, basis) === this.cancelledKey) return;
        this.runMigration(id, days, basis, false);
      });
    });
  }

  /** Stops a running migration between two dates; the last result stays. */
  cancel(): void {
    this.cancelledKey = this.migrationJob.currentKey;
    this.migrationJob.cancel();
  }

  /** Runs the migration again after a cancel (or to retry after an error). */
  rerun(): void {
    const id = session.currentId;
    if (id === null) return;
    this.runMigration(
      id,
      $state.snapshot(this.days) as number[],
      migrationBasis($state.snapshot(analysis.settings) as AnalysisSettings, session.rfm?.profit !== undefined),
      true,
    );
  }

  private runMigration(id: number, days: number[], basis: MigrationBasis, force: boolean): void {
    void this.migrationJob.run(
      migrationKey(id, days, basis),
      async (signal) => {
        const r = await dataBridge.call(
          signal,
          'migration',
          id,
          days,
          basis,
          Comlink.proxy(() => signal.aborted),
        );
        if (!signal.aborted && this.selection?.kind === 'flow') this.selection = null;
        return r;
      },
      force,
    );
  }
}

export const time = new TimeState();
