import { readFile } from 'node:fs/promises';
import { customerItems, itemLevels } from '../core/basket/customerItems.ts';
import { basketRows, defaultBasketLevel, segmentItems } from '../core/basket/segmentItems.ts';
import type { ItemLevel } from '../core/basket/types.ts';
import { computeRfm, rfmOnBasis } from '../core/rfm/computeRfm.ts';
import { segmentCustomers } from '../core/segments/segmentCustomers.ts';
import { formatDay } from '../core/values/civil.ts';
import { parseFileOptions, refuseOverwrite, UsageError } from './options.ts';
import { printReport } from './printReport.ts';
import { KEEP_FEES_FLAG, productLines } from './productLines.ts';
import { FileError, readTransactions } from './readTransactions.ts';
import { parseRules, SEGMENT_FLAGS, segmentOptions } from './segmentsCommand.ts';
import { requireProfit, valueBasisOf } from './valueBasis.ts';
import { writeCsv } from './writeCsv.ts';

const LEVELS: readonly ItemLevel[] = ['category', 'subcategory', 'product'];
/** The roles to map for a level, as --map takes them. */
const ROLE_HINT: Record<ItemLevel, string> = {
  category: '--map category=COLUMN',
  subcategory: '--map subcategory=COLUMN',
  product: '--map product=COLUMN (or productName=COLUMN)',
};

const money = (x: number) => Math.round(x * 1e6) / 1e6;
const nullable = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * `segmap basket FILE`: what each segment buys. One row per segment (ids as `segmap segments`
 * writes them; the rule names for --scheme custom) and item at the --by level (category,
 * subcategory or product; default sub-categories where mapped, else categories, else products):
 * buyers, revenue, profit, share of the segment's revenue and lift against all customers, without
 * the service and fee lines (postage, fees…; productLines) unless --keep-fees.
 * --json prints {"by","scheme","rows":[…]}; else CSV to --out or stdout, the report on stderr.
 * --value profit segments customers with M ranked on profit (the rows still give both sums).
 */
export async function basketCommand(args: string[]): Promise<void> {
  const o = parseFileOptions(args, { ...SEGMENT_FLAGS, by: { type: 'string' }, ...KEEP_FEES_FLAG });
  const x = o.extra;
  if (x.names !== undefined) throw new UsageError('--names: basket writes segment ids');
  const by = x.by as string | undefined;
  if (by !== undefined && !(LEVELS as readonly string[]).includes(by)) {
    throw new UsageError(`--by: expected category, subcategory or product, got "${by}"`);
  }
  let rules: { name: string }[] = [];
  if (typeof x.rules === 'string') {
    if (x.scheme !== 'custom') throw new UsageError('--rules: only with --scheme custom');
    refuseOverwrite(o.out, [x.rules]);
    const text = await readFile(x.rules, 'utf8').catch(() => {
      throw new FileError(`${x.rules}: cannot read the file`);
    });
    rules = parseRules(x.rules, text);
  }
  const options = segmentOptions(x, rules as Parameters<typeof segmentOptions>[1]);
  const valueBasis = valueBasisOf(x.value);
  const { table, report } = await readTransactions(o);
  requireProfit(o.file, valueBasis, table.profit !== undefined);
  const levels = itemLevels(table);
  const level = (by as ItemLevel | undefined) ?? defaultBasketLevel(levels);
  if (!level || !levels.includes(level)) {
    const want = level ?? 'category';
    throw new FileError(
      `${o.file}: no ${want === 'subcategory' ? 'sub-category' : want} column (map one with ${ROLE_HINT[want]})`,
    );
  }
  const rfm = computeRfm(table, { referenceDay: o.referenceDay });
  // The segments on the value basis (--value profit: M ranked on profit), as `segmap segments`.
  const seg = segmentCustomers(rfmOnBasis(rfm, valueBasis), options);
  const labels = seg.ids.map((id, i) => (options.scheme === 'custom' && i < rules.length ? rules[i].name : id));
  const products = productLines(table, x['keep-fees'] === true).table;
  const rows = basketRows(
    segmentItems(customerItems(products, level, rfm.customer), {
      labels,
      codes: seg.segment,
    }),
  );
  if (o.json) {
    const out = rows.map((r) => ({
      segment: r.segment,
      category: r.category,
      customers: r.customers,
      revenue: money(r.revenue),
      profit: Number.isFinite(r.profit) ? money(r.profit) : null,
      share: nullable(r.share),
      lift: nullable(r.lift),
    }));
    process.stdout.write(JSON.stringify({ by: level, scheme: options.scheme, rows: out }, null, 2) + '\n');
    if (!o.out) return;
  } else {
    printReport({ ...report, referenceDate: formatDay(rfm.referenceDay), rfmCustomers: rfm.n }, process.stderr);
  }
  const cell = (v: number) => (Number.isFinite(v) ? v : '');
  await writeCsv(
    o.out,
    ['segment', 'category', 'customers', 'revenue', 'profit', 'share', 'lift'],
    rows.map((r) => [
      r.segment,
      r.category,
      r.customers,
      money(r.revenue),
      Number.isFinite(r.profit) ? money(r.profit) : '',
      cell(r.share),
      cell(r.lift),
    ]),
  );
}
