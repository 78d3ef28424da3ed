import { detectDelimiter, detectHeader, previewRows } from '../csv/dialect.ts';
import { BINARY_KINDS, binaryKind, detectEncoding, firstInvalidUtf8 } from '../csv/encoding.ts';
import { CoreError, notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import type { Delimiter, EncodingName } from '../csv/types.ts';
import { detectFormats } from './detectFormats.ts';
import type { DetectedFormats } from './detectFormats.ts';
import { guessRoles, looksLikeSummary } from './guessRoles.ts';
import { unreadDateNotices } from './unreadColumns.ts';
import type { ColumnRole, FileKind, TabularFormat } from './types.ts';

/** How many bytes of the file the sniffer looks at. */
export const SNIFF_BYTES = 1 << 20;
/** Rows shown in the mapping preview. */
export const PREVIEW_ROWS = 20;
export const SAMPLE_ROWS = 2000;
/**
 * At most this many cells in the sample (fewer rows for a wide file: 50 rows of 2,000 columns),
 * so that copying the result to the page stays well under 100 ms.
 */
export const SAMPLE_CELLS = 100_000;
/**
 * Header names longer than this are no role's name ("customer", "订单日期"): role guessing reads
 * their columns' values only, since its header patterns take quadratic time on a hostile name
 * ("first" and 100,000 spaces: 76 s).
 */
export const ROLE_NAME_CHARS = 200;
/** At most this many title rows above the header are skipped without being asked. */
export const MAX_TITLE_ROWS = 10;

/** Encodings as the user reads them in messages. */
const ENCODING_NAMES: Record<EncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GBK/GB18030',
};

/** What the sniffer guessed about a file, each guess with its reason, all of them overridable. */
export interface SniffResult extends DetectedFormats {
  encoding: EncodingName;
  bom: number;
  encodingReason: string;
  delimiter: Delimiter;
  delimiterReason: string;
  /**
   * Records skipped before the header (or the first data row): an Excel `sep=` line, title rows
   * (see detectTitleRows), or as many as the user chose. Blank lines are not records.
   */
  skipLines: number;
  hasHeader: boolean;
  /** Column names: the header's (trimmed; blank → "Column N"; repeats → "amount (2)"), or Column 1..n. */
  columns: string[];
  /**
   * Up to 2,000 data rows from the head of the file, fewer for a wide file (100,000 cells at
   * most, 20 rows at least); the first 20 are the preview.
   */
  sample: string[][];
  /** A customer summary when the headers name an orders and a first-purchase column. */
  kind: FileKind;
  roles: ColumnRole[];
  /** What the user should know about these guesses (BOM over the chosen encoding, title rows, renamed headers). */
  notices: Notice[];
  /**
   * Set for a workbook, parquet or Arrow file (issue 17, tabular/sniffTabular.ts): its format, a
   * workbook's sheet names and the sheet read (encoding and delimiter then mean nothing), and
   * `date1904` for a workbook saved in the 1904 date system (its date serials are read in it).
   */
  tabular?: { format: Exclude<TabularFormat, 'csv'>; sheets: string[]; sheet?: string; date1904?: true };
}

export interface SniffOverrides {
  encoding?: EncodingName;
  delimiter?: Delimiter;
  hasHeader?: boolean;
  /** Rows above the header to skip, an Excel `sep=` line included (default: detected). */
  skipRows?: number;
  /** The worksheet of a workbook to read (default: the first sheet with data). */
  sheet?: string;
}

/** Raised for a file that cannot be read as CSV at all (binary, empty). */
export class SniffError extends CoreError {
  override name = 'SniffError';
}

/**
 * Guesses encoding, delimiter, header, column roles, date and number formats from the head of a
 * file (`head` = its first SNIFF_BYTES bytes; `complete` when that is the whole file).
 *
 * A byte order mark wins over a chosen encoding (and a notice says so), except a UTF-8 BOM in front of
 * text that is not UTF-8 (then the choice stands and the BOM is skipped). An Excel `sep=` line is
 * skipped whether the delimiter is detected or chosen. Title rows above the header are skipped
 * (detectTitleRows) unless `skipRows` says how many rows to skip. With a header, the header's
 * field count is the number of columns (a data row with more non-empty fields is dropped on
 * import); without one, the most common field count of the sampled rows.
 */
export function sniff(head: Uint8Array, complete: boolean, over: SniffOverrides = {}): SniffResult {
  const binary = binaryKind(head);
  if (binary === 'nul') {
    const line = lineOf(head, head.indexOf(0));
    throw new SniffError(
      'file.nulAt',
      { line },
      `the file contains NUL bytes (the first on line ${line}): it is binary, not a CSV text file`,
    );
  }
  if (binary) throw new SniffError(`file.${binary}`, {}, BINARY_KINDS[binary]);
  const notices: Notice[] = [];
  const enc = detectEncoding(head);
  let encoding = over.encoding ?? enc.encoding;
  let encodingReason = over.encoding ? 'chosen by you' : enc.reason;
  if (enc.bom > 0 && encoding !== enc.encoding) {
    // A BOM wins over a chosen encoding, unless what follows a UTF-8 BOM is not UTF-8 at all (GBK
    // text behind a stray BOM): then the choice stands, so that choosing the encoding can help.
    const [found, chosen] = [ENCODING_NAMES[enc.encoding], ENCODING_NAMES[encoding]];
    if (enc.encoding === 'utf-8' && firstInvalidUtf8(head.subarray(enc.bom)) >= 0) {
      encodingReason = `chosen by you (the ${found} byte order mark is skipped: the text after it is not ${found})`;
      notices.push(
        notice(
          'sniff.bomIgnored',
          { bom: found, chosen },
          `the file starts with a ${found} byte order mark but the text after it is not ${found}: read as the chosen ${chosen}`,
        ),
      );
    } else {
      encoding = enc.encoding;
      encodingReason = `${enc.reason}: it wins over the chosen ${chosen}`;
      notices.push(
        notice(
          'sniff.bomWins',
          { bom: found, chosen },
          `the file starts with a ${found} byte order mark, so it is read as ${found}, not as the chosen ${chosen}`,
        ),
      );
    }
  }
  if (!over.encoding && enc.invalid) notices.push(encodingNotice(enc.encoding, enc.invalid));
  const bom = enc.bom;
  let text = new TextDecoder(encoding).decode(head.subarray(bom));
  if (!complete) {
    const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    if (cut > 0) text = text.slice(0, cut);
  }
  if (text.trim() === '') throw new SniffError('file.empty', {}, 'the file is empty');
  const dialect = detectDelimiter(text.slice(0, 65536));
  const delimiter = over.delimiter ?? dialect.delimiter;
  const sepLines = dialect.skipLines; // an Excel sep= line is never data, whoever chose the delimiter
  const wanted = over.skipRows !== undefined ? Math.max(0, Math.floor(over.skipRows)) : sepLines + MAX_TITLE_ROWS;
  const recordLines: number[] = [];
  const records = previewRows(text, delimiter, wanted + SAMPLE_ROWS + 1, recordLines);
  let skipLines: number;
  if (over.skipRows !== undefined) {
    skipLines = Math.max(0, Math.floor(over.skipRows));
    if (skipLines >= records.length) throw skipPastEnd(skipLines, records.length, complete, false);
  } else {
    const titles = detectTitleRows(records.slice(sepLines));
    skipLines = sepLines + titles;
    const shown = records.slice(sepLines, skipLines).find((r) => r.some((c) => c.trim() !== ''));
    if (shown) {
      const first = shown
        .map((c) => c.trim())
        .filter((c) => c !== '')
        .join(' ')
        .slice(0, 80);
      const rows = titles;
      notices.push(
        notice(
          'sniff.titleRows',
          { rows, first },
          `skipped ${rows} ${rows === 1 ? 'row' : 'rows'} above the header (the first: "${first}"); ` +
            'change the rows to skip (--skip-rows) if that is wrong',
        ),
      );
    }
  }
  const nonBlank = (r: string[]) => r.some((c) => c.trim() !== '');
  const first = records[skipLines] ?? [];
  const restAt = records.map((_, i) => i).filter((i) => i > skipLines && nonBlank(records[i]));
  const rest = restAt.map((i) => records[i]);
  const hasHeader = over.hasHeader ?? detectHeader([first, ...rest].slice(0, 50));
  if (over.skipRows !== undefined && skipLines > 0 && hasHeader && rest.length === 0) {
    throw skipPastEnd(skipLines, records.length, complete, true);
  }
  const allAt = hasHeader ? restAt : [skipLines, ...restAt].filter((i) => nonBlank(records[i] ?? []));
  if (!hasHeader && allAt.length === 0) throw new SniffError('file.empty', {}, 'the file is empty');
  const width = hasHeader ? first.length : modalWidth(allAt.slice(0, 200).map((i) => records[i]));
  const sampleAt = allAt.slice(0, Math.max(PREVIEW_ROWS, Math.floor(SAMPLE_CELLS / Math.max(1, width))));
  const sample = sampleAt.map((i) => records[i]);
  const columns = columnNames(hasHeader ? first : [], width, notices);
  const names = columns.map((c) => (c.length > ROLE_NAME_CHARS ? '' : c));
  const roles = guessRoles(names, sample.slice(0, 200), hasHeader);
  if (hasHeader) {
    const lines = sampleAt.slice(0, 200).map((i) => recordLines[i]);
    notices.push(...unreadDateNotices(columns, sample.slice(0, 200), lines, roles));
  }
  return {
    kind: looksLikeSummary(roles) ? 'summary' : 'transactions',
    encoding,
    bom,
    encodingReason,
    delimiter,
    delimiterReason: over.delimiter ? 'chosen by you' : dialect.reason,
    skipLines,
    hasHeader,
    columns,
    sample,
    roles,
    notices,
    ...detectFormats(sample, roles),
  };
}

/**
 * The `sniff.skipPastEnd` error (skipping `skip` rows leaves no row) or `sniff.skipLeavesHeader`
 * (`header`: it leaves the header and no data row), in a file (or first MB, when not `complete`) of `rows` rows.
 */
export function skipPastEnd(skip: number, rows: number, complete: boolean, header: boolean): SniffError {
  const where = complete ? 'the file has' : 'the first MB of the file has';
  const left = header ? `only the header (row ${rows}) and no data row` : 'no row to read';
  return new SniffError(
    header ? 'sniff.skipLeavesHeader' : 'sniff.skipPastEnd',
    { skip, rows },
    `rows to skip (--skip-rows) ${skip}: ${where} ${rows} ${rows === 1 ? 'row' : 'rows'} (blank lines not counted), ` +
      `so skipping ${skip} leaves ${left}: skip fewer rows`,
  );
}

/**
 * Says why a head that is not valid UTF-8 was read as it was: as UTF-8 with a few undecodable
 * values (`sniff.fewBadBytes`), or as GBK/GB18030 (`sniff.encodingFallback`), never silently.
 */
function encodingNotice(encoding: EncodingName, bad: { count: number; line: number; byte: number }): Notice {
  const { count, line } = bad;
  const byte = `0x${bad.byte.toString(16).toUpperCase()}`;
  if (encoding === 'utf-8') {
    return notice(
      'sniff.fewBadBytes',
      { count, line, byte },
      `read as UTF-8, but ${count} ${count === 1 ? 'place is' : 'places are'} not UTF-8 (the first on line ${line}, byte ${byte}, ` +
        'perhaps Windows-1252): those values show as "\uFFFD"; Segmap reads UTF-8, UTF-16 and GBK/GB18030 but not ' +
        'Windows-1252, so save the file again as UTF-8 (Excel: "CSV UTF-8"), or fix those values',
    );
  }
  return notice(
    'sniff.encodingFallback',
    { encoding: ENCODING_NAMES[encoding], count, line, byte },
    `the file is not UTF-8 (line ${line}, byte ${byte}; ${count} such places): read as ${ENCODING_NAMES[encoding]}; ` +
      'if names look wrong, choose the encoding',
  );
}

/** 1-based line of byte `at` (CRLF, LF and CR line ends), for an ASCII-compatible head. */
function lineOf(head: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) {
    if (head[i] === 10) line++;
    else if (head[i] === 13 && head[i + 1] !== 10) line++;
  }
  return line;
}

/** Fields up to the last non-blank one. */
function filledWidth(r: string[]): number {
  let w = r.length;
  while (w > 0 && r[w - 1].trim() === '') w--;
  return w;
}

/** The most common field count (the larger on a tie), 0 for no rows. */
export function modalWidth(rows: string[][]): number {
  const freq = new Map<number, number>();
  for (const r of rows) freq.set(r.length, (freq.get(r.length) ?? 0) + 1);
  let best = 0;
  let bestN = 0;
  for (const [w, n] of freq) if (n > bestN || (n === bestN && w > best)) [best, bestN] = [w, n];
  return best;
}

/**
 * How many leading records are title rows above the header (a report name, a date range, blank
 * rows of commas): at most 10, each reaching fewer fields than M, the most common width of the first
 * 60 records (fields up to the last non-blank one), and with at most max(1, ⌊M / 2⌋) non-blank
 * fields, so a header that only lacks a name for its last column is not taken for a title. At least
 * one record is left.
 */
export function detectTitleRows(records: string[][]): number {
  const widths = records.slice(0, 60).map(filledWidth);
  const freq = new Map<number, number>();
  for (const w of widths) if (w > 0) freq.set(w, (freq.get(w) ?? 0) + 1);
  let m = 0;
  let mN = 0;
  for (const [w, n] of freq) if (n > mN || (n === mN && w > m)) [m, mN] = [w, n];
  const most = Math.max(1, Math.floor(m / 2));
  let k = 0;
  while (
    k < Math.min(MAX_TITLE_ROWS, records.length - 1) &&
    widths[k] < m &&
    records[k].filter((c) => c.trim() !== '').length <= most
  )
    k++;
  return k;
}

/** Renamed columns listed by name in the duplicate-headers notice; the rest are counted. */
const LISTED_RENAMES = 10;

/**
 * Column names from the header cells: trimmed, blank ones "Column N", and a name already taken
 * (ignoring case) numbered "amount (2)", "amount (3)" with a notice (naming the first 10). Without a
 * header, Column 1..n. Linear in the columns: the next number to try is kept per name.
 */
export function columnNames(header: string[], width: number, notices: Notice[]): string[] {
  const names = Array.from({ length: width }, (_, j) => (header[j] ?? '').trim() || `Column ${j + 1}`);
  const taken = new Set(names.map((n) => n.toLowerCase()));
  const seen = new Set<string>();
  const next = new Map<string, number>();
  const renamed: string[] = [];
  const columns = names.map((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) {
      let k = next.get(key) ?? 2;
      while (taken.has(`${key} (${k})`)) k++;
      next.set(key, k + 1);
      name = `${name} (${k})`;
      taken.add(name.toLowerCase());
      renamed.push(name);
    }
    seen.add(key);
    return name;
  });
  if (renamed.length > 0) {
    const more = renamed.length - LISTED_RENAMES;
    const names = renamed.slice(0, LISTED_RENAMES).join(', ') + (more > 0 ? ` … (+${more})` : '');
    notices.push(
      notice('sniff.duplicateHeaders', { names }, `columns named like an earlier column were renamed: ${names}`),
    );
  }
  return columns;
}
