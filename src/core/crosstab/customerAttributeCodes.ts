import type { TransactionTable } from '../model/TransactionTable.ts';
import { attributeNumber } from '../cluster/customerAttributes.ts';

/** One attribute column of the import as one value per customer. */
export interface CustomerAttribute {
  /** The column's header. */
  name: string;
  /** The column's distinct values (the stored dictionary). */
  values: string[];
  /**
   * Per customer (in the order asked for): index into `values` of the customer's latest non-blank
   * value (the row with the latest date-time that has one; on a tie the later row), −1 when blank.
   */
  codes: Int32Array;
  /** True when every value these customers have reads as a number (e.g. age), and there is one. */
  numeric: boolean;
}

/**
 * The attributes of the given customers (indices into the table's customer ids), one value each:
 * the latest non-blank one. Numbers read as in numericAttributes ("1,234" → 1234).
 */
export function customerAttributeCodes(t: TransactionTable, customers: ArrayLike<number>): CustomerAttribute[] {
  const position = new Int32Array(t.customerIds.length).fill(-1);
  for (let i = 0; i < customers.length; i++) position[customers[i]] = i;
  return t.attributes.map((a) => {
    const codes = new Int32Array(customers.length).fill(-1);
    const when = new Float64Array(customers.length).fill(-Infinity);
    const blank = a.values.map((v) => v.trim() === '');
    for (let r = 0; r < t.rows; r++) {
      const p = position[t.customer[r]];
      const code = a.codes[r];
      if (p < 0 || code < 0 || blank[code] || t.time[r] < when[p]) continue;
      when[p] = t.time[r];
      codes[p] = code;
    }
    const used = new Uint8Array(a.values.length);
    for (const code of codes) if (code >= 0) used[code] = 1;
    let any = false;
    let numeric = true;
    for (let v = 0; v < a.values.length && numeric; v++) {
      if (!used[v]) continue;
      any = true;
      numeric = Number.isFinite(attributeNumber(a.values[v]));
    }
    return { name: a.name, values: a.values, codes, numeric: any && numeric };
  });
}

/** The buffers of customer attributes, to transfer from a worker instead of copying. */
export function attributeBuffers(list: CustomerAttribute[]): ArrayBuffer[] {
  return list.map((a) => a.codes.buffer as ArrayBuffer);
}
