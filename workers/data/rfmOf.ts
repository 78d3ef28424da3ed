/**
 * The data worker's RFM tables, computed once per dataset and reference day and kept beside the
 * dataset (data/tableOf.ts): the Customers view, segments, lifecycle, the card and CLV summaries
 * all ask for the same table, and only the first question computes it.
 */
import { tableAsOf } from '../../src/core/asof/tableAsOf.ts';
import type { TransactionTable } from '../../src/core/model/TransactionTable.ts';
import { computeRfm } from '../../src/core/rfm/computeRfm.ts';
import type { RfmTable } from '../../src/core/rfm/computeRfm.ts';
import { tableOf } from './tableOf.ts';

/** Reference days kept per dataset (a user trying dates goes back and forth between a few). */
const KEPT = 4;
const cache = new WeakMap<TransactionTable, Map<number | 'last', RfmTable>>();
let computed = 0;

/** How many RFM tables this worker has computed (for tests: a second question computes none). */
export function rfmComputations(): number {
  return computed;
}

/**
 * The RFM table of stored dataset `id` as of the day before `referenceDay` (days since 1970-01-01;
 * default: the day after the last transaction, all of them counted). Do not transfer its buffers:
 * they stay in the cache (send a copy).
 */
export async function rfmOf(id: number, referenceDay?: number): Promise<RfmTable> {
  const t = await tableOf(id);
  let kept = cache.get(t);
  if (!kept) cache.set(t, (kept = new Map()));
  const key = referenceDay ?? 'last';
  const hit = kept.get(key);
  if (hit) {
    // Most recently used last, so the oldest is dropped first.
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  computed++;
  const rfm = computeRfm(referenceDay === undefined ? t : tableAsOf(t, referenceDay - 1), { referenceDay });
  kept.set(key, rfm);
  // The default reference day is a day like any other: a question naming it finds it too.
  if (referenceDay === undefined) kept.set(rfm.referenceDay, rfm);
  while (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return rfm;
}
