// The "scale" section of `npm run bench` (also alone: `npm run bench:scale`, after `npm run build`):
// synthetic files of SEGMAP_BENCH_SCALE million rows (default 0.5,1; the full run is
// SEGMAP_BENCH_SCALE=0.5,1,5; 0 skips the section), generated once into the temp folder by
// scripts/make-transactions.mjs (seed 1). Each size is imported through the core in a fresh Node
// process (rows/s, MB/s, peak heap, max RSS, RFM, segments, stored bytes, reopen;
// scripts/benchScale.ts), then by the CLI under /usr/bin/time (wall time, max RSS), then every size
// in Chromium, with Online Retail's reopen and the analyses on 100,000 customers, then the
// renderer's memory and live workers after every view was opened (scripts/benchBrowserScale.js).
// SEGMAP_BENCH_ONLY=browser runs the Chromium part only, e.g.
// `SEGMAP_BENCH_SCALE=1 SEGMAP_BENCH_ONLY=browser SEGMAP_BENCH_RETAIL=0 npm run bench:scale`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Sizes in millions of rows when SEGMAP_BENCH_SCALE is not set. */
export const DEFAULT_SCALE = '0.5,1';

/**
 * The scale section for a list of sizes in millions of rows ("0.5,1,5"; "0" or "" skips it). Each
 * size is imported in a fresh Node process (its own peak memory), then by the CLI under
 * /usr/bin/time, then all sizes in Chromium.
 */
export async function benchScale(spec) {
  const { buildCli } = await import(pathToFileURL(`${root}scripts/build-cli.js`).href);
  await buildCli(); // so the first CLI run times the command, not a bundling
  await build({
    entryPoints: [`${root}scripts/benchScale.ts`],
    outfile: `${root}dist-cli/bench-scale.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  const sizes = spec
    .split(',')
    .map(Number)
    .filter((m) => m > 0);
  if (!sizes.length) return { skipped: 'SEGMAP_BENCH_SCALE=0' };
  const dir = `${tmpdir()}/segmap-scale`;
  mkdirSync(dir, { recursive: true });
  const files = {};
  const { makeTransactions } = await import(pathToFileURL(`${root}scripts/make-transactions.mjs`).href);
  for (const m of sizes) {
    const rows = Math.round(m * 1e6);
    const path = `${dir}/transactions-${rows}-seed1.csv`;
    if (!existsSync(path)) {
      await makeTransactions(`${path}.part`, { rows, seed: 1 });
      renameSync(`${path}.part`, path);
    }
    files[`${m}M`] = { path, rows };
  }
  const result = { generator: 'scripts/make-transactions.mjs --seed 1 (customers = rows / 10)' };
  const hasTime = existsSync('/usr/bin/time');
  // SEGMAP_BENCH_ONLY=browser: only the Chromium part (the Node and CLI runs take minutes).
  const browserOnly = process.env.SEGMAP_BENCH_ONLY === 'browser';
  for (const [label, { path }] of Object.entries(files)) {
    if (browserOnly) continue;
    const node = JSON.parse(
      execFileSync(process.execPath, [`${root}dist-cli/bench-scale.js`, path], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      }),
    );
    const t0 = performance.now();
    const args = [`${root}bin/segmap.js`, 'rfm', path, '--out', `${dir}/rfm.csv`];
    const cli = { command: `segmap rfm ${label}.csv --out FILE` };
    if (hasTime) {
      const err = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
      }).stderr;
      cli.wallMs = Math.round(performance.now() - t0);
      cli.maxRssMB = Math.round(Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1]) / 1024);
    } else {
      execFileSync(process.execPath, args, { stdio: 'ignore' });
      cli.wallMs = Math.round(performance.now() - t0);
      cli.maxRssMB = null;
      cli.note = '/usr/bin/time is missing (apt-get install time): no max RSS';
    }
    result[label] = { node, cli };
  }
  if (existsSync(`${root}dist/index.html`) && existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    const { benchBrowserScale } = await import(pathToFileURL(`${root}scripts/benchBrowserScale.js`).href);
    result.browser = await benchBrowserScale(files, `${root}../shared/data/online_retail/online_retail.csv`);
  } else result.browser = { skipped: 'run `npm run build` first and install chromium' };
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchScale(process.env.SEGMAP_BENCH_SCALE ?? DEFAULT_SCALE), null, 2));
}
