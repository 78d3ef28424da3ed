// Browser half of `npm run bench`: the built app in Debian Chromium via Playwright.
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const PORT = 4193;
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Drop-to-table, drop-to-saved and reopen-to-table times (ms) for one file. */
export async function benchBrowser(file) {
  const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForSelector('[data-testid="customer-count"]', { timeout: 60_000 });
    const tPick = Date.now();
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForSelector('[data-testid="import"]');
    // File picked → mapping step shown (sniffing the first 1 MB); the user then presses Import.
    const pickToMappingMs = Date.now() - tPick;
    const count = await page.evaluate(() => {
      return new Promise((resolve) => {
        const t0 = performance.now();
        let table = 0;
        const obs = new MutationObserver(() => {
          const el = document.querySelector('[data-testid="customer-count"]');
          if (!table && el && el.getAttribute('data-count') !== '400') table = performance.now() - t0;
          if (table && document.querySelector('[data-testid="saved"]')) {
            obs.disconnect();
            resolve({ dropToTableMs: Math.round(table), dropToSavedMs: Math.round(performance.now() - t0) });
          }
        });
        obs.observe(document.body, { subtree: true, childList: true, attributes: true });
        document.querySelector('[data-testid="import"]').click();
      });
    });
    const t0 = Date.now();
    await page.reload();
    await page.waitForSelector('[data-testid="customer-count"][data-count="4338"]', { timeout: 60_000 });
    const reloadMs = Date.now() - t0;
    const reopen = await page.evaluate(() => {
      const m = performance.getEntriesByName('segmap:open').at(-1);
      return { reopenMs: Math.round(m.duration), navigationToTableMs: Math.round(m.startTime + m.duration) };
    });
    return { pickToMappingMs, ...count, reloadToTableMs: reloadMs, ...reopen };
  } finally {
    await browser.close();
    await server.close();
  }
}
