/**
 * The table the data worker's product analyses read (issue 17): the open dataset without the
 * lines of the products the settings leave out (ProductSettings.exclude: 'auto' = the detected
 * service and fee lines), through core/basket/withoutItems.ts. Kept per dataset for the last
 * setting, so the offer model and backtest fitted on it (kept per table) are reused.
 */
import { excludedItemIds } from '../../src/core/basket/serviceItems.ts';
import { withoutItems } from '../../src/core/basket/withoutItems.ts';
import type { TransactionTable } from '../../src/core/model/TransactionTable.ts';
import { tableOf } from './tableOf.ts';

/** Which products to leave out: 'auto' (the detected service lines) or product ids. */
export type ExcludeSetting = 'auto' | readonly string[];

const kept = new WeakMap<TransactionTable, { key: string; table: TransactionTable }>();

/** Dataset `id`'s table without the lines of the products `exclude` names. */
export async function productTableOf(id: number, exclude: ExcludeSetting = 'auto'): Promise<TransactionTable> {
  const t = await tableOf(id);
  const key = exclude === 'auto' ? 'auto' : JSON.stringify([...exclude].sort());
  const hit = kept.get(t);
  if (hit?.key === key) return hit.table;
  const table = withoutItems(t, excludedItemIds(t, exclude));
  kept.set(t, { key, table });
  return table;
}
