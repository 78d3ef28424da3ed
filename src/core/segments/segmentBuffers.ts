import type { GridCells } from './rfmGridCells.ts';
import type { Segmentation } from './segmentCustomers.ts';

/** A segmentation and its R × F grid, as the analysis worker returns them. */
export interface SegmentAnalysis extends Segmentation {
  grid: GridCells;
}

/** The buffers of a segment analysis, to transfer from a worker instead of copying. */
export function segmentBuffers(s: SegmentAnalysis): ArrayBuffer[] {
  const arrays = [
    s.segment,
    s.scoring.r.scores,
    s.scoring.f.scores,
    s.scoring.m.scores,
    s.grid.count,
    s.grid.avgMonetary,
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
