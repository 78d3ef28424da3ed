// The cross-engine journey: a field-sales user's path through the app, run in Chromium, WebKit (the
// engine of every iPad) and Firefox: first visit and the sample, every view draws, a CSV imported
// through the file input, a setting kept over a reload, a reload with the server gone (the service
// worker serves the app), a backup, a delete, a restore. Screens at iPad portrait size, in English
// and Chinese, are written to SEGMAP_SHOTS (default: <tmp>/segmap-journey).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticServer } from '../staticServer.ts';
import { chromiumEngine } from './chromium.ts';
import { count, select, text, valueOf, waitFor, waitUntil } from './engine.ts';
import type { Engine, EngineName } from './engine.ts';
import { firefoxEngine } from './firefox.ts';
import { webkitEngine } from './webkit.ts';
import { VIEWS_READY } from '../viewsReady.ts';

const BASE_PORT = Number(process.env.SEGMAP_E2E_PORT ?? 4183);
/** The journey's own server (it is stopped for the offline step), and WebKitWebDriver's port. */
const SERVER_PORT = BASE_PORT + 5;
const WEBDRIVER_PORT = BASE_PORT + 6;
const URL_ = `http://127.0.0.1:${SERVER_PORT}/`;
const DIST = fileURLToPath(new URL('../../../dist', import.meta.url));
const SHOTS = process.env.SEGMAP_SHOTS ?? join(tmpdir(), 'segmap-journey');

const STARTERS: Record<EngineName, () => Promise<Engine>> = {
  chromium: () => chromiumEngine(),
  webkit: () => webkitEngine(WEBDRIVER_PORT),
  firefox: () => firefoxEngine(),
};
/** All three unless SEGMAP_ENGINES names fewer (e.g. `webkit,firefox`). */
const ENGINES = (process.env.SEGMAP_ENGINES ?? 'chromium,webkit,firefox')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is EngineName => s in STARTERS);

const VIEWS = VIEWS_READY;

/** A small shop of 24 customers (K01…K24), one to four purchases each, written for the import step. */
const CUSTOMERS = 24;
const CSV_NAME = 'journey-shop';
function writeCsv(): string {
  const lines = ['Invoice,Customer,Date,Amount'];
  for (let c = 1; c <= CUSTOMERS; c++)
    for (let p = 0; p < 1 + (c % 4); p++)
      lines.push(
        `${c * 10 + p},K${String(c).padStart(2, '0')},2024-${String(1 + ((c + 4 * p) % 12)).padStart(2, '0')}-1${p},${(c * 7 + p * 13) % 90}.5`,
      );
  const file = join(mkdtempSync(join(tmpdir(), 'segmap-journey-')), `${CSV_NAME}.csv`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const customers = (e: Engine, n: number) => waitFor(e, `[data-testid="customer-count"][data-count="${n}"]`, 60_000);
const datasetRows = (e: Engine) => count(e, '[data-testid="dataset-row"]');
async function rowsBecome(e: Engine, n: number) {
  await waitUntil(
    e,
    `${n} dataset rows`,
    (k: number) => document.querySelectorAll('[data-testid="dataset-row"]').length === k,
    [n],
  );
}
/** The index (1-based, for :nth-child) of the dataset row named `name`, 0 when there is none. */
const rowOf = (e: Engine, name: string) =>
  e.evaluate(
    (n: string) =>
      1 +
      Array.from(document.querySelectorAll('[data-testid="dataset-row"]')).findIndex(
        (r) => r.querySelector('[data-testid="dataset-name"]')?.textContent === n,
      ),
    name,
  );

let server: Server | undefined;
const startServer = async () => {
  server = (await staticServer(SERVER_PORT, DIST)).server;
};
/** Stops the server at once, open keep-alive connections included: the network is gone. */
const stopServer = () =>
  new Promise<void>((resolve) => {
    if (!server) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
    server = undefined;
  });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await startServer();
});
afterAll(stopServer);

describe.each(ENGINES)('the journey in %s', (name) => {
  let e: Engine;
  let csv = '';
  let failed = false;
  const shot = (what: string) => e.screenshot(join(SHOTS, `${name}-${what}.png`));
  /** A step of the journey: skipped once an earlier step failed (it would fail for that reason). */
  const step = (title: string, body: () => Promise<void>, timeout = 120_000) =>
    it(
      title,
      async (ctx) => {
        if (failed) ctx.skip();
        try {
          await body();
        } catch (err) {
          failed = true;
          await shot(`failed-${title.replace(/\W+/g, '-')}`).catch(() => undefined);
          throw err;
        }
      },
      timeout,
    );

  beforeAll(async () => {
    csv = writeCsv();
    e = await STARTERS[name]();
  }, 120_000);
  afterAll(async () => {
    if (!server) await startServer();
    await e?.close();
  });

  step('first visit: the sample shop is imported and shown', async () => {
    await e.goto(URL_);
    await customers(e, 400);
    await waitFor(e, '[data-testid="rfm-row"]');
    await shot('customers-en');
  });

  step(
    'every view draws',
    async () => {
      for (const v of VIEWS) {
        await e.click(`[data-testid="nav-${v.view}"]`);
        await waitFor(e, v.ready, 60_000);
        await shot(`${v.view}-en`);
      }
    },
    300_000,
  );

  step('imports a CSV through the file input, and its table can be searched', async () => {
    await e.click('[data-testid="nav-data"]');
    await e.setFile('[data-testid="file-input"]', csv);
    await waitFor(e, '[data-testid="preview"]');
    await shot('mapping-en');
    await e.click('[data-testid="import"]');
    await waitFor(e, '[data-testid="saved"]', 60_000);
    await e.click('[data-testid="nav-customers"]');
    await customers(e, CUSTOMERS);
    await e.type('[data-testid="search"]', 'K1');
    await waitUntil(e, 'ten rows for K1', () => document.querySelectorAll('[data-testid="rfm-row"]').length === 10, []);
    expect(await text(e, '[data-testid="rfm-row"]')).toContain('K1');
  });

  step('a setting persists over a reload', async () => {
    await e.click('[data-testid="nav-segments"]');
    await waitFor(e, '[data-testid="scheme"]');
    await select(e, '[data-testid="scheme"]', 'cn8');
    // Settings are saved a moment after the change.
    await new Promise((r) => setTimeout(r, 1000));
    await e.reload();
    // The address keeps the view: the reload comes back to Segments, with the stored scheme (its
    // segments are computed once the dataset's settings are loaded).
    await waitFor(e, '[data-testid="segment-row"]', 60_000);
    expect(await valueOf(e, '[data-testid="scheme"]')).toBe('cn8');
    await e.click('[data-testid="nav-customers"]');
    await customers(e, CUSTOMERS);
  });

  step('reloads with the server gone: the service worker serves the app and its data', async () => {
    await e.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    if (!(await e.evaluate(() => !!navigator.serviceWorker.controller))) await e.reload();
    await waitUntil(e, 'a controlling service worker', () => !!navigator.serviceWorker.controller, []);
    await stopServer();
    try {
      await e.reload();
      await e.click('[data-testid="nav-customers"]');
      await customers(e, CUSTOMERS);
      await e.click('[data-testid="nav-segments"]');
      await waitFor(e, '[data-testid="segment-row"]', 60_000);
      await e.click('[data-testid="nav-clusters"]');
      await waitFor(e, '[data-testid="cluster-profiles"]', 60_000);
    } finally {
      await startServer();
    }
  });

  let backup = '';
  step('makes a backup of the workspace', async () => {
    await e.click('[data-testid="nav-data"]');
    await waitFor(e, '[data-testid="backup-export"]');
    // The download itself is the browser's business; the file is the Blob the page hands to it.
    await e.evaluate(() => {
      const w = window as unknown as { journeyBlob?: Blob };
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b: Blob | MediaSource) => {
        if (b instanceof Blob) w.journeyBlob = b;
        return create(b);
      };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (!(this.download && this.href.startsWith('blob:'))) click.call(this);
      };
    });
    await e.click('[data-testid="backup-export"]');
    await waitUntil(
      e,
      'the backup file',
      () => !!(window as unknown as { journeyBlob?: Blob }).journeyBlob,
      [],
      60_000,
    );
    const base64 = await e.evaluate(async () => {
      const bytes = new Uint8Array(await (window as unknown as { journeyBlob: Blob }).journeyBlob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    });
    backup = join(mkdtempSync(join(tmpdir(), 'segmap-journey-')), 'workspace.segmap');
    writeFileSync(backup, Buffer.from(base64, 'base64'));
    expect(base64.length).toBeGreaterThan(1000);
  });

  step('deletes a dataset', async () => {
    expect(await datasetRows(e)).toBe(2);
    const row = await rowOf(e, CSV_NAME);
    expect(row).toBeGreaterThan(0);
    await e.click(`[data-testid="dataset-row"]:nth-child(${row}) [data-testid="delete"]`);
    await rowsBecome(e, 1);
    expect(await rowOf(e, CSV_NAME)).toBe(0);
  });

  step('restores the deleted dataset from the backup, with its setting', async () => {
    await e.setFile('[data-testid="backup-input"]', backup);
    await waitFor(e, '[data-testid="backup-preview"]');
    expect(await count(e, '[data-testid="backup-row"]')).toBe(2);
    // The sample shop is still here: keep it as it is; bring back the deleted one.
    await e.evaluate(() => {
      for (const row of Array.from(document.querySelectorAll('[data-testid="backup-row"]'))) {
        if (!row.querySelector('[data-testid="backup-existing"]')) continue;
        const choice = row.querySelector('[data-testid="backup-choice"]') as HTMLSelectElement;
        choice.value = 'skip';
        choice.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await shot('restore-en');
    await e.click('[data-testid="backup-restore"]');
    await waitFor(e, '[data-testid="backup-done"]', 60_000);
    await rowsBecome(e, 2);
    const row = await rowOf(e, CSV_NAME);
    await e.click(`[data-testid="dataset-row"]:nth-child(${row}) [data-testid="open"]`);
    await e.click('[data-testid="nav-customers"]');
    await customers(e, CUSTOMERS);
    await e.click('[data-testid="nav-segments"]');
    await waitFor(e, '[data-testid="scheme"]');
    expect(await valueOf(e, '[data-testid="scheme"]')).toBe('cn8');
  });

  step('says what this browser can do about keeping the data', async () => {
    await e.click('[data-testid="nav-data"]');
    await waitFor(e, '[data-testid="backup-export"]');
    if (!(await e.evaluate(() => typeof navigator.storage?.persist === 'function'))) {
      // WebKitGTK: no Storage API at all. Said, not left blank.
      await waitFor(e, '[data-testid="storage-unsupported"]');
      expect(await text(e, '[data-testid="storage-unsupported"]')).toContain('cannot be asked to keep its data');
      expect(await count(e, '[data-testid="persist-ask"]')).toBe(0);
      await shot('persist-en');
      return;
    }
    await waitFor(e, '[data-testid="storage"]');
    if (await e.evaluate(() => navigator.storage.persisted())) return; // nothing to ask
    await waitFor(e, '[data-testid="persist-ask"]');
    await e.click('[data-testid="persist-ask"]');
    // Chromium decides at once (headless: no); Firefox asks its user, who has not answered yet.
    const outcome = '[data-testid="persist-asking"], [data-testid="persist-refused"]';
    await waitUntil(
      e,
      'an answer or a word on it',
      (s: string) => !!document.querySelector(s) || !document.querySelector('[data-testid="persist-advice"]'),
      [outcome],
    );
    if (await count(e, '[data-testid="persist-advice"]'))
      expect(await text(e, outcome)).toMatch(/^The browser (is asking|declined)/);
    await shot('persist-en');
  });

  step('speaks Chinese when asked, at iPad size', async () => {
    await select(e, '[data-testid="lang"]', 'zh-CN');
    await waitUntil(e, 'Chinese', () => document.documentElement.lang === 'zh-CN', []);
    await shot('segments-zh');
    for (const view of ['data', 'customers', 'clusters', 'time']) {
      await e.click(`[data-testid="nav-${view}"]`);
      await waitFor(e, VIEWS.find((v) => v.view === view)!.ready, 60_000);
      await shot(`${view}-zh`);
    }
    await select(e, '[data-testid="lang"]', 'en');
  });
});
