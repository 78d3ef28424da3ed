import type { SegmentOptions } from '../segments/segmentCustomers.ts';
import type { ClusterSnapshotOptions } from './clusterSnapshots.ts';
import type { MigrationMatrix } from './migrationMatrix.ts';
import type { SegmentSnapshot } from './segmentsAsOf.ts';

/** Segments as of each date and the migrations between consecutive dates (the data worker's answer). */
export interface MigrationResult {
  snapshots: SegmentSnapshot[];
  steps: MigrationMatrix[];
  /** Value level (mean R + F + M score) per segment id, for moves up and down. */
  levels: [string, number][];
  /** The customer ids of the dataset (snapshots are indexed by them). */
  customerIds: string[];
}

/**
 * Follow the scheme's segments, or clusters of R, F, M (nearest centroid of the last date).
 * `valueBasis: 'profit'` counts monetary (and M) as Σ profit at every date; absent = revenue.
 */
export type MigrationBasis =
  | { kind: 'segments'; options: SegmentOptions; valueBasis?: 'profit' }
  | ({ kind: 'clusters' } & ClusterSnapshotOptions);
