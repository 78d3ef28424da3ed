/**
 * Segments by what customers do, not only by their scores: conditions on raw values (recency in
 * days, orders, spend or profit in a range), "bought in the last N days", "bought item X (within
 * N days, or never)" and "attribute equals". A custom rule's conditions are ANDed with its score
 * ranges; the first matching rule wins (scoreRules.applyRules).
 */
import { customerAttributes } from '../attributes/customerAttributes.ts';
import type { CustomerAttribute } from '../attributes/customerAttributes.ts';
import { customerItems } from '../basket/customerItems.ts';
import type { CustomerItems, ItemLevel } from '../basket/types.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { CoreError } from '../notice/notice.ts';

/** The raw-value measures a range condition reads: days, orders, currency (revenue), currency (profit). */
export const RANGE_KINDS = ['recencyDays', 'orders', 'spend', 'profit'] as const;
export type RangeKind = (typeof RANGE_KINDS)[number];
const LEVELS: readonly ItemLevel[] = ['category', 'subcategory', 'product'];

/**
 * One condition of a custom rule. Ranges are inclusive (min ≤ value ≤ max; a missing end is open).
 * `days` / `within`: the purchase lies in the last N days before the reference day (recency ≤ N).
 * `item`: the item's id as in the file (category or sub-category name; product id, or the product's
 * name when no product id is mapped). `equals`: the customer's latest value of the attribute
 * (customerAttributes), compared trimmed.
 */
export type RuleCondition =
  | { kind: RangeKind; min?: number; max?: number }
  | { kind: 'boughtWithin'; days: number }
  | { kind: 'boughtItem'; level: ItemLevel; item: string; within?: number; never?: boolean }
  | { kind: 'attribute'; name: string; equals: string };

/** What the conditions read per customer (in the RFM table's order), computed on demand. */
export interface ConditionFacts {
  n: number;
  /** The reference day (days since 1970-01-01): "the last N days" are the N days before it. */
  referenceDay: number;
  /** Whole days since the last purchase (RFM recency). */
  recency: ArrayLike<number>;
  /** Orders (RFM frequency). */
  orders: ArrayLike<number>;
  /** Σ amount (currency), the RFM monetary value on revenue. */
  spend: ArrayLike<number>;
  /** Σ profit (currency), null when no profit column is mapped. */
  profit: ArrayLike<number> | null;
  /** What each customer bought at a level (throws basket.noItems without that column). */
  items(level: ItemLevel): CustomerItems;
  /** The attribute of that header, one latest value per customer, or undefined. */
  attribute(name: string): CustomerAttribute | undefined;
}

/** The RFM columns the facts align with (computeRfm's table). */
export interface RfmColumns {
  customer: Int32Array;
  recency: ArrayLike<number>;
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
  referenceDay: number;
}

/**
 * The facts of the RFM table's customers on transactions `t` (the same table the RFM came from:
 * an as-of table for an earlier reference day). Items and attributes are computed on first use.
 */
export function conditionFacts(t: TransactionTable, rfm: RfmColumns): ConditionFacts {
  const n = rfm.customer.length;
  const items = new Map<ItemLevel, CustomerItems>();
  let attributes: CustomerAttribute[] | null = null;
  return {
    n,
    referenceDay: rfm.referenceDay,
    recency: rfm.recency,
    orders: rfm.frequency,
    spend: rfm.monetary,
    profit: t.profit ? customerProfit(t, rfm.customer) : null,
    items(level) {
      let c = items.get(level);
      if (!c) items.set(level, (c = customerItems(t, level, rfm.customer)));
      return c;
    },
    attribute(name) {
      attributes ??= customerAttributes(t, rfm.customer);
      return attributes.find((a) => a.name === name);
    },
  };
}

/** Σ profit per customer of `customers` (dictionary indices), blank (NaN) lines left out. */
export function customerProfit(t: TransactionTable, customers: Int32Array): Float64Array {
  const byCustomer = new Float64Array(t.customerIds.length);
  const p = t.profit;
  if (p) for (let i = 0; i < t.rows; i++) if (!Number.isNaN(p[i])) byCustomer[t.customer[i]] += p[i];
  return Float64Array.from(customers, (c) => Math.round(byCustomer[c] * 1e6) / 1e6);
}

const inRange = (x: number, min: number | undefined, max: number | undefined) =>
  (min === undefined || x >= min) && (max === undefined || x <= max);

/**
 * Per customer 1 when every condition holds, else 0 (no conditions: all 1). Throws CoreError
 * `rules.noProfit` for a profit range without a profit column, `rules.unknownItem` for an item the
 * level does not have, `rules.unknownAttribute` for a missing attribute, and basket.noItems for a
 * level without a column.
 */
export function matchConditions(facts: ConditionFacts, conditions: readonly RuleCondition[]): Uint8Array {
  const out = new Uint8Array(facts.n).fill(1);
  for (const c of conditions) {
    switch (c.kind) {
      case 'recencyDays':
      case 'orders':
      case 'spend':
      case 'profit': {
        const values =
          c.kind === 'recencyDays'
            ? facts.recency
            : c.kind === 'orders'
              ? facts.orders
              : c.kind === 'spend'
                ? facts.spend
                : facts.profit;
        if (!values)
          throw new CoreError(
            'rules.noProfit',
            {},
            'a rule asks for profit, but the file has no profit column: map one at import',
          );
        for (let i = 0; i < facts.n; i++) if (out[i] && !inRange(values[i], c.min, c.max)) out[i] = 0;
        break;
      }
      case 'boughtWithin':
        for (let i = 0; i < facts.n; i++) if (out[i] && !(facts.recency[i] <= c.days)) out[i] = 0;
        break;
      case 'boughtItem': {
        const items = facts.items(c.level);
        const k = items.itemIds.indexOf(c.item);
        if (k < 0) {
          throw new CoreError(
            'rules.unknownItem',
            { level: c.level, item: c.item },
            `a rule asks for ${c.level} "${c.item}", which no customer bought: check the spelling`,
          );
        }
        const bought = boughtItem(items, k, c.within, facts.referenceDay);
        for (let i = 0; i < facts.n; i++) if (out[i] && bought[i] === (c.never ? 1 : 0)) out[i] = 0;
        break;
      }
      case 'attribute': {
        const a = facts.attribute(c.name);
        if (!a) {
          throw new CoreError(
            'rules.unknownAttribute',
            { name: c.name },
            `a rule asks for the attribute "${c.name}", which the file does not have`,
          );
        }
        const want = c.equals.trim();
        const hit = a.values.map((v) => v.trim() === want);
        for (let i = 0; i < facts.n; i++) if (out[i] && !(a.codes[i] >= 0 && hit[a.codes[i]])) out[i] = 0;
        break;
      }
    }
  }
  return out;
}

/**
 * Per customer 1 when they bought item k (a positive line), within the last `within` days when
 * given: the item's last purchase day is at most `within` days before the reference day.
 */
function boughtItem(items: CustomerItems, k: number, within: number | undefined, referenceDay: number): Uint8Array {
  const n = items.offsets.length - 1;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (let e = items.offsets[i]; e < items.offsets[i + 1]; e++) {
      if (items.item[e] !== k || !(items.lines[e] > 0)) continue;
      if (within === undefined || referenceDay - items.lastDay[e] <= within) out[i] = 1;
      break;
    }
  }
  return out;
}

/** A condition read from JSON (settings, --rules FILE.json), or null when it is not one. */
export function conditionFrom(x: unknown): RuleCondition | null {
  if (typeof x !== 'object' || x === null) return null;
  const o = x as Record<string, unknown>;
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  const days = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  switch (o.kind) {
    case 'recencyDays':
    case 'orders':
    case 'spend':
    case 'profit': {
      if (o.min !== undefined && !num(o.min)) return null;
      if (o.max !== undefined && !num(o.max)) return null;
      if (o.min === undefined && o.max === undefined) return null;
      if (o.min !== undefined && o.max !== undefined && (o.min as number) > (o.max as number)) return null;
      const c: RuleCondition = { kind: o.kind };
      if (o.min !== undefined) c.min = o.min as number;
      if (o.max !== undefined) c.max = o.max as number;
      return c;
    }
    case 'boughtWithin':
      return days(o.days) ? { kind: 'boughtWithin', days: o.days as number } : null;
    case 'boughtItem': {
      if (!LEVELS.includes(o.level as ItemLevel) || typeof o.item !== 'string' || o.item === '') return null;
      if (o.within !== undefined && !days(o.within)) return null;
      if (o.never !== undefined && typeof o.never !== 'boolean') return null;
      const c: RuleCondition = { kind: 'boughtItem', level: o.level as ItemLevel, item: o.item };
      if (o.within !== undefined) c.within = o.within as number;
      if (o.never) c.never = true;
      return c;
    }
    case 'attribute':
      return typeof o.name === 'string' && o.name !== '' && typeof o.equals === 'string'
        ? { kind: 'attribute', name: o.name, equals: o.equals }
        : null;
    default:
      return null;
  }
}

/** A list of conditions read from JSON, or null when it is not an array of conditions. */
export function conditionsFrom(x: unknown): RuleCondition[] | null {
  if (!Array.isArray(x)) return null;
  const out = x.map(conditionFrom);
  return out.every((c) => c !== null) ? (out as RuleCondition[]) : null;
}
