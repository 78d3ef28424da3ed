import type { ClvResult } from './clvAnalysis.ts';
import type { ModelChecks } from './runChecks.ts';
import type { CustomerSummary } from './summarize.ts';

/** The typed-array buffers of a CLV result, to transfer from a worker instead of copying. */
export function clvBuffers(r: ClvResult): ArrayBuffer[] {
  const { values, stage } = r.guard.loyalty;
  const arrays = [
    ...summaryArrays(r.summary),
    ...Object.values(r.predictions),
    r.cube.cls,
    ...(r.margins ? [r.margins] : []),
    values,
    ...(stage ? [stage] : []),
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** The typed-array buffers of a customer summary (from the data worker to a compute worker). */
export function summaryBuffers(s: CustomerSummary): ArrayBuffer[] {
  return [...new Set(summaryArrays(s).map((a) => a.buffer as ArrayBuffer))];
}

function summaryArrays(s: CustomerSummary) {
  return [
    s.customer,
    s.x,
    s.tx,
    s.T,
    s.recencyDays,
    s.firstDay,
    s.spend,
    s.revenue,
    ...(s.profit ? [s.profit] : []),
    s.holdoutX,
    s.holdoutValue,
    s.recentX,
    s.recentValue,
    s.gapSdDays,
    s.wmRatio,
    s.repeatDays,
    s.repeatCounts,
    s.periods.x,
    s.periods.tx,
    s.periods.n,
  ];
}

/** The buffers of the model checks. */
export function checksBuffers(c: ModelChecks): ArrayBuffer[] {
  const arrays = [c.tracking.t, c.tracking.actual, c.tracking.expected, c.pAlive.p];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
