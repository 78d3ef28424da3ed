/**
 * The compute worker's calls: CPU-heavy fits on per-customer arrays sent in, never the dataset
 * (that stays in the data worker). CLV predictions and model checks on a customer summary made by
 * the data worker (workers/data/clvApi.ts), the k scan and the chosen k-means run on feature
 * columns. Answers go back as transferred typed arrays. The page runs each kind of job in its own
 * instance (src/ui/jobs/bridges.ts) and cancels one by terminating it.
 */
import * as Comlink from 'comlink';
import { clvFromSummary } from '../../src/core/clv/clvAnalysis.ts';
import type { ClvOptions, ClvResult } from '../../src/core/clv/clvAnalysis.ts';
import { checksBuffers, clvBuffers } from '../../src/core/clv/clvBuffers.ts';
import { clvIntervals, intervalBuffers } from '../../src/core/clv/intervals.ts';
import type { ClvIntervals, Grouping, IntervalInput, IntervalOptions } from '../../src/core/clv/intervals.ts';
import { checksFromSummary } from '../../src/core/clv/runChecks.ts';
import type { ModelChecks } from '../../src/core/clv/runChecks.ts';
import type { FitResult } from '../../src/core/clv/fitModel.ts';
import type { CustomerSummary } from '../../src/core/clv/summarize.ts';
import type { RepeatModelId } from '../../src/core/clv/types.ts';
import type { FeatureSpec, Scaling } from '../../src/core/cluster/featureMatrix.ts';
import { runBuffers, runClusters } from '../../src/core/cluster/runClusters.ts';
import type { ClusterRun, RunOptions } from '../../src/core/cluster/runClusters.ts';
import { scanBuffers, scanClusters } from '../../src/core/cluster/scanClusters.ts';
import type { ScanOptions, ScanSummary } from '../../src/core/cluster/scanClusters.ts';

export const computeApi = {
  /**
   * The repeat and spend fits, predictions, CLV and value cube (clvFromSummary); `split` backtests
   * the candidates of the automatic model choice.
   */
  clv(summary: CustomerSummary, options: ClvOptions, split: CustomerSummary | null = null): ClvResult {
    const r = clvFromSummary(summary, options, split);
    return Comlink.transfer(r, clvBuffers(r));
  },

  /** Prediction intervals of the predictions and of group totals (clvIntervals), after the fit. */
  intervals(input: IntervalInput, options: IntervalOptions, groupings: Grouping[]): ClvIntervals {
    const iv = clvIntervals(input, options, groupings);
    return Comlink.transfer(iv, intervalBuffers(iv));
  },

  /**
   * The model checks and backtest scorecard on a summary split at its calibration end; `onModel`
   * as each model is fitted; `known`: fits already made on this split (not fitted again).
   */
  checks(
    summary: CustomerSummary,
    model: RepeatModelId,
    onModel?: (model: RepeatModelId) => void,
    known: Partial<Record<RepeatModelId, FitResult>> = {},
  ): ModelChecks {
    const c = checksFromSummary(summary, model, (m) => void onModel?.(m), known);
    return Comlink.transfer(c, checksBuffers(c));
  },

  /** k-means for k = 2..10 with mean silhouettes (seeded); onStep(k done, of total). */
  scan(
    features: FeatureSpec[],
    scaling: Scaling,
    o: ScanOptions,
    onStep?: (done: number, total: number) => void,
  ): ScanSummary {
    const s = scanClusters(features, scaling, o, onStep && ((done, total) => void onStep(done, total)));
    return Comlink.transfer(s, scanBuffers(s));
  },

  /** The chosen k on every customer, its silhouette and projection (from the scan's centroids when sampled). */
  run(features: FeatureSpec[], scaling: Scaling, o: RunOptions): ClusterRun {
    const r = runClusters(features, scaling, o);
    return Comlink.transfer(r, runBuffers(r));
  },
};

export type ComputeApi = typeof computeApi;
