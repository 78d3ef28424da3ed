// Storage safety in Chromium: a workspace backup downloaded, everything deleted, and restored with
// its settings; a file imported twice is recognised; a wiped database is told apart from a first
// visit; another tab's upgrade makes this one ask for a reload; no IndexedDB blocks imports; and
// an older database on disk gets a backup offered before the upgrade.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeBackup } from '../../src/core/backup/backupFormat.ts';
import { seedVersion2 } from './seedVersion2.ts';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, TEN_CUSTOMERS, useBrowser } from './browser.ts';

const browser = useBrowser();
const sha256 = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource));

async function importTen(page: Page) {
  await page.setInputFiles('[data-testid="file-input"]', TEN_CUSTOMERS);
  await page.waitForSelector('[data-testid="preview"]');
}

describe('storage safety', () => {
  it('backs up the workspace, and restores it with its settings after everything was deleted', async () => {
    const { context, page } = await newPage(browser());
    page.on('dialog', (d) => void d.accept());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await importTen(page);
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="saved"]');
    // A setting to carry over: the value-class scheme.
    await page.click('[data-testid="nav-segments"]');
    await page.selectOption('[data-testid="scheme"]', 'cn8');
    await page.waitForTimeout(600);
    await page.click('[data-testid="nav-data"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="backup-export"]')]);
    expect(download.suggestedFilename()).toMatch(/^segmap-backup-\d{4}-\d\d-\d\d\.segmap$/);
    const path = (await download.path())!;
    const items = await decodeBackup(new Uint8Array(readFileSync(path)), sha256);
    expect(items.map((d) => d.record.name).sort()).toEqual(['Sample shop', 'ten-customers']);

    for (let left = await page.locator('[data-testid="delete"]').count(); left > 0; left--) {
      await page.locator('[data-testid="delete"]').first().click();
      await expect.poll(() => page.locator('[data-testid="delete"]').count()).toBe(left - 1);
    }
    await expect.poll(() => page.locator('[data-testid="dataset-row"]').count()).toBe(0);
    await page.setInputFiles('[data-testid="backup-input"]', path);
    await expect.poll(() => page.locator('[data-testid="backup-row"]').count()).toBe(2);
    await page.click('[data-testid="backup-restore"]');
    await page.waitForSelector('[data-testid="backup-done"]');
    await expect.poll(() => page.locator('[data-testid="dataset-row"]').count()).toBe(2);
    await page.getByText('ten-customers').first().click();
    await page.click('[data-testid="nav-customers"]');
    await expectCustomers(page, 10);
    await page.click('[data-testid="nav-segments"]');
    expect(await page.inputValue('[data-testid="scheme"]')).toBe('cn8');
    await context.close();
  });

  it('recognises a file imported before and offers to open it instead', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await importTen(page);
    await page.click('[data-testid="import"]');
    await page.waitForSelector('[data-testid="saved"]');
    await page.click('[data-testid="nav-data"]');
    await importTen(page);
    await page.waitForSelector('[data-testid="duplicate"]');
    expect(await page.isDisabled('[data-testid="import"]')).toBe(true);
    await page.click('[data-testid="open-existing"]');
    await expectCustomers(page, 10);
    expect(await page.locator('[data-testid="dataset-row"]').count()).toBe(0); // Customers view
    await page.click('[data-testid="nav-data"]');
    expect(await page.locator('[data-testid="dataset-row"]').count()).toBe(2);
    await context.close();
  });

  it('tells a database wiped by the browser from a first visit', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    expect(await page.locator('[data-testid="storage-wiped"]').count()).toBe(0);
    // What eviction does: the database is gone (every connection closes on versionchange).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const r = indexedDB.deleteDatabase('segmap');
          r.onsuccess = () => resolve();
          r.onerror = () => reject(r.error);
        }),
    );
    await page.reload();
    await page.waitForSelector('[data-testid="storage-wiped"]');
    await expectCustomers(page, SAMPLE_CUSTOMERS); // the sample again, so the screen is not empty
    await page.click('[data-testid="storage-wiped"] button');
    await page.reload();
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    expect(await page.locator('[data-testid="storage-wiped"]').count()).toBe(0);
    await context.close();
  });

  it('asks this tab to reload when another tab upgrades the database', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    const other = await context.newPage();
    await other.goto(APP_URL);
    await expectCustomers(other, SAMPLE_CUSTOMERS);
    // The other tab opens a newer version (as a newer app would).
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const r = indexedDB.open('segmap', 990);
          r.onsuccess = () => resolve();
          r.onerror = () => reject(r.error);
        }),
    );
    await page.waitForSelector('[data-testid="storage-outdated"]');
    await context.close();
  });

  it('blocks imports when the browser has no IndexedDB', async () => {
    const { context, page } = await newPage(browser());
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
    await page.goto(APP_URL);
    await page.waitForSelector('[data-testid="storage-unavailable"]');
    await page.click('[data-testid="nav-data"]');
    expect(await page.locator('[data-testid="drop-zone"] button.primary').isDisabled()).toBe(true);
    await context.close();
  });

  it('offers a backup of an older database before upgrading it, then keeps its data', async () => {
    const { context, page } = await newPage(browser());
    await seedVersion2(context, page);
    await page.goto(APP_URL);
    await page.waitForSelector('[data-testid="upgrade-prompt"]');
    expect(await page.innerText('[data-testid="upgrade-prompt"]')).toMatch(/from version 2 to 4/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="upgrade-prompt"] button.primary'),
    ]);
    const items = await decodeBackup(new Uint8Array(readFileSync((await download.path())!)), sha256);
    expect(items.map((d) => [d.record.name, d.columns.map((c) => c.name)])).toEqual([
      ['old data', ['amount', 'customer', 'invoice', 'time']],
    ]);
    // Upgraded, with the old dataset opened and nothing of it lost.
    await expectCustomers(page, 1);
    await context.close();
  });
});
