// Browser half of the scale benchmark (`npm run bench`, section "scale"): the built app in Debian
// Chromium with a fresh on-disk profile (as a user's; an incognito context would keep IndexedDB in
// memory). For each synthetic file: drop → table and → saved, the peak JS heap of the page and of
// the import worker (CDP Runtime.getHeapUsage: V8 heap, and array-buffer backing stores), the peak
// resident memory of the renderer process (/proc VmHWM, reset before each step), IndexedDB bytes
// (navigator.storage.estimate before/after), and after a reload the reopen time of the stored
// dataset. On the 1 M-row file (100,000 customers) every analysis view is timed from the nav click
// to its result drawn, and then, every view having been opened, the renderer's memory and the live
// workers are printed (`analyses.afterEveryView`, see memoryNow). Then Online Retail (541,909 rows)
// is imported and reopened when ../shared/data has it (SEGMAP_BENCH_RETAIL=0 skips it): the
// reopen goal is under 1 s for it.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const PORT = Number(process.env.SEGMAP_BENCH_PORT ?? 4194);
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
const MB = 1e6;
const mb = (bytes) => Math.round(bytes / MB);

/** Processes under `root` (by parent pid, from /proc), with their command lines. */
function descendants(root) {
  const kids = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  const out = [];
  const walk = (p) => {
    for (const c of kids.get(p) ?? []) {
      let cmd = '';
      try {
        cmd = readFileSync(`/proc/${c}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      out.push({ pid: c, cmd });
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** Peak resident memory (VmHWM) of the profile's renderer processes and of the whole browser. */
class ProcessPeaks {
  constructor(profileDir) {
    this.profileDir = profileDir;
  }
  processes() {
    const browser = descendants(1).find((p) => p.cmd.includes(`--user-data-dir=${this.profileDir}`));
    if (!browser) return [];
    return [{ ...browser, type: 'browser' }, ...descendants(browser.pid).map((p) => ({ ...p, type: typeOf(p.cmd) }))];
  }
  /** Resets the peak of every process (writing 5 to clear_refs), so the next read is this step's. */
  reset() {
    for (const p of this.processes()) {
      try {
        writeFileSync(`/proc/${p.pid}/clear_refs`, '5');
      } catch {
        // not ours or gone
      }
    }
  }
  /** MB now (VmRSS, not the peak): the largest renderer (the page's, with its workers' threads) and all. */
  current() {
    let renderer = 0;
    let all = 0;
    for (const p of this.processes()) {
      let rss = 0;
      try {
        rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      } catch {
        continue;
      }
      if (p.type === 'renderer' && rss > renderer) renderer = rss;
      all += rss;
    }
    return { rendererRssMB: mb(renderer), allProcessesRssMB: mb(all) };
  }
  /** MB: the largest renderer's peak, and the sum of every process's peak (an upper bound). */
  read() {
    let renderer = 0;
    let all = 0;
    for (const p of this.processes()) {
      let hwm = 0;
      try {
        hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      } catch {
        continue;
      }
      if (p.type === 'renderer' && hwm > renderer) renderer = hwm;
      all += hwm;
    }
    return { rendererPeakRssMB: mb(renderer), allProcessesPeakRssMB: mb(all) };
  }
}

function typeOf(cmd) {
  return /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'other';
}

/**
 * Samples the JS heap of the page and of every dedicated worker every `ms` through CDP (workers
 * via Target auto-attach; their sessions are driven with Target.sendMessageToTarget).
 */
class HeapSampler {
  static async start(context, page, ms = 100) {
    const s = new HeapSampler();
    s.cdp = await context.newCDPSession(page);
    s.workers = new Map(); // sessionId → worker file name
    s.waiting = new Map();
    s.nextId = 1;
    s.cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') s.workers.set(e.sessionId, workerName(e.targetInfo.url));
    });
    s.cdp.on('Target.detachedFromTarget', (e) => s.workers.delete(e.sessionId));
    s.cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message);
      s.waiting.get(m.id)?.(m.result);
      s.waiting.delete(m.id);
    });
    await s.cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    s.peaks = new Map();
    s.timer = setInterval(() => void s.sample(), ms);
    return s;
  }
  workerHeap(sessionId) {
    return this.toWorker(sessionId, 'Runtime.getHeapUsage');
  }
  /** Sends a CDP command to a worker's session; its result, or null (gone, or no answer in 5 s). */
  toWorker(sessionId, method, params = {}) {
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.waiting.set(id, resolve);
      this.cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(() => resolve(null));
      setTimeout(() => {
        if (this.waiting.delete(id)) resolve(null);
      }, 5000);
    });
  }
  /**
   * Memory held now, after a garbage collection in the page and in every worker: per target, the V8
   * heap in use and the array buffers' backing stores (where datasets' typed arrays live), in MB.
   */
  async retained() {
    await this.cdp.send('HeapProfiler.collectGarbage').catch(() => {});
    const targets = [['page', await this.cdp.send('Runtime.getHeapUsage').catch(() => null)]];
    for (const [sid, name] of this.workers) {
      await this.toWorker(sid, 'HeapProfiler.collectGarbage');
      targets.push([name, await this.toWorker(sid, 'Runtime.getHeapUsage')]);
    }
    const out = [];
    for (const [name, h] of targets) {
      if (h) out.push({ target: name, heapMB: mb(h.usedSize), arrayBuffersMB: mb(h.backingStorageSize ?? 0) });
    }
    return out;
  }
  async sample() {
    if (this.busy) return;
    this.busy = true;
    try {
      const all = [['page', this.cdp.send('Runtime.getHeapUsage').catch(() => null)]];
      for (const [sid, name] of this.workers) all.push([name, this.workerHeap(sid)]);
      for (const [name, p] of all) {
        const h = await p;
        if (!h) continue;
        const peak = this.peaks.get(name) ?? { heap: 0, heapAndBuffers: 0 };
        peak.heap = Math.max(peak.heap, h.usedSize);
        peak.heapAndBuffers = Math.max(peak.heapAndBuffers, h.usedSize + (h.backingStorageSize ?? 0));
        this.peaks.set(name, peak);
      }
    } finally {
      this.busy = false;
    }
  }
  /** Forgets the peaks so far (the next `read` covers one step). */
  reset() {
    this.peaks.clear();
  }
  /** Peaks (MB) of the page and of one worker: V8 heap, and heap + array buffers. */
  async read(worker) {
    await this.sample();
    const p = this.peaks.get('page') ?? { heap: 0, heapAndBuffers: 0 };
    const w = this.peaks.get(worker) ?? { heap: 0, heapAndBuffers: 0 };
    return {
      pagePeakHeapMB: mb(p.heap),
      pagePeakHeapAndBuffersMB: mb(p.heapAndBuffers),
      [`${worker}PeakHeapMB`]: mb(w.heap),
      [`${worker}PeakHeapAndBuffersMB`]: mb(w.heapAndBuffers),
    };
  }
  async stop() {
    clearInterval(this.timer);
    await this.cdp.detach().catch(() => {});
  }
}

/** "import" for .../assets/import.worker-abc123.js. */
function workerName(url) {
  return /\/([a-z]+)\.worker/.exec(url)?.[1] ?? 'worker';
}

/** Lines after the header of a text file (its data rows when no field spans lines). */
function dataLines(path) {
  const bytes = readFileSync(path);
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  return bytes[bytes.length - 1] === 10 ? n - 1 : n;
}

/** Bytes the origin uses (IndexedDB and caches), as the page sees it. */
const usage = (page) => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

/**
 * Drops each file into the app and measures; `files` maps a label ("1M") to { path, rows }.
 * Returns one entry per file, `analyses` for the 1 M-row file when there is one (its customer count
 * in `customers`), and `onlineRetail` when `retail` (a path) exists.
 */
export async function benchBrowserScale(files, retail) {
  const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
  const profile = mkdtempSync(join(tmpdir(), 'segmap-scale-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 1024, height: 768 },
  });
  const procs = new ProcessPeaks(profile);
  let sampler;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForSelector('[data-testid="customer-count"][data-count="400"]', { timeout: 60_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="import"]'));
    sampler = await HeapSampler.start(context, page);
    const out = {};
    const entries = Object.entries(files);
    const analysed = entries.find(([, f]) => f.rows === 1e6)?.[0];
    if (retail && existsSync(retail) && process.env.SEGMAP_BENCH_RETAIL !== '0')
      entries.unshift(['onlineRetail', { path: retail, rows: dataLines(retail) }]);
    for (const [label, { path, rows }] of entries) {
      const r = await importOne(page, path, sampler, procs);
      if (r.dropToTableMs) r.rowsPerSec = Math.round(rows / (r.dropToTableMs / 1000));
      const reopen = await reopenOne(page, r.customers, sampler, procs);
      out[label] = { ...r, ...reopen };
      if (label === analysed) {
        out.analyses = { customers: r.customers, ...(await timeViews(page, r.customers, procs, sampler)) };
      }
      // The views' workers keep the last dataset's columns; reload so the next file starts clean.
      await page.reload();
      await page.waitForSelector('[data-testid="customer-count"]', { timeout: 120_000 });
    }
    return out;
  } finally {
    await sampler?.stop();
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Drop → mapping → Import → table → saved, with memory peaks and the IndexedDB bytes written. */
async function importOne(page, path, sampler, procs) {
  await page.click('[data-testid="nav-data"]');
  const before = await usage(page);
  const previous = await page.getAttribute('[data-testid="customer-count"]', 'data-count').catch(() => null);
  await page.setInputFiles('[data-testid="file-input"]', path);
  await page.waitForSelector('[data-testid="import"]', { timeout: 60_000 });
  sampler.reset();
  procs.reset();
  const times = await page.evaluate(
    (prev) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        let table = 0;
        const check = () => {
          const el = document.querySelector('[data-testid="customer-count"]');
          if (!table && el && el.getAttribute('data-count') !== prev) table = performance.now() - t0;
          if (table && document.querySelector('[data-testid="saved"]')) {
            obs.disconnect();
            resolve({ dropToTableMs: Math.round(table), dropToSavedMs: Math.round(performance.now() - t0) });
          }
          const err = document.querySelector('[data-testid="not-saved"], .error[role="alert"]');
          if (err) {
            obs.disconnect();
            resolve({ error: err.textContent });
          }
        };
        const obs = new MutationObserver(check);
        obs.observe(document.body, { subtree: true, childList: true, attributes: true });
        document.querySelector('[data-testid="import"]').click();
      }),
    previous,
  );
  const memory = { ...(await sampler.read('import')), ...procs.read() };
  const customers = Number(await page.getAttribute('[data-testid="customer-count"]', 'data-count'));
  const after = await usage(page);
  return { customers, ...times, ...memory, indexedDbMB: mb(after - before) };
}

/** Reload → the stored dataset's table: the app's own `segmap:open` measure (load + RFM in the worker). */
async function reopenOne(page, customers, sampler, procs) {
  const t0 = Date.now();
  await page.reload();
  sampler.reset();
  procs.reset();
  await page.waitForSelector(`[data-testid="customer-count"][data-count="${customers}"]`, { timeout: 300_000 });
  const reloadToTableMs = Date.now() - t0;
  const open = await page.evaluate(() => {
    const m = performance.getEntriesByName('segmap:open').at(-1);
    return { reopenMs: Math.round(m.duration) };
  });
  const memory = await sampler.read('data');
  return {
    reloadToTableMs,
    ...open,
    reopenDataWorkerPeakHeapAndBuffersMB: memory.dataPeakHeapAndBuffersMB,
    reopenRendererPeakRssMB: procs.read().rendererPeakRssMB,
  };
}

/** Nav click → each analysis view's result drawn, for the open dataset of `n` customers (ms). */
async function timeViews(page, n, procs, sampler) {
  procs.reset();
  // Nav click → the view's result; then, when the view goes on computing a second part (the CLV
  // model checks, the migration), until that is shown too, so no view is timed while another works.
  const view = async (nav, selector, after) => {
    await page.click('[data-testid="nav-data"]');
    const t0 = Date.now();
    await page.click(`[data-testid="nav-${nav}"]`);
    // A view that does not finish in 2 minutes is reported as such, and the rest still run.
    const ok = (sel) =>
      page.waitForSelector(sel, { timeout: 120_000 }).then(
        () => Date.now() - t0,
        () => 'over 120000',
      );
    const ms = await ok(selector);
    return after ? [ms, await ok(after)] : [ms];
  };
  const out = {};
  [out.segmentsMs] = await view('segments', `[data-testid="scatter"] .chart-root[data-points="${n}"]`);
  [out.valueMs] = await view('value', '[data-testid="pareto"] svg');
  [out.clvMs, out.clvWithModelChecksMs] = await view(
    'clv',
    '[data-testid="clv-fit"]',
    '[data-testid="model-comparison"], [data-testid="checks-error"]',
  );
  [out.clustersMs] = await view('clusters', '[data-testid="cluster-profiles"]');
  [out.cohortsMs] = await view('cohorts', '[data-testid="cohorts-summary"]');
  [out.lifecycleMs, out.lifecycleWithMigrationMs] = await view(
    'time',
    '[data-testid="life-table"]',
    '[data-testid="mig-matrix"]',
  );
  [out.ahpMs] = await view('ahp', '[data-testid="ahp-scores"]');
  [out.crosstabMs] = await view('crosstab', '[data-testid="crosstab-table"]');
  // The customer table: sort all customers by monetary value (click → first row repainted).
  await page.click('[data-testid="nav-customers"]');
  await page.waitForSelector('[data-testid="rfm-row"]');
  out.customersSortMs = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        document.querySelector('[data-testid="sort-monetary"]').click();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(Math.round(performance.now() - t0))));
      }),
  );
  const peak = procs.read().rendererPeakRssMB;
  return { ...out, rendererPeakRssMB: peak, afterEveryView: await memoryNow(page, sampler, procs) };
}

/**
 * What the page holds once every view has been opened (after a garbage collection everywhere):
 * the renderer's resident memory now (/proc VmRSS of the renderer process: the page and its
 * dedicated workers are threads of it, so this is the number a tablet kills the tab by, typed
 * arrays and Blink included), its breakdown per JS target (CDP Runtime.getHeapUsage of the page
 * and of each worker: V8 heap, and array-buffer backing stores, which JSHeapUsedSize leaves out),
 * and the live workers (playwright `page.workers()`) by script.
 */
async function memoryNow(page, sampler, procs) {
  const targets = await sampler.retained();
  const workers = page.workers().map((w) => workerName(w.url()));
  const sum = (key) => targets.reduce((s, t) => s + t[key], 0);
  return {
    ...procs.current(),
    jsHeapMB: sum('heapMB'),
    arrayBuffersMB: sum('arrayBuffersMB'),
    targets,
    liveWorkers: workers.length,
    workers: workers.sort(),
  };
}
