import type { MigrationMatrix } from './migrationMatrix.ts';
import type { SegmentSnapshot } from './segmentsAsOf.ts';

/**
 * The value level of each segment id: the mean R + F + M score (3–15) of its members over all the
 * snapshots together. A move to a segment with a higher level is a move up. Works the same for
 * every scheme (RFM 11, value classes, tiers, custom rules, clusters); NaN for an empty segment.
 */
export function segmentLevels(snapshots: readonly SegmentSnapshot[]): Map<string, number> {
  const sum = new Map<string, number>();
  const count = new Map<string, number>();
  for (const s of snapshots) {
    for (let c = 0; c < s.segmentOf.length; c++) {
      const g = s.segmentOf[c];
      if (g < 0) continue;
      const id = s.ids[g];
      sum.set(id, (sum.get(id) ?? 0) + s.scoreSum[c]);
      count.set(id, (count.get(id) ?? 0) + 1);
    }
  }
  const ids = new Set(snapshots.flatMap((s) => s.ids));
  return new Map([...ids].map((id) => [id, count.get(id) ? sum.get(id)! / count.get(id)! : NaN]));
}

/** The headline figures of one migration: shares of the customers present at both dates. */
export interface MigrationHeadline {
  /** Customers present at both dates, and customers new at the second. */
  stayed: number;
  newCustomers: number;
  /** Of `stayed`: in the same segment, in a segment with a higher / lower value level. */
  same: number;
  up: number;
  down: number;
  /** The largest flows between different segments (from → to, customers), biggest first. */
  flows: { from: string; to: string; customers: number }[];
}

/** Headline figures of a migration matrix with segment value levels (see segmentLevels). */
export function migrationHeadline(m: MigrationMatrix, levels: Map<string, number>, top = 3): MigrationHeadline {
  const h: MigrationHeadline = { stayed: 0, newCustomers: 0, same: 0, up: 0, down: 0, flows: [] };
  const flows: MigrationHeadline['flows'] = [];
  m.counts.forEach((row, i) => {
    const isNew = i === m.from.length - 1;
    row.forEach((n, j) => {
      if (!n) return;
      if (isNew) {
        h.newCustomers += n;
        return;
      }
      h.stayed += n;
      const from = m.from[i];
      const to = m.to[j];
      if (from === to) {
        h.same += n;
        return;
      }
      const d = (levels.get(to) ?? NaN) - (levels.get(from) ?? NaN);
      if (d > 0) h.up += n;
      else if (d < 0) h.down += n;
      else h.same += n;
      flows.push({ from, to, customers: n });
    });
  });
  h.flows = flows.sort((a, b) => b.customers - a.customers || a.from.localeCompare(b.from)).slice(0, top);
  return h;
}
