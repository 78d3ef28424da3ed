import { CoreError } from '../notice/notice.ts';
import type { DateFormat } from '../values/dates.ts';
import { detectFormats } from './detectFormats.ts';
import { sampleCancelRule } from './cancellations.ts';
import type { DetectedFormats } from './detectFormats.ts';
import type { SniffResult } from './sniff.ts';
import { DEFAULT_CLEANING } from './types.ts';
import type { CleaningOptions, ColumnRole, FileKind, ImportOptions, SingleRole } from './types.ts';

/**
 * Finds a column by header name (exact, then case-insensitive) or by 1-based position.
 * Returns the 0-based index, or -1.
 */
export function resolveColumn(columns: string[], ref: string): number {
  const exact = columns.indexOf(ref);
  if (exact >= 0) return exact;
  const lower = columns.findIndex((c) => c.toLowerCase() === ref.toLowerCase());
  if (lower >= 0) return lower;
  if (/^\d+$/.test(ref)) {
    const j = Number(ref) - 1;
    if (j >= 0 && j < columns.length) return j;
  }
  return -1;
}

/** Gives each mapped column its role, taking that role away from any other column. */
export function applyMaps(
  roles: ColumnRole[],
  columns: string[],
  maps: { role: SingleRole; column: string }[],
): ColumnRole[] {
  const out = [...roles];
  for (const { role, column } of maps) {
    const j = resolveColumn(columns, column);
    if (j < 0) {
      throw new CoreError(
        'import.noSuchColumn',
        { role, column, columns: columns.join(', ') },
        `--map ${role}=${column}: no such column (columns: ${columns.join(', ')})`,
      );
    }
    for (let k = 0; k < out.length; k++) if (out[k] === role) out[k] = 'ignore';
    out[j] = role;
  }
  return out;
}

export interface OptionChoices {
  /** Transactions or a customer summary (default: what the sniffer guessed). */
  kind?: FileKind;
  roles?: ColumnRole[];
  /** Overrides the detected day/month order of slash-style dates. */
  dateOrder?: 'dmy' | 'mdy';
  cleaning?: Partial<CleaningOptions>;
}

/**
 * Turns a sniff result plus the user's choices into complete import options; formats are
 * detected again when the roles changed (another column may now be the date).
 */
export function buildImportOptions(
  s: SniffResult,
  choices: OptionChoices = {},
): { options: ImportOptions; formats: DetectedFormats } {
  const roles = choices.roles ?? s.roles;
  const formats: DetectedFormats = choices.roles ? detectFormats(s.sample, roles, s.tabular?.date1904) : { ...s };
  let dateFormat: DateFormat = formats.dateFormat;
  if (choices.dateOrder && (dateFormat.kind === 'dmy' || dateFormat.kind === 'mdy')) {
    dateFormat = { ...dateFormat, kind: choices.dateOrder };
  }
  return {
    options: {
      kind: choices.kind ?? s.kind,
      encoding: s.encoding,
      bom: s.bom,
      delimiter: s.delimiter,
      hasHeader: s.hasHeader,
      skipLines: s.skipLines,
      roles,
      columns: s.columns,
      dateFormat,
      dateOrderDecidedBy: choices.dateOrder ? 'user' : formats.dateAmbiguous ? undefined : 'sample',
      numberFormat: formats.numberFormat,
      cleaning: { ...DEFAULT_CLEANING, ...choices.cleaning },
      cancelGuess: sampleCancelRule(s.sample, roles.indexOf('invoice')).rule,
      ...(s.tabular ? { source: { format: s.tabular.format, sheet: s.tabular.sheet } } : {}),
      notices: s.notices ?? [],
    },
    formats: { ...formats, dateFormat },
  };
}
