import type { ClvResult } from './clvAnalysis.ts';
import type { ModelChecks } from './runChecks.ts';

/** The typed-array buffers of a CLV result, to transfer from a worker instead of copying. */
export function clvBuffers(r: ClvResult): ArrayBuffer[] {
  const s = r.summary;
  const arrays = [
    s.customer,
    s.x,
    s.tx,
    s.T,
    s.recencyDays,
    s.firstDay,
    s.spend,
    s.revenue,
    s.holdoutX,
    s.repeatDays,
    s.repeatCounts,
    s.periods.x,
    s.periods.tx,
    s.periods.n,
    ...Object.values(r.predictions),
    r.cube.cls,
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** The buffers of the model checks. */
export function checksBuffers(c: ModelChecks): ArrayBuffer[] {
  const arrays = [c.tracking.t, c.tracking.actual, c.tracking.expected, c.pAlive.p];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
