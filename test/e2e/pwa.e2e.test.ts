// Offline-first: after one visit the app works with the network off (import, analyses, exports);
// a new deployment is offered, applied only when the user agrees, and stored data survives it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_URL, expectCustomers, newPage, SAMPLE_CUSTOMERS, TEN_CUSTOMERS, useBrowser } from './browser.ts';
import { staticServer } from './staticServer.ts';

const browser = useBrowser();
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Waits until a service worker controls the page (the first visit installs it; a reload hands over). */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

describe('offline', () => {
  it('works with the network off after the first visit: import, segments, export', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(APP_URL);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await page.setInputFiles('[data-testid="file-input"]', TEN_CUSTOMERS);
    await page.click('[data-testid="import"]');
    await expectCustomers(page, 10);
    await page.waitForSelector('[data-testid="saved"]');
    await page.click('[data-testid="nav-segments"]');
    await page.waitForSelector('[data-testid="segment-row"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-members"]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.split('\r\n')).toHaveLength(12); // header, ten customers, final line end
    await page.click('[data-testid="nav-clv"]');
    await page.waitForSelector('[data-testid="clv-fit"]', { timeout: 60_000 });
    await context.close();
  });
});

describe('updates', () => {
  const port = Number(process.env.SEGMAP_E2E_PORT ?? 4183) + 8;
  let stop: (() => void) | undefined;
  afterAll(() => stop?.());

  it('offers a new version, reloads only when asked, and keeps the datasets and settings', async () => {
    // Build B: the same app with another build id, so its files and precache manifest differ.
    const outB = mkdtempSync(join(tmpdir(), 'segmap-build-b-'));
    process.env.SEGMAP_BUILD_ID = 'b';
    try {
      await build({ root, logLevel: 'silent', build: { outDir: outB, emptyOutDir: true } });
    } finally {
      delete process.env.SEGMAP_BUILD_ID;
    }
    const { server, setRoot } = await staticServer(port, join(root, 'dist'));
    stop = () => server.close();
    const url = `http://127.0.0.1:${port}/`;

    const { context, page } = await newPage(browser());
    await page.goto(url);
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await controlled(page);
    const before = await page.textContent('[data-testid="version"]');
    expect(before).not.toContain('+b');
    // Something of the user's: a setting on the sample dataset.
    await page.click('[data-testid="nav-segments"]');
    await page.selectOption('[data-testid="scheme"]', 'cn8');
    await page.waitForTimeout(600);

    setRoot(outB);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForSelector('[data-testid="update-ready"]', { timeout: 60_000 });
    // Not applied until the user says so.
    expect(await page.textContent('[data-testid="version"]')).toBe(before);
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="update-reload"]')]);
    await expect.poll(() => page.textContent('[data-testid="version"]'), { timeout: 30_000 }).toContain('+b');
    await expectCustomers(page, SAMPLE_CUSTOMERS);
    await page.click('[data-testid="nav-segments"]');
    expect(await page.inputValue('[data-testid="scheme"]')).toBe('cn8');
    await page.click('[data-testid="nav-data"]');
    expect(await page.locator('[data-testid="dataset-row"]').count()).toBe(1);
    await context.close();
  });
});
