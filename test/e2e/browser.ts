import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const APP_URL = `http://127.0.0.1:${process.env.SEGMAP_E2E_PORT ?? 4183}/`;
/** Customers of the built-in sample shop, imported on a first visit. */
export const SAMPLE_CUSTOMERS = 400;
/** The hand-worked ten customers (test/fixtures/ten-customers.csv). */
export const TEN_CUSTOMERS = fileURLToPath(new URL('../fixtures/ten-customers.csv', import.meta.url));

/** Launches Chromium before the file's tests and closes it after; call the result for the browser. */
export function useBrowser(): () => Browser {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());
  return () => browser;
}

/** Debian's Chromium, started the way this machine allows (no downloads, no background network). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh profile at a tablet size, in English unless told otherwise. */
export async function newPage(
  browser: Browser,
  opts: { locale?: string; width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: opts.locale ?? 'en-US',
    viewport: { width: opts.width ?? 1024, height: opts.height ?? 768 },
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return { context, page };
}

/** Waits until the customers table shows `n` customers in total. */
export async function expectCustomers(page: Page, n: number, timeout = 60_000): Promise<void> {
  await page.waitForSelector(`[data-testid="customer-count"][data-count="${n}"]`, { timeout });
}

/** Waits until a service worker controls the page (the first visit installs it; a reload hands over). */
export async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}
