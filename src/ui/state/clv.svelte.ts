/**
 * The CLV state: the predictions of the open dataset for its CLV settings, and the model checks on
 * a calibration / holdout split, as two Jobs. Each starts in the data worker (the customer summary:
 * the only step that reads the transactions) and fits in its own compute worker, so the checks
 * never wait behind a fit and a superseded or cancelled fit is stopped without touching the other.
 * Views call `activate` while shown and send intents (cancel, rerun, select a cube class).
 */
import * as Comlink from 'comlink';
import { untrack } from 'svelte';
import type { ClvOptions, ClvResult } from '../../core/clv/clvAnalysis.ts';
import { summaryBuffers } from '../../core/clv/clvBuffers.ts';
import type { ModelChecks } from '../../core/clv/runChecks.ts';
import type { RepeatModelId } from '../../core/clv/types.ts';
import { checksBridge, clvBridge, dataBridge } from '../jobs/bridges.ts';
import { Job } from '../jobs/Job.svelte.ts';
import { analysis } from './analysis.svelte.ts';
import { CancelledRequests } from './cancelledRequests.ts';
import { clvOptions } from './analysisSettings.ts';
import type { ClvSettings } from './analysisSettings.ts';
import { session } from './session.svelte.ts';

/** What a CLV job is doing: summarising the transactions, fitting, or fitting one model of the checks. */
export type ClvStage = 'loading' | 'fitting' | `fitting ${RepeatModelId}`;

export interface ClvActivation {
  /** Also keep the model checks computed (the CLV view). */
  checks?: boolean;
  /** Whether the predictions are wanted now (e.g. a CLV feature is ticked); read reactively. */
  when?: () => boolean;
}

class ClvState {
  readonly predictions = new Job<ClvResult, ClvStage>();
  readonly checks = new Job<ModelChecks, ClvStage>();
  /** The value-cube class chosen to filter the customer table (kept only while it has customers). */
  private chosen = $state<number | null>(null);
  /** Bumped by `rerun`: the effects run again, and a cancelled job (no key any more) starts anew. */
  private attempt = $state(0);
  private datasetId: number | null | undefined = undefined;
  private stopped = new CancelledRequests();

  /** The latest predictions (kept while newer ones are computed). */
  get result(): ClvResult | null {
    return this.predictions.value;
  }

  get cancelled(): boolean {
    return this.predictions.cancelled || this.checks.cancelled;
  }

  get selected(): number | null {
    const r = this.predictions.value;
    return r && this.chosen !== null && r.cube.classes[this.chosen]?.customers ? this.chosen : null;
  }

  set selected(index: number | null) {
    this.chosen = index;
  }

  /**
   * Keeps the predictions (and with `checks`, the model checks) computed for the open dataset and
   * its CLV settings while a view that shows them is mounted; returns the stop. Asking again for
   * what is shown or running does nothing, so a view returned to shows its result at once.
   */
  activate(o: ClvActivation = {}): () => void {
    return $effect.root(() => {
      $effect(() => {
        const id = session.currentId;
        void this.attempt;
        this.follow(id);
        if (id === null || !analysis.ready || (o.when && !o.when())) return;
        const options = clvOptions($state.snapshot(analysis.settings.clv) as ClvSettings);
        untrack(() => this.requestPredictions(id, options));
      });
      if (!o.checks) return;
      $effect(() => {
        const id = session.currentId;
        void this.attempt;
        const r = this.predictions.value;
        if (id === null || id !== this.datasetId || !analysis.ready || !r) return;
        const c = analysis.settings.clv;
        // The middle of the data, or the median row day when a far-away date makes the middle lopsided.
        const split = c.splitDay ?? r.summary.splitDay;
        const model = c.model;
        const unit = c.unit;
        untrack(() => this.requestChecks(id, model, unit, split));
      });
    });
  }

  /** Stops the running fits; the last results stay, and `cancelled` offers to run them again. */
  cancel(): void {
    this.stopped.cancel(this.predictions);
    this.stopped.cancel(this.checks);
  }

  /** Stops the running model checks only. */
  cancelChecks(): void {
    this.stopped.cancel(this.checks);
  }

  /** Runs again what was cancelled (while a view is active). */
  rerun(): void {
    this.stopped.clear();
    this.attempt++;
  }

  private follow(id: number | null): void {
    if (id === this.datasetId) return;
    this.datasetId = id;
    this.stopped.clear();
    untrack(() => {
      this.predictions.reset();
      this.checks.reset();
      this.chosen = null;
    });
  }

  private requestPredictions(id: number, options: ClvOptions): void {
    const key = JSON.stringify([id, options]);
    if (this.stopped.holds(this.predictions, key)) return;
    void this.predictions.run(key, async (signal, report) => {
      report('loading');
      const s = await dataBridge.call(signal, 'clvSummary', id, {
        unit: options.unit,
        calibrationEnd: options.calibrationEnd,
      });
      report('fitting');
      return clvBridge.call(signal, 'clv', Comlink.transfer(s, summaryBuffers(s)), options);
    });
  }

  private requestChecks(id: number, model: RepeatModelId, unit: ClvOptions['unit'], split: number): void {
    const key = JSON.stringify([id, model, unit, split]);
    if (this.stopped.holds(this.checks, key)) return;
    void this.checks.run(key, async (signal, report) => {
      report('loading');
      const s = await dataBridge.call(signal, 'clvSummary', id, { unit, calibrationEnd: split });
      report('fitting');
      const onModel = Comlink.proxy((m: RepeatModelId) => report(`fitting ${m}`));
      return checksBridge.call(signal, 'checks', Comlink.transfer(s, summaryBuffers(s)), model, onModel);
    });
  }
}

export const clv = new ClvState();
