import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { MS_PER_DAY, parseIsoDay } from '../../../src/core/values/civil.ts';

/** A transaction row for a hand-built table: customer, day 'YYYY-MM-DD', amount, invoice, attributes. */
export type Row = [customer: string, day: string, amount: number, invoice?: string, attrs?: Record<string, string>];

/** Builds a TransactionTable straight from rows (no import cleaning), attributes blank unless given. */
export function tableOf(rows: Row[], attributeNames: string[] = []): TransactionTable {
  const customerIds: string[] = [];
  const invoiceIds: string[] = [];
  const code = (list: string[], v: string) => {
    const i = list.indexOf(v);
    return i >= 0 ? i : list.push(v) - 1;
  };
  const withInvoice = rows.some((r) => r[3] !== undefined);
  const attributes = attributeNames.map((name) => {
    const values: string[] = [];
    const codes = Int32Array.from(rows, (r) => (r[4]?.[name] ? code(values, r[4][name]) : -1));
    return { name, codes, values };
  });
  return {
    rows: rows.length,
    customer: Int32Array.from(rows, (r) => code(customerIds, r[0])),
    customerIds,
    time: Float64Array.from(rows, (r) => parseIsoDay(r[1])! * MS_PER_DAY),
    amount: Float64Array.from(rows, (r) => r[2]),
    invoice: Int32Array.from(rows, (r) => (withInvoice ? code(invoiceIds, r[3]!) : -1)),
    invoiceIds,
    attributes,
  };
}
