import type { TransactionTable } from '../model/TransactionTable.ts';
import { MS_PER_DAY } from '../values/civil.ts';

/** A customer attribute that reads as numbers (e.g. age), one value per customer. */
export interface NumericAttribute {
  name: string;
  /** Per customer (in the order of `customers`): the value on their latest row; NaN when blank or not a number. */
  values: Float64Array;
}

/** An attribute value as a number ("1,234" → 1234); NaN when blank or not a number. */
export function attributeNumber(v: string): number {
  const s = v.trim().replace(/,/g, '');
  return s === '' ? NaN : Number(s);
}

/**
 * The numeric attributes of the given customers (indices into the table's customer ids): an
 * attribute is numeric when at least 90 % of its distinct non-blank values parse as numbers. Each
 * customer gets the value of their most recent row that has one.
 */
export function numericAttributes(t: TransactionTable, customers: ArrayLike<number>): NumericAttribute[] {
  const out: NumericAttribute[] = [];
  const position = new Int32Array(t.customerIds.length).fill(-1);
  for (let i = 0; i < customers.length; i++) position[customers[i]] = i;
  for (const a of t.attributes) {
    const parsed = a.values.map(attributeNumber);
    const numeric = parsed.filter(Number.isFinite).length;
    if (!a.values.length || numeric < 0.9 * a.values.length) continue;
    const values = new Float64Array(customers.length).fill(NaN);
    const when = new Float64Array(customers.length).fill(-Infinity);
    for (let r = 0; r < t.rows; r++) {
      const p = position[t.customer[r]];
      const code = a.codes[r];
      if (p < 0 || code < 0 || !Number.isFinite(parsed[code])) continue;
      const day = Math.floor(t.time[r] / MS_PER_DAY);
      if (day >= when[p]) {
        when[p] = day;
        values[p] = parsed[code];
      }
    }
    out.push({ name: a.name, values });
  }
  return out;
}
