/**
 * Lines that are not products (issue 17): postage, carriage, fees, bank charges, discounts, manual
 * adjustments, samples, gift vouchers. Online Retail books them as items (POST "POSTAGE", DOT
 * "DOTCOM POSTAGE", M "Manual", C2 "CARRIAGE", AMAZONFEE, BANK CHARGES…); left in, the offers would
 * propose "POSTAGE" and the top products would list it. They are found by the rule of
 * `isServiceItem`, and the user can change the set (ProductSettings.exclude).
 */
import type { TransactionTable } from '../model/TransactionTable.ts';

/**
 * Head words of a fee or service line's name (lower case). English puts the head noun last, so the
 * rule looks at a name's last word: "Next Day Carriage" is a charge, "FRENCH CARRIAGE LANTERN" a
 * lantern.
 */
const FEE_WORDS = new Set([
  'postage',
  'carriage',
  'shipping',
  'delivery',
  'freight',
  'handling',
  'fee',
  'fees',
  'charge',
  'charges',
  'surcharge',
  'commission',
  'discount',
  'discounts',
  'rebate',
  'refund',
  'deposit',
  'tax',
  'vat',
  'manual',
  'sample',
  'samples',
  'adjust',
  'adjustment',
  'adjustments',
  'debt',
  'voucher',
  'vouchers',
  'coupon',
  'coupons',
]);

/** Two-word tails of a service line's name ("Gift Card": "card" alone is a product, a birthday card). */
const FEE_TAILS = ['gift card', 'gift certificate'];

/** Endings of a Chinese service line's name (Chinese also puts the head last: 顺丰快递运费). */
const FEE_ENDINGS_ZH = [
  '运费',
  '邮费',
  '快递费',
  '手续费',
  '服务费',
  '佣金',
  '折扣',
  '优惠',
  '优惠券',
  '样品',
  '调整',
  '代金券',
  '礼品卡',
  '礼券',
];

/** Share of item ids holding a digit from which ids are numbers (a "numbered catalogue", rule 2). */
export const NUMBERED_SHARE = 0.9;

/** A name's words, lower case, without the ones that are only digits (amounts, sizes: £20.00 → none). */
function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !/^\p{N}+$/u.test(w));
}

/**
 * Whether an item is a service or fee line, not a product. Either rule is enough:
 * 1. Its name's head — the last word once numbers and amounts are set aside (case-insensitive) — is
 *    a fee word (postage, carriage, shipping, delivery, freight, handling, fee(s), charge(s),
 *    surcharge, commission, discount(s), rebate, refund, deposit, tax, VAT, manual, sample(s),
 *    adjust(ment), debt, voucher(s), coupon(s)), or the name ends in "gift card" / "gift
 *    certificate", or a Chinese name ends in 运费, 邮费, 快递费, 手续费, 服务费, 佣金, 折扣, 优惠(券),
 *    样品, 调整, 代金券, 礼品卡 or 礼券. On Online Retail: POSTAGE, DOTCOM POSTAGE, CARRIAGE, Next
 *    Day Carriage, PACKING CHARGE, Manual, Discount, SAMPLES, Bank Charges, AMAZON FEE, CRUK
 *    Commission, Adjust bad debt, "Dotcomgiftshop Gift Voucher £20.00".
 * 2. `numbered` (at least NUMBERED_SHARE of the catalogue's ids hold a digit) and its id is 1 to 4
 *    letters with no digit: the odd codes of a numbered catalogue (Online Retail's POST, DOT, M, D,
 *    S, B, CRUK and PADS, a placeholder sold at £0.001; a 9-letter DCGSSGIRL stays a product).
 * `name` is the item's label (its most frequent name, else its id).
 */
export function isServiceItem(id: string, name: string, numbered: boolean): boolean {
  const w = words(name);
  const head = w[w.length - 1];
  if (head !== undefined && FEE_WORDS.has(head)) return true;
  const tail = w.slice(-2).join(' ');
  if (FEE_TAILS.includes(tail)) return true;
  const bare = name.replace(/[\s\p{N}\p{P}\p{S}]+$/u, '');
  if (FEE_ENDINGS_ZH.some((e) => bare.endsWith(e))) return true;
  return numbered && /^\p{L}{1,4}$/u.test(id.trim());
}

/** A service line: its id (as the analyses name items), label, lines and revenue. */
export interface ServiceItem {
  id: string;
  name: string;
  /** Whether isServiceItem finds it (false: only listed by the user). */
  detected: boolean;
  /** Lines of the table with this item (returns included). */
  lines: number;
  /** Revenue of those lines in the file's currency (returns netted in). */
  revenue: number;
}

/** The product column items are named by: product ids, else product names; null without either. */
export function productColumnOf(t: TransactionTable) {
  return t.items?.product ?? t.items?.productName ?? null;
}

/**
 * The table's products that `isServiceItem` takes for service or fee lines, and the products
 * `also` lists (found or not), most lines first (ties by id), with their lines and revenue; []
 * when no product column is mapped. A product's name is its most frequent product name on the
 * table's rows, else its id. Ids of `also` not on the table are left out.
 */
export function serviceItems(t: TransactionTable, also: readonly string[] = []): ServiceItem[] {
  const column = productColumnOf(t);
  if (!column) return [];
  const ids = column.values;
  const n = ids.length;
  const lines = new Int32Array(n);
  const revenue = new Float64Array(n);
  const names = t.items?.productName;
  const byName = names && names.codes !== column.codes ? new Map<number, Map<number, number>>() : null;
  for (let i = 0; i < t.rows; i++) {
    const c = column.codes[i];
    if (c < 0) continue;
    lines[c]++;
    revenue[c] += t.amount[i];
    if (byName && names!.codes[i] >= 0) {
      let m = byName.get(c);
      if (!m) byName.set(c, (m = new Map()));
      m.set(names!.codes[i], (m.get(names!.codes[i]) ?? 0) + 1);
    }
  }
  const label = (c: number): string => {
    const m = byName?.get(c);
    if (!m) return ids[c];
    let best = -1;
    let most = 0;
    for (const [nm, k] of m) if (k > most || (k === most && nm < best)) [best, most] = [nm, k];
    return names!.values[best];
  };
  const numbered = n > 0 && ids.filter((id) => /\p{N}/u.test(id)).length >= NUMBERED_SHARE * n;
  const listed = new Set(also);
  const out: ServiceItem[] = [];
  for (let c = 0; c < n; c++) {
    if (lines[c] === 0) continue;
    const name = label(c);
    const detected = isServiceItem(ids[c], name, numbered);
    if (detected || listed.has(ids[c])) out.push({ id: ids[c], name, detected, lines: lines[c], revenue: revenue[c] });
  }
  return out.sort((a, b) => b.lines - a.lines || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The product ids to leave out of the product analyses for a setting: 'auto' = the detected
 * service lines (serviceItems), else the ids listed.
 */
export function excludedItemIds(t: TransactionTable, exclude: 'auto' | readonly string[]): string[] {
  return exclude === 'auto' ? serviceItems(t).map((s) => s.id) : [...exclude];
}
