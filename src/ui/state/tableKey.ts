import type { RfmTable } from '../../core/rfm/computeRfm.ts';

const serials = new WeakMap<Int32Array, number>();
let next = 0;

/**
 * A short key naming one RFM table (the open dataset's, as of its reference day, or a fresh
 * import's), for job keys: tables with the same customer column are the same table (the scores
 * shown may differ, the rows do not).
 */
export function tableKey(rfm: RfmTable): string {
  let s = serials.get(rfm.customer);
  if (s === undefined) serials.set(rfm.customer, (s = ++next));
  return `t${s}`;
}
