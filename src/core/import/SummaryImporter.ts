import type { RecordSink } from '../csv/types.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { CoreError } from '../notice/notice.ts';
import { summaryToTable } from '../summary/summaryToTable.ts';
import { ByteDictionary } from '../util/ByteDictionary.ts';
import { GrowableArray } from '../util/GrowableArray.ts';
import { HashSet64 } from '../util/HashSet64.ts';
import { MS_PER_DAY, formatDay } from '../values/civil.ts';
import { parseDateBytes } from '../values/dates.ts';
import { idRange, normaliseIdNfc } from '../values/ids.ts';
import { parseNumberBytes } from '../values/numbers.ts';
import { AttributeReader } from './AttributeReader.ts';
import { MAX_AMOUNT } from './Importer.ts';
import { ByteCheck } from './ByteCheck.ts';
import { DropLog } from './DropLog.ts';
import { ImportError } from './importError.ts';
import { hashRecord, isBlank } from './fieldBytes.ts';
import type { ImporterContext } from './Importer.ts';
import { importerWarnings } from './importNotices.ts';
import type { DropReason, DropSample, ImportOptions, ImportReport } from './types.ts';

const utf8 = new TextDecoder('utf-8');
type SummaryRole = 'customer' | 'first' | 'date' | 'orders' | 'amount' | 'average';

/**
 * Reads a customer summary (one row per customer: id, first purchase, last purchase, number of
 * orders, total or average amount, optional attributes) into the table summaryToTable builds, so
 * every analysis runs on it as on the transactions it summarises. Feed it to a CsvParser as its
 * sink, then call `finish()`. Rows are checked as the transaction importer checks them (located
 * drops by reason, NUL bytes, undecodable values, dates after today); a customer's second row is
 * dropped as a duplicate, orders that are not a whole number ≥ 1 as badOrders, a first purchase
 * after the last as badSpan. The total is `amount`, else `average` × orders.
 */
export class SummaryImporter implements RecordSink {
  private readonly customers = new ByteDictionary();
  private readonly firstDay = new GrowableArray(Int32Array, 1 << 12);
  private readonly lastDay = new GrowableArray(Int32Array, 1 << 12);
  private readonly orders = new GrowableArray(Int32Array, 1 << 12);
  private readonly total = new GrowableArray(Float64Array, 1 << 12);
  private readonly seen = new HashSet64();
  private readonly col: Record<SummaryRole, number>;
  private readonly needed: number;
  private readonly width: number;
  private readonly log = new DropLog();
  private readonly attributes: AttributeReader;
  private readonly bytes: ByteCheck;
  private readonly today: number;
  private readonly fileName: string;
  /** Line of each customer's row (for the error on a second, different row). */
  private readonly lines = new GrowableArray(Int32Array, 1 << 12);
  private skip: number;
  private rowsRead = 0;
  private futureKept = 0;
  private firstFuture: DropSample | null = null;

  constructor(
    private readonly opts: ImportOptions,
    ctx: ImporterContext = {},
  ) {
    this.fileName = ctx.fileName ?? 'file';
    this.bytes = new ByteCheck(this.fileName);
    this.today = ctx.today ?? Infinity;
    const find = (role: SummaryRole) => opts.roles.indexOf(role);
    this.col = {
      customer: find('customer'),
      first: find('first'),
      date: find('date'),
      orders: find('orders'),
      amount: find('amount'),
      average: find('average'),
    };
    const need = (role: SummaryRole, what: string) => {
      if (this.col[role] < 0) {
        throw new CoreError('import.summaryNeeds', { role }, `a customer summary needs a column mapped to ${what}`);
      }
    };
    need('customer', 'the customer id (customer)');
    need('first', 'the first purchase (first)');
    need('date', 'the last purchase (date)');
    need('orders', 'the number of orders (orders)');
    if (this.col.amount < 0) need('average', 'the total amount (amount) or the average amount (average)');
    this.attributes = new AttributeReader(opts.roles, opts.columns, 1 << 12);
    this.needed = Math.max(...Object.values(this.col)) + 1;
    this.width = Math.max(opts.columns.length, this.needed);
    this.skip = opts.skipLines + (opts.hasHeader ? 1 : 0);
  }

  record(buf: Uint8Array, starts: Int32Array, ends: Int32Array, count: number, line: number): void {
    this.bytes.record(buf, starts, ends, count, line);
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    this.rowsRead++;
    const { col, opts } = this;
    const text = (j: number) => utf8.decode(buf.subarray(starts[j], ends[j]));
    if (count < this.needed) return this.drop('malformed', line, count + 1, `${count} fields`);
    for (let j = this.width; j < count; j++) {
      if (!isBlank(buf, starts[j], ends[j])) return this.drop('tooManyFields', line, j + 1, `${count} fields`);
    }
    const idBuf = normaliseIdNfc(buf, starts[col.customer], ends[col.customer]);
    const [cs, ce] = idRange;
    if (cs >= ce) return this.drop('noCustomer', line, col.customer + 1, '');

    const day = (j: number) => Math.floor(parseDateBytes(buf, starts[j], ends[j], opts.dateFormat) / MS_PER_DAY);
    const first = day(col.first);
    if (Number.isNaN(first)) return this.drop('badDate', line, col.first + 1, text(col.first));
    const last = day(col.date);
    if (Number.isNaN(last)) return this.drop('badDate', line, col.date + 1, text(col.date));
    if (first > last) return this.drop('badSpan', line, col.first + 1, `${text(col.first)} > ${text(col.date)}`);

    const orders = parseNumberBytes(buf, starts[col.orders], ends[col.orders], opts.numberFormat);
    if (!Number.isInteger(orders) || orders < 1 || orders > 2 ** 31 - 1) {
      return this.drop('badOrders', line, col.orders + 1, text(col.orders));
    }
    const j = col.amount >= 0 ? col.amount : col.average;
    const value = parseNumberBytes(buf, starts[j], ends[j], opts.numberFormat);
    if (!Number.isFinite(value)) return this.drop('badAmount', line, j + 1, text(j));
    // A total (or average × orders) past the bound swamps every sum, as for transactions.
    const total = col.amount >= 0 ? value : value * orders;
    if (!(Math.abs(total) <= MAX_AMOUNT)) return this.drop('amountOutOfRange', line, j + 1, text(j));

    const future = last > this.today;
    if (future && opts.cleaning.dropFuture) return this.drop('future', line, col.date + 1, text(col.date));
    const fresh = this.seen.add(...hashRecord(buf, starts, ends, count));
    const before = this.customers.values.length;
    const c = this.customers.index(idBuf, cs, ce);
    if (c < before) {
      if (!fresh) return this.drop('duplicate', line, 1, text(col.customer));
      const [file, customer, earlier] = [this.fileName, text(col.customer), this.lines.get(c)];
      throw new ImportError(
        'import.summaryRepeats',
        { file, line, customer, earlier },
        `${file}:${line}: customer ${customer} already has a different row (line ${earlier}): ` +
          'a customer summary has one row per customer',
        line,
        col.customer + 1,
      );
    }
    this.lines.push(line);
    if (future && this.futureKept++ === 0) this.firstFuture = { line, column: col.date + 1, raw: formatDay(last) };

    this.firstDay.push(first);
    this.lastDay.push(last);
    this.orders.push(orders);
    this.total.push(col.amount >= 0 ? value : value * orders);
    this.attributes.push(buf, starts, ends, count);
  }

  /** Rows read so far (for progress). */
  get rows(): number {
    return this.rowsRead;
  }

  /** A summary's dates are read in the chosen order only (there is no second pass). */
  get otherOrderFits(): boolean {
    return false;
  }

  /** The table (see summaryToTable) and its report (`elapsedMs`, `fileName`, `bytes` are the caller's). */
  finish(): { table: TransactionTable; report: ImportReport } {
    const firstDay = this.firstDay.finish();
    const lastDay = this.lastDay.finish();
    const orders = this.orders.finish();
    const table = summaryToTable({
      ids: this.customers.values,
      firstDay,
      lastDay,
      orders,
      total: this.total.finish(),
      attributes: this.attributes.finish(),
    });
    const n = orders.length;
    const { opts } = this;
    const report: ImportReport = {
      kind: 'summary',
      fileName: '',
      bytes: 0,
      encoding: opts.encoding,
      delimiter: opts.delimiter,
      hasHeader: opts.hasHeader,
      rowsRead: this.rowsRead,
      rowsKept: n,
      returnsKept: 0,
      dropped: this.log.dropped,
      samples: this.log.samples,
      customers: n,
      invoices: orders.reduce((s, x) => s + x, 0),
      orders: orders.reduce((s, x) => s + x, 0),
      ordersBy: 'summary',
      customersWithoutPurchase: orders.reduce((s, x) => s + +!(x > 0), 0),
      firstDate: n ? formatDay(firstDay.reduce((a, b) => Math.min(a, b))) : null,
      lastDate: n ? formatDay(lastDay.reduce((a, b) => Math.max(a, b))) : null,
      dateOrder: null,
      warnings: [...(opts.notices ?? []), ...importerWarnings(this.bytes, this.futureKept, this.firstFuture)],
      elapsedMs: 0,
    };
    return { table, report };
  }

  private drop(reason: DropReason, line: number, column: number, raw: string): void {
    this.log.drop(reason, line, column, raw);
  }
}
