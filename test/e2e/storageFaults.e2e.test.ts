// Storage faults in Chromium: an import killed by a reload leaves no half dataset; a quota error
// mid-save keeps nothing of the import and every dataset before it; a connection lost under the
// app (a tablet waking up) is reopened and the save still stores the dataset once; and a tab
// whose upgrade waits on an old tab says so, then goes on by itself once that tab closes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, TEN_CUSTOMERS, useBrowser } from './browser.ts';
import { seedVersion2 } from './seedVersion2.ts';
import { quotaOnNextCommit } from './faults.ts';

const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'segmap-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A transactions file of `rows` rows over 5 000 customers (deterministic). */
function bigCsv(rows: number, name: string): string {
  const lines = ['Invoice,Customer,Date,Amount,Region'];
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    lines.push(
      `${i},C${(i * 7919) % 5000},2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},${(i % 97) + 0.5},R${i % 4}`,
    );
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** What the database holds, read with IndexedDB itself: datasets, and chunks / dictionaries per dataset id. */
interface Stored {
  datasets: { id: number; name: string; rows: number }[];
  chunks: Record<string, Record<string, number>>;
  dictionaries: Record<string, number>;
}

function readStore(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const r = indexedDB.open('segmap');
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const db = r.result;
          const tx = db.transaction(['datasets', 'chunks', 'dictionaries'], 'readonly');
          const out: Stored = { datasets: [], chunks: {}, dictionaries: {} };
          tx.objectStore('datasets').getAll().onsuccess = (e) => {
            const all = (e.target as IDBRequest<{ id: number; name: string; rows: number }[]>).result;
            out.datasets = all.map((d) => ({ id: d.id, name: d.name, rows: d.rows }));
          };
          tx.objectStore('chunks').getAllKeys().onsuccess = (e) => {
            for (const [id, column] of (e.target as IDBRequest<[number, string, number][]>).result) {
              const per = (out.chunks[id] ??= {});
              per[column] = (per[column] ?? 0) + 1;
            }
          };
          tx.objectStore('dictionaries').getAllKeys().onsuccess = (e) => {
            for (const [id] of (e.target as IDBRequest<[number, string][]>).result)
              out.dictionaries[id] = (out.dictionaries[id] ?? 0) + 1;
          };
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** No half dataset: every chunk and dictionary belongs to a dataset, and every dataset has all its chunks. */
function expectWhole(s: Stored): void {
  const ids = new Set(s.datasets.map((d) => String(d.id)));
  expect(Object.keys(s.chunks).filter((id) => !ids.has(id))).toEqual([]);
  expect(Object.keys(s.dictionaries).filter((id) => !ids.has(id))).toEqual([]);
  for (const d of s.datasets) {
    const perColumn = Math.max(1, Math.ceil(d.rows / 65536));
    const columns = s.chunks[d.id] ?? {};
    expect(Object.keys(columns).length, d.name).toBeGreaterThanOrEqual(4);
    for (const [column, n] of Object.entries(columns)) expect(n, `${d.name} ${column}`).toBe(perColumn);
  }
}

const names = (s: Stored) => s.datasets.map((d) => d.name).sort();

async function chooseFile(page: Page, path: string) {
  await page.click('[data-testid="nav-data"]');
  await page.setInputFiles('[data-testid="file-input"]', path);
  await page.waitForSelector('[data-testid="preview"]');
}

describe('storage faults', () => {
  it('leaves no half dataset when a reload kills an import, and works on after it', async () => {
    const file = bigCsv(600_000, 'big.csv');
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    const before = await readStore(page);
    expect(names(before)).toEqual(['Sample shop']);

    // Killed while reading the file: nothing may be stored.
    await chooseFile(page, file);
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="progress"]');
    await page.reload(); // back in the Data view, where the import ran
    await page.click('[data-testid="nav-customers"]');
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    const afterParse = await readStore(page);
    expect(names(afterParse)).toEqual(['Sample shop']);
    expectWhole(afterParse);

    // Killed while saving (the page reloads itself the moment "Saving" shows): the dataset is
    // stored whole or not at all, as the save is one transaction.
    await chooseFile(page, file);
    await page.evaluate(() => {
      const watch = new MutationObserver(() => {
        if (document.querySelector('[data-testid="import-report"]')?.textContent?.includes('Saving on this device')) {
          watch.disconnect();
          location.reload();
        }
      });
      watch.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const reloaded = page.waitForEvent('load', { timeout: 120_000 });
    await page.click('[data-testid="import"]');
    await reloaded;
    await page.waitForSelector('[data-testid="customer-count"]', { timeout: 60_000 });
    const afterSave = await readStore(page);
    expectWhole(afterSave);
    console.log(
      `reloaded while saving: ${names(afterSave).includes('big') ? 'the save had committed' : 'nothing kept'}`,
    );
    expect([['Sample shop'], ['Sample shop', 'big']]).toContainEqual(names(afterSave));

    // The app works on: a small import is saved and listed.
    await chooseFile(page, TEN_CUSTOMERS);
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="saved"]');
    await expectCustomers(page, 10);
    const end = await readStore(page);
    expectWhole(end);
    expect(names(end)).toEqual([...names(afterSave), 'ten-customers'].sort());
    await context.close();
  });

  it('keeps nothing of an import that runs out of storage space, and every dataset before it', async () => {
    const file = bigCsv(150_000, 'quota.csv');
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    const before = await readStore(page);
    const armed = quotaOnNextCommit(page, 'import');

    await chooseFile(page, file);
    await armed;
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="not-saved"]', { timeout: 120_000 });
    expect(await page.innerText('[data-testid="not-saved"]')).toMatch(/Not enough storage space.*Nothing was saved/);
    expect(await readStore(page)).toEqual(before);

    // The import is still there: "Save again" stores it whole; the dataset from before opens as it was.
    await page.click('[data-testid="save-again"]');
    await page.waitForSelector('[data-testid="saved"]');
    const saved = await readStore(page);
    expectWhole(saved);
    expect(names(saved)).toEqual(['Sample shop', 'quota']);
    await page.click('[data-testid="nav-data"]');
    await page
      .locator('[data-testid="dataset-row"]', { hasText: 'Sample shop' })
      .locator('[data-testid="open"]')
      .click();
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await context.close();
  });

  it('reopens a connection lost under the app and stores the dataset once', async () => {
    const { context, page } = await newPage(browser());
    // Keeps the page's own IndexedDB connections, to close them under Dexie as a tablet's
    // wake-up does (the connection is dead, nobody was told).
    await page.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      const kept: IDBDatabase[] = [];
      (window as unknown as { __connections: IDBDatabase[] }).__connections = kept;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        const request = open.apply(this, args);
        request.addEventListener('success', () => kept.push(request.result));
        return request;
      };
    });
    page.on('dialog', (d) => void d.accept('Renamed shop'));
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);

    // The page's connection dies: renaming and listing still work.
    await page.evaluate(() => {
      for (const c of (window as unknown as { __connections: IDBDatabase[] }).__connections) c.close();
    });
    await page.click('[data-testid="nav-data"]');
    await page.click('[data-testid="rename"]');
    await page.waitForSelector('[data-testid="dataset-name"]:text("Renamed shop")');

    // The import worker's connection dies in the middle of the save: the first chunk write finds
    // it closed and its transaction aborted. The save reopens and stores the dataset once.
    const worker = page.workers().find((w) => w.url().includes('import.worker'));
    expect(worker).toBeDefined();
    await worker!.evaluate(() => {
      const add = IDBObjectStore.prototype.add;
      let armed = true;
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (armed && this.name === 'chunks') {
          armed = false;
          (self as unknown as { __closedUnderSave: boolean }).__closedUnderSave = true;
          this.transaction.db.close();
          this.transaction.abort();
        }
        return add.apply(this, args);
      };
    });
    await chooseFile(page, TEN_CUSTOMERS);
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="saved"]');
    expect(await worker!.evaluate(() => (self as unknown as { __closedUnderSave?: boolean }).__closedUnderSave)).toBe(
      true,
    );
    const stored = await readStore(page);
    expectWhole(stored);
    expect(names(stored)).toEqual(['Renamed shop', 'ten-customers']);

    // Reopening a stored dataset after the data worker's connection died.
    const analysis = page.workers().find((w) => w.url().includes('data.worker'));
    expect(analysis).toBeDefined();
    await analysis!.evaluate(() => {
      const transaction = IDBDatabase.prototype.transaction;
      let armed = true;
      IDBDatabase.prototype.transaction = function (
        this: IDBDatabase,
        ...args: Parameters<IDBDatabase['transaction']>
      ) {
        if (armed) {
          armed = false;
          this.close();
        }
        return transaction.apply(this, args);
      } as IDBDatabase['transaction'];
    });
    await page.click('[data-testid="nav-data"]');
    await page
      .locator('[data-testid="dataset-row"]', { hasText: 'Renamed shop' })
      .locator('[data-testid="open"]')
      .click();
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await context.close();
  });

  it('tells a tab whose upgrade waits on an old tab, and goes on once that tab closes', async () => {
    const { context, page: old } = await newPage(browser());
    // An old tab: a version-2 database with one dataset, kept open, that does not close when a
    // newer version asks (as an older app, or a busy tab).
    await seedVersion2(context, old, true);
    const page = await context.newPage();
    await page.goto(APP_URL);
    await page.waitForSelector('[data-testid="upgrade-prompt"]');
    await page.click('[data-testid="upgrade-prompt"] button:not(.primary)');
    await page.waitForSelector('[data-testid="storage-blocked"]');
    expect(await page.innerText('[data-testid="storage-blocked"]')).toMatch(/waiting for its other tabs/);
    // The old tab goes away: the upgrade goes on, the message goes, the old data is there.
    await old.close();
    await expectCustomers(page, 1);
    await page.waitForSelector('[data-testid="storage-blocked"]', { state: 'detached' });
    await context.close();
  });
});
