import { tableAsOf } from '../asof/tableAsOf.ts';
import { featureMatrix, signedLog1p } from '../cluster/featureMatrix.ts';
import type { Scaling, Transform } from '../cluster/featureMatrix.ts';
import { kmeans } from '../cluster/kmeans.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { computeRfm, rfmOnBasis } from '../rfm/computeRfm.ts';
import type { RfmTable } from '../rfm/computeRfm.ts';
import { snapshotOf } from './segmentsAsOf.ts';
import type { SegmentSnapshot, ValueBasis } from './segmentsAsOf.ts';

export interface ClusterSnapshotOptions {
  k: number;
  seed: number;
  restarts: number;
  /** Applied to recency (days), frequency (orders) and monetary (currency) alike. */
  transform: Transform;
  scaling: Scaling;
  /** 'profit': monetary is each customer's Σ profit (a profit column needed); absent = revenue. */
  valueBasis?: 'profit';
}

const columns = (rfm: RfmTable) => [rfm.recency, rfm.frequency, rfm.monetary];

/**
 * Clusters as segments over time: k-means on R, F, M as of the last day (the clusters a user sees
 * today), then every customer at every earlier day placed in the nearest of those centroids, with
 * the last day's transform and scaling. Segment ids are "cluster-1" … "cluster-k". Days in days
 * since 1970-01-01, ascending.
 */
export function clusterSnapshots(
  t: TransactionTable,
  days: readonly number[],
  o: ClusterSnapshotOptions,
): SegmentSnapshot[] {
  return clusterSnapshotsOf(
    days.map((d) => rfmAsOf(t, d, o.valueBasis)),
    days,
    t.customerIds.length,
    o,
  );
}

/**
 * The RFM table as of day D (days since 1970-01-01): transactions up to D, reference day D + 1;
 * monetary and M on the value basis (rfmOnBasis; default revenue).
 */
export function rfmAsOf(t: TransactionTable, day: number, valueBasis: ValueBasis = 'revenue'): RfmTable {
  return rfmOnBasis(computeRfm(tableAsOf(t, day), { referenceDay: day + 1 }), valueBasis);
}

/**
 * clusterSnapshots from the RFM tables as of each day (rfmAsOf), for a caller that computes them
 * one by one (the data worker, which can stop between days); `customers` = the dictionary's size.
 */
export function clusterSnapshotsOf(
  tables: readonly RfmTable[],
  days: readonly number[],
  customers: number,
  o: ClusterSnapshotOptions,
): SegmentSnapshot[] {
  const last = tables[tables.length - 1];
  const fm = featureMatrix(
    columns(last).map((values, j) => ({ id: 'rfm'[j], values, transform: o.transform })),
    o.scaling,
  );
  const km = kmeans(fm, { k: o.k, seed: o.seed, restarts: o.restarts });
  const ids = Array.from({ length: km.k }, (_, i) => `cluster-${i + 1}`);
  return tables.map((rfm, s) => {
    const label = new Uint8Array(rfm.n);
    const cols = columns(rfm);
    const x = new Float64Array(3);
    for (let i = 0; i < rfm.n; i++) {
      for (let j = 0; j < 3; j++) {
        const v = o.transform === 'log1p' ? signedLog1p(cols[j][i]) : cols[j][i];
        x[j] = (v - fm.center[j]) / fm.scale[j];
      }
      let best = 0;
      let bestD = Infinity;
      for (let c = 0; c < km.k; c++) {
        let d = 0;
        for (let j = 0; j < 3; j++) d += (x[j] - km.centroids[c * 3 + j]) ** 2;
        if (d < bestD) {
          bestD = d;
          best = c;
        }
      }
      label[i] = best;
    }
    return snapshotOf(days[s], customers, rfm, ids, label, rfm);
  });
}
