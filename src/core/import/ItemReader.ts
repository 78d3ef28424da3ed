import { ITEM_ROLES } from '../model/TransactionTable.ts';
import type { AttributeColumn, ItemRole } from '../model/TransactionTable.ts';
import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import { ByteDictionary } from '../util/ByteDictionary.ts';
import { GrowableArray } from '../util/GrowableArray.ts';
import { parseNumberBytes } from '../values/numbers.ts';
import type { NumberFormat } from '../values/numbers.ts';
import type { ColumnRole, DropSample } from './types.ts';

const SP = 32;
const TAB = 9;
/** Largest profit read (currency units, either sign), as for amounts: beyond it a value is unread. */
const MAX_PROFIT = 1e12;
const utf8 = new TextDecoder('utf-8');

/**
 * The columns of what was bought (issue 17), read one kept record at a time: product id, product
 * name, category and sub-category dictionary-encoded (row → index, -1 blank; values trimmed of
 * spaces and tabs, so "PEN " and "PEN" are one item), and the line's profit parsed with the file's
 * number format (NaN when blank or unreadable: the row is kept, as revenue analyses need it).
 */
export class ItemReader {
  private readonly cols: { role: ItemRole; j: number; dict: ByteDictionary; codes: GrowableArray<Int32Array> }[];
  private readonly profitCol: number;
  private readonly profit: GrowableArray<Float64Array> | null;
  private unread = 0;
  private firstUnread: DropSample | null = null;

  constructor(
    roles: readonly ColumnRole[],
    private readonly names: readonly string[],
    private readonly numberFormat: NumberFormat,
    capacity: number,
  ) {
    this.cols = ITEM_ROLES.flatMap((role) => {
      const j = roles.indexOf(role);
      return j < 0 ? [] : [{ role, j, dict: new ByteDictionary(), codes: new GrowableArray(Int32Array, capacity) }];
    });
    this.profitCol = roles.indexOf('profit');
    this.profit = this.profitCol >= 0 ? new GrowableArray(Float64Array, capacity) : null;
  }

  /** Appends the item codes and the profit of one kept record (`line` 1-based, for the warning). */
  push(buf: Uint8Array, starts: Int32Array, ends: Int32Array, count: number, line: number): void {
    for (const c of this.cols) {
      let s = c.j < count ? starts[c.j] : 0;
      let e = c.j < count ? ends[c.j] : 0;
      while (s < e && (buf[s] === SP || buf[s] === TAB)) s++;
      while (e > s && (buf[e - 1] === SP || buf[e - 1] === TAB)) e--;
      c.codes.push(e > s ? c.dict.index(buf, s, e) : -1);
    }
    if (!this.profit) return;
    const j = this.profitCol;
    let s = j < count ? starts[j] : 0;
    const e = j < count ? ends[j] : 0;
    while (s < e && (buf[s] === SP || buf[s] === TAB)) s++;
    if (s >= e) return this.profit.push(NaN);
    const v = parseNumberBytes(buf, s, e, this.numberFormat);
    if (Number.isFinite(v) && Math.abs(v) <= MAX_PROFIT) return this.profit.push(v);
    this.profit.push(NaN);
    if (this.unread++ === 0) this.firstUnread = { line, column: j + 1, raw: utf8.decode(buf.subarray(starts[j], e)) };
  }

  /** The item columns (named after their headers) and the profit column of the records pushed. */
  finish(): { items?: Partial<Record<ItemRole, AttributeColumn>>; profit?: Float64Array } {
    const out: { items?: Partial<Record<ItemRole, AttributeColumn>>; profit?: Float64Array } = {};
    if (this.cols.length) {
      const items: Partial<Record<ItemRole, AttributeColumn>> = {};
      for (const c of this.cols)
        items[c.role] = { name: this.names[c.j], codes: c.codes.finish(), values: c.dict.values };
      out.items = items;
    }
    if (this.profit) out.profit = this.profit.finish();
    return out;
  }

  /**
   * The `import.profitUnread` warning: non-blank profit values that are no number Segmap reads
   * (or beyond ±1e12), kept as rows without a profit. Null when every value was read.
   */
  warning(): Notice | null {
    if (!this.unread || !this.firstUnread) return null;
    const { line, column, raw } = this.firstUnread;
    const count = this.unread;
    return notice(
      'import.profitUnread',
      { count, line, column, raw },
      `${count} profit ${count === 1 ? 'value is' : 'values are'} not a number (first: line ${line}, column ${column}, "${raw}"): ` +
        'those rows are kept with no profit, so revenue analyses lose nothing and profit analyses leave them out',
    );
  }
}

/** Distinct values per item role of a table's item columns (the report's "1,862 products"). */
export function itemCounts(
  items: Partial<Record<ItemRole, AttributeColumn>> | undefined,
): Partial<Record<ItemRole, number>> | undefined {
  if (!items) return undefined;
  const out: Partial<Record<ItemRole, number>> = {};
  for (const role of ITEM_ROLES) {
    const column = items[role];
    if (column) out[role] = column.values.length;
  }
  return out;
}

/** Rows of a profit column with no profit (NaN: blank or unreadable in the file). */
export function countMissing(profit: Float64Array): number {
  let n = 0;
  for (const v of profit) if (Number.isNaN(v)) n++;
  return n;
}
