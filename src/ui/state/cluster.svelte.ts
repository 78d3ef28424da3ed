/**
 * The Clusters state: the numeric attributes of the open dataset, the per-customer measures the
 * features are picked from, the scan of k (with progress) and the chosen k-means run, as Jobs in
 * the compute worker; and the selection (a cluster, or a brushed area of the projection) that
 * filters the customer table. Views call `activate` while shown and send intents.
 */
import * as Comlink from 'comlink';
import { untrack } from 'svelte';
import type { NumericAttribute } from '../../core/cluster/customerAttributes.ts';
import type { FeatureSpec, Scaling } from '../../core/cluster/featureMatrix.ts';
import type { ClusterRun } from '../../core/cluster/runClusters.ts';
import type { ScanSummary } from '../../core/cluster/scanClusters.ts';
import type { RfmTable } from '../../core/rfm/computeRfm.ts';
import { customerMeasures } from '../common/customerMeasures.ts';
import { clusterBridge } from '../jobs/bridges.ts';
import { Job } from '../jobs/Job.svelte.ts';
import { analysis } from './analysis.svelte.ts';
import { CancelledRequests } from './cancelledRequests.ts';
import { clv } from './clv.svelte.ts';
import { identity } from './identity.ts';
import { session } from './session.svelte.ts';

export type ClusterSelection = { kind: 'cluster'; index: number } | { kind: 'brush'; indices: Uint32Array };

/** The scan's inputs: the ticked features with their values, the scaling and the seeds. */
interface ScanInputs {
  key: string;
  features: FeatureSpec[];
  scaling: Scaling;
  seed: number;
  restarts: number;
}

class ClusterState {
  readonly attributeJob = new Job<NumericAttribute[]>();
  readonly scan = new Job<ScanSummary, { done: number; total: number }>();
  readonly run = new Job<ClusterRun>();
  private chosen = $state.raw<{ run: ClusterRun | null; selection: ClusterSelection } | null>(null);
  private attempt = $state(0);
  private datasetId: number | null | undefined = undefined;
  private stopped = new CancelledRequests();

  /** The RFM table the clusters are for (with the shown scores once the segments are in). */
  readonly rfm = $derived<RfmTable | null>(analysis.table ?? session.rfm);
  /** Measures by id (r, f, m, clv and pAlive when fitted, attr:<name>), aligned with the RFM table. */
  readonly measures = $derived(this.rfm ? customerMeasures(this.rfm, clv.result, this.attributes) : {});
  /** Ticked features that have no values yet (CLV before its fit, attributes while loading): k-means waits. */
  readonly missing = $derived(
    analysis.settings.cluster.features.filter((f) => !(f.id in this.measures)).map((f) => f.id),
  );
  /** Whether a ticked feature needs the CLV fit. */
  readonly needsClv = $derived(analysis.settings.cluster.features.some((f) => f.id === 'clv' || f.id === 'pAlive'));
  /** The ticked features that have values, with them. */
  readonly features = $derived<FeatureSpec[]>(
    analysis.settings.cluster.features
      .filter((f) => f.id in this.measures)
      .map((f) => ({ id: f.id, transform: f.transform, values: this.measures[f.id] })),
  );

  /** The numeric attributes of the open dataset (none while loading or when they cannot be read). */
  get attributes(): NumericAttribute[] {
    return this.attributeJob.value ?? [];
  }

  get running(): boolean {
    return this.scan.running || this.run.running;
  }

  get cancelled(): boolean {
    return this.scan.cancelled || this.run.cancelled;
  }

  /** The failure to show: the scan's, else the run's (none while a new scan runs). */
  get error() {
    return this.scan.error ?? (this.scan.running ? null : this.run.error);
  }

  /** What filters the customer table; it belongs to one run and goes with it. */
  get selection(): ClusterSelection | null {
    return this.chosen && this.chosen.run === this.run.value ? this.chosen.selection : null;
  }

  set selection(selection: ClusterSelection | null) {
    this.chosen = selection ? { run: this.run.value, selection } : null;
  }

  /** Keeps the numeric attributes of the open dataset loaded while a view that lists them is mounted. */
  activateAttributes(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const id = session.currentId;
        const rfm = this.rfm;
        void this.attempt;
        this.follow(id);
        if (id === null || !rfm) return;
        const customers = rfm.customer;
        const key = `${id}:${identity(customers)}`;
        untrack(() => void this.attributeJob.run(key, () => analysis.attributes(id, customers)));
      });
    });
  }

  /**
   * Keeps the k scan and the run of the chosen (or suggested) k computed for the open dataset's
   * features and settings while the Clusters view is mounted; returns the stop.
   */
  activate(): () => void {
    const stopAttributes = this.activateAttributes();
    const stop = $effect.root(() => {
      $effect(() => {
        void this.attempt;
        const inputs = this.scanInputs();
        if (!inputs || this.stopped.holds(this.scan, inputs.key)) return;
        untrack(() => {
          // A run of the previous inputs answers for features or options no longer asked for.
          if (this.run.running && !this.run.currentKey?.startsWith(`${inputs.key}|`)) this.run.drop();
          void this.scan.run(inputs.key, (signal, report) =>
            clusterBridge.call(
              signal,
              'scan',
              inputs.features,
              inputs.scaling,
              { seed: inputs.seed, restarts: inputs.restarts },
              Comlink.proxy((done: number, total: number) => report({ done, total })),
            ),
          );
        });
      });
      $effect(() => {
        void this.attempt;
        const inputs = this.scanInputs();
        const scan = this.scan.value;
        // Only after the scan of these very inputs (its centroids start the run on a sample).
        if (!inputs || !scan || this.scan.running || this.scan.currentKey !== inputs.key) return;
        const k = analysis.settings.cluster.k ?? scan.suggested;
        const o = { k, seed: inputs.seed, restarts: inputs.restarts, init: scan.centroids?.[k] };
        const key = `${inputs.key}|${k}`;
        if (this.stopped.holds(this.run, key)) return;
        untrack(() => {
          void this.run.run(key, (signal) => clusterBridge.call(signal, 'run', inputs.features, inputs.scaling, o));
        });
      });
    });
    return () => {
      stop();
      stopAttributes();
    };
  }

  /** Stops the scan or run; the last clusters stay, and `cancelled` offers to run again. */
  cancel(): void {
    this.stopped.cancel(this.scan);
    this.stopped.cancel(this.run);
  }

  /** Runs again what was cancelled (while the view is active). */
  rerun(): void {
    this.stopped.clear();
    this.attempt++;
  }

  /** The scan's inputs and their key, or null while features are missing or the settings load. */
  private scanInputs(): ScanInputs | null {
    const id = session.currentId;
    this.follow(id);
    const rfm = this.rfm;
    const features = this.features;
    if (!analysis.ready || !rfm || !features.length || this.missing.length) return null;
    const s = analysis.settings.cluster;
    // A feature's values are named by where they come from, so the same data asks nothing new.
    const source = (f: string) =>
      f === 'clv' || f === 'pAlive'
        ? identity(clv.result)
        : f.startsWith('attr:')
          ? identity(this.attributeJob.value)
          : identity(rfm.customer);
    const key = JSON.stringify([
      id,
      features.map((f) => [f.id, f.transform, source(f.id)]),
      s.scaling,
      s.seed,
      s.restarts,
    ]);
    return {
      key,
      features: features.map((f) => ({ id: f.id, transform: f.transform, values: f.values })),
      scaling: s.scaling,
      seed: s.seed,
      restarts: s.restarts,
    };
  }

  private follow(id: number | null): void {
    if (id === this.datasetId) return;
    this.datasetId = id;
    this.stopped.clear();
    untrack(() => {
      this.attributeJob.reset();
      this.scan.reset();
      this.run.reset();
      this.chosen = null;
    });
  }
}

export const cluster = new ClusterState();
