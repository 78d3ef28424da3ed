import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
const URL = 'http://127.0.0.1:4301/';
const sha256 = async (b) => new Uint8Array(await crypto.subtle.digest('SHA-256', b));
async function nan(bytes) {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const length = view.getUint32(12, true);
  const m = JSON.parse(new TextDecoder().decode(out.subarray(16, 16 + length)));
  const amount = m.datasets[0].columns.find((c) => c.name === 'amount');
  view.setFloat64(((16 + length + 7) & ~7) + amount.offset + 16 * 8, NaN, true);
  out.set(await sha256(out.subarray(0, out.length - 32)), out.length - 32);
  return out;
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const locale of ['en-US', 'zh-CN']) {
  for (const [w, h] of [[768, 1024], [1280, 800]]) {
    const context = await browser.newContext({ locale, viewport: { width: w, height: h }, acceptDownloads: true });
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(URL);
    await page.waitForSelector('[data-testid="customer-count"][data-count="400"]', { timeout: 60000 });
    await page.evaluate(() => new Promise((resolve, reject) => {
      const r = indexedDB.open('segmap');
      r.onsuccess = () => {
        const db = r.result;
        const tx = db.transaction(['datasets'], 'readwrite');
        const base = { fileName: 'x.csv', createdAt: Date.now(), rows: 2, customers: 1, invoices: 0, firstDate: '2024-01-01', lastDate: '2024-01-02', bytesStored: 64, attributeNames: [], options: {}, report: { fileName: 'x.csv' } };
        tx.objectStore('datasets').add({ ...base, id: 901, name: 'Q3 leads (Bob)', report: null });
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.reload();
    await page.waitForSelector('[data-testid="customer-count"][data-count="400"]', { timeout: 60000 });
    await page.click('[data-testid="nav-data"]');
    await page.waitForSelector('[data-testid="dataset-damaged"]');
    const tag = `${locale}-${w}`;
    await page.locator('[data-testid="datasets"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/backup-shots/${tag}-1-damaged.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="backup-export"]')]);
    const path = await download.path();
    await page.waitForSelector('[data-testid="backup-skipped"]');
    writeFileSync('/tmp/backup-shots/crafted.segmap', await nan(new Uint8Array(readFileSync(path))));
    await page.setInputFiles('[data-testid="backup-input"]', '/tmp/backup-shots/crafted.segmap');
    await page.waitForSelector('[data-testid="backup-error"]');
    await page.locator('[data-testid="backup"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/backup-shots/${tag}-2-rejected.png` });
    await page.setInputFiles('[data-testid="backup-input"]', path);
    await page.waitForSelector('[data-testid="backup-preview"]');
    await page.selectOption('[data-testid="backup-choice"]', 'replace');
    await page.locator('[data-testid="backup-restore"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/backup-shots/${tag}-3-choice.png` });
    await page.selectOption('[data-testid="backup-choice"]', 'add');
    await page.screenshot({ path: `/tmp/backup-shots/${tag}-4-choice-add.png` });
    await context.close();
  }
}
await browser.close();
