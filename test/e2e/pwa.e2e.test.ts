// Offline-first: after one visit the app works with the network off (import, analyses, exports);
// a new deployment is offered, applied only when the user agrees, and stored data survives it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_URL,
  controlled,
  expectCustomers,
  newPage,
  SAMPLE_CUSTOMERS,
  TEN_CUSTOMERS,
  useBrowser,
} from './browser.ts';
import { staticServer } from './staticServer.ts';
import { quotaOnNextCommit } from './faults.ts';

const browser = useBrowser();
const root = fileURLToPath(new URL('../..', import.meta.url));

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

/** The import worker's next save fails as if storage were full (once): the import waits on "Save again". */
const failNextSave = (page: Page) => quotaOnNextCommit(page, 'import');

describe('updates', () => {
  const port = Number(process.env.SEGMAP_E2E_PORT ?? 4183) + 8;
  let stop: (() => void) | undefined;
  let setRoot: (r: string) => void = () => undefined;
  let outB = '';
  const url = `http://127.0.0.1:${port}/`;
  afterAll(() => stop?.());

  beforeAll(async () => {
    // Build B: the same app with another build id, so its files and precache manifest differ.
    outB = mkdtempSync(join(tmpdir(), 'segmap-build-b-'));
    process.env.SEGMAP_BUILD_ID = 'b';
    try {
      await build({ root, logLevel: 'silent', build: { outDir: outB, emptyOutDir: true } });
    } finally {
      delete process.env.SEGMAP_BUILD_ID;
    }
    const served = await staticServer(port, join(root, 'dist'));
    stop = () => served.server.close();
    setRoot = served.setRoot;
  }, 180_000);

  it('offers a new version, reloads only when asked, and keeps the datasets and settings', async () => {
    setRoot(join(root, 'dist'));

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
    // The reload returns to the Segments view (the URL holds it) with the stored scheme.
    await page.waitForSelector('[data-testid="segment-row"]', { timeout: 60_000 });
    expect(await page.getAttribute('[data-testid="nav-segments"]', 'aria-current')).toBe('page');
    expect(await page.inputValue('[data-testid="scheme"]')).toBe('cn8');
    await page.click('[data-testid="nav-data"]');
    expect(await page.locator('[data-testid="dataset-row"]').count()).toBe(1);
    await context.close();
  });

  it('reloads only the tab that agreed, never one with an unsaved import, which updates when saved', async () => {
    setRoot(join(root, 'dist'));
    const { context, page: a } = await newPage(browser());
    await a.goto(url);
    await expectCustomers(a, SAMPLE_CUSTOMERS);
    await controlled(a);
    const b = await context.newPage();
    await b.goto(url);
    await expectCustomers(b, SAMPLE_CUSTOMERS);
    const before = await a.textContent('[data-testid="version"]');
    expect(before).not.toContain('+b');

    // Tab A: an import whose save failed, waiting on "Save again"; a marker that a reload would lose.
    const armed = failNextSave(a);
    await a.click('[data-testid="nav-data"]');
    await a.setInputFiles('[data-testid="file-input"]', TEN_CUSTOMERS);
    await a.waitForSelector('[data-testid="import"]');
    await armed;
    await a.click('[data-testid="import"]');
    await a.waitForSelector('[data-testid="not-saved"]');
    await a.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));

    // Tab B's user accepts the new version: B reloads into it.
    setRoot(outB);
    await b.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await b.waitForSelector('[data-testid="update-ready"]', { timeout: 60_000 });
    await Promise.all([b.waitForEvent('load'), b.click('[data-testid="update-reload"]')]);
    await expect.poll(() => b.textContent('[data-testid="version"]'), { timeout: 30_000 }).toContain('+b');

    // Tab A did not reload: same page, same version, the unsaved import still there; it is told.
    await a.waitForSelector('[data-testid="update-ready"][data-active-elsewhere="true"]', { timeout: 30_000 });
    await a.waitForTimeout(1000);
    expect(await a.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
    expect(await a.textContent('[data-testid="version"]')).toBe(before);
    await a.waitForSelector('[data-testid="not-saved"]');
    await expectCustomers(a, 10);

    // A's user agrees too: the reload waits for the unsaved import, and says so.
    await a.click('[data-testid="update-reload"]');
    await a.waitForSelector('[data-testid="update-waiting"][data-blocked-by="unsaved"]');
    expect(await a.innerText('[data-testid="update-waiting"]')).toMatch(/not saved yet/);
    await a.waitForTimeout(500);
    expect(await a.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');

    // Saved: then A reloads by itself into the new version, and the import is a stored dataset.
    await Promise.all([a.waitForEvent('load', { timeout: 60_000 }), a.click('[data-testid="save-again"]')]);
    await expect.poll(() => a.textContent('[data-testid="version"]'), { timeout: 30_000 }).toContain('+b');
    expect(await a.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
    await a.click('[data-testid="nav-data"]');
    await expect.poll(() => a.locator('[data-testid="dataset-row"]').count()).toBe(2);
    await context.close();
  });

  it('does not reload a tab in the middle of an import; its own update waits for the save', async () => {
    setRoot(join(root, 'dist'));
    const lines = ['Invoice,Customer,Date,Amount'];
    // Long enough (about 55 MB) that the import is still running when the click lands, on any machine.
    for (let i = 0; i < 2_000_000; i++)
      lines.push(`${i},C${(i * 7919) % 5000},2023-${1 + (i % 9)}-15,${(i % 97) + 0.5}`);
    const file = join(mkdtempSync(join(tmpdir(), 'segmap-pwa-')), 'long.csv');
    writeFileSync(file, lines.join('\n') + '\n');

    const { context, page: a } = await newPage(browser());
    await a.goto(url);
    await expectCustomers(a, SAMPLE_CUSTOMERS);
    await controlled(a);
    const b = await context.newPage();
    await b.goto(url);
    await expectCustomers(b, SAMPLE_CUSTOMERS);
    setRoot(outB);
    await b.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await Promise.all([
      a.waitForSelector('[data-testid="update-ready"]', { timeout: 60_000 }),
      b.waitForSelector('[data-testid="update-ready"]', { timeout: 60_000 }),
    ]);

    // A starts a long import and its user agrees to the update: it waits, and says why.
    await a.click('[data-testid="nav-data"]');
    await a.setInputFiles('[data-testid="file-input"]', file);
    await a.waitForSelector('[data-testid="preview"]');
    await a.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
    await a.click('[data-testid="import"]');
    await a.waitForSelector('[data-testid="progress"]');
    await a.click('[data-testid="update-reload"]');
    await a.waitForSelector('[data-testid="update-waiting"][data-blocked-by="importing"]');
    expect(await a.innerText('[data-testid="update-waiting"]')).toMatch(
      /waits until the import in this tab is finished/,
    );

    // B agrees meanwhile and reloads; A goes on importing, then saves, then reloads by itself.
    const aReloaded = a.waitForEvent('load', { timeout: 120_000 });
    await Promise.all([b.waitForEvent('load'), b.click('[data-testid="update-reload"]')]);
    await expect.poll(() => b.textContent('[data-testid="version"]'), { timeout: 30_000 }).toContain('+b');
    await aReloaded;
    await expect.poll(() => a.textContent('[data-testid="version"]'), { timeout: 30_000 }).toContain('+b');
    // Had A reloaded before its save, the import would be gone: it is stored whole.
    await a.click('[data-testid="nav-data"]');
    await expect.poll(() => a.locator('[data-testid="dataset-row"]').count()).toBe(2);
    expect(await a.locator('[data-testid="dataset-row"]', { hasText: 'long' }).innerText()).toMatch(/2,000,000/);
    await context.close();
  });
});
