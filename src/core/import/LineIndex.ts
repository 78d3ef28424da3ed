import { GrowableArray } from '../util/GrowableArray.ts';

/**
 * The file line of every kept row without storing one number per row: lines run parallel to rows
 * (line = row + offset) between the places a row was dropped or a record spanned several lines, so
 * only those changes of offset are kept (8 bytes per dropped row at most), and a line is found by
 * binary search.
 */
export class LineIndex {
  private readonly rows = new GrowableArray(Int32Array, 256);
  private readonly offsets = new GrowableArray(Int32Array, 256);
  private offset = NaN;

  /** Notes that kept row `row` (0-based, in order) is on 1-based line `line`. */
  push(row: number, line: number): void {
    const d = line - row;
    if (d !== this.offset) {
      this.rows.push(row);
      this.offsets.push(d);
      this.offset = d;
    }
  }

  /** The 1-based line of kept row `row`. */
  lineOf(row: number): number {
    let lo = 0;
    let hi = this.rows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.rows.get(mid) <= row) lo = mid;
      else hi = mid - 1;
    }
    return row + this.offsets.get(lo);
  }
}
