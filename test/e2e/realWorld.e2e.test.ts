// Issue 14 in the browser: a sentinel date in the sample shop, one day/month typo among 1,002
// dates and one Windows-1252 row in a UTF-8 file each cost their own row, with a located message,
// and never the whole file; rows to skip past the end and a reference date before the data are
// refused in place.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'segmap-real-'));
const SHOP = readFileSync(new URL('../../public/samples/sample-shop.csv', import.meta.url), 'utf8');

/** Writes a generated file into the temporary folder; returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function importFile(path: string, locale = 'en-US') {
  const { context, page } = await newPage(browser(), { locale });
  await page.goto(APP_URL);
  await expectCustomers(page, SAMPLE_CUSTOMERS);
  await page.setInputFiles('[data-testid="file-input"]', path);
  await page.waitForSelector('[data-testid="preview"]');
  return { context, page };
}

describe('real-world dates, encodings and numbers in the browser', () => {
  it('the sample shop with a 9999-12-31 row imports with that row dropped, counted and located', async () => {
    const path = file('sentinel.csv', `${SHOP}999999,ZZ-NEW,9999-12-31,10.00,40,North,app\n`);
    const { context, page } = await importFile(path);
    expect(await page.isChecked('[data-testid="clean-dropOutlierDates"]')).toBe(true);
    expect(await page.inputValue('[data-testid="outlier-years"]')).toBe('5');
    await page.click('[data-testid="import"]');
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.waitForSelector('[data-testid="saved"]');
    expect(await page.textContent('[data-testid="dropped-outlierDate"]')).toBe('1');
    expect(await page.textContent('[data-testid="rows-kept"]')).toContain('3,830');
    // The report's one-line summary says rows were dropped even while it is folded.
    expect(await page.textContent('[data-testid="kept-of"]')).toBe('3,830 of 3,831 rows kept');
    await page.click('[data-testid="samples-outlierDate"] summary');
    const sample = await page.locator('[data-testid="samples-outlierDate"] tbody tr').innerText();
    expect(sample.replace(/\s+/g, ' ').trim()).toBe('3832 3 9999-12-31');
    // The reference date cannot go before the data.
    await page.fill('[data-testid="reference-date"]', '2023-06-01'); // fill fires the change
    expect(await page.innerText('[data-testid="reference-error"]')).toBe(
      'No transaction before 2023-06-01: the data starts on 2024-01-01. Choose a later reference date.',
    );
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await context.close();
  });

  it('one month-first typo among 1,002 day-first dates: 1,001 rows kept, the typo named with its line', async () => {
    const rows = Array.from({ length: 1002 }, (_, i) =>
      i === 501 ? 'T,10/25/2011,10' : `C${i % 40},${(i % 28) + 1}/${(i % 12) + 1}/2011,${i + 1}.25`,
    );
    const { context, page } = await importFile(file('typo.csv', ['customer,date,amount', ...rows].join('\n') + '\n'));
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 40);
    await page.waitForSelector('[data-testid="saved"]');
    expect(await page.textContent('[data-testid="rows-kept"]')).toContain('1,001');
    expect(await page.textContent('[data-testid="dropped-badDate"]')).toBe('1');
    const warnings = await page.locator('[data-testid="import-warning"]').allInnerTexts();
    expect(warnings).toContain(
      'Dates that read only as month/day/year (12/9/2011): 1 (the first: line 503, “10/25/2011”), while the file reads day/month/year (9/12/2011). They were dropped as bad dates.',
    );
    await context.close();
  });

  it('one Windows-1252 row in a 2,001-row UTF-8 file stays UTF-8, with the line named, in Chinese too', async () => {
    const enc = new TextEncoder();
    const rows = Array.from({ length: 2000 }, (_, i) => `Müller ${i % 50},2011-12-${(i % 28) + 1},${i}.50\n`);
    const bytes = [
      enc.encode('customer,date,amount\n'),
      ...rows.slice(0, 1200).map((r) => enc.encode(r)),
      Uint8Array.from([0x47, 0x72, 0xfc, 0x6e]), // "Grün" in Windows-1252
      enc.encode(',2011-12-01,3\n'),
      ...rows.slice(1200).map((r) => enc.encode(r)),
    ];
    const all = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
    bytes.reduce((at, b) => (all.set(b, at), at + b.length), 0);
    const { context, page } = await importFile(file('cp1252.csv', all), 'zh-CN');
    expect(await page.inputValue('[data-testid="encoding"]')).toBe('utf-8');
    expect(await page.innerText('[data-testid="sniff-notices"]')).toContain(
      '已按 UTF-8 读取，但有 1 处不是 UTF-8（第一处在第 1,202 行，字节 0xFC，可能是 Windows-1252 编码）',
    );
    expect(await page.innerText('[data-testid="preview"]')).toContain('Müller 0');
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 51);
    await page.waitForSelector('[data-testid="saved"]');
    const warnings = await page.locator('[data-testid="import-warning"]').allInnerTexts();
    expect(warnings).toContain(
      '无法解码的值：1 个（第一个在第 1,202 行）。文件可能不是检测到的编码：请选择它的编码，或将文件另存为 UTF-8。',
    );
    await context.close();
  });

  it('a column headed "date" whose values cannot be read says which value on which line', async () => {
    const path = file('weekday.csv', 'customer,date,amount\nA,31.12.2011 (Mo),10\nB,30.12.2011 (Fr),5\n');
    const { context, page } = await importFile(path);
    expect(await page.innerText('[data-testid="sniff-notices"]')).toContain(
      'Column 2 “date”: “31.12.2011 (Mo)” on line 2 is not a date Segmap reads, so no column was taken as the date',
    );
    expect(await page.isDisabled('[data-testid="import"]')).toBe(true);
    await context.close();
  });

  it('rows to skip past the end of the file are refused beside the control, the mapping kept', async () => {
    const { context, page } = await importFile(file('short.csv', 'customer,date,amount\nA,2011-12-01,10\n'));
    await page.fill('[data-testid="skip-rows"]', '5');
    await page.press('[data-testid="skip-rows"]', 'Tab');
    expect(await page.innerText('[data-testid="skip-error"]')).toBe(
      'Rows to skip: 5, but the file has only 2 rows (blank lines not counted), so nothing would be left to read. Skip fewer rows.',
    );
    expect(await page.inputValue('[data-testid="skip-rows"]')).toBe('0');
    expect(await page.locator('[data-testid="preview"] .colname').allInnerTexts()).toEqual([
      'customer',
      'date',
      'amount',
    ]);
    await context.close();
  });
});
