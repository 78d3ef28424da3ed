import { MAX_COLUMNS } from './limits.ts';
import { looksTyped } from './looksTyped.ts';
import { parseRows, parseRowsUntil } from './parseRows.ts';
import type { Delimiter } from './types.ts';

/** Lines of the sample that the delimiter vote looks at. */
const VOTE_LINES = 50;

/** Candidates in tie-break order: a separator that is rare inside values wins an exact tie. */
const CANDIDATES: Exclude<Delimiter, 'whitespace'>[] = ['\t', ';', '|', ','];

const NAMES: Record<Delimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
  whitespace: 'runs of spaces',
};

/** What detectDelimiter found; `skipLines` is 1 when the file starts with an Excel `sep=` line. */
export interface DelimiterGuess {
  delimiter: Delimiter;
  reason: string;
  skipLines: number;
}

/**
 * Guesses the delimiter from about the first 64 KB of decoded text. A first line `sep=X` (Excel's
 * hint) decides and is to be skipped. Otherwise each of tab, semicolon, pipe and comma parses the
 * first 50 non-blank lines (quotes respected) and scores the number of lines sharing its most
 * common field count > 1; a candidate counts only if at least half the lines agree. The highest
 * score wins, then the larger field count, then the order tab, semicolon, pipe, comma. If none
 * counts, runs of spaces/tabs are tried the same way ('whitespace'); failing that, comma (one
 * column per line). A line that a candidate splits into more than MAX_COLUMNS fields counts as
 * MAX_COLUMNS + 1 fields and ends its vote, so that a file that wide is read with that delimiter
 * and reports the located error.
 */
export function detectDelimiter(sample: string): DelimiterGuess {
  const sep = /^\uFEFF?"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i.exec(sample);
  if (sep && (CANDIDATES as string[]).includes(sep[1])) {
    const delimiter = sep[1] as Delimiter;
    return {
      delimiter,
      reason: `the file starts with Excel's "sep=${sep[1]}" line (${NAMES[delimiter]})`,
      skipLines: 1,
    };
  }
  let best: { delimiter: Delimiter; lines: number; fields: number; total: number } | null = null;
  for (const delimiter of CANDIDATES) {
    const v = vote(sample, delimiter);
    if (!v) continue;
    if (!best || v.lines > best.lines || (v.lines === best.lines && v.fields > best.fields)) best = { delimiter, ...v };
  }
  best ??= ((v) => (v ? { delimiter: 'whitespace' as const, ...v } : null))(vote(sample, 'whitespace'));
  if (!best) {
    return { delimiter: ',', reason: 'no delimiter splits the lines consistently: one column per line', skipLines: 0 };
  }
  const { delimiter, lines, fields, total } = best;
  return { delimiter, reason: `${NAMES[delimiter]}: ${lines} of ${total} lines have ${fields} fields`, skipLines: 0 };
}

/** The most common field count > 1 and how many lines have it, if at least half of them do. */
function vote(sample: string, delimiter: Delimiter): { lines: number; fields: number; total: number } | null {
  const { rows, error } = parseRowsUntil(sample, delimiter, VOTE_LINES);
  if (error && error.code !== 'csv.tooManyColumns') throw error;
  // A line split into too many fields votes for MAX_COLUMNS + 1; the lines after it are not read.
  const widths = rows.map((r) => r.length);
  if (error) widths.push(MAX_COLUMNS + 1);
  const freq = new Map<number, number>();
  for (const w of widths) if (w > 1) freq.set(w, (freq.get(w) ?? 0) + 1);
  let lines = 0;
  let fields = 0;
  for (const [f, n] of freq) if (n > lines || (n === lines && f > fields)) [lines, fields] = [n, f];
  return lines > 0 && lines * 2 >= widths.length ? { lines, fields, total: widths.length } : null;
}

/**
 * Whether the first row is a header. Rule:
 * 1. No row, a first row with no non-empty cell, or any first-row cell that looks like a number,
 *    date or time → false (CDNOW-style all-numeric rows have no header).
 * 2. Otherwise, if some column with a text heading holds mostly numbers/dates below it → true
 *    (the usual case: "Quantity" over 6, 8, 2 …), and a lone all-text row is also taken as a header.
 * 3. All-text files: true if the first row's non-empty values are distinct and none of them occurs
 *    again in the same column further down (a heading repeats nowhere; data values often do).
 */
export function detectHeader(rows: string[][]): boolean {
  if (rows.length === 0) return false;
  const first = rows[0].map((c) => c.trim());
  if (!first.some((c) => c !== '') || first.some(looksTyped)) return false;
  const rest = rows.slice(1);
  if (rest.length === 0) return true;
  for (let j = 0; j < first.length; j++) {
    if (first[j] === '') continue;
    const values = rest.map((r) => (r[j] ?? '').trim()).filter((c) => c !== '');
    if (values.length > 0 && values.filter(looksTyped).length * 2 > values.length) return true;
  }
  const named = first.filter((c) => c !== '');
  if (new Set(named.map((c) => c.toLowerCase())).size !== named.length) return false;
  return first.every((h, j) => h === '' || rest.every((r) => (r[j] ?? '').trim() !== h));
}

/**
 * The first `maxRows` records of `text` as strings, for the mapping preview. Parsed with the same
 * CsvParser as the import (mixed line ends, lenient quotes and 'whitespace' with quotes behave
 * exactly as they will on import); blank lines are skipped.
 */
export function previewRows(text: string, delimiter: Delimiter, maxRows: number, lines?: number[]): string[][] {
  return parseRows(text, delimiter, maxRows, lines);
}
