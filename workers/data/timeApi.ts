/**
 * The data worker's over-time calls: lifecycle stages (on the RFM table the other views use, not a
 * second one) and segments as of several dates with the migrations between them.
 */
import * as Comlink from 'comlink';
import { firstPurchaseDays } from '../../src/core/lifecycle/firstPurchaseDays.ts';
import { lifecycleStages } from '../../src/core/lifecycle/lifecycleStages.ts';
import type { LifecycleOptions, LifecycleResult } from '../../src/core/lifecycle/lifecycleStages.ts';
import { clusterSnapshotsOf, rfmAsOf } from '../../src/core/migration/clusterSnapshots.ts';
import { segmentLevels } from '../../src/core/migration/migrationHeadline.ts';
import { migrationMatrix } from '../../src/core/migration/migrationMatrix.ts';
import type { MigrationBasis, MigrationResult } from '../../src/core/migration/migrationResult.ts';
import { segmentsAsOf } from '../../src/core/migration/segmentsAsOf.ts';
import type { SegmentSnapshot } from '../../src/core/migration/segmentsAsOf.ts';
import { rfmOf } from './rfmOf.ts';
import { tableOf } from './tableOf.ts';

/** Whether the page has given up on the call (a Comlink proxy answers asynchronously). */
export type Aborted = () => boolean | Promise<boolean>;

const NONE = -2147483648;

async function stopIf(aborted: Aborted | undefined): Promise<void> {
  if (aborted && (await aborted())) throw new DOMException('The job was cancelled', 'AbortError');
}

export const timeApi = {
  /**
   * Lifecycle stage per customer of the RFM table for `referenceDay` (days since 1970-01-01; the
   * same table, rows in the same order, as `rfm(id, referenceDay)`, which it reuses).
   */
  async lifecycle(id: number, referenceDay: number, options: LifecycleOptions): Promise<LifecycleResult> {
    const rfm = await rfmOf(id, referenceDay);
    // First purchases over the whole table: one before the reference day is the same as in the
    // table as of that day; one on or after it means none then.
    const first = firstPurchaseDays(await tableOf(id), rfm.customer).map((d) => (d >= referenceDay ? NONE : d));
    const r = lifecycleStages(rfm, first, options);
    return Comlink.transfer(r, [r.stage.buffer, r.gap.buffer, r.age.buffer] as ArrayBuffer[]);
  },

  /**
   * Segments as of each day (ascending days since 1970-01-01) and the migration matrices, with
   * monetary and M on the basis's value basis (revenue unless `basis.valueBasis` is 'profit').
   * `aborted` (a Comlink proxy of the page's signal) is asked between dates: Cancel stops it there.
   */
  async migration(id: number, days: number[], basis: MigrationBasis, aborted?: Aborted): Promise<MigrationResult> {
    const t = await tableOf(id);
    let snapshots: SegmentSnapshot[] = [];
    if (basis.kind === 'clusters') {
      const tables = [];
      for (const d of days) {
        await stopIf(aborted);
        tables.push(rfmAsOf(t, d, basis.valueBasis));
      }
      await stopIf(aborted);
      snapshots = clusterSnapshotsOf(tables, days, t.customerIds.length, basis);
    } else {
      for (const d of days) {
        await stopIf(aborted);
        snapshots.push(segmentsAsOf(t, d, basis.options, basis.valueBasis));
      }
    }
    const steps = snapshots.slice(1).map((s, i) => migrationMatrix(snapshots[i], s));
    const result = { snapshots, steps, levels: [...segmentLevels(snapshots)], customerIds: t.customerIds };
    return Comlink.transfer(
      result,
      snapshots.flatMap((s) => [s.segmentOf.buffer, s.scoreSum.buffer] as ArrayBuffer[]),
    );
  },
};
