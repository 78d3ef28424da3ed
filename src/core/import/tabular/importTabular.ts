import { notice } from '../../notice/notice.ts';
import { Importer } from '../Importer.ts';
import { ImportError } from '../importError.ts';
import { importPasses } from '../importStream.ts';
import type { ImportContext } from '../importStream.ts';
import { SummaryImporter } from '../SummaryImporter.ts';
import type { ImportOptions, ImportReport } from '../types.ts';
import type { TransactionTable } from '../../model/TransactionTable.ts';
import { CellRecords, isBlankRow } from './cellsToRecord.ts';
import type { TabularReader } from './types.ts';

/**
 * Imports a workbook sheet, parquet or Arrow file: its rows, as text cells (cellsToRecord), go
 * through the same Importer, cleaning, report and passes as a CSV (importPasses), so the table is
 * the one the CSV export of the same rows gives. `opts.source.sheet` names a workbook's sheet.
 */
export async function importTabular(
  reader: TabularReader,
  opts: ImportOptions,
  ctx: ImportContext,
): Promise<{ table: TransactionTable; report: ImportReport }> {
  const sheet = opts.source?.sheet;
  const total = reader.totalRows(sheet);
  const every = ctx.progressMs ?? 100;
  const result = await importPasses(
    opts,
    ctx,
    async (o, rule) => {
      const context = { fileName: ctx.fileName, today: ctx.today, cancelRule: rule };
      const importer = o.kind === 'summary' ? new SummaryImporter(o, context) : new Importer(o, context);
      const out = new CellRecords(importer);
      let last = performance.now();
      let read = 0;
      for await (const { rows, firstLine } of reader.rows(sheet)) {
        if (ctx.signal?.aborted) throw new ImportError('import.cancelled', {}, 'import cancelled');
        for (let i = 0; i < rows.length; i++) if (!isBlankRow(rows[i])) out.write(rows[i], firstLine + i);
        read += rows.length;
        const now = performance.now();
        if (ctx.onProgress && now - last >= every) {
          last = now;
          const bytes = total ? Math.min(ctx.totalBytes, Math.round((ctx.totalBytes * read) / (total + 1))) : 0;
          ctx.onProgress({ bytes, totalBytes: ctx.totalBytes, rows: importer.rows });
        }
      }
      ctx.onProgress?.({ bytes: ctx.totalBytes, totalBytes: ctx.totalBytes, rows: importer.rows });
      return { importer, bytes: ctx.totalBytes };
    },
    true,
  );
  const { report } = result;
  report.format = reader.format;
  if (sheet !== undefined) report.sheet = sheet;
  if (reader.format === 'xlsx') {
    report.warnings.push(
      notice(
        'import.wholeWorkbook',
        {},
        'Excel workbooks are read whole (not streamed): for large files, CSV or Parquet is faster',
      ),
    );
    if (reader.date1904) {
      report.warnings.push(
        notice(
          'import.macDateSystem',
          {},
          'this workbook uses the 1904 date system (as Excel for Mac saved workbooks): its dates were read in it',
        ),
      );
    }
  }
  return result;
}
