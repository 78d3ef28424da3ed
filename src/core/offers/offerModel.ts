/**
 * The offers of a table's customers: the item-to-item model fitted on what every customer bought
 * over the whole table, and each customer's top offers with the reason in words. Used by the data
 * worker (card, cube) and `segmap recommend`.
 */
import { customerItems, itemLevels } from '../basket/customerItems.ts';
import { defaultBasketLevel } from '../basket/segmentItems.ts';
import type { CustomerItems, ItemLevel, Offer } from '../basket/types.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { fitItemItem, ownedInModel, topOffers } from './itemItem.ts';
import type { ItemItemModel, ItemItemOptions, RankedOffer } from './itemItem.ts';
import { offerReason } from './offerReason.ts';

export interface OfferModel {
  level: ItemLevel;
  /** The customers' items (customer k = the k-th of the `customers` passed). */
  ci: CustomerItems;
  model: ItemItemModel;
}

/** Fits the offers at `level` for `customers` (indexes into t.customerIds; default all). */
export function offerModel(
  t: TransactionTable,
  level: ItemLevel,
  customers: Int32Array = Int32Array.from({ length: t.customerIds.length }, (_, c) => c),
  options: Partial<ItemItemOptions> = {},
): OfferModel {
  const ci = customerItems(t, level, customers);
  return { level, ci, model: fitItemItem(ci, options) };
}

/** Customer k's ranked offers (item indices and Σ sim scores). */
export function rankedOffers(om: OfferModel, k: number, n = 3, scratch?: Float64Array): RankedOffer[] {
  return topOffers(om.model, ownedInModel(om.model, k), n, scratch);
}

/** Customer k's top `n` offers with their reasons; p is NaN (see crossSellPotential for a chance). */
export function customerOffers(om: OfferModel, k: number, n = 3, scratch?: Float64Array): Offer[] {
  const owned = ownedInModel(om.model, k);
  return rankedOffers(om, k, n, scratch).map((o) => ({
    item: om.model.items[o.item],
    score: o.score,
    p: NaN,
    reason: offerReason(om.model, owned, o.item),
  }));
}

/**
 * The level offers count at: `wanted` when the table maps it, else the segment table's default
 * (sub-categories, else categories, else products: on the office sample, products give offers no
 * better than popularity, 1.9 % hit at 3, and no replenishment at all); null when none.
 */
export function offerLevelOf(t: TransactionTable, wanted: ItemLevel | null): ItemLevel | null {
  const mapped = itemLevels(t);
  if (wanted && mapped.includes(wanted)) return wanted;
  return defaultBasketLevel(mapped);
}
