/**
 * The one definition of "a customer's attributes": every attribute column kept at import, reduced
 * to one value per customer. Clusters (numeric measures), Cross-tabs (categories), the search text
 * and the customer card all derive from `customerAttributes`, so they never disagree on what a
 * customer's age is or whether age is a number.
 *
 * - Latest: each customer's value is their latest non-blank value, by date-time; on a tie (the same
 *   date-time) the later row of the file.
 * - Numeric: an attribute is numeric when at least 90 % of the distinct non-blank values these
 *   customers have read as numbers ("1,234" → 1234), and there is at least one. Its number per
 *   customer is NaN when the value is blank or does not read as a number ("unknown").
 */
import type { ContactRole } from '../import/types.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';

/** Share of distinct values that must read as numbers for an attribute to be numeric. */
export const NUMERIC_SHARE = 0.9;

/** One attribute column of the import as one value per customer. */
export interface CustomerAttribute {
  /** The column's header. */
  name: string;
  /** The column's distinct values (the stored dictionary). */
  values: string[];
  /** Per customer (in the order asked for): index into `values` of the latest non-blank value, −1 when blank. */
  codes: Int32Array;
  /** Whether the attribute is numeric (see the module comment); never for a contact. */
  numeric: boolean;
  /** The contact it is (name, phone, region…), when mapped as one. */
  kind?: ContactRole;
  /** Per customer: the value as a number, NaN when blank or not a number (all NaN when not numeric). */
  numbers: Float64Array;
}

/** An attribute value as a number ("1,234" → 1234); NaN when blank or not a number. */
export function attributeNumber(v: string): number {
  const s = v.trim().replace(/,/g, '');
  return s === '' ? NaN : Number(s);
}

/** The attributes of the given customers (indices into the table's customer ids), one value each. */
export function customerAttributes(t: TransactionTable, customers: ArrayLike<number>): CustomerAttribute[] {
  const position = new Int32Array(t.customerIds.length).fill(-1);
  for (let i = 0; i < customers.length; i++) position[customers[i]] = i;
  return t.attributes.map((a) => {
    const codes = new Int32Array(customers.length).fill(-1);
    const when = new Float64Array(customers.length).fill(-Infinity);
    const blank = a.values.map((v) => v.trim() === '');
    for (let r = 0; r < t.rows; r++) {
      const p = position[t.customer[r]];
      const code = a.codes[r];
      // `<` and not `<=`: on the same date-time the later row wins.
      if (p < 0 || code < 0 || blank[code] || t.time[r] < when[p]) continue;
      when[p] = t.time[r];
      codes[p] = code;
    }
    const parsed = a.values.map(attributeNumber);
    const used = new Uint8Array(a.values.length);
    for (const code of codes) if (code >= 0) used[code] = 1;
    let distinct = 0;
    let numbers = 0;
    for (let v = 0; v < a.values.length; v++) {
      if (!used[v]) continue;
      distinct++;
      if (Number.isFinite(parsed[v])) numbers++;
    }
    // A contact (a phone number, a postcode in an address) is never a measure.
    const numeric = !a.kind && distinct > 0 && numbers >= NUMERIC_SHARE * distinct;
    const asNumbers = new Float64Array(customers.length).fill(NaN);
    if (numeric) for (let p = 0; p < codes.length; p++) if (codes[p] >= 0) asNumbers[p] = parsed[codes[p]];
    return { name: a.name, values: a.values, codes, numeric, numbers: asNumbers, ...(a.kind ? { kind: a.kind } : {}) };
  });
}

/** One customer's latest value of each attribute that has one, by attribute name (the card). */
export function attributesOfCustomer(t: TransactionTable, customer: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of customerAttributes(t, [customer])) if (a.codes[0] >= 0) out[a.name] = a.values[a.codes[0]];
  return out;
}

/** The buffers of customer attributes, to transfer from a worker instead of copying. */
export function attributeBuffers(list: CustomerAttribute[]): ArrayBuffer[] {
  return list.flatMap((a) => [a.codes.buffer as ArrayBuffer, a.numbers.buffer as ArrayBuffer]);
}
