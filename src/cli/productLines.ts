import { serviceItems } from '../core/basket/serviceItems.ts';
import type { ServiceItem } from '../core/basket/serviceItems.ts';
import { withoutItems } from '../core/basket/withoutItems.ts';
import type { TransactionTable } from '../core/model/TransactionTable.ts';

/** The flag of `segmap basket` and `segmap recommend` that keeps service and fee lines. */
export const KEEP_FEES_FLAG = { 'keep-fees': { type: 'boolean' } } as const;

/**
 * The table `basket` and `recommend` count items on: without the service and fee lines the app
 * leaves out by default (core/basket/serviceItems.ts: postage, carriage, fees, discounts…), unless
 * `keepFees` (--keep-fees). Says on `log` (stderr) which products were left out.
 */
export function productLines(
  table: TransactionTable,
  keepFees: boolean,
  log: NodeJS.WritableStream = process.stderr,
): { table: TransactionTable; excluded: ServiceItem[] } {
  if (keepFees) return { table, excluded: [] };
  const excluded = serviceItems(table);
  if (excluded.length === 0) return { table, excluded };
  const shown = excluded
    .slice(0, 10)
    .map((s) => (s.name === s.id ? s.id : `${s.id} (${s.name})`))
    .join(', ');
  const more = excluded.length > 10 ? ` and ${excluded.length - 10} more` : '';
  const lines = excluded.reduce((n, s) => n + s.lines, 0);
  log.write(
    `left out ${excluded.length} service or fee ${excluded.length === 1 ? 'item' : 'items'} ` +
      `(${lines} lines): ${shown}${more}; --keep-fees keeps them\n`,
  );
  return {
    table: withoutItems(
      table,
      excluded.map((s) => s.id),
    ),
    excluded,
  };
}
