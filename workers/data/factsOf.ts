/**
 * What custom rules with conditions read per customer (core/segments/conditions.ts), kept beside
 * the data worker's RFM table of the same dataset and reference day, so items and attributes are
 * counted once however often the rules change.
 */
import { tableAsOf } from '../../src/core/asof/tableAsOf.ts';
import type { RfmTable } from '../../src/core/rfm/computeRfm.ts';
import { conditionFacts } from '../../src/core/segments/conditions.ts';
import type { ConditionFacts } from '../../src/core/segments/conditions.ts';
import { rfmOf } from './rfmOf.ts';
import { tableOf } from './tableOf.ts';

const cache = new WeakMap<RfmTable, ConditionFacts>();

/** Which stored dataset and reference day (days since 1970-01-01) the page's RFM table is of. */
export interface DatasetDay {
  id: number;
  referenceDay: number;
}

/** The condition facts of the customers of rfmOf(id, referenceDay), in its order. */
export async function factsOf(d: DatasetDay): Promise<ConditionFacts> {
  const t = await tableOf(d.id);
  const rfm = await rfmOf(d.id, d.referenceDay);
  let facts = cache.get(rfm);
  if (!facts) cache.set(rfm, (facts = conditionFacts(tableAsOf(t, d.referenceDay - 1), rfm)));
  return facts;
}
