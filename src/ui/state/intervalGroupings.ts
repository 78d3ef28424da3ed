import type { ClvResult } from '../../core/clv/clvAnalysis.ts';
import type { Grouping } from '../../core/clv/intervals.ts';
import { CUBE_IDS } from '../../core/clv/valueCube.ts';
import type { RfmTable } from '../../core/rfm/computeRfm.ts';
import type { SegmentAnalysis } from '../../core/segments/segmentBuffers.ts';

/**
 * The groups whose totals get intervals, as codes aligned with the CLV summary's customers: the
 * value class of the cube, and the segment of the current scheme when the segments are computed
 * for the same RFM table (a customer not in it gets −1).
 */
export function intervalGroupings(r: ClvResult, segments: SegmentAnalysis | null, rfm: RfmTable | null): Grouping[] {
  const out: Grouping[] = [
    { id: 'valueClass', codes: Int32Array.from(r.cube.cls), count: CUBE_IDS.length, labels: [...CUBE_IDS] },
  ];
  if (segments && rfm && segments.segment.length === rfm.n) {
    const row = new Map<number, number>();
    rfm.customer.forEach((c, k) => row.set(c, k));
    const codes = Int32Array.from(r.summary.customer, (c) => {
      const k = row.get(c);
      return k === undefined ? -1 : segments.segment[k];
    });
    out.push({ id: 'segment', codes, count: segments.ids.length, labels: [...segments.ids] });
  }
  return out;
}
