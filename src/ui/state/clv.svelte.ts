/**
 * The CLV state: the predictions of the open dataset for its CLV settings, the model checks on
 * a calibration / holdout split, and the prediction intervals of the predictions, as three Jobs. Each starts in the data worker (the customer summary:
 * the only step that reads the transactions) and fits in its own compute worker, so the checks
 * never wait behind a fit and a superseded or cancelled fit is stopped without touching the other.
 * Views call `activate` while shown and send intents (cancel, rerun, select a cube class).
 */
import * as Comlink from 'comlink';
import { untrack } from 'svelte';
import type { ClvOptions, ClvResult } from '../../core/clv/clvAnalysis.ts';
import { DEFAULT_INTERVAL_OPTIONS } from '../../core/clv/intervals.ts';
import type { ClvIntervals, IntervalInput } from '../../core/clv/intervals.ts';
import type { LifecycleOptions } from '../../core/lifecycle/lifecycleStages.ts';
import type { RfmTable } from '../../core/rfm/computeRfm.ts';
import type { SegmentAnalysis } from '../../core/segments/segmentBuffers.ts';
import { summaryBuffers } from '../../core/clv/clvBuffers.ts';
import type { FitResult } from '../../core/clv/fitModel.ts';
import type { ModelChecks } from '../../core/clv/runChecks.ts';
import { choiceSplitOptions } from '../../core/clv/choiceSplit.ts';
import type { RepeatModelId } from '../../core/clv/types.ts';
import { checksBridge, clvBridge, dataBridge, intervalsBridge } from '../jobs/bridges.ts';
import { Job } from '../jobs/Job.svelte.ts';
import { analysis } from './analysis.svelte.ts';
import { CancelledRequests } from './cancelledRequests.ts';
import { clvOptions } from './analysisSettings.ts';
import type { ClvSettings } from './analysisSettings.ts';
import { identity } from './identity.ts';
import { intervalGroupings } from './intervalGroupings.ts';
import { session } from './session.svelte.ts';
import { cubeOf } from './offers.svelte.ts';

/** What a CLV job is doing: summarising the transactions, fitting, or fitting one model of the checks. */
export type ClvStage = 'loading' | 'fitting' | `fitting ${RepeatModelId}`;

export interface ClvActivation {
  /** Also keep the model checks computed (the CLV view). */
  checks?: boolean;
  /** Whether the predictions are wanted now (e.g. a CLV feature is ticked); read reactively. */
  when?: () => boolean;
  /** Also keep the prediction intervals computed, after the predictions (the CLV view, the card). */
  intervals?: boolean;
}

class ClvState {
  readonly predictions = new Job<ClvResult, ClvStage>();
  readonly checks = new Job<ModelChecks, ClvStage>();
  /** Prediction intervals of the predictions shown (see `intervalsNow`). */
  readonly intervals = new Job<ClvIntervals, 'computing'>();
  /** Which predictions each intervals answer belongs to. */
  private intervalsOf = new WeakMap<ClvIntervals, ClvResult>();
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
    return this.predictions.cancelled || this.checks.cancelled || this.intervals.cancelled;
  }

  /** The intervals of the predictions shown, or null while they are computed (or not asked for). */
  get intervalsNow(): ClvIntervals | null {
    const v = this.intervals.value;
    return v && this.intervalsOf.get(v) === this.predictions.value ? v : null;
  }

  get selected(): number | null {
    const r = this.predictions.value;
    return r && this.chosen !== null && cubeOf(r).classes[this.chosen]?.customers ? this.chosen : null;
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
        const settings = $state.snapshot(analysis.settings.clv) as ClvSettings;
        // The lifecycle settings shape the loyalty stand-in when the data do not identify dropout.
        const lifecycle = $state.snapshot(analysis.settings.time.lifecycle) as LifecycleOptions;
        // Profit as the value basis (a profit column mapped): own margins, current value = Σ profit.
        const onProfit = analysis.onProfit;
        const options: ClvOptions = {
          ...clvOptions(settings),
          lifecycle,
          ...(onProfit ? { valueBasis: 'profit' } : {}),
        };
        untrack(() => this.requestPredictions(id, options, settings.splitDay));
      });
      if (o.intervals) {
        $effect(() => {
          const id = session.currentId;
          void this.attempt;
          const r = this.predictions.value;
          if (id === null || id !== this.datasetId || !analysis.ready || !r) return;
          const level = analysis.settings.clv.intervalLevel;
          const segments = analysis.segments;
          const rfm = session.rfm;
          untrack(() => this.requestIntervals(id, r, level, segments, rfm));
        });
      }
      if (!o.checks) return;
      $effect(() => {
        const id = session.currentId;
        void this.attempt;
        const r = this.predictions.value;
        if (id === null || id !== this.datasetId || !analysis.ready || !r) return;
        const c = analysis.settings.clv;
        // All but the last quarter of the data, or the median row day when a far-away date makes that lopsided.
        const split = c.splitDay ?? r.summary.splitDay;
        // The automatic choice: check the model it picked.
        const model = c.model === 'auto' ? r.model : c.model;
        const unit = c.unit;
        // Its backtest already fitted the candidates on this very split: the checks reuse those fits.
        const b = r.choice.backtest;
        const reuse =
          b &&
          b.calibrationEnd === split &&
          b.observationEnd === r.summary.observationEnd &&
          b.unit === unit &&
          !c.penalty;
        const known = reuse ? b.fits : {};
        untrack(() => this.requestChecks(id, model, unit, split, known));
      });
    });
  }

  /** Stops the running fits; the last results stay, and `cancelled` offers to run them again. */
  cancel(): void {
    this.stopped.cancel(this.predictions);
    this.stopped.cancel(this.checks);
    this.stopped.cancel(this.intervals);
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
      this.intervals.reset();
      this.chosen = null;
    });
  }

  private requestPredictions(id: number, options: ClvOptions, splitDay: number | null): void {
    const key = JSON.stringify([id, options, options.model === 'auto' ? splitDay : null]);
    if (this.stopped.holds(this.predictions, key)) return;
    void this.predictions.run(key, async (signal, report) => {
      report('loading');
      const s = await dataBridge.call(signal, 'clvSummary', id, {
        unit: options.unit,
        calibrationEnd: options.calibrationEnd,
      });
      // The automatic choice backtests the candidates on the same data split earlier.
      const o = choiceSplitOptions(s, options, splitDay);
      const split =
        o !== null
          ? await dataBridge
              .call(signal, 'clvSummary', id, o)
              // A customer summary dataset (orders per customer) has no history to backtest on.
              .catch((e: unknown) => {
                if ((e as { code?: string }).code === 'summary.noHoldout') return null;
                throw e;
              })
          : null;
      report('fitting');
      const buffers = [...summaryBuffers(s), ...(split ? summaryBuffers(split) : [])];
      return clvBridge.call(signal, 'clv', Comlink.transfer(s, buffers), options, split);
    });
  }

  /**
   * The intervals of result `r` at `level` percent, with group totals per value class and per
   * segment of the current scheme, in their own compute worker: the predictions never wait for them.
   */
  private requestIntervals(
    id: number,
    r: ClvResult,
    level: number,
    segments: SegmentAnalysis | null,
    rfm: RfmTable | null,
  ): void {
    const key = JSON.stringify([id, identity(r), level, identity(segments)]);
    if (this.stopped.holds(this.intervals, key)) return;
    void this.intervals.run(key, async (signal, report) => {
      report('computing');
      const input: IntervalInput = {
        model: r.model,
        summary: r.summary,
        fit: r.fit,
        spendFit: r.spendFit,
        predictions: r.predictions,
        terms: r.options.terms,
        ...(r.margins ? { margins: r.margins } : {}),
      };
      const options = { ...DEFAULT_INTERVAL_OPTIONS, level: level / 100 };
      const v = await intervalsBridge.call(signal, 'intervals', input, options, intervalGroupings(r, segments, rfm));
      this.intervalsOf.set(v, r);
      return v;
    });
  }

  private requestChecks(
    id: number,
    model: RepeatModelId,
    unit: ClvOptions['unit'],
    split: number,
    known: Partial<Record<RepeatModelId, FitResult>> = {},
  ): void {
    const key = JSON.stringify([id, model, unit, split]);
    if (this.stopped.holds(this.checks, key)) return;
    void this.checks.run(key, async (signal, report) => {
      report('loading');
      const s = await dataBridge.call(signal, 'clvSummary', id, { unit, calibrationEnd: split });
      report('fitting');
      const onModel = Comlink.proxy((m: RepeatModelId) => report(`fitting ${m}`));
      return checksBridge.call(signal, 'checks', Comlink.transfer(s, summaryBuffers(s)), model, onModel, known);
    });
  }
}

export const clv = new ClvState();
