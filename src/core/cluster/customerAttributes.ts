import { customerAttributes } from '../attributes/customerAttributes.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';

/** A customer attribute that reads as numbers (e.g. age), one value per customer. */
export interface NumericAttribute {
  name: string;
  /** Per customer (in the order of `customers`): the latest value; NaN when blank or not a number. */
  values: Float64Array;
}

/** The numeric attributes (core/attributes/customerAttributes.ts) of the given customers, as measures to cluster on. */
export function numericAttributes(t: TransactionTable, customers: ArrayLike<number>): NumericAttribute[] {
  return numericOf(customerAttributes(t, customers));
}

/** The numeric ones of customer attributes, as Clusters uses them. */
export function numericOf(list: ReturnType<typeof customerAttributes>): NumericAttribute[] {
  return list.filter((a) => a.numeric).map((a) => ({ name: a.name, values: a.numbers }));
}
