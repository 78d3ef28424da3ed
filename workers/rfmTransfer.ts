import type { RfmTable } from '../src/core/rfm/computeRfm.ts';

/** The buffers of an RFM table, to transfer instead of copy. */
export function rfmBuffers(t: RfmTable): ArrayBuffer[] {
  return [t.customer, t.recency, t.frequency, t.monetary, t.r, t.f, t.m].map((a) => a.buffer as ArrayBuffer);
}
