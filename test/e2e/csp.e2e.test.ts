// The Content-Security-Policy (issue 15): the built app uses its own origin only. Every view draws
// without a single violation (as a <meta> from any static host, as a header from `vite preview`,
// and offline from the service worker's cache); a page script cannot reach another origin, run
// inline script or eval; and text imported from a CSV never causes a request.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../scripts/contentSecurityPolicy.ts';
import { APP_URL, controlled, expectCustomers, newPage, SAMPLE_CUSTOMERS, useBrowser } from './browser.ts';
import { staticServer } from './staticServer.ts';
import { VIEWS_READY } from './viewsReady.ts';

const browser = useBrowser();
const PORT = Number(process.env.SEGMAP_E2E_PORT ?? 4183);
/** Another origin (another port) that records every request it gets. */
const REMOTE = `http://127.0.0.1:${PORT + 2}`;
/** The built app from a plain static host: the policy comes from the <meta> only. */
const STATIC_URL = `http://127.0.0.1:${PORT + 3}/`;
const dist = fileURLToPath(new URL('../../dist', import.meta.url));

const requests: string[] = [];
let remote: Server;
let plain: Server;
const dir = mkdtempSync(join(tmpdir(), 'segmap-csp-'));

beforeAll(async () => {
  remote = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/frame.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><iframe src="${APP_URL}"></iframe>`);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
    res.end('x');
  });
  await new Promise<void>((resolve) => remote.listen(PORT + 2, '127.0.0.1', resolve));
  plain = (await staticServer(PORT + 3, dist)).server;
});
afterAll(() => {
  remote?.close();
  plain?.close();
  rmSync(dir, { recursive: true, force: true });
});

const VIEWS = VIEWS_READY;

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Violations seen so far (directive and blocked URL), emptied by each call. */
  violations(): Promise<string[]>;
  /** Console messages about the policy (the browser's own "Refused to …" errors). */
  cspConsole: string[];
}

/** A fresh page that records every securitypolicyviolation event and every CSP console message. */
async function watchedPage(): Promise<Watched> {
  const { context, page } = await newPage(browser());
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const cspConsole: string[] = [];
  page.on('console', (m) => {
    if (/content.security.policy|refused to/i.test(m.text())) cspConsole.push(m.text());
  });
  const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.splice(0));
  return { context, page, violations, cspConsole };
}

/** Opens every view, and its folded panels, and returns the violations per view. */
async function everyView(w: Watched): Promise<string[]> {
  const found: string[] = [];
  for (const v of VIEWS) {
    await w.page.click(`[data-testid="nav-${v.view}"]`);
    await w.page.waitForSelector(v.ready, { timeout: 60_000 });
    const closed = w.page.locator('details:not([open]) > summary');
    for (let i = 0; i < 10 && (await closed.count()) > 0; i++) await closed.first().click();
    found.push(...(await w.violations()).map((x) => `${v.view}: ${x}`));
  }
  return found;
}

describe('Content-Security-Policy', () => {
  it('is in the built index.html before any script, and sent as a header by vite preview', async () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(meta).toBeLessThan(html.indexOf('<link'));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script at all
    expect(html.replaceAll('&#39;', "'")).toContain(`content="${CSP_META}"`);
    expect(CSP_META).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    const res = await fetch(APP_URL);
    expect(res.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });

  it.each([
    ['vite preview (header and meta)', APP_URL],
    ['a plain static host (meta only)', STATIC_URL],
  ])(
    'lets every view draw and the charts export with no violation, from %s',
    async (_name, url) => {
      const w = await watchedPage();
      await w.page.goto(url);
      await expectCustomers(w.page, SAMPLE_CUSTOMERS);
      expect(await everyView(w)).toEqual([]);
      // PNG and SVG export (the PNG goes through a data: image) of a chart.
      await w.page.click('[data-testid="nav-value"]');
      for (const kind of ['png', 'svg']) {
        const [download] = await Promise.all([
          w.page.waitForEvent('download'),
          w.page.locator(`[data-testid="pyramid"] [data-testid="export-${kind}"]`).click(),
        ]);
        expect(readFileSync((await download.path())!).byteLength).toBeGreaterThan(100);
      }
      expect(await w.violations()).toEqual([]);
      expect(w.cspConsole).toEqual([]);
      await w.context.close();
    },
    240_000,
  );

  /** What a page script (or injected markup) might try; each must be refused by the named directive. */
  const PROBES: [string, string][] = [
    ['fetch', 'connect-src'],
    ['xhr', 'connect-src'],
    ['beacon', 'connect-src'],
    ['websocket', 'connect-src'],
    ['image', 'img-src'],
    ['css background', 'img-src'],
    ['font', 'font-src'],
    ['script', 'script-src-elem'],
    ['stylesheet', 'style-src-elem'],
    ['inline script', 'script-src-elem'],
    ['event handler', 'script-src-attr'],
    ['eval', 'script-src'],
    ['blob worker', 'worker-src'],
    ['iframe', 'frame-src'],
    ['form', 'form-action'],
  ];

  it.each([
    ['vite preview (header and meta)', APP_URL],
    ['a plain static host (meta only)', STATIC_URL],
    ['the service worker’s cache, offline', 'offline'],
  ])(
    'blocks a page script’s requests to another origin, inline script and eval, from %s',
    async (_name, where) => {
      const w = await watchedPage();
      await w.page.goto(where === 'offline' ? APP_URL : where);
      await expectCustomers(w.page, SAMPLE_CUSTOMERS);
      if (where === 'offline') {
        await controlled(w.page);
        await w.context.setOffline(true);
        await w.page.reload();
        await expectCustomers(w.page, SAMPLE_CUSTOMERS);
        expect(await w.violations()).toEqual([]);
      }
      requests.length = 0;
      for (const [probe, directive] of PROBES) {
        const outcome = await w.page.evaluate(
          async ({ probe, remote }) => {
            const w = window as unknown as { __ran?: string };
            const url = `${remote}/${probe.replace(' ', '-')}`;
            const settle = (el: HTMLElement & { onload: unknown; onerror: unknown }) =>
              new Promise<string>((resolve) => {
                el.onload = () => resolve('loaded');
                el.onerror = () => resolve('refused');
                setTimeout(() => resolve('refused'), 1500);
              });
            const tick = () => new Promise((r) => setTimeout(r, 300));
            switch (probe) {
              case 'fetch':
                return fetch(url).then(
                  () => 'loaded',
                  () => 'refused',
                );
              case 'xhr':
                return new Promise<string>((resolve) => {
                  const x = new XMLHttpRequest();
                  x.onload = () => resolve('loaded');
                  x.onerror = () => resolve('refused');
                  try {
                    x.open('GET', url);
                    x.send();
                  } catch {
                    resolve('refused');
                  }
                });
              case 'beacon':
                try {
                  navigator.sendBeacon(url, 'x');
                } catch {
                  /* refused */
                }
                await tick();
                return 'refused';
              case 'websocket':
                try {
                  new WebSocket(url.replace('http', 'ws'));
                } catch {
                  /* refused */
                }
                await tick();
                return 'refused';
              case 'image': {
                const img = new Image();
                const done = settle(img as never);
                img.src = url;
                return done;
              }
              case 'css background': {
                const div = document.createElement('div');
                div.style.backgroundImage = `url(${url})`;
                div.style.width = div.style.height = '10px';
                document.body.append(div);
                await tick();
                div.remove();
                return 'refused';
              }
              case 'font': {
                const face = new FontFace('Remote', `url(${url})`);
                return face.load().then(
                  () => 'loaded',
                  () => 'refused',
                );
              }
              case 'script': {
                const s = document.createElement('script');
                const done = settle(s as never);
                s.src = url;
                document.head.append(s);
                return done;
              }
              case 'stylesheet': {
                const l = document.createElement('link');
                l.rel = 'stylesheet';
                const done = settle(l as never);
                l.href = url;
                document.head.append(l);
                return done;
              }
              case 'inline script': {
                const s = document.createElement('script');
                s.textContent = "window.__ran = 'inline'";
                document.head.append(s);
                await tick();
                return w.__ran === 'inline' ? 'loaded' : 'refused';
              }
              case 'event handler': {
                const div = document.createElement('div');
                div.innerHTML = `<img src="/icon.svg" onload="window.__ran = 'handler'">`;
                document.body.append(div);
                await tick();
                div.remove();
                return w.__ran === 'handler' ? 'loaded' : 'refused';
              }
              case 'eval':
                // A string timer is eval from the page (eval called inside page.evaluate is allowed
                // by the DevTools protocol whatever the policy says).
                try {
                  (setTimeout as (code: string, ms: number) => number)("window.__ran = 'eval'", 0);
                } catch {
                  return 'refused';
                }
                await tick();
                return w.__ran === 'eval' ? 'loaded' : 'refused';
              case 'blob worker':
                try {
                  const worker = new Worker(URL.createObjectURL(new Blob(['postMessage(1)'])));
                  return new Promise<string>((resolve) => {
                    worker.onmessage = () => resolve('loaded');
                    worker.onerror = () => resolve('refused');
                    setTimeout(() => resolve('refused'), 1500);
                  });
                } catch {
                  return 'refused';
                }
              case 'iframe': {
                const f = document.createElement('iframe');
                f.src = url;
                document.body.append(f);
                await tick();
                f.remove();
                return 'refused';
              }
              case 'form': {
                const f = document.createElement('form');
                f.method = 'post';
                f.action = url;
                document.body.append(f);
                try {
                  f.submit();
                } catch {
                  /* refused */
                }
                await tick();
                f.remove();
                return 'refused';
              }
            }
            return 'unknown probe';
          },
          { probe, remote: REMOTE },
        );
        expect([probe, outcome]).toEqual([probe, 'refused']);
        const seen = await w.violations();
        expect(
          seen.some((v) => v.startsWith(`${directive} `)),
          `${probe}: ${directive} in ${seen.join(', ')}`,
        ).toBe(true);
      }
      expect(requests).toEqual([]);
      await w.context.close();
    },
    120_000,
  );

  it('refuses to be framed by another origin (frame-ancestors, header only)', async () => {
    const { context, page } = await newPage(browser());
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('frame-ancestors')) refused.push(m.text());
    });
    await page.goto(`${REMOTE}/frame.html`);
    await page.waitForTimeout(1500);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    expect(await framed?.$('[data-testid="nav-data"]').catch(() => null)).toBeFalsy();
    expect(refused.length).toBeGreaterThan(0);
    await context.close();
  });

  it('never sends a request for markup in imported text, on any view', async () => {
    const CUSTOMERS = 200;
    const payloads = [
      `<img src=${REMOTE}/img-customer>`,
      `<script src=${REMOTE}/script-customer></script>`,
      `<img src=x onerror="fetch('${REMOTE}/onerror')">`,
      `"><svg onload="fetch('${REMOTE}/svg')">`,
      `<style>@import url(${REMOTE}/style);</style>`,
      `<link rel=stylesheet href=${REMOTE}/link>`,
      `<iframe src=${REMOTE}/iframe></iframe>`,
    ];
    const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
    // 200 customers with 1 to 6 purchases over two years (enough for every analysis); the first
    // ones are named by the payloads, and every attribute value carries one.
    const rows = ['customer,date,amount,region,note'];
    for (let c = 0; c < CUSTOMERS; c++) {
      const p = payloads[c % payloads.length];
      for (let k = 0; k <= (c * 7) % 6; k++) {
        const day = (c * 13 + k * 97) % 700;
        const date = new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
        rows.push(
          [
            quote(c < payloads.length ? p : `c${c}`),
            date,
            String(10 + ((c * 37 + k * 11) % 200)),
            quote(c % 2 ? p : `<b>north</b>`),
            quote(`${p} <script>fetch('${REMOTE}/note')</script>`),
          ].join(','),
        );
      }
    }
    const file = join(dir, 'hostile-markup.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);

    const w = await watchedPage();
    await w.page.goto(APP_URL);
    await expectCustomers(w.page, SAMPLE_CUSTOMERS);
    requests.length = 0;
    await w.page.setInputFiles('[data-testid="file-input"]', file);
    await w.page.waitForSelector('[data-testid="preview"]');
    await w.page.click('[data-testid="import"]');
    await expectCustomers(w.page, CUSTOMERS);
    await w.page.waitForSelector('[data-testid="saved"]');
    // The markup is shown as text, where it is shown at all.
    expect(await w.page.locator('[data-testid="rfm-row"]', { hasText: '<img src=' }).count()).toBeGreaterThan(0);
    const found = await everyView(w);
    await w.page.click('[data-testid="nav-crosstab"]');
    await w.page.selectOption('[data-testid="crosstab-attribute"]', 'region');
    await w.page.waitForSelector('[data-testid="crosstab-table"]');
    await w.page.waitForTimeout(500);
    found.push(...(await w.violations()));
    expect(found).toEqual([]);
    expect(requests).toEqual([]);
    expect(w.cspConsole).toEqual([]);
    await w.context.close();
  }, 240_000);
});
