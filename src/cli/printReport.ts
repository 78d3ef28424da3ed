import type { ImportReport } from '../core/import/types.ts';

/** Prints the import report as readable text. */
export function printReport(
  r: ImportReport & { referenceDate?: string; rfmCustomers?: number; asOf?: string; rowsAfterAsOf?: number },
  out: NodeJS.WritableStream,
): void {
  const lines = [
    `file:        ${r.fileName} (${r.bytes} bytes, ${r.encoding}, delimiter ${JSON.stringify(r.delimiter)}, ${r.hasHeader ? 'header' : 'no header'})`,
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
    `customers:   ${r.customers}`,
    r.kind === 'summary' ? `orders:      ${r.invoices}` : `invoices:    ${r.invoices}`,
    `dates:       ${r.firstDate} .. ${r.lastDate}`,
    ...(r.dateOrder
      ? [
          `date order:  ${r.dateOrder.order} (decided by ${r.dateOrder.decidedBy}${r.dateOrder.evidence ? `: line ${r.dateOrder.evidence.line} "${r.dateOrder.evidence.raw}"` : ''})`,
        ]
      : []),
    ...(r.asOf ? [`as of:       ${r.asOf} (${r.rowsAfterAsOf} later rows left out)`] : []),
    ...(r.referenceDate ? [`reference:   ${r.referenceDate}`] : []),
    ...r.warnings.map((w) => `warning: ${w.text}`),
  ];
  out.write(lines.join('\n') + '\n');
}
