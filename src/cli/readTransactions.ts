import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { CsvError } from '../core/csv/types.ts';
import { applyMaps, buildImportOptions } from '../core/import/buildImportOptions.ts';
import { ImportError, importStream } from '../core/import/importStream.ts';
import { SNIFF_BYTES, SniffError, sniff } from '../core/import/sniff.ts';
import { importTabular } from '../core/import/tabular/importTabular.ts';
import { openTabular, tabularFormat } from '../core/import/tabular/openTabular.ts';
import { sniffTabular } from '../core/import/tabular/sniffTabular.ts';
import type { ByteSource } from '../core/import/tabular/types.ts';
import type { ImportOptions, ImportReport } from '../core/import/types.ts';
import type { TransactionTable } from '../core/model/TransactionTable.ts';
import { tableAsOf } from '../core/asof/tableAsOf.ts';
import { CoreError, notice } from '../core/notice/notice.ts';
import { formatDay, localToday } from '../core/values/civil.ts';
import { referenceDayProblem } from '../core/rfm/referenceDay.ts';
import { UsageError } from './options.ts';
import type { FileOptions } from './options.ts';

/** The import report, with what --as-of left out. */
export type AsOfReport = ImportReport & { asOf?: string; rowsAfterAsOf?: number };

/** A problem with the input file: printed as `FILE:LINE:COLUMN: message`, exit code 1. */
export class FileError extends Error {}

/**
 * Reads a transactions file with the same sniffing, guesses and importer the browser uses,
 * applying the command-line overrides.
 */
export async function readTransactions(
  o: FileOptions,
): Promise<{ table: TransactionTable; report: AsOfReport; options: ImportOptions }> {
  let size: number;
  try {
    size = (await stat(o.file)).size;
  } catch {
    throw new FileError(`${o.file}: cannot read the file`);
  }
  const fh = await open(o.file, 'r');
  const head = new Uint8Array(Math.min(size, SNIFF_BYTES));
  await fh.read(head, 0, head.length, 0);
  await fh.close();
  try {
    // Workbooks, parquet and Arrow files are told by their bytes, whatever their name says.
    const format = tabularFormat(head);
    if (!format && o.sheet !== undefined) throw new UsageError(`--sheet: ${o.file} is not an Excel workbook`);
    const reader = format ? await openTabular(format, fileSource(o.file, size), o.file) : undefined;
    const s = reader
      ? await sniffTabular(reader, size, { hasHeader: o.hasHeader, skipRows: o.skipRows, sheet: o.sheet })
      : sniff(head, size <= SNIFF_BYTES, {
          delimiter: o.delimiter,
          encoding: o.encoding,
          hasHeader: o.hasHeader,
          skipRows: o.skipRows,
        });
    const roles = o.maps.length ? applyMaps(s.roles, s.columns, o.maps) : undefined;
    const { options } = buildImportOptions(s, {
      kind: o.summary ? 'summary' : 'transactions',
      roles,
      dateOrder: o.dateOrder,
      cleaning: {
        keepReturns: o.keepReturns,
        dropDuplicates: !o.keepDuplicates,
        dropNonPositive: !o.keepZero,
        dropFuture: o.dropFuture,
        dropOutlierDates: !o.keepOutlierDates,
        ...(o.outlierYears !== undefined ? { outlierYears: o.outlierYears } : {}),
        ...(o.cancelPrefix ? { cancelPrefix: o.cancelPrefix } : {}),
      },
    });
    const stream = () => createReadStream(o.file, { highWaterMark: 1 << 20 });
    const ctx = { fileName: o.file, totalBytes: size, today: o.today ?? localToday() };
    const { table: all, report } = reader
      ? await importTabular(reader, options, ctx)
      : await importStream(stream(), options, { ...ctx, reopen: stream });
    if (!o.summary && s.kind === 'summary') {
      report.warnings.push(
        notice(
          'import.looksLikeSummary',
          {},
          'the columns look like a customer summary (first purchase, orders): read as transactions; add --summary to read it as a summary',
        ),
      );
    }
    if (report.dateOrder?.decidedBy === 'default') {
      const { order } = report.dateOrder;
      report.warnings.push(
        notice(
          'import.dateOrderDefault',
          { order },
          `every date fits both day-first and month-first; read as ${order} (use --date-order dmy|mdy)`,
        ),
      );
    }
    if (o.asOfDay === undefined) {
      checkReferenceDay(o.referenceDay, report.lastDate);
      return { table: all, report, options };
    }
    const table = tableAsOf(all, o.asOfDay);
    if (table.rows === 0) throw new FileError(`${o.file}: no transaction on or before --as-of ${formatDay(o.asOfDay)}`);
    return { table, report: { ...report, asOf: formatDay(o.asOfDay), rowsAfterAsOf: all.rows - table.rows }, options };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (e instanceof CsvError)
      throw new FileError(`${o.file}:${e.line}${e.column ? `:${e.column}` : ''}: ${e.message}`);
    if (e instanceof SniffError) {
      const line = e.params.line;
      throw new FileError(`${o.file}${line ? `:${line}` : ''}: ${e.message}`);
    }
    if (e instanceof ImportError) throw new FileError(e.message);
    if (e instanceof CoreError) throw new FileError(`${o.file}: ${e.message}`);
    throw e;
  }
}

/** A file's bytes by range, read from disk as the tabular readers ask for them. */
function fileSource(path: string, size: number): ByteSource {
  return {
    size,
    async slice(start, end) {
      const fh = await open(path, 'r');
      try {
        const out = new Uint8Array(Math.max(0, Math.min(end, size) - start));
        await fh.read(out, 0, out.length, start);
        return out;
      } finally {
        await fh.close();
      }
    },
  };
}

/** Refuses a --reference-date before the last transaction (recency would be negative): exit code 2. */
function checkReferenceDay(referenceDay: number | undefined, lastDate: string | null): void {
  const problem = referenceDayProblem(referenceDay, lastDate);
  if (problem) throw new UsageError(`--reference-date ${problem.text}`);
}
