import type { RecordSink } from '../csv/types.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { ByteDictionary } from '../util/ByteDictionary.ts';
import { GrowableArray } from '../util/GrowableArray.ts';
import { HashSet64 } from '../util/HashSet64.ts';
import { MS_PER_DAY, formatDay } from '../values/civil.ts';
import { parseDateBytes } from '../values/dates.ts';
import { idRange, normaliseIdNfc } from '../values/ids.ts';
import { parseNumberBytes } from '../values/numbers.ts';
import { CoreError, notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import { ORDER_MAJORITY } from '../values/detectDateFormat.ts';
import { AttributeReader } from './AttributeReader.ts';
import { countMissing, itemCounts, ItemReader } from './ItemReader.ts';
import { ByteCheck } from './ByteCheck.ts';
import { DropLog } from './DropLog.ts';
import { LineIndex } from './LineIndex.ts';
import { compactTable } from './compactTable.ts';
import { DEFAULT_OUTLIER_YEARS, keptDayRange, mayHoldOutliers } from './outlierDates.ts';
import { hashRecord, isBlank } from './fieldBytes.ts';
import { importerWarnings } from './importNotices.ts';
import type { DateFormat } from '../values/dates.ts';
import { purchaseFrequency } from '../rfm/purchaseFrequency.ts';
import { CancelCheck } from './cancellations.ts';
import type { CancelCounts, CancelDecision } from './cancellations.ts';
import type { DateOrderReport, DropReason, DropSample, ImportOptions, ImportReport } from './types.ts';

const utf8 = new TextDecoder('utf-8');
/**
 * Largest amount kept (currency units, either sign): a line above a trillion is a unit or
 * parsing accident (1e308, a quantity × price past the float range) and would swamp every sum.
 */
export const MAX_AMOUNT = 1e12;

/** Where the import runs: the file's name (for located errors) and today's day number. */
export interface ImporterContext {
  fileName?: string;
  /** Today as days since 1970-01-01 (the caller's local day); rows dated later count as future. */
  today?: number;
  /** The cancellation rule of this pass (importStream resolves 'auto'; default: the options' rule, else 'C'). */
  cancelRule?: CancelDecision;
}

/**
 * Turns parsed CSV records into a TransactionTable, applying the cleaning rules and counting every
 * dropped row by reason. Feed it to a CsvParser as its sink, then call `finish()`.
 *
 * Every record (header and skipped rows included) is checked first: a NUL byte fails the whole
 * import (ImportError `import.nul` with the line), and values holding U+FFFD or bytes that are not
 * UTF-8 (undecodable in the file's encoding) are counted for a warning.
 */
export class Importer implements RecordSink {
  private readonly customers = new ByteDictionary();
  private readonly invoices = new ByteDictionary();
  private readonly cust = new GrowableArray(Int32Array, 1 << 16);
  private readonly time = new GrowableArray(Float64Array, 1 << 16);
  private readonly amount = new GrowableArray(Float64Array, 1 << 16);
  private readonly inv = new GrowableArray(Int32Array, 1 << 16);
  private readonly seen = new HashSet64();
  /** The file line of every kept row (for the samples of rows dropped after the pass). */
  private readonly lines = new LineIndex();
  private readonly col: Record<'customer' | 'date' | 'amount' | 'quantity' | 'price' | 'invoice', number>;
  private readonly needed: number;
  private readonly log = new DropLog();
  private readonly attributes: AttributeReader;
  /** Issue 17: product, name, category, sub-category codes and the line's profit. */
  private readonly items: ItemReader;
  private skip: number;
  /** Columns of the header (without one, the most common sampled width): a non-empty field beyond drops the row. */
  private readonly width: number;
  private readonly fileName: string;
  private readonly today: number;
  private readonly bytes: ByteCheck;
  private readonly cancel: CancelCheck;
  private futureKept = 0;
  private firstFuture: DropSample | null = null;
  private rowsRead = 0;
  private returnsKept = 0;
  private minTime = Infinity;
  private maxTime = -Infinity;
  /** For dmy/mdy dates: the other order, and the first value only the chosen / only the other reads. */
  private readonly otherOrder: DateFormat | null;
  private onlyChosen: DropSample | null = null;
  private onlyOther: DropSample | null = null;
  /** Values only the chosen / only the other order reads (the chosen ones counted in full only while undecided). */
  private onlyChosenCount = 0;
  private onlyOtherCount = 0;
  /** The first date that neither order reads (e.g. 13/25/2011), for the conflict warning. */
  private neither: DropSample | null = null;
  private neitherCount = 0;

  constructor(
    private readonly opts: ImportOptions,
    ctx: ImporterContext = {},
  ) {
    this.fileName = ctx.fileName ?? 'file';
    this.today = ctx.today ?? Infinity;
    this.bytes = new ByteCheck(this.fileName);
    const rule = opts.cleaning.cancelPrefix;
    this.cancel = new CancelCheck(ctx.cancelRule ?? (rule === 'none' ? 'none' : 'C'));
    const find = (role: string) => opts.roles.indexOf(role as never);
    this.col = {
      customer: find('customer'),
      date: find('date'),
      amount: find('amount'),
      quantity: find('quantity'),
      price: find('price'),
      invoice: find('invoice'),
    };
    if (this.col.customer < 0) {
      throw new CoreError('import.noCustomerColumn', {}, 'no column is mapped to the customer id');
    }
    if (this.col.date < 0) {
      // A column headed like a date whose values could not be read: say which value, on which line.
      const why = opts.notices?.find((n) => n.code === 'sniff.unreadDate');
      if (why) throw new CoreError('import.unreadDate', why.params, `no column is mapped to the date: ${why.text}`);
      throw new CoreError('import.noDateColumn', {}, 'no column is mapped to the date');
    }
    if (this.col.amount < 0 && (this.col.quantity < 0 || this.col.price < 0)) {
      throw new CoreError('import.noAmountColumn', {}, 'map an amount column, or both quantity and unit price');
    }
    this.attributes = new AttributeReader(opts.roles, opts.columns, 1 << 16);
    this.items = new ItemReader(opts.roles, opts.columns, opts.numberFormat, 1 << 16);
    this.needed = Math.max(...Object.values(this.col)) + 1;
    this.width = Math.max(opts.columns.length, this.needed);
    this.skip = opts.skipLines + (opts.hasHeader ? 1 : 0);
    const k = opts.dateFormat.kind;
    this.otherOrder = k === 'dmy' ? { kind: 'mdy' } : k === 'mdy' ? { kind: 'dmy' } : null;
  }

  record(buf: Uint8Array, starts: Int32Array, ends: Int32Array, count: number, line: number): void {
    this.bytes.record(buf, starts, ends, count, line);
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    this.rowsRead++;
    const { col, opts } = this;
    if (count < this.needed) return this.drop('malformed', line, count + 1, `${count} fields`);
    for (let j = this.width; j < count; j++) {
      if (!isBlank(buf, starts[j], ends[j])) return this.drop('tooManyFields', line, j + 1, `${count} fields`);
    }
    if (col.invoice >= 0) this.cancel.observe(buf, starts[col.invoice], ends[col.invoice], line);

    const idBuf = normaliseIdNfc(buf, starts[col.customer], ends[col.customer]);
    const [cs, ce] = idRange;
    if (cs >= ce) return this.drop('noCustomer', line, col.customer + 1, '');

    const t = parseDateBytes(buf, starts[col.date], ends[col.date], opts.dateFormat);
    if (this.otherOrder) this.checkOrder(t, buf, starts, ends, line);
    if (Number.isNaN(t)) return this.drop('badDate', line, col.date + 1, this.text(buf, starts, ends, col.date));

    let amount: number;
    let quantity = NaN;
    if (col.amount >= 0) {
      amount = parseNumberBytes(buf, starts[col.amount], ends[col.amount], opts.numberFormat);
      if (!Number.isFinite(amount)) {
        return this.drop('badAmount', line, col.amount + 1, this.text(buf, starts, ends, col.amount));
      }
    } else {
      quantity = parseNumberBytes(buf, starts[col.quantity], ends[col.quantity], opts.numberFormat);
      if (!Number.isFinite(quantity)) {
        return this.drop('badAmount', line, col.quantity + 1, this.text(buf, starts, ends, col.quantity));
      }
      const price = parseNumberBytes(buf, starts[col.price], ends[col.price], opts.numberFormat);
      if (!Number.isFinite(price)) {
        return this.drop('badAmount', line, col.price + 1, this.text(buf, starts, ends, col.price));
      }
      amount = quantity * price;
    }
    if (!(Math.abs(amount) <= MAX_AMOUNT)) {
      const j = col.amount >= 0 ? col.amount : col.price;
      return this.drop('amountOutOfRange', line, j + 1, this.text(buf, starts, ends, j));
    }
    if (col.quantity >= 0 && col.amount >= 0) {
      quantity = parseNumberBytes(buf, starts[col.quantity], ends[col.quantity], opts.numberFormat);
    }

    const byInvoice = col.invoice >= 0 && this.cancel.isCancelled(buf, starts[col.invoice], ends[col.invoice]);
    let isReturn = byInvoice || quantity < 0;
    const { cleaning } = opts;
    if (isReturn) {
      if (cleaning.keepReturns) amount = -Math.abs(amount);
      else if (cleaning.dropCancellations) {
        const j = byInvoice ? col.invoice : col.quantity;
        return this.drop('cancellation', line, j + 1, this.text(buf, starts, ends, j));
      }
    }
    if (!isReturn && amount <= 0) {
      if (cleaning.keepReturns && amount < 0) isReturn = true;
      else if (cleaning.dropNonPositive) {
        const j = col.amount >= 0 ? col.amount : quantity <= 0 ? col.quantity : col.price;
        return this.drop('nonPositive', line, j + 1, this.text(buf, starts, ends, j));
      }
    }

    const future = Math.floor(t / MS_PER_DAY) > this.today;
    if (future && cleaning.dropFuture) {
      return this.drop('future', line, col.date + 1, this.text(buf, starts, ends, col.date));
    }

    if (cleaning.dropDuplicates && !this.seen.add(...hashRecord(buf, starts, ends, count))) {
      return this.drop('duplicate', line, 1, this.text(buf, starts, ends, 0));
    }
    if (future && this.futureKept++ === 0) {
      this.firstFuture = { line, column: col.date + 1, raw: formatDay(Math.floor(t / MS_PER_DAY)) };
    }

    this.lines.push(this.cust.length, line);
    this.cust.push(this.customers.index(idBuf, cs, ce));
    this.time.push(t);
    this.amount.push(amount);
    if (isReturn) this.returnsKept++;
    if (t < this.minTime) this.minTime = t;
    if (t > this.maxTime) this.maxTime = t;
    this.inv.push(col.invoice >= 0 ? this.invoices.index(buf, starts[col.invoice], ends[col.invoice]) : -1);
    this.attributes.push(buf, starts, ends, count);
    this.items.push(buf, starts, ends, count, line);
  }

  /** Invoice shapes of the rows read (for the 'auto' cancellation rule), and the rule of this pass. */
  get cancelCounts(): CancelCounts {
    return this.cancel.counts();
  }
  get cancelRule(): CancelDecision {
    return this.cancel.rule;
  }

  /** Rows read so far (for progress). */
  get rows(): number {
    return this.rowsRead;
  }

  /** The cleaned table and its report (`elapsedMs`, `fileName` and `bytes` are the caller's to fill). */
  finish(): { table: TransactionTable; report: ImportReport } {
    let table: TransactionTable = {
      rows: this.cust.length,
      customer: this.cust.finish(),
      customerIds: this.customers.values,
      time: this.time.finish(),
      amount: this.amount.finish(),
      invoice: this.inv.finish(),
      invoiceIds: this.invoices.values,
      attributes: this.attributes.finish(),
      ...this.items.finish(),
    };
    const { opts } = this;
    const outliersKept = opts.cleaning.dropOutlierDates ? null : this.outliersKept(table);
    if (opts.cleaning.dropOutlierDates) table = this.dropOutlierDates(table);
    const frequency = purchaseFrequency(table);
    const report: ImportReport = {
      fileName: '',
      bytes: 0,
      encoding: opts.encoding,
      delimiter: opts.delimiter,
      hasHeader: opts.hasHeader,
      rowsRead: this.rowsRead,
      rowsKept: table.rows,
      returnsKept: this.returnsKept,
      dropped: this.log.dropped,
      samples: this.log.samples,
      customers: table.customerIds.length,
      invoices: countPurchaseInvoices(table),
      orders: frequency.reduce((s, f) => s + f, 0),
      ordersBy: table.invoiceIds.length > 0 ? 'invoice' : 'day',
      customersWithoutPurchase: frequency.reduce((s, f) => s + +(f === 0), 0),
      firstDate: table.rows ? formatDay(Math.floor(this.minTime / MS_PER_DAY)) : null,
      lastDate: table.rows ? formatDay(Math.floor(this.maxTime / MS_PER_DAY)) : null,
      dateOrder: this.dateOrderReport(),
      warnings: [
        ...(opts.notices ?? []),
        ...this.orderWarnings(),
        ...importerWarnings(this.bytes, this.futureKept, this.firstFuture),
        ...(outliersKept ? [outliersKept] : []),
        ...[this.items.warning()].filter((w) => w !== null),
      ],
      elapsedMs: 0,
      ...(table.profit && { profitMissing: countMissing(table.profit) }),
      ...(table.items && { itemsRead: itemCounts(table.items) }),
    };
    return { table, report };
  }

  /** The rows of `t` outside keptDayRange, or null when there are none (or the dates span too little to tell). */
  private outlierRows(t: TransactionTable): { lo: number; hi: number } | null {
    const years = this.opts.cleaning.outlierYears ?? DEFAULT_OUTLIER_YEARS;
    const minDay = Math.floor(this.minTime / MS_PER_DAY);
    const maxDay = Math.floor(this.maxTime / MS_PER_DAY);
    if (!mayHoldOutliers(minDay, maxDay, years)) return null;
    const range = keptDayRange(t.time, t.rows, years);
    if (!range || (minDay >= range.lo && maxDay <= range.hi)) return null;
    return range;
  }

  /**
   * With the outlier rule off: the `import.outlierKept` warning (how many rows lie far from all the
   * others, the first with its line), so keeping them is a choice the report states, not a surprise
   * in the period views. Null when there are none.
   */
  private outliersKept(t: TransactionTable): Notice | null {
    const range = this.outlierRows(t);
    if (!range) return null;
    let count = 0;
    let first = -1;
    for (let i = 0; i < t.rows; i++) {
      const day = Math.floor(t.time[i] / MS_PER_DAY);
      if (day >= range.lo && day <= range.hi) continue;
      if (count++ === 0) first = i;
    }
    const line = this.lines.lineOf(first);
    const date = formatDay(Math.floor(t.time[first] / MS_PER_DAY));
    return notice(
      'import.outlierKept',
      { count, line, date },
      `${count} ${count === 1 ? 'row is' : 'rows are'} dated far from all the others (the first: line ${line}, ${date}) ` +
        'and kept, as the date rule is off: periods run to those dates (cohorts show ten years at most); ' +
        'turn the rule on to drop them',
    );
  }

  /**
   * The `outlierDate` cleaning rule, after the pass (the bulk of the dates is known only then):
   * drops the rows outside keptDayRange, logging each with its line, and compacts the columns.
   * The kept rows' date range, returns and rows-after-today counts are updated.
   */
  private dropOutlierDates(t: TransactionTable): TransactionTable {
    const range = this.outlierRows(t);
    if (!range) return t;
    const { lo, hi } = range;
    const keep = new Uint8Array(t.rows);
    let min = Infinity;
    let max = -Infinity;
    this.futureKept = 0;
    this.firstFuture = null;
    for (let i = 0; i < t.rows; i++) {
      const ms = t.time[i];
      const day = Math.floor(ms / MS_PER_DAY);
      if (day < lo || day > hi) {
        const v = t.invoice[i];
        const { keepReturns, dropCancellations } = this.opts.cleaning;
        const negative = t.amount[i] < 0 || Object.is(t.amount[i], -0);
        const cancelled = v >= 0 && this.cancel.isCancelledId(t.invoiceIds[v]);
        if (keepReturns ? negative : !dropCancellations && cancelled) this.returnsKept--;
        this.drop('outlierDate', this.lines.lineOf(i), this.col.date + 1, formatDay(day));
        continue;
      }
      keep[i] = 1;
      if (ms < min) min = ms;
      if (ms > max) max = ms;
      if (day > this.today && this.futureKept++ === 0) {
        this.firstFuture = { line: this.lines.lineOf(i), column: this.col.date + 1, raw: formatDay(day) };
      }
    }
    this.minTime = min;
    this.maxTime = max;
    this.returnsKept = Math.max(0, this.returnsKept);
    return compactTable(t, keep);
  }

  /**
   * Counts the dates that only the chosen order reads and those only the other reads, keeping the
   * first of each. A date the chosen order reads is parsed the other way only while the order is
   * undecided (or until the first evidence), so a settled file pays for the check on bad dates only.
   */
  private checkOrder(t: number, buf: Uint8Array, starts: Int32Array, ends: Int32Array, line: number): void {
    const ok = !Number.isNaN(t);
    if (ok && this.onlyChosen !== null && this.opts.dateOrderDecidedBy) return;
    const j = this.col.date;
    const other = parseDateBytes(buf, starts[j], ends[j], this.otherOrder as DateFormat);
    const sample = () => ({ line, column: j + 1, raw: this.text(buf, starts, ends, j) });
    if (ok && Number.isNaN(other)) {
      this.onlyChosenCount++;
      this.onlyChosen ??= sample();
    } else if (!ok && !Number.isNaN(other)) {
      this.onlyOtherCount++;
      this.onlyOther ??= sample();
    } else if (!ok && this.looksSlashed(buf, starts[j], ends[j])) {
      this.neitherCount++;
      this.neither ??= sample();
    }
  }

  /** A d/m/y-shaped value (two separators between digits), for counting dates neither order reads. */
  private looksSlashed(buf: Uint8Array, s: number, e: number): boolean {
    let seps = 0;
    for (let i = s; i < e && buf[i] !== 0x20; i++) {
      const b = buf[i];
      if (b === 0x2f || b === 0x2d || b === 0x2e) seps++;
      else if (b < 0x30 || b > 0x39) return false;
    }
    return seps === 2;
  }

  /**
   * Whether the whole column says the other day/month order is the right one: the other order alone
   * reads at least ORDER_MAJORITY times as many values as the chosen order alone.
   */
  get otherOrderFits(): boolean {
    return this.onlyOtherCount > 0 && this.onlyOtherCount >= ORDER_MAJORITY * this.onlyChosenCount;
  }

  /** The `import.dateOrderConflict` warning: dates only the other order reads, dropped as bad dates. */
  private orderWarnings(): Notice[] {
    const k = this.opts.dateFormat.kind;
    if (k !== 'dmy' && k !== 'mdy') return [];
    const out: Notice[] = [];
    const name = (o: string) => (o === 'dmy' ? 'day first' : 'month first');
    const other = k === 'dmy' ? 'mdy' : 'dmy';
    if (this.onlyOther) {
      const { line, raw } = this.onlyOther;
      const count = this.onlyOtherCount;
      out.push(
        notice(
          'import.dateOrderConflict',
          { count, line, raw, order: k, other },
          `${count} ${count === 1 ? 'date reads' : 'dates read'} only ${name(other)} (first: line ${line}, "${raw}"), ` +
            `while the file reads ${name(k)}: dropped as bad dates`,
        ),
      );
    }
    if (this.neither) {
      const { line, raw } = this.neither;
      const count = this.neitherCount;
      out.push(
        notice(
          'import.dateNeitherOrder',
          { count, line, raw },
          `line ${line}: "${raw}" fits neither day-first nor month-first` +
            (count > 1 ? ` (${count} such dates)` : '') +
            ': dropped as a bad date',
        ),
      );
    }
    return out;
  }

  private dateOrderReport(): DateOrderReport | null {
    const k = this.opts.dateFormat.kind;
    if (k !== 'dmy' && k !== 'mdy') return null;
    const by = this.opts.dateOrderDecidedBy;
    if (by) return { order: k, decidedBy: by, evidence: this.onlyChosen };
    return this.onlyChosen
      ? { order: k, decidedBy: 'file', evidence: this.onlyChosen }
      : { order: k, decidedBy: 'default', evidence: null };
  }

  private drop(reason: DropReason, line: number, column: number, raw: string): void {
    this.log.drop(reason, line, column, raw);
  }

  private text(buf: Uint8Array, starts: Int32Array, ends: Int32Array, j: number): string {
    return j >= 0 ? utf8.decode(buf.subarray(starts[j], ends[j])) : '';
  }
}

/** Distinct invoices among rows with a positive amount (returns are not orders). */
export function countPurchaseInvoices(t: TransactionTable): number {
  if (t.invoiceIds.length === 0) return 0;
  const seen = new Uint8Array(t.invoiceIds.length);
  let n = 0;
  for (let i = 0; i < t.rows; i++) {
    const v = t.invoice[i];
    if (t.amount[i] > 0 && v >= 0 && seen[v] === 0) {
      seen[v] = 1;
      n++;
    }
  }
  return n;
}
