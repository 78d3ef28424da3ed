import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerItems } from '../../../src/core/basket/customerItems.ts';
import { basketRows, segmentItems } from '../../../src/core/basket/segmentItems.ts';
import { computeRfm, rfmOnBasis } from '../../../src/core/rfm/computeRfm.ts';
import { DEFAULT_SEGMENT_OPTIONS, segmentCustomers } from '../../../src/core/segments/segmentCustomers.ts';
import { BASKET_CATEGORIES, basketCsv } from '../../fixtures/basketFixture.ts';
import { importText } from '../helpers.ts';
import { segmap, tempFiles, useBuiltCli } from './runCli.ts';

useBuiltCli();
const { dir, write } = tempFiles('segmap-basket-');
const FILE = write('basket.csv', basketCsv());

interface Row {
  segment: string;
  category: string;
  customers: number;
  revenue: number;
  profit: number | null;
  share: number | null;
  lift: number | null;
}

/** The fixture keeps c04's return (−10 Paper) as in basketFixture.ts: --keep-returns. */
const json = (...args: string[]) => {
  const r = segmap('basket', FILE, '--json', '--keep-returns', ...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { by: string; scheme: string; rows: Row[] };
};

describe('segmap basket', () => {
  it('prints exactly {by, scheme, rows} with the seven row fields', () => {
    const out = json('--by', 'category');
    expect(Object.keys(out)).toEqual(['by', 'scheme', 'rows']);
    expect(out.by).toBe('category');
    expect(out.scheme).toBe('rfm11');
    for (const r of out.rows) {
      expect(Object.keys(r)).toEqual(['segment', 'category', 'customers', 'revenue', 'profit', 'share', 'lift']);
    }
  });

  it.each(['rfm11', 'cn8', 'tiers'])(
    '--scheme %s: the rows of the core on the same import, segment ids as `segmap segments` writes them',
    async (scheme) => {
      const out = json('--scheme', scheme);
      // Only a category column: the default level is category.
      expect(out.by).toBe('category');
      const { table } = await importText(basketCsv(), { cleaning: { keepReturns: true } });
      const rfm = computeRfm(table);
      const seg = segmentCustomers(rfm, { ...DEFAULT_SEGMENT_OPTIONS, scheme: scheme as 'rfm11' });
      const want = basketRows(
        segmentItems(customerItems(table, 'category', rfm.customer), { labels: seg.ids, codes: seg.segment }),
      );
      expect(out.rows.map((r) => [r.segment, r.category, r.customers])).toEqual(
        want.map((r) => [r.segment, r.category, r.customers]),
      );
      out.rows.forEach((r, i) => {
        expect(r.revenue).toBeCloseTo(want[i].revenue, 6);
        expect(r.profit).toBeCloseTo(want[i].profit, 6);
        expect(r.share).toBeCloseTo(want[i].share, 12);
        expect(r.lift).toBeCloseTo(want[i].lift, 12);
      });
      // The hand-worked item totals of basketFixture.ts, whatever the segments.
      const byItem = Object.fromEntries(
        BASKET_CATEGORIES.map((k) => [k, out.rows.filter((r) => r.category === k).reduce((s, r) => s + r.revenue, 0)]),
      );
      expect(byItem).toEqual({ Art: 100, Binders: 225, Paper: 225, Phones: 450 });
      // Each segment's shares sum to 1.
      for (const g of new Set(out.rows.map((r) => r.segment))) {
        const sum = out.rows.filter((r) => r.segment === g).reduce((s, r) => s + r.share!, 0);
        expect(sum).toBeCloseTo(1, 12);
      }
      // Segment ids are the ones `segmap segments` writes.
      const written = segmap('segments', FILE, '--scheme', scheme).stdout.trim().split('\n').slice(1);
      const ids = new Set(written.map((l) => l.split(',').at(-1)));
      expect(new Set(out.rows.map((r) => r.segment))).toEqual(ids);
    },
  );

  it('--value profit segments customers with M ranked on profit, as segmap segments --value profit', async () => {
    const { table } = await importText(basketCsv(), { cleaning: { keepReturns: true } });
    const rfm = computeRfm(table);
    const rowsOf = (basis: 'revenue' | 'profit') => {
      const seg = segmentCustomers(rfmOnBasis(rfm, basis), { ...DEFAULT_SEGMENT_OPTIONS, scheme: 'cn8' });
      return basketRows(
        segmentItems(customerItems(table, 'category', rfm.customer), { labels: seg.ids, codes: seg.segment }),
      ).map((r) => [r.segment, r.category, r.customers]);
    };
    const onProfit = json('--by', 'category', '--scheme', 'cn8', '--value', 'profit').rows;
    expect(onProfit.map((r) => [r.segment, r.category, r.customers])).toEqual(rowsOf('profit'));
    // The fixture ranks customers differently on profit: the test fails if --value were ignored.
    expect(rowsOf('profit')).not.toEqual(rowsOf('revenue'));
    const plain = write('plain.csv', 'customer,date,amount,category\na,2024-01-01,5,Art\n');
    const r = segmap('basket', plain, '--value', 'profit');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/needs a profit column/);
  });

  it('writes the rows as CSV with --out', () => {
    const path = join(dir, 'rows.csv');
    const r = segmap('basket', FILE, '--out', path);
    expect(r.code).toBe(0);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('segment,category,customers,revenue,profit,share,lift');
    expect(lines).toHaveLength(1 + json().rows.length);
  });

  it.each([
    { args: ['--by', 'brand'], code: 2, err: /--by: expected category, subcategory or product, got "brand"/ },
    { args: ['--by', 'product'], code: 1, err: /no product column \(map one with --map product=COLUMN/ },
    { args: ['--by', 'subcategory'], code: 1, err: /no sub-category column \(map one with --map subcategory=COLUMN/ },
  ])('refuses $args', ({ args, code, err }) => {
    const r = segmap('basket', FILE, '--json', ...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(err);
    expect(r.stdout).toBe('');
  });

  it('says which roles to map when the file has no item column', () => {
    const plain = write('plain.csv', 'customer,date,amount\na,2024-01-01,10\nb,2024-01-02,20\n');
    const r = segmap('basket', plain, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no category column \(map one with --map category=COLUMN\)/);
  });

  it('maps a column to an item role with --map', () => {
    const renamed = write('renamed.csv', basketCsv().replace('Category', 'Family'));
    const r = segmap('basket', renamed, '--json', '--map', 'category=Family');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { rows: Row[] }).rows.length).toBeGreaterThan(0);
  });
});
