/**
 * The over-time worker: lifecycle stages of a stored dataset's customers, and segments recomputed
 * as of several dates with the migrations between them. Loads the dataset once; results go back as
 * transferred typed arrays. The page cancels by terminating it.
 */
import * as Comlink from 'comlink';
import { firstPurchaseDays } from '../src/core/lifecycle/firstPurchaseDays.ts';
import { lifecycleStages } from '../src/core/lifecycle/lifecycleStages.ts';
import type { LifecycleOptions, LifecycleResult } from '../src/core/lifecycle/lifecycleStages.ts';
import { clusterSnapshots } from '../src/core/migration/clusterSnapshots.ts';
import type { ClusterSnapshotOptions } from '../src/core/migration/clusterSnapshots.ts';
import { migrationMatrix } from '../src/core/migration/migrationMatrix.ts';
import type { MigrationMatrix } from '../src/core/migration/migrationMatrix.ts';
import { segmentLevels } from '../src/core/migration/migrationHeadline.ts';
import { segmentsAsOf } from '../src/core/migration/segmentsAsOf.ts';
import type { SegmentSnapshot } from '../src/core/migration/segmentsAsOf.ts';
import type { TransactionTable } from '../src/core/model/TransactionTable.ts';
import { computeRfm } from '../src/core/rfm/computeRfm.ts';
import { tableAsOf } from '../src/core/asof/tableAsOf.ts';
import type { SegmentOptions } from '../src/core/segments/segmentCustomers.ts';
import { loadDataset } from '../src/db/datasets.ts';
import { exposeErrors } from './workerError.ts';

let current: { id: number; table: TransactionTable } | null = null;

async function tableOf(id: number): Promise<TransactionTable> {
  if (current?.id !== id) current = { id, table: (await loadDataset(id)).table };
  return current.table;
}

/** Segments as of each date and the migrations between consecutive dates. */
export interface MigrationResult {
  snapshots: SegmentSnapshot[];
  steps: MigrationMatrix[];
  /** Value level (mean R + F + M score) per segment id, for moves up and down. */
  levels: [string, number][];
  /** The customer ids of the dataset (snapshots are indexed by them). */
  customerIds: string[];
}

/** Follow the scheme's segments, or clusters of R, F, M (nearest centroid of the last date). */
export type MigrationBasis =
  { kind: 'segments'; options: SegmentOptions } | ({ kind: 'clusters' } & ClusterSnapshotOptions);

const api = {
  /**
   * Lifecycle stage per customer of the RFM table for `referenceDay` (days since 1970-01-01; the
   * same rows, in the same order, as the analysis worker's table).
   */
  async lifecycle(id: number, referenceDay: number, options: LifecycleOptions): Promise<LifecycleResult> {
    // The same rows as the analysis worker's table: as of the day before the reference day.
    const t = tableAsOf(await tableOf(id), referenceDay - 1);
    const rfm = computeRfm(t, { referenceDay });
    const r = lifecycleStages(rfm, firstPurchaseDays(t, rfm.customer), options);
    return Comlink.transfer(r, [r.stage.buffer, r.gap.buffer, r.age.buffer] as ArrayBuffer[]);
  },

  /** Segments as of each day (ascending days since 1970-01-01) and the migration matrices. */
  async migration(id: number, days: number[], basis: MigrationBasis): Promise<MigrationResult> {
    const t = await tableOf(id);
    const snapshots =
      basis.kind === 'clusters' ? clusterSnapshots(t, days, basis) : days.map((d) => segmentsAsOf(t, d, basis.options));
    const steps = snapshots.slice(1).map((s, i) => migrationMatrix(snapshots[i], s));
    const result = { snapshots, steps, levels: [...segmentLevels(snapshots)], customerIds: t.customerIds };
    return Comlink.transfer(
      result,
      snapshots.flatMap((s) => [s.segmentOf.buffer, s.scoreSum.buffer] as ArrayBuffer[]),
    );
  },
};

export type TimeApi = typeof api;
exposeErrors();
Comlink.expose(api);
