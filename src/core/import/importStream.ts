import { CsvParser } from '../csv/CsvParser.ts';
import { createUtf8Transcoder } from '../csv/encoding.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { notice } from '../notice/notice.ts';
import { Importer } from './Importer.ts';
import { ImportError } from './importError.ts';
import { SummaryImporter } from './SummaryImporter.ts';
import type { ImportOptions, ImportReport } from './types.ts';
import { chosenCancelRule, decideCancelRule } from './cancellations.ts';
import type { CancelDecision } from './cancellations.ts';

export { ImportError };

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
  /**
   * Today as days since 1970-01-01 (the worker and the CLI pass the local day): rows dated later
   * are counted and warned about, or dropped with the `dropFuture` cleaning rule. Unset: no check.
   */
  today?: number;
}

/**
 * Streams a file's bytes through transcoding, the CSV parser and the cleaning importer (the
 * summary importer for `opts.kind === 'summary'`), and returns the cleaned columns with the import
 * report. The same function runs in the worker and in the CLI.
 */
export async function importStream(
  source: AsyncIterable<Uint8Array>,
  opts: ImportOptions,
  ctx: ImportContext,
): Promise<{ table: TransactionTable; report: ImportReport }> {
  const reopen = ctx.reopen;
  return importPasses(
    opts,
    ctx,
    (o, rule, again) => importOnce(again && reopen ? reopen() : source, o, ctx, rule),
    reopen !== undefined,
  );
}

/** One pass over a file: the importer it fed, the bytes read, and the parser's quoted-field spans. */
export interface ImportPass {
  importer: Importer | SummaryImporter;
  bytes: number;
  multiline?: CsvParser['multilineQuotes'];
}

/**
 * Runs the passes of an import (CSV or tabular, see tabular/importTabular.ts): a first pass, then
 * a second one (only when `canRerun`) when the whole file settles what the first pass guessed:
 * the other day/month order of slash dates, or the cancellation rule of `cancelPrefix: 'auto'`.
 * Without a second pass, a rule the file contradicts is kept and the report says so.
 */
export async function importPasses(
  opts: ImportOptions,
  ctx: ImportContext,
  pass: (o: ImportOptions, rule: CancelDecision, again: boolean) => Promise<ImportPass>,
  canRerun: boolean,
): Promise<{ table: TransactionTable; report: ImportReport }> {
  const started = performance.now();
  const chosen = opts.cleaning.cancelPrefix ?? 'auto';
  const guess: CancelDecision = chosen === 'auto' ? (opts.cancelGuess ?? 'C') : chosen;
  const first = await pass(opts, guess, false);
  if (!(first.importer instanceof Importer)) return finish(first, ctx, started);
  const counts = first.importer.cancelCounts;
  const decided =
    chosen === 'auto' ? decideCancelRule(counts) : { rule: guess, reason: chosenCancelRule(guess, counts) };
  const other = otherOrder(opts);
  const reorder = !opts.dateOrderDecidedBy && other !== null && first.importer.otherOrderFits;
  const recancel = decided.rule !== guess;
  let done = first;
  if (canRerun && (reorder || recancel)) {
    done = await pass(reorder && other ? { ...opts, dateFormat: other } : opts, decided.rule, true);
  }
  const result = finish(done, ctx, started);
  const rule = (done.importer as Importer).cancelRule;
  const matched = rule === 'C' ? counts.cDigits + counts.cOther : 0;
  if (opts.roles.includes('invoice')) result.report.cancellations = { rule, reason: decided.reason, matched };
  if (rule !== decided.rule) {
    result.report.warnings.push(
      notice(
        'import.cancelNotRerun',
        { rule, decided: decided.rule },
        `the first rows suggested the cancellation rule "${rule}" but the whole file suggests "${decided.rule}": ` +
          'choose the rule and import again',
      ),
    );
  }
  return result;
}

function otherOrder(opts: ImportOptions): ImportOptions['dateFormat'] | null {
  const k = opts.dateFormat.kind;
  return k === 'dmy' ? { kind: 'mdy' } : k === 'mdy' ? { kind: 'dmy' } : null;
}

async function importOnce(
  source: AsyncIterable<Uint8Array>,
  opts: ImportOptions,
  ctx: ImportContext,
  cancelRule: CancelDecision,
): Promise<ImportPass> {
  const context = { fileName: ctx.fileName, today: ctx.today, cancelRule };
  const importer = opts.kind === 'summary' ? new SummaryImporter(opts, context) : new Importer(opts, context);
  const parser = new CsvParser(opts.delimiter, importer);
  const toUtf8 = createUtf8Transcoder(opts.encoding, opts.bom);
  // A decoder should never throw (undecodable bytes become U+FFFD), but if one does, say where.
  const transcode = (chunk: Uint8Array, last: boolean, at: number): Uint8Array => {
    try {
      return toUtf8(chunk, last);
    } catch (e) {
      const line = parser.line;
      const why = e instanceof Error ? e.message : String(e);
      throw new ImportError(
        'import.decode',
        { file: ctx.fileName, line, byte: at, encoding: opts.encoding },
        `${ctx.fileName}:${line}: the bytes after byte ${at} cannot be read as ${opts.encoding} (${why}): choose the file's encoding`,
        line,
      );
    }
  };
  const every = ctx.progressMs ?? 100;
  let bytes = 0;
  let lastReport = performance.now();
  for await (const chunk of source) {
    if (ctx.signal?.aborted) throw new ImportError('import.cancelled', {}, 'import cancelled');
    parser.push(transcode(chunk, false, bytes));
    bytes += chunk.length;
    const now = performance.now();
    if (ctx.onProgress && now - lastReport >= every) {
      lastReport = now;
      ctx.onProgress({ bytes, totalBytes: ctx.totalBytes, rows: importer.rows });
    }
  }
  parser.push(transcode(new Uint8Array(0), true, bytes));
  parser.end();
  ctx.onProgress?.({ bytes, totalBytes: ctx.totalBytes, rows: importer.rows });
  return { importer, bytes, multiline: parser.multilineQuotes };
}

function finish(
  { importer, multiline, bytes }: ImportPass,
  ctx: ImportContext,
  started: number,
): { table: TransactionTable; report: ImportReport } {
  const { table, report } = importer.finish();
  const spans = multiline;
  if (spans?.first) {
    const { count } = spans;
    const { from, to } = spans.first;
    const first = `a quoted field runs from line ${from} to line ${to}`;
    report.warnings.push(
      notice(
        'import.multilineQuote',
        { count, from, to },
        count === 1
          ? `${first}: check for a stray quote`
          : `${count} quoted fields run over several lines (the first from line ${from} to line ${to}): check for a stray quote`,
      ),
    );
  }
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
