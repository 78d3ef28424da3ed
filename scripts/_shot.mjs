import { chromium } from 'playwright-core';
import { preview } from 'vite';
const server = await preview({
  root: '/work/main',
  preview: { port: 4199, strictPort: true, host: '127.0.0.1' },
  logLevel: 'silent',
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
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
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: process.env.LOC ?? 'en-US' });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto('http://127.0.0.1:4199/');
await page.waitForSelector('[data-testid="customer-count"][data-count="400"]');
await page.click('[data-testid="nav-clv"]');
await page.waitForSelector('[data-testid="clv-fit"]', { timeout: 30000 });
await page.waitForSelector('[data-testid="model-comparison"]', { timeout: 60000 });
await page.waitForTimeout(500);

await page.screenshot({ path: '/tmp/clv.png', fullPage: true });
await browser.close();
await server.close();
