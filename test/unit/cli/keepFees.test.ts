// `segmap recommend` and `segmap basket` leave postage and fees out by default (the app's
// detected set) and keep them with --keep-fees: a shop where six of eight customers pay POSTAGE.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmap, tempFiles, useBuiltCli } from './runCli.ts';

useBuiltCli();

const NAMES: Record<string, string> = {
  '85123A': 'WHITE HANGING HEART',
  '22423': 'REGENCY CAKESTAND',
  '47566': 'PARTY BUNTING',
  '21212': 'CAKE CASES',
  POST: 'POSTAGE',
};
const SETS: Record<string, string[]> = {
  '12001': ['85123A', '22423', 'POST'],
  '12002': ['85123A', '22423', 'POST'],
  '12003': ['85123A', '47566', 'POST'],
  '12004': ['85123A', '21212', 'POST'],
  '12005': ['22423', '47566', 'POST'],
  '12006': ['22423', '21212', 'POST'],
  '12007': ['47566', '21212'],
  '12008': ['85123A'],
};
let invoice = 536000;
const csv =
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID\n' +
  Object.entries(SETS)
    .flatMap(([c, codes], k) => {
      invoice++;
      return codes.map(
        (code) =>
          `${invoice},${code},${NAMES[code]},2,2011-0${1 + (k % 8)}-10 10:00,${code === 'POST' ? 18 : 2.5},${c}`,
      );
    })
    .join('\n') +
  '\n';

const { dir, write } = tempFiles('segmap-fees-');
const FILE = write('shop.csv', csv);

describe('service and fee lines in the CLI', () => {
  it('recommend: POSTAGE is never offered by default, and is with --keep-fees', () => {
    const out = join(dir, 'recs.csv');
    const r = segmap('recommend', FILE, '--by', 'product', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/left out 1 service or fee item \(6 lines\): POST \(POSTAGE\); --keep-fees keeps them/);
    const offers = readFileSync(out, 'utf8').trim().split('\n').slice(1);
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.filter((l) => l.includes('POSTAGE'))).toEqual([]);
    // 12008 owns only WHITE HANGING HEART, with no neighbour of 3 co-buyers but POSTAGE: filled up
    // with the most bought products (4 buyers, then 3 and 3 in the file's order).
    expect(offers.filter((l) => l.startsWith('12008,')).map((l) => l.split(',')[2])).toEqual([
      'REGENCY CAKESTAND',
      'PARTY BUNTING',
      'CAKE CASES',
    ]);

    const kept = join(dir, 'recs-fees.csv');
    const k = segmap('recommend', FILE, '--by', 'product', '--out', kept, '--keep-fees');
    expect(k.code).toBe(0);
    expect(k.stderr).not.toMatch(/left out/);
    const withFees = readFileSync(kept, 'utf8').trim().split('\n').slice(1);
    // 4 of the 5 buyers of WHITE HANGING HEART pay postage: it is 12008's first offer.
    expect(withFees.filter((l) => l.startsWith('12008,'))[0].split(',')[2]).toBe('POSTAGE');
  });

  it('recommend --json names the ids left out', () => {
    const r = segmap('recommend', FILE, '--by', 'product', '--json', '--out', join(dir, 'r.csv'));
    expect(JSON.parse(r.stdout).excluded).toEqual(['POST']);
    const k = segmap('recommend', FILE, '--by', 'product', '--json', '--out', join(dir, 'k.csv'), '--keep-fees');
    expect(JSON.parse(k.stdout).excluded).toEqual([]);
  });

  it('basket: no POSTAGE row by default and shares over the products add up to 1 per segment', () => {
    const rows = (...args: string[]) => {
      const r = segmap('basket', FILE, '--json', '--by', 'product', ...args);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout).rows as { segment: string; category: string; revenue: number; share: number }[];
    };
    const products = rows();
    expect(products.some((r) => r.category === 'POSTAGE')).toBe(false);
    const all = rows('--keep-fees');
    expect(all.some((r) => r.category === 'POSTAGE')).toBe(true);
    for (const list of [products, all]) {
      const by = new Map<string, number>();
      for (const r of list) by.set(r.segment, (by.get(r.segment) ?? 0) + r.share);
      for (const s of by.values()) expect(s).toBeCloseTo(1, 9);
    }
    // A product's revenue is the same either way; its share is larger without postage.
    const cake = (list: typeof all) => list.filter((r) => r.category === 'CAKE CASES');
    expect(cake(products).map((r) => r.revenue)).toEqual(cake(all).map((r) => r.revenue));
    cake(products).forEach((r, i) => expect(r.share).toBeGreaterThan(cake(all)[i].share));
  });
});
