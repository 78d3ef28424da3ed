/**
 * The clustering view's state: the numeric attributes of the open dataset, the scan of k with
 * silhouettes and the chosen k-means run, computed in the cluster worker with progress; and the
 * selection (a cluster, or a brushed area of the projection) that filters the customer table.
 */
import type { FeatureSpec, Scaling } from '../../core/cluster/featureMatrix.ts';
import type { NumericAttribute } from '../../core/cluster/customerAttributes.ts';
import * as Comlink from 'comlink';
import type { ClusterRun, ScanSummary } from '../../../workers/cluster.worker.ts';
import { analysis } from './analysis.svelte.ts';
import { startClusterWorker } from './workers.ts';
import { codedOf } from '../i18n/coded.ts';
import type { Coded } from '../i18n/coded.ts';

export type ClusterSelection = { kind: 'cluster'; index: number } | { kind: 'brush'; indices: Uint32Array };

class ClusterState {
  attributes = $state.raw<NumericAttribute[]>([]);
  scan = $state.raw<ScanSummary | null>(null);
  run = $state.raw<ClusterRun | null>(null);
  progress = $state<{ done: number; total: number } | null>(null);
  running = $state(false);
  error = $state<Coded | null>(null);
  selection = $state.raw<ClusterSelection | null>(null);
  private worker = startClusterWorker();
  private attributesFor: number | null = null;
  private scanKey = '';
  private runKey = '';

  /** Loads the numeric attributes of a dataset once (for the feature list). */
  async loadAttributes(id: number, customers: Int32Array): Promise<void> {
    if (this.attributesFor === id) return;
    this.attributesFor = id;
    this.attributes = [];
    try {
      const a = await analysis.attributes(id, customers);
      if (this.attributesFor === id) this.attributes = a;
    } catch {
      // No attributes: the feature list just has none.
    }
  }

  /** Scans k (when the features changed) and runs k-means for k (or the suggested k). */
  async request(
    key: string,
    features: FeatureSpec[],
    scaling: Scaling,
    o: { seed: number; restarts: number; k: number | null },
  ) {
    const scanKey = JSON.stringify([key, o.seed, o.restarts]);
    try {
      if (scanKey !== this.scanKey) {
        if (this.running) this.restart();
        this.scanKey = scanKey;
        this.runKey = '';
        this.running = true;
        this.error = null;
        this.progress = { done: 0, total: 9 };
        const onStep = Comlink.proxy((done: number, total: number) => (this.progress = { done, total }));
        const s = await this.worker.api.scan(features, scaling, { seed: o.seed, restarts: o.restarts }, onStep);
        if (this.scanKey !== scanKey) return;
        this.scan = s;
      }
      const k = o.k ?? this.scan?.suggested ?? 3;
      const runKey = JSON.stringify([scanKey, k]);
      if (runKey === this.runKey) return;
      this.runKey = runKey;
      this.running = true;
      const r = await this.worker.api.run(features, scaling, { k, seed: o.seed, restarts: o.restarts });
      if (this.runKey !== runKey) return;
      this.run = r;
      this.selection = null;
    } catch (e) {
      if (this.scanKey === scanKey) this.error = codedOf(e);
    } finally {
      if (this.scanKey === scanKey) {
        this.running = false;
        this.progress = null;
      }
    }
  }

  /** Stops the worker; nothing half-done is kept. */
  cancel(): void {
    this.restart();
    this.scanKey = this.runKey = '';
  }

  /** Forgets everything (another dataset was opened). */
  reset(): void {
    this.scan = this.run = null;
    this.selection = null;
    this.error = null;
    this.scanKey = this.runKey = '';
  }

  private restart(): void {
    this.worker.terminate();
    this.worker = startClusterWorker();
    this.running = false;
    this.progress = null;
  }
}

export const cluster = new ClusterState();
