// Issue 17 in the browser: a CSV with product, category and profit columns gets those roles in
// the mapping step, its report lists what was read, and the dataset stored in IndexedDB keeps the
// item and profit columns across a reload.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();

/** 30 order lines of 6 customers: 5 products in 2 categories and 3 sub-categories; line 8's profit blank. */
function officeCsv(): string {
  const lines = ['Order ID,Order Date,Customer ID,Segment,Product ID,Product Name,Category,Sub-Category,Sales,Profit'];
  const products = [
    ['OFF-PA-1', 'Copy paper', 'Office Supplies', 'Paper'],
    ['OFF-BI-2', 'Ring binder', 'Office Supplies', 'Binders'],
    ['OFF-PA-3', 'Notepad', 'Office Supplies', 'Paper'],
    ['TEC-PH-4', 'Desk phone', 'Technology', 'Phones'],
    ['TEC-PH-5', 'Headset', 'Technology', 'Phones'],
  ];
  for (let i = 0; i < 30; i++) {
    const [id, name, cat, sub] = products[i % 5];
    const profit = i === 6 ? '' : ((i % 7) * 1.5 - 2).toFixed(2);
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      `US-2024-${1000 + Math.floor(i / 2)},2024-03-${day},CU-${i % 6},${i % 2 ? 'Consumer' : 'Corporate'},${id},${name},${cat},${sub},${(20 + i).toFixed(2)},${profit}`,
    );
  }
  return lines.join('\n') + '\n';
}

describe('item and profit columns in the browser (issue 17)', () => {
  it('guesses the roles, reports what was read, and keeps the columns in IndexedDB after a reload', async () => {
    const file = join(tmpdir(), 'segmap-office.csv');
    writeFileSync(file, officeCsv());
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForSelector('[data-testid="preview"]');
    const roles = [];
    for (let j = 0; j < 10; j++) roles.push(await page.inputValue(`[data-testid="role-${j}"]`));
    expect(roles).toEqual([
      'invoice',
      'date',
      'customer',
      'attribute',
      'product',
      'productName',
      'category',
      'subcategory',
      'amount',
      'profit',
    ]);
    // The selects show the roles by name.
    expect(await page.locator('[data-testid="role-7"] option:checked').innerText()).toBe('Sub-category');

    await page.click('[data-testid="import"]');
    await expectCustomers(page, 6);
    await page.waitForSelector('[data-testid="saved"]');
    const text = async (id: string) => (await page.textContent(`[data-testid="${id}"]`))?.trim();
    expect(await text('items-product')).toBe('5');
    expect(await text('items-productName')).toBe('5');
    expect(await text('items-category')).toBe('2');
    expect(await text('items-subcategory')).toBe('3');
    expect(await text('profit-read')).toMatch(/^missing on 1 of 30 rows kept/);

    await page.reload();
    await expectCustomers(page, 6);
    // What the app stored, read straight from IndexedDB (the unit tests load it through datasets.ts).
    const stored = await page.evaluate(
      () =>
        new Promise<{ itemRoles: unknown; hasProfit: unknown; columns: string[]; subcategories: unknown }>(
          (resolve, reject) => {
            const open = indexedDB.open('segmap');
            open.onerror = () => reject(new Error('open failed'));
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction(['datasets', 'chunks', 'dictionaries'], 'readonly');
              const all = tx.objectStore('datasets').getAll();
              all.onsuccess = () => {
                const record = (
                  all.result as { id: number; fileName: string; itemRoles?: unknown; hasProfit?: unknown }[]
                ).find((r) => r.fileName === 'segmap-office.csv')!;
                const keys = tx.objectStore('chunks').index('datasetId').getAllKeys(record.id);
                const dict = tx.objectStore('dictionaries').get([record.id, 'item:subcategory']);
                tx.oncomplete = () => {
                  db.close();
                  resolve({
                    itemRoles: record.itemRoles,
                    hasProfit: record.hasProfit,
                    columns: (keys.result as unknown as [number, string, number][]).map((k) => k[1]).sort(),
                    subcategories: (dict.result as { values: string[] }).values,
                  });
                };
              };
            };
          },
        ),
    );
    expect(stored).toEqual({
      itemRoles: ['product', 'productName', 'category', 'subcategory'],
      hasProfit: true,
      columns: [
        'amount',
        'attr:0',
        'customer',
        'invoice',
        'item:category',
        'item:product',
        'item:productName',
        'item:subcategory',
        'profit',
        'time',
      ],
      subcategories: ['Paper', 'Binders', 'Phones'],
    });
    await context.close();
  });
});
