import type { RecordSink } from '../../csv/types.ts';
import type { CellValue } from './types.ts';

const encoder = new TextEncoder();
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A cell as the CSV text a spreadsheet would export: text as is, a number in JavaScript's
 * shortest form (17850, 2.55), a date `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM:SS` with a time) from its
 * UTC fields (the readers give dates as UTC wall-clock times, so no time zone moves a day), a
 * 64-bit integer in full, booleans TRUE/FALSE, empty as ''.
 */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? (Object.is(v, -0) ? '0' : String(v)) : '';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    const ms = v.getTime();
    if (Number.isNaN(ms)) return '';
    // Excel stores times as day fractions: 10:26:00 may come back as 10:25:59.999.
    const d = new Date(Math.round(ms / 1000) * 1000);
    const y = d.getUTCFullYear();
    const day = `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
    return h === 0 && m === 0 && s === 0 ? day : `${day}T${pad(h)}:${pad(m)}:${pad(s)}`;
  }
  return String(v);
}

/** Whether a row holds no value (it is skipped like a blank line of a CSV: not a record). */
export function isBlankRow(cells: CellValue[]): boolean {
  for (const c of cells) if (c !== null && c !== undefined && c !== '') return false;
  return true;
}

/**
 * Feeds rows of cells to a record sink (the CSV Importer) as UTF-8 fields in one reused buffer,
 * so every cleaning rule, date and number reading and the report are the CSV ones.
 */
export class CellRecords {
  private buf = new Uint8Array(1 << 16);
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);

  constructor(private readonly sink: RecordSink) {}

  /** One row on the file's 1-based line `line`. */
  write(cells: CellValue[], line: number): void {
    const n = cells.length;
    if (n > this.starts.length) {
      this.starts = new Int32Array(n * 2);
      this.ends = new Int32Array(n * 2);
    }
    let at = 0;
    for (let j = 0; j < n; j++) {
      const text = cellText(cells[j]);
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      if (at + text.length * 3 > this.buf.length) {
        const next = new Uint8Array(Math.max(this.buf.length * 2, at + text.length * 3 + 1024));
        next.set(this.buf.subarray(0, at));
        this.buf = next;
      }
      this.starts[j] = at;
      at += encoder.encodeInto(text, this.buf.subarray(at)).written;
      this.ends[j] = at;
    }
    this.sink.record(this.buf, this.starts, this.ends, n, line);
  }
}
