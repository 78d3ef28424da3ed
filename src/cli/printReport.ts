import type { ImportReport } from '../core/import/types.ts';
import { ITEM_ROLES } from '../core/model/TransactionTable.ts';

/** Prints the import report as readable text. */
export function printReport(
  r: ImportReport & { referenceDate?: string; rfmCustomers?: number; asOf?: string; rowsAfterAsOf?: number },
  out: NodeJS.WritableStream,
): void {
  const lines = [
    r.format && r.format !== 'csv'
      ? `file:        ${r.fileName} (${r.bytes} bytes, ${r.format}${r.sheet !== undefined ? `, sheet ${JSON.stringify(r.sheet)}` : ''})`
      : `file:        ${r.fileName} (${r.bytes} bytes, ${r.encoding}, delimiter ${JSON.stringify(r.delimiter)}, ${r.hasHeader ? 'header' : 'no header'})`,
    ...(r.kind === 'summary' ? ['kind:        customer summary (one row per customer)'] : []),
    `rows read:   ${r.rowsRead}`,
    `rows kept:   ${r.rowsKept}${r.returnsKept ? ` (${r.returnsKept} returns)` : ''}`,
    ...Object.entries(r.dropped)
      .filter(([, n]) => n > 0)
      .map(([reason, n]) => {
        const first = r.samples[reason as keyof typeof r.samples]?.[0];
        const where = first ? ` (first: line ${first.line}, ${JSON.stringify(first.raw)})` : '';
        return `  dropped ${reason}: ${n}${where}`;
      }),
    `customers:   ${r.customers}${r.customersWithoutPurchase ? ` (${r.customersWithoutPurchase} with returns only, not in the customer table)` : ''}`,
    r.kind === 'summary'
      ? `orders:      ${r.invoices}`
      : r.ordersBy === 'day'
        ? `orders:      ${r.orders} (purchase days: no invoice column)`
        : `invoices:    ${r.invoices}${r.orders !== undefined && r.orders !== r.invoices ? ` (${r.orders} customer orders: an invoice shared by customers counts for each)` : ''}`,
    `dates:       ${r.firstDate} .. ${r.lastDate}`,
    ...(r.cancellations
      ? [
          `cancellations: ${r.cancellations.rule === 'C' ? 'invoices starting with "C"' : 'none by invoice'} (${r.cancellations.reason.text})`,
        ]
      : []),
    ...(r.dateOrder
      ? [
          `date order:  ${r.dateOrder.order} (decided by ${r.dateOrder.decidedBy}${r.dateOrder.evidence ? `: line ${r.dateOrder.evidence.line} "${r.dateOrder.evidence.raw}"` : ''})`,
        ]
      : []),
    ...itemLines(r),
    ...(r.asOf ? [`as of:       ${r.asOf} (${r.rowsAfterAsOf} later rows left out)`] : []),
    ...(r.referenceDate ? [`reference:   ${r.referenceDate}`] : []),
    ...r.warnings.map((w) => `warning: ${w.text}`),
  ];
  out.write(lines.join('\n') + '\n');
}

const ITEM_WORDS = {
  product: 'products',
  productName: 'product names',
  category: 'categories',
  subcategory: 'sub-categories',
};

/** Issue 17: "items:       1862 products, 3 categories" and the profit line, when those columns were read. */
function itemLines(r: ImportReport): string[] {
  const parts = ITEM_ROLES.flatMap((role) => {
    const n = r.itemsRead?.[role];
    return n === undefined ? [] : [`${n} ${ITEM_WORDS[role]}`];
  });
  const out = parts.length ? [`items:       ${parts.join(', ')}`] : [];
  if (r.profitMissing !== undefined)
    out.push(
      r.profitMissing
        ? `profit:      missing on ${r.profitMissing} of ${r.rowsKept} rows (blank or not a number; kept, left out of profit sums)`
        : 'profit:      read on every row',
    );
  return out;
}
