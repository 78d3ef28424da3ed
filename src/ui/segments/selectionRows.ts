/** The customers (row indices, ascending) a chart selection stands for. */
import type { SegmentAnalysis } from '../../core/segments/segmentBuffers.ts';
import { cellMembers } from '../../core/segments/rfmGridCells.ts';
import type { Selection } from '../state/analysis.svelte.ts';

/** Indices of the selected customers; the cell is in computed scores (5 = most recent). */
export function selectionRows(sel: Selection, s: SegmentAnalysis): Uint32Array {
  switch (sel.kind) {
    case 'cell':
      return cellMembers(s.scoring.r.scores, s.scoring.f.scores, sel);
    case 'segment': {
      const out: number[] = [];
      for (let i = 0; i < s.segment.length; i++) if (s.segment[i] === sel.index) out.push(i);
      return Uint32Array.from(out);
    }
    case 'brush':
      return Uint32Array.from(sel.indices).sort();
  }
}
