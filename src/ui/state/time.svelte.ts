/**
 * The over-time state of the open dataset: lifecycle stages (for the Over time view and the customer
 * card) and the migration between segments as of several dates, computed in the time worker. A new
 * request supersedes a running one (the migration worker is restarted); Cancel stops it.
 */
import type { LifecycleOptions, LifecycleResult } from '../../core/lifecycle/lifecycleStages.ts';
import type { MigrationBasis, MigrationResult } from '../../../workers/time.worker.ts';
import { codedOf } from '../i18n/i18n.svelte.ts';
import type { Coded } from '../i18n/i18n.svelte.ts';
import { startTimeWorker } from './workers.ts';

/** What the customer table of the Over time view is filtered to. */
export type TimeSelection = { kind: 'stage'; stage: number } | { kind: 'flow'; step: number; link: number };

class TimeState {
  lifecycle = $state.raw<LifecycleResult | null>(null);
  lifecycleError = $state<Coded | null>(null);
  migration = $state.raw<MigrationResult | null>(null);
  migrationError = $state<Coded | null>(null);
  running = $state(false);
  selection = $state.raw<TimeSelection | null>(null);
  private lifecycleWorker = startTimeWorker();
  private migrationWorker = startTimeWorker();
  private keys = { lifecycle: '', migration: '' };

  /** Lifecycle stages for the RFM table of `referenceDay` (days since 1970-01-01). */
  async requestLifecycle(id: number, referenceDay: number, options: LifecycleOptions): Promise<void> {
    const key = JSON.stringify([id, referenceDay, options]);
    if (key === this.keys.lifecycle) return;
    this.keys.lifecycle = key;
    try {
      const r = await this.lifecycleWorker.api.lifecycle(id, referenceDay, options);
      if (key !== this.keys.lifecycle) return;
      this.lifecycle = r;
      this.lifecycleError = null;
    } catch (e) {
      if (key === this.keys.lifecycle) {
        this.lifecycle = null;
        this.lifecycleError = codedOf(e);
      }
    }
  }

  /** Segments as of each day and the migrations between them. */
  async requestMigration(id: number, days: number[], basis: MigrationBasis, force = false): Promise<void> {
    const key = JSON.stringify([id, days, basis]);
    if (!force && key === this.keys.migration) return;
    this.keys.migration = key;
    if (this.running) this.restart();
    this.running = true;
    try {
      const r = await this.migrationWorker.api.migration(id, days, basis);
      if (key !== this.keys.migration) return;
      this.migration = r;
      this.migrationError = null;
      if (this.selection?.kind === 'flow') this.selection = null;
    } catch (e) {
      if (key === this.keys.migration) {
        this.migration = null;
        this.migrationError = codedOf(e);
      }
    } finally {
      if (key === this.keys.migration) this.running = false;
    }
  }

  /** Stops a running migration; nothing half-done is shown. */
  cancel(): void {
    this.keys.migration = '';
    this.restart();
  }

  /** Forgets everything (another dataset was opened). */
  reset(): void {
    this.lifecycle = this.migration = null;
    this.lifecycleError = this.migrationError = null;
    this.selection = null;
    this.keys = { lifecycle: '', migration: '' };
  }

  private restart(): void {
    this.migrationWorker.terminate();
    this.migrationWorker = startTimeWorker();
    this.running = false;
  }
}

export const time = new TimeState();
