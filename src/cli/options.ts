import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Delimiter, EncodingName } from '../core/csv/types.ts';
import { SINGLE_ROLES } from '../core/import/types.ts';
import type { CancelRule, SingleRole } from '../core/import/types.ts';
import { parseIsoDay } from '../core/values/civil.ts';

/** A bad command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

const DELIMITERS: Record<string, Delimiter> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  '\\t': '\t',
  '\t': '\t',
  tab: '\t',
  '|': '|',
  pipe: '|',
  whitespace: 'whitespace',
  space: 'whitespace',
};

const ENCODINGS: Record<string, EncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  gb18030: 'gb18030',
};

/** The options shared by every command that reads a transactions file. */
export interface FileOptions {
  file: string;
  out?: string;
  json: boolean;
  delimiter?: Delimiter;
  encoding?: EncodingName;
  hasHeader?: boolean;
  /** --skip-rows: rows above the header to skip (an Excel `sep=` line included); default detected. */
  skipRows?: number;
  maps: { role: SingleRole; column: string }[];
  referenceDay?: number;
  /** --as-of: only transactions dated on or before this day count; the reference day is the next. */
  asOfDay?: number;
  keepReturns: boolean;
  keepDuplicates: boolean;
  /** Keep rows with a zero or negative amount that are not returns (dropped by default). */
  keepZero: boolean;
  /** --drop-future: drop rows dated after today instead of keeping them with a warning. */
  dropFuture: boolean;
  /** --keep-outlier-dates: keep dates far outside the bulk (9999-12-31 …) instead of dropping them. */
  keepOutlierDates: boolean;
  /** --outlier-years N: the gap in years that cuts a date off the rest (default 5). */
  outlierYears?: number;
  /** --today: the day after which rows count as future (default: today on this computer). */
  today?: number;
  dateOrder?: 'dmy' | 'mdy';
  /** --summary: FILE is a customer summary (one row per customer), not transactions. */
  summary: boolean;
  /** --sheet NAME: the worksheet of an .xlsx/.xls file to read (default: the first with data). */
  sheet?: string;
  /** --cancel-prefix auto|C|none: which invoices are cancellations (default auto: decided from the file). */
  cancelPrefix?: CancelRule;
  /** Values of the command's own flags (declared by `extra`), as node:util parseArgs gives them. */
  extra: Record<string, string | boolean | string[] | undefined>;
}

/** A command's own flags, in node:util parseArgs form, e.g. `{ scheme: { type: 'string' } }`. */
export type ExtraOptions = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

/** Parses `segmap <command> FILE [options]` arguments (after the command name). */
export function parseFileOptions(args: string[], extra: ExtraOptions = {}): FileOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        delimiter: { type: 'string' },
        encoding: { type: 'string' },
        'no-header': { type: 'boolean', default: false },
        header: { type: 'boolean' },
        'skip-rows': { type: 'string' },
        map: { type: 'string', multiple: true, default: [] },
        'reference-date': { type: 'string' },
        'as-of': { type: 'string' },
        'keep-returns': { type: 'boolean', default: false },
        'keep-duplicates': { type: 'boolean', default: false },
        'keep-zero': { type: 'boolean', default: false },
        'drop-future': { type: 'boolean', default: false },
        'keep-outlier-dates': { type: 'boolean', default: false },
        'outlier-years': { type: 'string' },
        today: { type: 'string' },
        'date-order': { type: 'string' },
        summary: { type: 'boolean', default: false },
        sheet: { type: 'string' },
        'cancel-prefix': { type: 'string' },
        ...extra,
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const positionals = parsed.positionals;
  const v = parsed.values as Record<string, string | boolean | string[] | undefined> & {
    out?: string;
    json: boolean;
    delimiter?: string;
    encoding?: string;
    'no-header': boolean;
    header?: boolean;
    'skip-rows'?: string;
    map: string[];
    'reference-date'?: string;
    'as-of'?: string;
    'keep-returns': boolean;
    'keep-duplicates': boolean;
    'keep-zero': boolean;
    'drop-future': boolean;
    'keep-outlier-dates': boolean;
    'outlier-years'?: string;
    today?: string;
    'date-order'?: string;
    summary: boolean;
    sheet?: string;
    'cancel-prefix'?: string;
  };
  if (positionals.length !== 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  const opts: FileOptions = {
    file: positionals[0],
    out: v.out,
    json: v.json,
    maps: [],
    keepReturns: v['keep-returns'],
    keepDuplicates: v['keep-duplicates'],
    keepZero: v['keep-zero'],
    dropFuture: v['drop-future'],
    keepOutlierDates: v['keep-outlier-dates'],
    summary: v.summary,
    extra: Object.fromEntries(Object.keys(extra).map((k) => [k, v[k]])),
  };
  if (v.delimiter !== undefined) {
    opts.delimiter = DELIMITERS[v.delimiter.toLowerCase()];
    if (!opts.delimiter) {
      throw new UsageError(`--delimiter: unknown delimiter "${v.delimiter}" (use , ; tab | whitespace)`);
    }
  }
  if (v.encoding !== undefined) {
    opts.encoding = ENCODINGS[v.encoding.toLowerCase()];
    if (!opts.encoding) {
      throw new UsageError(`--encoding: unknown encoding "${v.encoding}" (use utf-8, utf-16le, utf-16be, gbk)`);
    }
  }
  if (v['no-header']) opts.hasHeader = false;
  else if (v.header) opts.hasHeader = true;
  if (v['skip-rows'] !== undefined) {
    if (!/^\d+$/.test(v['skip-rows'])) {
      throw new UsageError(`--skip-rows: expected a whole number of rows, got "${v['skip-rows']}"`);
    }
    opts.skipRows = Number(v['skip-rows']);
  }
  if (v['outlier-years'] !== undefined) {
    const n = Number(v['outlier-years']);
    if (!/^\d+(\.\d+)?$/.test(v['outlier-years']) || n < 1 || n > 1000) {
      throw new UsageError(`--outlier-years: expected a number of years from 1 to 1000, got "${v['outlier-years']}"`);
    }
    if (v['keep-outlier-dates'])
      throw new UsageError('--outlier-years sets the rule --keep-outlier-dates turns off: use one');
    opts.outlierYears = n;
  }
  if (v.today !== undefined) {
    const day = parseIsoDay(v.today);
    if (day === null) throw new UsageError(`--today: expected YYYY-MM-DD, got "${v.today}"`);
    opts.today = day;
  }
  for (const m of v.map) {
    const eq = m.indexOf('=');
    const name = m.slice(0, eq).trim();
    const column = m.slice(eq + 1).trim();
    if (eq < 0 || !column) throw new UsageError(`--map: expected ROLE=COLUMN, got "${m}"`);
    // Any case, with or without - or _ ("productName", "product_name", "sub-category").
    const key = name.toLowerCase().replace(/[-_]/g, '');
    const role = SINGLE_ROLES.find((r) => r.toLowerCase() === key);
    if (!role) throw new UsageError(`--map: unknown role "${name}" (use ${SINGLE_ROLES.join(', ')})`);
    opts.maps.push({ role, column });
  }
  if (v['reference-date'] !== undefined) {
    const day = parseIsoDay(v['reference-date']);
    if (day === null) throw new UsageError(`--reference-date: expected YYYY-MM-DD, got "${v['reference-date']}"`);
    opts.referenceDay = day;
  }
  if (v['as-of'] !== undefined) {
    if (v.summary) {
      throw new UsageError(
        '--as-of needs transactions: a customer summary holds no dates between first and last purchase',
      );
    }
    const day = parseIsoDay(v['as-of']);
    if (day === null) throw new UsageError(`--as-of: expected YYYY-MM-DD, got "${v['as-of']}"`);
    if (opts.referenceDay !== undefined) {
      throw new UsageError(
        '--as-of sets the reference date to the next day: use --as-of or --reference-date, not both',
      );
    }
    opts.asOfDay = day;
    opts.referenceDay = day + 1;
  }
  if (v.sheet !== undefined) opts.sheet = v.sheet;
  if (v['cancel-prefix'] !== undefined) {
    const rule = ({ auto: 'auto', c: 'C', none: 'none' } as const)[v['cancel-prefix'].toLowerCase()];
    if (!rule) throw new UsageError(`--cancel-prefix: expected auto, C or none, got "${v['cancel-prefix']}"`);
    opts.cancelPrefix = rule;
  }
  if (v['date-order'] !== undefined) {
    if (v['date-order'] !== 'dmy' && v['date-order'] !== 'mdy') {
      throw new UsageError(`--date-order: expected dmy or mdy, got "${v['date-order']}"`);
    }
    opts.dateOrder = v['date-order'];
  }
  refuseOverwrite(opts.out, [opts.file]);
  return opts;
}

/** Device and inode of an existing file (symlinks followed), undefined when it cannot be read. */
function fileId(path: string): { dev: number; ino: number } | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Throws a UsageError when `out` is one of the `inputs`: the same file however it is spelt (another
 * relative path, a symlink, a hard link), compared by device and inode.
 */
export function refuseOverwrite(out: string | undefined, inputs: string[]): void {
  const o = out === undefined ? undefined : fileId(out);
  if (!o) return;
  for (const input of inputs) {
    const i = fileId(input);
    if (i && i.dev === o.dev && i.ino === o.ino) {
      throw new UsageError(`--out: ${out} is the input file ${input}; write the output to another file`);
    }
  }
}
