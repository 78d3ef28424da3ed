import { detectDelimiter, detectHeader, previewRows } from '../csv/dialect.ts';
import { BINARY_KINDS, binaryKind, detectEncoding } from '../csv/encoding.ts';
import { CoreError } from '../notice/notice.ts';
import type { Delimiter, EncodingName } from '../csv/types.ts';
import { detectFormats } from './detectFormats.ts';
import type { DetectedFormats } from './detectFormats.ts';
import { guessRoles } from './guessRoles.ts';
import type { ColumnRole } from './types.ts';

/** How many bytes of the file the sniffer looks at. */
export const SNIFF_BYTES = 1 << 20;
/** Rows shown in the mapping preview. */
export const PREVIEW_ROWS = 20;
const SAMPLE_ROWS = 2000;

/** What the sniffer guessed about a file, each guess with its reason, all of them overridable. */
export interface SniffResult extends DetectedFormats {
  encoding: EncodingName;
  bom: number;
  encodingReason: string;
  delimiter: Delimiter;
  delimiterReason: string;
  skipLines: number;
  hasHeader: boolean;
  columns: string[];
  /** Up to 2,000 data rows from the head of the file (the first 20 are the preview). */
  sample: string[][];
  roles: ColumnRole[];
}

export interface SniffOverrides {
  encoding?: EncodingName;
  delimiter?: Delimiter;
  hasHeader?: boolean;
}

/** Raised for a file that cannot be read as CSV at all (binary, empty). */
export class SniffError extends CoreError {
  override name = 'SniffError';
}

/**
 * Guesses encoding, delimiter, header, column roles, date and number formats from the head of a
 * file (`head` = its first SNIFF_BYTES bytes; `complete` when that is the whole file).
 */
export function sniff(head: Uint8Array, complete: boolean, over: SniffOverrides = {}): SniffResult {
  const binary = binaryKind(head);
  if (binary) throw new SniffError(`file.${binary}`, {}, BINARY_KINDS[binary]);
  const enc = detectEncoding(head);
  const encoding = over.encoding ?? enc.encoding;
  const bom = over.encoding && over.encoding !== enc.encoding ? 0 : enc.bom;
  let text = new TextDecoder(encoding).decode(head.subarray(bom));
  if (!complete) {
    const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    if (cut > 0) text = text.slice(0, cut);
  }
  if (text.trim() === '') throw new SniffError('file.empty', {}, 'the file is empty');
  const dialect = detectDelimiter(text.slice(0, 65536));
  const delimiter = over.delimiter ?? dialect.delimiter;
  const skipLines = over.delimiter ? 0 : dialect.skipLines;
  const lines =
    skipLines > 0
      ? text
          .split(/\r\n|\n|\r/)
          .slice(skipLines)
          .join('\n')
      : text;
  const rows = previewRows(lines, delimiter, SAMPLE_ROWS + 1).filter((r) => r.some((c) => c.trim() !== ''));
  const hasHeader = over.hasHeader ?? detectHeader(rows.slice(0, 50));
  const width = Math.max(...rows.slice(0, 200).map((r) => r.length));
  const columns = Array.from({ length: width }, (_, j) => {
    const h = hasHeader ? (rows[0][j] ?? '').trim() : '';
    return h || `Column ${j + 1}`;
  });
  const sample = hasHeader ? rows.slice(1) : rows;
  const roles = guessRoles(columns, sample.slice(0, 200), hasHeader);
  return {
    encoding,
    bom,
    encodingReason: over.encoding ? 'chosen by you' : enc.reason,
    delimiter,
    delimiterReason: over.delimiter ? 'chosen by you' : dialect.reason,
    skipLines,
    hasHeader,
    columns,
    sample,
    roles,
    ...detectFormats(sample, roles),
  };
}
