// Two tabs of the app on one device: the same file is stored once, a file stored before is
// recognised by every byte, and a database upgraded by another tab says what happens to an import.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, TEN_CUSTOMERS, useBrowser } from './browser.ts';
import { quotaOnNextCommit } from './faults.ts';

const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'segmap-tabs-'));

/** A transactions file of `rows` lines (about 40 bytes each). */
function bigCsv(rows: number, name: string): string {
  const lines = ['Invoice,Customer,Date,Amount'];
  for (let i = 0; i < rows; i++) {
    lines.push(`${i},C${(i * 7919) % 5000},2023-${String(1 + (i % 12)).padStart(2, '0')}-15,${(i % 97) + 0.5}`);
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

async function chooseFile(page: Page, path: string) {
  await page.click('[data-testid="nav-data"]');
  await page.setInputFiles('[data-testid="file-input"]', path);
  await page.waitForSelector('[data-testid="preview"]');
}

async function datasetNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const r = indexedDB.open('segmap');
        r.onsuccess = () => {
          const all = r.result.transaction('datasets').objectStore('datasets').getAll();
          all.onsuccess = () => {
            resolve((all.result as { name: string }[]).map((d) => d.name).sort());
            r.result.close();
          };
          all.onerror = () => reject(all.error);
        };
        r.onerror = () => reject(r.error);
      }),
  );
}

/** Another tab opens the database at a newer version, as a newer app would. */
async function upgradeElsewhere(other: Page) {
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('segmap', 990);
        r.onsuccess = () => {
          r.result.close();
          resolve();
        };
        r.onerror = () => reject(r.error);
      }),
  );
}

/** The import worker's next save fails as if storage were full (once): the import waits, unsaved. */
const failNextSave = (page: Page) => quotaOnNextCommit(page, 'import');

describe('the same file in two tabs', () => {
  it('is stored once: the tab that saves second opens the stored dataset and says so', async () => {
    const { context, page: a } = await newPage(browser());
    await a.goto(APP_URL);
    await expectCustomers(a, SAMPLE_CUSTOMERS);
    const b = await context.newPage();
    await b.goto(APP_URL);
    await expectCustomers(b, SAMPLE_CUSTOMERS);
    // Both tabs have the file ready before either has stored it, so neither offers "imported before".
    await chooseFile(a, TEN_CUSTOMERS);
    await chooseFile(b, TEN_CUSTOMERS);
    expect(await a.locator('[data-testid="duplicate"]').count()).toBe(0);
    expect(await b.locator('[data-testid="duplicate"]').count()).toBe(0);
    await Promise.all([a.click('[data-testid="import"]'), b.click('[data-testid="import"]')]);
    await Promise.all([a.waitForSelector('[data-testid="saved"]'), b.waitForSelector('[data-testid="saved"]')]);
    expect(await datasetNames(a)).toEqual(['Sample shop', 'ten-customers']);
    // Exactly one of them learnt that the other had stored it first.
    const told = [
      await a.locator('[data-testid="already-stored"]').count(),
      await b.locator('[data-testid="already-stored"]').count(),
    ];
    expect([...told].sort()).toEqual([0, 1]);
    const second = told[0] ? a : b;
    await second.click('[data-testid="nav-data"]');
    expect(await second.innerText('[data-testid="already-stored"]')).toMatch(
      /had just been saved as “ten-customers” \(in another tab\).*not stored twice/,
    );
    await second.click('[data-testid="nav-customers"]');
    await expectCustomers(second, 10);
    await context.close();
  });

  it('a file too large to hash first is recognised after the import pass, before it is stored', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    const file = bigCsv(20_000, 'orders.csv');
    await chooseFile(page, file);
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="saved"]');
    // Stands in for a file over 16 MB: the worker cannot read the file at once before the import.
    const worker = page.workers().find((w) => w.url().includes('import.worker'));
    await worker!.evaluate(() => {
      const whole = Blob.prototype.arrayBuffer;
      Blob.prototype.arrayBuffer = function (this: Blob) {
        if (this instanceof File) return Promise.reject(new Error('too large to read at once'));
        return whole.call(this);
      };
    });
    await chooseFile(page, file);
    expect(await page.locator('[data-testid="duplicate"]').count()).toBe(0);
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="duplicate-after"]');
    expect(await page.innerText('[data-testid="not-saved-duplicate"]')).toMatch(/Not saved yet/);
    expect(await datasetNames(page)).toEqual(['Sample shop', 'orders']);
    // The user keeps it anyway: a second dataset.
    await page.click('[data-testid="save-anyway"]');
    await page.waitForSelector('[data-testid="saved"]');
    expect(await datasetNames(page)).toEqual(['Sample shop', 'orders', 'orders']);
    await context.close();
  });
});

describe('a database upgrade in another tab', () => {
  it.each([
    { name: 'after a saved import: nothing was lost', unsaved: false, lost: false, text: /nothing was lost/ },
    {
      name: 'with an unsaved import: the import will not be kept',
      unsaved: true,
      lost: true,
      text: /datasets already stored are safe.*import of “ten-customers\.csv” shown here will not be kept.*import the file again/,
    },
  ])('$name', async ({ unsaved, lost, text }) => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    const armed = unsaved ? failNextSave(page) : Promise.resolve();
    await chooseFile(page, TEN_CUSTOMERS);
    await armed;
    await page.click('[data-testid="import"]');
    // Either end of the save, so that a failure says which one the page reached.
    const outcome = page.locator(
      '[data-testid="saved"], [data-testid="not-saved"], [data-testid="not-saved-duplicate"]',
    );
    await outcome.first().waitFor({ timeout: 60_000 });
    expect({
      state: await outcome.first().getAttribute('data-testid'),
      text: await outcome.first().innerText(),
    }).toMatchObject({
      state: unsaved ? 'not-saved' : 'saved',
    });
    const other = await context.newPage();
    await other.goto(APP_URL);
    await upgradeElsewhere(other);
    await page.waitForSelector(`[data-testid="storage-outdated"][data-import-lost="${lost}"]`);
    expect(await page.innerText('[data-testid="storage-outdated"]')).toMatch(text);
    expect(await page.innerText('[data-testid="storage-outdated"]')).not.toMatch(
      lost ? /nothing was lost/ : /will not/,
    );
    if (unsaved) {
      // Saving again cannot work with the old code: it says why, and offers no more retries.
      await page.click('[data-testid="save-again"]');
      await expect
        .poll(() => page.innerText('[data-testid="not-saved"]'))
        .toMatch(/can no longer write to its storage.*datasets already stored are safe/);
      expect(await page.locator('[data-testid="save-again"]').count()).toBe(0);
    }
    await context.close();
  });

  it('during an import: the banner says the import will not be kept, and the save says why', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    const other = await context.newPage();
    await other.goto(APP_URL);
    await expectCustomers(other, SAMPLE_CUSTOMERS);
    // Long enough (about 55 MB) that the import is still running when the other tab upgrades.
    await chooseFile(page, bigCsv(2_000_000, 'long.csv'));
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="progress"]', { timeout: 30_000 });
    await upgradeElsewhere(other);
    await page.waitForSelector('[data-testid="storage-outdated"][data-import-lost="true"]');
    await page.waitForSelector('[data-testid="not-saved"]', { timeout: 120_000 });
    expect(await page.innerText('[data-testid="not-saved"]')).toMatch(/can no longer write to its storage/);
    expect(await page.locator('[data-testid="save-again"]').count()).toBe(0);
    expect(await page.innerText('[data-testid="storage-outdated"]')).toMatch(/long\.csv” shown here will not be kept/);
    await context.close();
  });
});
