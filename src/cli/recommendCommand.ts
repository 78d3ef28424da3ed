import { defaultBasketLevel } from '../core/basket/segmentItems.ts';
import { itemLevels } from '../core/basket/customerItems.ts';
import type { ItemLevel } from '../core/basket/types.ts';
import { computeRfm } from '../core/rfm/computeRfm.ts';
import { customerOffers, offerModel } from '../core/offers/offerModel.ts';
import type { OfferModel } from '../core/offers/offerModel.ts';
import { parseFileOptions, UsageError } from './options.ts';
import { printReport } from './printReport.ts';
import { KEEP_FEES_FLAG, productLines } from './productLines.ts';
import { FileError, readTransactions } from './readTransactions.ts';
import { writeCsv } from './writeCsv.ts';

/** The columns of `segmap recommend`. */
export const RECOMMEND_COLUMNS = ['customer_id', 'rank', 'offer', 'score', 'reason'];

const LEVELS: readonly ItemLevel[] = ['category', 'subcategory', 'product'];

/** `--by category|subcategory|product` → the level (default: sub-categories, else categories, else products). */
export function parseLevel(text: string | undefined, mapped: ItemLevel[]): ItemLevel {
  if (text === undefined) {
    const level = defaultBasketLevel(mapped);
    if (!level) {
      throw new FileError('the file maps no product, category or sub-category column (use --map product=COLUMN)');
    }
    return level;
  }
  if (!(LEVELS as readonly string[]).includes(text)) {
    throw new UsageError(`--by: expected category, subcategory or product, got "${text}"`);
  }
  if (!mapped.includes(text as ItemLevel)) {
    throw new FileError(`--by ${text}: the file maps no ${text} column (use --map ${text}=COLUMN)`);
  }
  return text as ItemLevel;
}

/** One line per customer and offer: id, rank (1 = best), item, score (Σ cosine), reason in English. */
export function* recommendRows(om: OfferModel, ids: string[], top: number): Generator<(string | number)[]> {
  const scratch = new Float64Array(om.model.items.length);
  for (let k = 0; k < ids.length; k++) {
    const offers = customerOffers(om, k, top, scratch);
    for (let r = 0; r < offers.length; r++) {
      const o = offers[r];
      yield [ids[k], r + 1, o.item, Math.round(o.score * 1e6) / 1e6, o.reason.text];
    }
  }
}

/**
 * `segmap recommend FILE --out recs.csv [--by category|subcategory|product] [--top N]`: every RFM
 * customer's next best offers (item-to-item cosine over what customers bought; see
 * core/offers/itemItem.ts) as `customer_id,rank,offer,score,reason`; the import report on stderr
 * (stdout with --out), --json prints it as JSON (with `excluded`: the product ids left out). Service
 * and fee lines (postage, fees…; productLines) are never offered nor counted unless --keep-fees.
 */
export async function recommendCommand(args: string[]): Promise<void> {
  const o = parseFileOptions(args, { by: { type: 'string' }, top: { type: 'string' }, ...KEEP_FEES_FLAG });
  const topText = (o.extra.top as string | undefined) ?? '3';
  const top = Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > 50) {
    throw new UsageError(`--top: expected a whole number from 1 to 50, got "${topText}"`);
  }
  const { table, report } = await readTransactions(o);
  const level = parseLevel(o.extra.by as string | undefined, itemLevels(table));
  const rfm = computeRfm(table, { referenceDay: o.referenceDay });
  const products = productLines(table, o.extra['keep-fees'] === true);
  const om = offerModel(products.table, level, rfm.customer);
  const ids = Array.from(rfm.customer, (c) => table.customerIds[c]);
  const excluded = products.excluded.map((s) => s.id);
  if (o.json) {
    process.stdout.write(JSON.stringify({ ...report, level, items: om.model.items.length, excluded }, null, 2) + '\n');
  } else printReport(report, o.out ? process.stdout : process.stderr);
  if (o.out || !o.json) await writeCsv(o.out, RECOMMEND_COLUMNS, recommendRows(om, ids, top));
}
