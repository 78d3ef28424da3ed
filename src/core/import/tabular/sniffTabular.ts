import { detectHeader } from '../../csv/dialect.ts';
import { notice } from '../../notice/notice.ts';
import type { Notice } from '../../notice/notice.ts';
import { detectFormats } from '../detectFormats.ts';
import { guessRoles, looksLikeSummary } from '../guessRoles.ts';
import {
  MAX_TITLE_ROWS,
  ROLE_NAME_CHARS,
  SAMPLE_CELLS,
  SAMPLE_ROWS,
  PREVIEW_ROWS,
  columnNames,
  detectTitleRows,
  skipPastEnd,
} from '../sniff.ts';
import type { SniffOverrides, SniffResult } from '../sniff.ts';
import { unreadDateNotices } from '../unreadColumns.ts';
import { cellText, isBlankRow } from './cellsToRecord.ts';
import type { TabularReader } from './types.ts';

/** A workbook over this many bytes gets a notice: every Excel reader reads the whole file at once. */
export const LARGE_WORKBOOK = 50 * 1024 * 1024;
/** Rows read from the top of a sheet to sniff (title rows, header, sample, blank rows among them). */
const SNIFF_ROWS = MAX_TITLE_ROWS + SAMPLE_ROWS + 200;

/**
 * The SniffResult of a workbook sheet, parquet or Arrow file, built as the CSV sniff builds it
 * (title rows above the header skipped, header, column names, sample, role and format guesses)
 * from the cells as text (cellText: dates arrive as ISO dates, Excel serial numbers as numbers).
 * A workbook's sheet is `over.sheet`, else the first with at least two non-blank rows.
 */
export async function sniffTabular(
  reader: TabularReader,
  fileSize: number,
  over: SniffOverrides = {},
): Promise<SniffResult> {
  const sheet = reader.format === 'xlsx' ? (over.sheet ?? (await firstSheetWithData(reader))) : undefined;
  const records: string[][] = [];
  const lines: number[] = [];
  for await (const { rows, firstLine } of reader.rows(sheet, SNIFF_ROWS)) {
    rows.forEach((r, i) => {
      if (isBlankRow(r)) return;
      records.push(r.map(cellText));
      lines.push(firstLine + i);
    });
  }
  const notices: Notice[] = [];
  if (records.length === 0) throw skipPastEnd(over.skipRows ?? 0, 0, true, false);
  let skipLines = 0;
  if (over.skipRows !== undefined) {
    skipLines = Math.max(0, Math.floor(over.skipRows));
    if (skipLines >= records.length) throw skipPastEnd(skipLines, records.length, records.length < SNIFF_ROWS, false);
  } else if (reader.format === 'xlsx') {
    skipLines = detectTitleRows(records);
    const shown = records.slice(0, skipLines).find((r) => r.some((c) => c.trim() !== ''));
    if (shown) {
      const first = shown
        .map((c) => c.trim())
        .filter((c) => c !== '')
        .join(' ')
        .slice(0, 80);
      notices.push(
        notice(
          'sniff.titleRows',
          { rows: skipLines, first },
          `skipped ${skipLines} ${skipLines === 1 ? 'row' : 'rows'} above the header (the first: "${first}"); ` +
            'change the rows to skip (--skip-rows) if that is wrong',
        ),
      );
    }
  }
  const first = records[skipLines];
  const rest = records.slice(skipLines + 1);
  const hasHeader = over.hasHeader ?? (reader.format === 'xlsx' ? detectHeader([first, ...rest].slice(0, 50)) : true);
  if (hasHeader && rest.length === 0) throw skipPastEnd(skipLines, records.length, true, true);
  const data = hasHeader ? rest : [first, ...rest];
  const dataLines = lines.slice(hasHeader ? skipLines + 1 : skipLines);
  const width = Math.max(hasHeader ? lastFilled(first) : 0, ...data.slice(0, 200).map(lastFilled));
  const sample = data
    .slice(0, Math.max(PREVIEW_ROWS, Math.floor(SAMPLE_CELLS / Math.max(1, width))))
    .map((r) => r.slice(0, width));
  const columns = columnNames(hasHeader ? first : [], width, notices);
  const names = columns.map((c) => (c.length > ROLE_NAME_CHARS ? '' : c));
  const roles = guessRoles(names, sample.slice(0, 200), hasHeader);
  if (hasHeader) notices.push(...unreadDateNotices(columns, sample.slice(0, 200), dataLines.slice(0, 200), roles));
  if (reader.format === 'xlsx' && fileSize > LARGE_WORKBOOK) {
    const mb = Math.round(fileSize / (1024 * 1024));
    notices.push(
      notice(
        'import.largeWorkbook',
        { mb },
        `this workbook is ${mb} MB: Excel files are read whole, which takes long and much memory; ` +
          'saved as CSV or Parquet it imports faster',
      ),
    );
  }
  return {
    kind: looksLikeSummary(roles) ? 'summary' : 'transactions',
    encoding: 'utf-8',
    bom: 0,
    encodingReason: reader.format,
    delimiter: ',',
    delimiterReason: reader.format,
    skipLines,
    hasHeader,
    columns,
    sample,
    roles,
    notices,
    tabular: {
      format: reader.format,
      sheets: reader.sheets,
      ...(sheet !== undefined ? { sheet } : {}),
      ...(reader.date1904 ? { date1904: true as const } : {}),
    },
    ...detectFormats(sample, roles, reader.date1904),
  };
}

/** Fields up to the last non-blank one. */
function lastFilled(r: string[]): number {
  let w = r.length;
  while (w > 0 && r[w - 1].trim() === '') w--;
  return w;
}

/**
 * The first sheet with at least two non-blank rows (a header and a row), else the first sheet. It
 * reads as many rows as the sniff will (the reader keeps the last sheet read, so it is parsed once).
 */
async function firstSheetWithData(reader: TabularReader): Promise<string> {
  if (reader.sheets.length === 1) return reader.sheets[0];
  for (const name of reader.sheets) {
    let filled = 0;
    for await (const { rows } of reader.rows(name, SNIFF_ROWS)) filled += rows.filter((r) => !isBlankRow(r)).length;
    if (filled >= 2) return name;
  }
  return reader.sheets[0];
}
