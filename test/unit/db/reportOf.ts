import { countPurchaseInvoices } from '../../../src/core/import/Importer.ts';
import type { ImportReport } from '../../../src/core/import/types.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { formatDay, MS_PER_DAY } from '../../../src/core/values/civil.ts';

/** The report fields a stored record takes from its table, as the importer gives them. */
export function reportOf(fileName: string, t: TransactionTable): ImportReport {
  let min = Infinity;
  let max = -Infinity;
  for (const v of t.time) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const day = (v: number) => (t.rows ? formatDay(Math.floor(v / MS_PER_DAY)) : null);
  return {
    fileName,
    customers: t.customerIds.length,
    invoices: countPurchaseInvoices(t),
    firstDate: day(min),
    lastDate: day(max),
  } as ImportReport;
}
