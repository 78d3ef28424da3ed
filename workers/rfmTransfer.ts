import type { RfmTable } from '../src/core/rfm/computeRfm.ts';

/** The buffers of an RFM table, to transfer instead of copy (profit when present, each buffer once). */
export function rfmBuffers(t: RfmTable): ArrayBuffer[] {
  const arrays = [t.customer, t.recency, t.frequency, t.monetary, t.r, t.f, t.m];
  if (t.profit && t.profit !== t.monetary) arrays.push(t.profit);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
