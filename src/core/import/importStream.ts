import { CoreError } from '../notice/notice.ts';
import type { NoticeParams } from '../notice/notice.ts';
import { CsvParser } from '../csv/CsvParser.ts';
import { createUtf8Transcoder } from '../csv/encoding.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { Importer } from './Importer.ts';
import type { ImportOptions, ImportReport } from './types.ts';

export interface ImportProgress {
  /** Bytes of the file consumed so far. */
  bytes: number;
  totalBytes: number;
  /** Data rows read so far. */
  rows: number;
}

export interface ImportContext {
  fileName: string;
  totalBytes: number;
  /** Called at most every `progressMs` milliseconds (default 100). */
  onProgress?: (p: ImportProgress) => void;
  progressMs?: number;
  /** Checked between chunks; throw to stop (the worker's cancel). */
  signal?: { aborted: boolean };
  /**
   * Reads the file again from the start. Given, an import whose sampled dates fitted both day/month
   * orders is run again in the other order when a later date only that order reads.
   */
  reopen?: () => AsyncIterable<Uint8Array>;
}

/** Raised when nothing at all could be kept: the message says why, with the first bad line. */
export class ImportError extends CoreError {
  override name = 'ImportError';
  constructor(
    code: string,
    params: NoticeParams,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(code, params, message);
  }
}

/**
 * Streams a file's bytes through transcoding, the CSV parser and the cleaning importer, and returns
 * the cleaned columns with the import report. The same function runs in the worker and in the CLI.
 */
export async function importStream(
  source: AsyncIterable<Uint8Array>,
  opts: ImportOptions,
  ctx: ImportContext,
): Promise<{ table: TransactionTable; report: ImportReport }> {
  const started = performance.now();
  const first = await importOnce(source, opts, ctx);
  const other = otherOrder(opts);
  if (!ctx.reopen || opts.dateOrderDecidedBy || !other || !first.importer.otherOrderFits) {
    return finish(first, ctx, started);
  }
  return finish(await importOnce(ctx.reopen(), { ...opts, dateFormat: other }, ctx), ctx, started);
}

function otherOrder(opts: ImportOptions): ImportOptions['dateFormat'] | null {
  const k = opts.dateFormat.kind;
  return k === 'dmy' ? { kind: 'mdy' } : k === 'mdy' ? { kind: 'dmy' } : null;
}

async function importOnce(source: AsyncIterable<Uint8Array>, opts: ImportOptions, ctx: ImportContext) {
  const importer = new Importer(opts);
  const parser = new CsvParser(opts.delimiter, importer);
  const transcode = createUtf8Transcoder(opts.encoding, opts.bom);
  const every = ctx.progressMs ?? 100;
  let bytes = 0;
  let lastReport = performance.now();
  for await (const chunk of source) {
    if (ctx.signal?.aborted) throw new ImportError('import.cancelled', {}, 'import cancelled');
    bytes += chunk.length;
    parser.push(transcode(chunk, false));
    const now = performance.now();
    if (ctx.onProgress && now - lastReport >= every) {
      lastReport = now;
      ctx.onProgress({ bytes, totalBytes: ctx.totalBytes, rows: importer.rows });
    }
  }
  parser.push(transcode(new Uint8Array(0), true));
  parser.end();
  ctx.onProgress?.({ bytes, totalBytes: ctx.totalBytes, rows: importer.rows });
  return { importer, bytes };
}

function finish(
  { importer, bytes }: Awaited<ReturnType<typeof importOnce>>,
  ctx: ImportContext,
  started: number,
): { table: TransactionTable; report: ImportReport } {
  const { table, report } = importer.finish();
  report.fileName = ctx.fileName;
  report.bytes = bytes;
  report.elapsedMs = Math.round(performance.now() - started);
  if (report.rowsRead === 0)
    throw new ImportError('import.noRows', { file: ctx.fileName }, `${ctx.fileName}: no data rows`);
  if (table.rows === 0) throw nothingKept(ctx.fileName, report);
  return { table, report };
}

function nothingKept(fileName: string, report: ImportReport): ImportError {
  const [reason, count] = Object.entries(report.dropped).sort((a, b) => b[1] - a[1])[0];
  const s = report.samples[reason as keyof ImportReport['samples']][0];
  const where = s ? `:${s.line}:${s.column}` : '';
  const raw = s ? ` (first: "${s.raw}")` : '';
  return new ImportError(
    'import.nothingKept',
    { file: fileName, where, count, rows: report.rowsRead, reason, first: s?.raw ?? '' },
    `${fileName}${where}: no rows kept: ${count} of ${report.rowsRead} rows dropped as ${reason}${raw}`,
    s?.line,
    s?.column,
  );
}
