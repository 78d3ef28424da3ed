/**
 * Excel workbooks (.xlsx, and legacy .xls as best effort) through SheetJS CE 0.20.3 (the pinned
 * @e965/xlsx mirror; see README "Excel, Parquet and Arrow files"). Loaded only by dynamic import
 * (openTabular.ts), so the app shell never carries it. SheetJS reads the whole file at once.
 */
import { read, utils } from '@e965/xlsx';
import type { WorkBook, WorkSheet } from '@e965/xlsx';
import { CoreError } from '../../notice/notice.ts';
import type { ByteSource, CellValue, RowBatch, TabularReader } from './types.ts';

/** Rows per batch handed to the importer (progress and cancel between batches). */
const BATCH = 5000;

/**
 * Opens a workbook: reads its sheet names (not their cells). Throws `file.encrypted` for a
 * password-protected workbook and `file.badWorkbook` for one that cannot be read (a truncated or
 * damaged ZIP), never the library's own text.
 */
export async function openXlsx(source: ByteSource, fileName: string): Promise<TabularReader> {
  const bytes = await source.slice(0, source.size);
  // SheetJS loops forever on some cut-short ZIPs (the first 10 or 30 bytes of one): check the end first.
  if (bytes[0] === 0x50 && !zipIsWhole(bytes)) throw badWorkbook(fileName, 'damaged');
  const book = parse(bytes, fileName, { bookSheets: true });
  const sheets = book.SheetNames.slice();
  if (sheets.length === 0) throw badWorkbook(fileName, 'no worksheet');
  const cache = new Map<string, { ws: WorkSheet; limit: number }>();
  let date1904 = false;
  const sheetOf = (name: string, limit: number): WorkSheet => {
    const hit = cache.get(name);
    if (hit && (hit.limit === 0 || (limit > 0 && hit.limit >= limit))) return hit.ws;
    const wb = parse(bytes, fileName, { sheets: name, ...(limit > 0 ? { sheetRows: limit } : {}) });
    const ws = wb.Sheets[name];
    if (!ws) throw noSheet(fileName, name, sheets);
    // SheetJS converts typed date cells in the workbook's date system; bare serials stay numbers.
    date1904 = wb.Workbook?.WBProps?.date1904 === true;
    cache.clear(); // one sheet at a time: a workbook can be large
    cache.set(name, { ws, limit });
    return ws;
  };
  return {
    format: 'xlsx',
    sheets,
    get date1904() {
      return date1904;
    },
    totalRows: () => undefined,
    async *rows(sheet: string | undefined, limit?: number): AsyncIterable<RowBatch> {
      const name = sheet ?? sheets[0];
      if (!sheets.includes(name)) throw noSheet(fileName, name, sheets);
      const ws = sheetOf(name, limit ?? 0);
      const ref = ws['!ref'];
      if (!ref) return;
      const first = utils.decode_range(ref).s.r + 1;
      const rows = utils.sheet_to_json<CellValue[]>(ws, {
        header: 1,
        raw: true,
        defval: null,
        blankrows: true,
        UTC: true,
      });
      const end = limit === undefined ? rows.length : Math.min(limit, rows.length);
      for (let i = 0; i < end; i += BATCH) {
        yield { rows: rows.slice(i, Math.min(end, i + BATCH)), firstLine: first + i };
      }
    },
  };
}

/**
 * Whether a ZIP archive ends with its end-of-central-directory record (found in its last 64 KiB +
 * 22 bytes) and the central directory it points to lies before it: a file cut short fails this.
 */
export function zipIsWhole(b: Uint8Array): boolean {
  const u32 = (i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] !== 0x50 || b[i + 1] !== 0x4b || b[i + 2] !== 0x05 || b[i + 3] !== 0x06) continue;
    const size = u32(i + 12);
    const offset = u32(i + 16);
    if (offset + size <= i) return true;
  }
  return false;
}

/** Reads the workbook with SheetJS (dates as UTC wall-clock times); its errors become coded ones. */
function parse(bytes: Uint8Array, fileName: string, opts: Record<string, unknown>): WorkBook {
  try {
    return read(bytes, { type: 'array', cellDates: true, UTC: true, dense: true, ...opts });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(why)) {
      throw new CoreError(
        'file.encrypted',
        { file: fileName },
        `this workbook is password-protected: open it in Excel, remove the password, or save it as CSV`,
      );
    }
    throw badWorkbook(fileName, 'damaged');
  }
}

function badWorkbook(fileName: string, what: 'no worksheet' | 'damaged'): CoreError {
  return new CoreError(
    what === 'damaged' ? 'file.badWorkbook' : 'file.noWorksheet',
    { file: fileName },
    what === 'damaged'
      ? `this Excel workbook cannot be read (damaged or cut short): open it in Excel and save it again, or save it as CSV`
      : `this Excel workbook has no worksheet`,
  );
}

function noSheet(fileName: string, sheet: string, sheets: string[]): CoreError {
  const names = sheets.join(', ');
  return new CoreError(
    'file.noSheet',
    { file: fileName, sheet, sheets: names },
    `no sheet named "${sheet}" (sheets: ${names})`,
  );
}
