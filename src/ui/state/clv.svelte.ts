/**
 * The CLV view's state: the fitted models and predictions of the open dataset and the model checks,
 * computed in the CLV worker. A new request replaces a running one (the worker is restarted), so
 * changing a setting mid-fit never waits for the old fit; Cancel stops it outright.
 */
import type { ClvResult } from '../../core/clv/clvAnalysis.ts';
import type { ModelChecks } from '../../core/clv/runChecks.ts';
import * as Comlink from 'comlink';
import { clvOptions } from './analysisSettings.ts';
import type { ClvSettings } from './analysisSettings.ts';
import { LatestRequest } from './latestRequest.ts';
import { startClvWorker } from './workers.ts';
import { codedOf } from '../i18n/i18n.svelte.ts';
import type { Coded } from '../i18n/i18n.svelte.ts';

type Job = 'result' | 'checks';

class ClvState {
  result = $state.raw<ClvResult | null>(null);
  checks = $state.raw<ModelChecks | null>(null);
  /** What each job's worker is doing ("loading", "fitting", "fitting pnbd"), null when idle. */
  stage = $state<Record<Job, string | null>>({ result: null, checks: null });
  error = $state<Coded | null>(null);
  checksError = $state<Coded | null>(null);
  cancelled = $state(false);
  /** The value-cube class the customer table is filtered to. */
  selected = $state<number | null>(null);
  // One worker per job, so restarting a superseded fit never kills the other job.
  private workers = { result: startClvWorker(), checks: startClvWorker() };
  private running = { result: false, checks: false };
  private lastKey = { result: '', checks: '' };
  /** Only the latest request of each job writes its stage (see LatestRequest). */
  private latest = { result: new LatestRequest(), checks: new LatestRequest() };

  /** Computes predictions for a dataset and settings, unless the same request already ran. */
  async request(id: number, c: ClvSettings, force = false): Promise<void> {
    const key = JSON.stringify([id, clvOptions(c)]);
    if (!force && key === this.lastKey.result) return;
    this.lastKey.result = key;
    if (this.running.result) this.restart('result');
    this.running.result = true;
    this.cancelled = false;
    this.stage.result = 'loading';
    const seq = this.latest.result.begin();
    try {
      const onStage = Comlink.proxy((stage: string) => {
        if (this.latest.result.isLatest(seq) && this.running.result) this.stage.result = stage;
      });
      const r = await this.workers.result.api.analyse(id, clvOptions($state.snapshot(c) as ClvSettings), onStage);
      if (this.lastKey.result !== key) return;
      this.result = r;
      this.error = null;
      if (this.selected !== null && !r.cube.classes[this.selected]?.customers) this.selected = null;
    } catch (e) {
      if (this.lastKey.result === key && !this.cancelled) {
        this.error = codedOf(e);
        this.result = null;
      }
    } finally {
      if (this.latest.result.isLatest(seq)) this.done('result');
    }
  }

  /** Runs the model checks with calibration up to `splitDay`. */
  async requestChecks(id: number, c: ClvSettings, splitDay: number, force = false): Promise<void> {
    const key = JSON.stringify([id, c.model, c.unit, splitDay]);
    if (!force && key === this.lastKey.checks) return;
    this.lastKey.checks = key;
    if (this.running.checks) this.restart('checks');
    this.running.checks = true;
    this.stage.checks = 'loading';
    const seq = this.latest.checks.begin();
    try {
      const onStage = Comlink.proxy((stage: string) => {
        if (this.latest.checks.isLatest(seq) && this.running.checks) this.stage.checks = stage;
      });
      const r = await this.workers.checks.api.checks(id, c.model, c.unit, splitDay, onStage);
      if (this.lastKey.checks !== key) return;
      this.checks = r;
      this.checksError = null;
    } catch (e) {
      if (this.lastKey.checks === key && !this.cancelled) {
        this.checksError = codedOf(e);
        this.checks = null;
      }
    } finally {
      if (this.latest.checks.isLatest(seq)) this.done('checks');
    }
  }

  /** Stops whatever the worker does; nothing half-done is shown. */
  cancel(): void {
    this.cancelled = true;
    this.lastKey = { result: '', checks: '' };
    this.restart('result');
    this.restart('checks');
  }

  /** Forgets the results (another dataset was opened). */
  reset(): void {
    this.result = null;
    this.checks = null;
    this.selected = null;
    this.error = this.checksError = null;
    this.lastKey = { result: '', checks: '' };
  }

  private restart(job: Job): void {
    this.latest[job].supersede();
    this.workers[job].terminate();
    this.workers[job] = startClvWorker();
    this.running[job] = false;
    this.stage[job] = null;
  }

  private done(job: Job): void {
    this.running[job] = false;
    this.stage[job] = null;
  }
}

export const clv = new ClvState();
