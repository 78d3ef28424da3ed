// Issue 17, CLI: `--map product=… --map category=… --map profit=…` reads columns whose headers
// guess nothing, and the report says what was read (distinct items, rows without a profit).
import { describe, expect, it } from 'vitest';
import { segmap, tempFiles, useBuiltCli } from './runCli.ts';

const { write } = tempFiles('segmap-items-');
useBuiltCli();

/** 12 lines, 4 customers; "ref" = product, "grp"/"sub" = category/sub-category, "earn" = profit (line 5 blank, line 9 "x"). */
function file(): string {
  const lines = ['cust,day,total,ref,label,grp,sub,earn'];
  for (let i = 0; i < 12; i++) {
    const earn = i === 3 ? '' : i === 7 ? 'x' : (i * 0.5 - 1).toFixed(2);
    lines.push(
      `K${i % 4},2024-01-${String(i + 1).padStart(2, '0')},${10 + i}.00,R${i % 5},Name ${i % 5},G${i % 2},S${i % 3},${earn}`,
    );
  }
  return lines.join('\n') + '\n';
}

const MAPS = [
  '--map',
  'product=ref',
  '--map',
  'productName=label',
  '--map',
  'category=grp',
  '--map',
  'sub-category=sub',
];

describe('segmap --map for products, categories and profit', () => {
  it('reads the mapped item and profit columns and prints what was read', () => {
    const f = write('items.csv', file());
    const r = segmap(
      'rfm',
      f,
      '--map',
      'customer=cust',
      '--map',
      'date=day',
      '--map',
      'amount=total',
      ...MAPS,
      '--map',
      'profit=earn',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('items:       5 products, 5 product names, 2 categories, 3 sub-categories');
    expect(r.stderr).toContain('profit:      missing on 2 of 12 rows');
    expect(r.stderr).toContain('warning: 1 profit value is not a number (first: line 9, column 8, "x")');
  });

  it('gives the counts in the JSON report', () => {
    const f = write('items-json.csv', file());
    const r = segmap(
      'rfm',
      f,
      '--json',
      '--map',
      'customer=cust',
      '--map',
      'date=day',
      '--map',
      'amount=total',
      ...MAPS,
      '--map',
      'PROFIT=8',
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      rowsKept: 12,
      profitMissing: 2,
      itemsRead: { product: 5, productName: 5, category: 2, subcategory: 3 },
    });
  });

  it('reads no item columns without --map (the headers guess nothing), and refuses an unknown role', () => {
    const f = write('plain.csv', file());
    const r = segmap('rfm', f, '--json', '--map', 'customer=cust', '--map', 'date=day', '--map', 'amount=total');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.itemsRead).toBeUndefined();
    expect(report.profitMissing).toBeUndefined();
    const bad = segmap('rfm', f, '--map', 'brand=ref');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /--map: unknown role "brand" \(use .*product, productName, category, subcategory, profit, name, phone, email, address, city, region\)/,
    );
  });
});
