import { RFM_COLUMNS, rfmRow } from '../core/export/segmentTables.ts';
import { computeRfm } from '../core/rfm/computeRfm.ts';
import type { RfmTable } from '../core/rfm/computeRfm.ts';
import { scoreRfm, scoringNotices } from '../core/rfm/scoreRfm.ts';
import { formatDay } from '../core/values/civil.ts';
import { parseFileOptions } from './options.ts';
import { printReport } from './printReport.ts';
import { readTransactions } from './readTransactions.ts';
import { writeCsv } from './writeCsv.ts';
import { requireProfit, VALUE_FLAG, valueBasisOf } from './valueBasis.ts';

/** Rows of the RFM table in the output column order. */
export function* rfmRows(t: RfmTable): Generator<(string | number)[]> {
  for (let k = 0; k < t.n; k++) yield rfmRow(t, k);
}

/**
 * `segmap rfm FILE`: import report, then the RFM table as CSV to --out or stdout (`--value profit`:
 * monetary and M count the profit column). The report's
 * warnings include `rfm.noSpread` for a dimension whose values all tie (everyone gets the middle grade).
 */
export async function rfmCommand(args: string[]): Promise<void> {
  const o = parseFileOptions(args, VALUE_FLAG);
  const valueBasis = valueBasisOf(o.extra.value);
  const { table, report } = await readTransactions(o);
  requireProfit(o.file, valueBasis, table.profit !== undefined);
  const rfm = computeRfm(table, { referenceDay: o.referenceDay, valueBasis });
  // A dimension with no spread (one customer, everyone alike) gets the middle grade: say so.
  const warnings = [...report.warnings, ...scoringNotices(scoreRfm(rfm))];
  const summary = { ...report, warnings, referenceDate: formatDay(rfm.referenceDay), rfmCustomers: rfm.n };
  if (o.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  else printReport(summary, o.out ? process.stdout : process.stderr);
  if (o.out || !o.json) await writeCsv(o.out, RFM_COLUMNS, rfmRows(rfm));
}
