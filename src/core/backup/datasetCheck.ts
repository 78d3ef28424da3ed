/**
 * Whether one dataset (record, dictionaries, columns) holds together as the importer writes it:
 * the columns the record needs, each with its type and length, codes inside their dictionaries,
 * finite times and amounts. Used on a backup before anything is restored and on a stored dataset
 * when it is opened. Pure; the first problem found is returned with where it is.
 */
import type { NoticeParams } from '../notice/notice.ts';
import { formatDay, MS_PER_DAY, parseIsoDay } from '../values/civil.ts';
import { ITEM_ROLES } from '../model/TransactionTable.ts';
import { isCount, isObject, MAX_ATTRIBUTES, recordProblem } from './recordShape.ts';
import { settingsProblem } from './settingsShape.ts';

export type ColumnType = 'i32' | 'f64';

/** What is wrong, by code; `params` say where (column, row 1-based, field, dictionary) and what. */
export interface DatasetProblem {
  problem:
    | 'record'
    | 'settings'
    | 'entry'
    | 'dictionary'
    | 'dictionaryValue'
    | 'unknownDictionary'
    | 'tooManyColumns'
    | 'missingColumn'
    | 'unknownColumn'
    | 'columnType'
    | 'columnLength'
    | 'columnPlace'
    | 'missingChunk'
    | 'notNumber'
    | 'codeOutOfRange'
    | 'badOrders'
    | 'timeOutOfRange'
    | 'settingsField'
    | 'customerCount'
    | 'invoiceCount'
    | 'badDate'
    | 'dateMismatch';
  params: NoticeParams;
}

/** A column as a backup's manifest or the database declares it, before its values are read. */
export interface DeclaredColumn {
  name: unknown;
  type: unknown;
  length: unknown;
}

/** A column with its values. */
export interface ValueColumn {
  name: string;
  data: Int32Array | Float64Array;
}

/** Dictionaries the record allows, and which codes may be -1 (blank / no invoice). */
const CODED: Record<string, { dictionary: string; blank: boolean }> = {
  customer: { dictionary: 'customer', blank: false },
  invoice: { dictionary: 'invoice', blank: true },
};

/** The columns a sound record needs: name → type and length. The record must be sound (recordProblem). */
export function expectedColumns(record: Record<string, unknown>): Map<string, { type: ColumnType; length: number }> {
  const rows = record.rows as number;
  const out = new Map<string, { type: ColumnType; length: number }>([
    ['customer', { type: 'i32', length: rows }],
    ['time', { type: 'f64', length: rows }],
    ['amount', { type: 'f64', length: rows }],
    ['invoice', { type: 'i32', length: rows }],
  ]);
  (record.attributeNames as string[]).forEach((_, i) => out.set(`attr:${i}`, { type: 'i32', length: rows }));
  if ((record.report as { kind?: string }).kind === 'summary')
    out.set('orders', { type: 'i32', length: record.customers as number });
  // v4 (issue 17): what was bought, and the line's profit (absent in older records: none).
  for (const role of itemRolesOf(record)) out.set(`item:${role}`, { type: 'i32', length: rows });
  if (record.hasProfit === true) out.set('profit', { type: 'f64', length: rows });
  return out;
}

/** The item roles a sound record lists (none before v4). */
const itemRolesOf = (record: Record<string, unknown>) => (record.itemRoles as string[] | undefined) ?? [];

const dictionaryNames = (record: Record<string, unknown>) =>
  new Set([
    'customer',
    'invoice',
    ...(record.attributeNames as string[]).map((_, i) => `attr:${i}`),
    ...itemRolesOf(record).map((role) => `item:${role}`),
  ]);

const problem = (p: DatasetProblem['problem'], params: NoticeParams = {}): DatasetProblem => ({ problem: p, params });

/**
 * Checks a dataset before any column's values are read: the record's shape, the settings, the
 * dictionaries (known names, once each, lists of text) and the declared columns (the ones the
 * record needs, once each, of their type and length). Column counts are bounded before they are
 * walked.
 */
export function layoutProblem(
  record: unknown,
  settings: unknown,
  dictionaries: unknown,
  columns: unknown,
): DatasetProblem | null {
  const field = recordProblem(record);
  if (field) return problem('record', { field });
  const r = record as Record<string, unknown>;
  if (settings !== null && !isObject(settings)) return problem('settings');
  const setting = settings === null ? null : settingsProblem(settings);
  if (setting) return problem('settingsField', { field: setting });
  if (!Array.isArray(dictionaries)) return problem('entry', { field: 'dictionaries' });
  if (!Array.isArray(columns)) return problem('entry', { field: 'columns' });
  const expected = expectedColumns(r);
  if (columns.length > expected.size || dictionaries.length > 2 + MAX_ATTRIBUTES + ITEM_ROLES.length)
    return problem('tooManyColumns', { count: Math.max(columns.length, dictionaries.length), limit: expected.size });
  const allowed = dictionaryNames(r);
  const seenDicts = new Set<string>();
  for (const d of dictionaries as unknown[]) {
    const name = isObject(d) ? d.name : undefined;
    if (typeof name !== 'string' || !allowed.has(name) || seenDicts.has(name))
      return problem('unknownDictionary', { dictionary: String(name) });
    seenDicts.add(name);
    const values = (d as { values?: unknown }).values;
    if (!Array.isArray(values)) return problem('dictionary', { dictionary: name });
    const at = values.findIndex((v) => typeof v !== 'string');
    if (at >= 0) return problem('dictionaryValue', { dictionary: name, entry: at + 1 });
  }
  const seen = new Set<string>();
  for (const c of columns as unknown[]) {
    const name = isObject(c) ? c.name : undefined;
    const want = typeof name === 'string' ? expected.get(name) : undefined;
    if (typeof name !== 'string' || !want || seen.has(name)) return problem('unknownColumn', { column: String(name) });
    seen.add(name);
    const { type, length } = c as unknown as DeclaredColumn;
    if (type !== want.type) return problem('columnType', { column: name, type: String(type) });
    if (!isCount(length) || length !== want.length)
      return problem('columnLength', {
        column: name,
        length: typeof length === 'number' ? length : String(length),
        expected: want.length,
      });
  }
  for (const name of expected.keys()) if (!seen.has(name)) return problem('missingColumn', { column: name });
  return null;
}

/**
 * Checks the values of a dataset whose layout is sound: customer, invoice, attribute and item codes
 * inside their dictionaries (-1, blank, allowed for invoices, attributes and items), times and
 * amounts finite, profits finite or NaN (blank), a summary's order counts at least 1. Rows are
 * 1-based in the result.
 */
export function valuesProblem(
  dictionaries: readonly { name: string; values: readonly unknown[] }[],
  columns: readonly ValueColumn[],
): DatasetProblem | null {
  const size = (name: string) => dictionaries.find((d) => d.name === name)?.values.length ?? 0;
  for (const { name, data } of columns) {
    if (data instanceof Float64Array) {
      // A profit may be missing (NaN: blank or unreadable in the file), never infinite.
      const blank = name === 'profit';
      for (let i = 0; i < data.length; i++)
        if (!Number.isFinite(data[i]) && !(blank && Number.isNaN(data[i])))
          return problem('notNumber', { column: name, row: i + 1, value: String(data[i]) });
      if (name === 'time')
        for (let i = 0; i < data.length; i++)
          if (data[i] < MIN_TIME || data[i] > MAX_TIME)
            return problem('timeOutOfRange', { column: name, row: i + 1, value: String(data[i]) });
      continue;
    }
    if (name === 'orders') {
      for (let i = 0; i < data.length; i++)
        if (data[i] < 1) return problem('badOrders', { column: name, row: i + 1, value: data[i] });
      continue;
    }
    const coded = CODED[name] ?? { dictionary: name, blank: true };
    const n = size(coded.dictionary);
    const low = coded.blank ? -1 : 0;
    for (let i = 0; i < data.length; i++)
      if (data[i] < low || data[i] >= n)
        return problem('codeOutOfRange', { column: name, row: i + 1, value: data[i], size: n });
  }
  return null;
}

/** The earliest time a dataset may hold: 0001-01-01 00:00 (ms since 1970-01-01, civil). */
export const MIN_TIME = -62_135_596_800_000;
/** The latest time a dataset may hold: 9999-12-31 23:59:59.999 (ms since 1970-01-01, civil). */
export const MAX_TIME = 253_402_300_799_999;

/**
 * Checks the record's counts and dates against the data of a dataset whose layout and values are
 * sound, as the importers write them: customers = the customer dictionary's size; invoices = the
 * purchase invoices (distinct invoice codes on rows with a positive amount) of transactions, the
 * sum of the order counts of a summary; firstDate / lastDate the first and last day of the time
 * column (both null only when there are no rows).
 */
export function recordFactsProblem(
  record: Record<string, unknown>,
  dictionaries: readonly { name: string; values: readonly unknown[] }[],
  columns: readonly ValueColumn[],
): DatasetProblem | null {
  const column = (name: string) => columns.find((c) => c.name === name)?.data;
  const size = dictionaries.find((d) => d.name === 'customer')?.values.length ?? 0;
  if (record.customers !== size) return problem('customerCount', { customers: record.customers as number, size });
  const orders = column('orders');
  let invoices = 0;
  if (orders) for (const n of orders) invoices += n;
  else {
    const invoice = column('invoice') as Int32Array;
    const amount = column('amount') as Float64Array;
    const seen = new Set<number>();
    for (let i = 0; i < invoice.length; i++) if (amount[i] > 0 && invoice[i] >= 0) seen.add(invoice[i]);
    invoices = seen.size;
  }
  if (record.invoices !== invoices)
    return problem('invoiceCount', { invoices: record.invoices as number, expected: invoices });
  const time = column('time') as Float64Array;
  let min = Infinity;
  let max = -Infinity;
  for (const t of time) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  for (const [field, t] of [
    ['firstDate', min],
    ['lastDate', max],
  ] as const) {
    const value = record[field];
    const expected = time.length ? formatDay(Math.floor(t / MS_PER_DAY)) : null;
    if (value !== null && (typeof value !== 'string' || parseIsoDay(value) === null))
      return problem('badDate', { field, value: String(value) });
    if (value !== expected) return problem('dateMismatch', { field, value: String(value), expected: String(expected) });
  }
  return null;
}

/** The English text of a problem, without where it is in the file ("column amount, row 17: not a number"). */
export function problemText({ problem: p, params: q }: DatasetProblem): string {
  switch (p) {
    case 'record':
      return `the field ${q.field} is missing or not as Segmap writes it`;
    case 'settings':
      return 'the analysis settings are not a set of choices';
    case 'entry':
      return `its ${q.field} are not a list`;
    case 'dictionary':
      return `the dictionary ${q.dictionary} is not a list`;
    case 'dictionaryValue':
      return `dictionary ${q.dictionary}, entry ${q.entry}: not text`;
    case 'unknownDictionary':
      return `the dictionary ${q.dictionary} is unknown or repeated`;
    case 'tooManyColumns':
      return `${q.count} columns or dictionaries where at most ${q.limit} are possible`;
    case 'missingColumn':
      return `the column ${q.column} is missing`;
    case 'unknownColumn':
      return `the column ${q.column} is unknown or repeated`;
    case 'columnType':
      return `column ${q.column}: the type ${q.type} is not this column's type`;
    case 'columnLength':
      return `column ${q.column}: ${q.length} values where the dataset has ${q.expected}`;
    case 'columnPlace':
      return `column ${q.column}: its bytes (at ${q.offset}) are not where the file's layout puts them`;
    case 'missingChunk':
      return `column ${q.column}: part ${q.chunk} is missing`;
    case 'notNumber':
      return `column ${q.column}, row ${q.row}: not a number (${q.value})`;
    case 'codeOutOfRange':
      return `column ${q.column}, row ${q.row}: code ${q.value} is outside its dictionary of ${q.size} values`;
    case 'badOrders':
      return `column ${q.column}, row ${q.row}: ${q.value} orders (at least 1 expected)`;
    case 'timeOutOfRange':
      return `column ${q.column}, row ${q.row}: ${q.value} is not a time between the years 1 and 9999`;
    case 'settingsField':
      return `the analysis setting ${q.field} is not as Segmap writes it`;
    case 'customerCount':
      return `it lists ${q.customers} customers where its customer ids are ${q.size}`;
    case 'invoiceCount':
      return `it lists ${q.invoices} invoices where its data has ${q.expected}`;
    case 'badDate':
      return `its ${q.field} ${q.value} is not a date (YYYY-MM-DD)`;
    case 'dateMismatch':
      return `its ${q.field} is ${q.value} where its data gives ${q.expected}`;
  }
}
