// `npm run bench`: prints JSON timings. Node: the core import path (read, parse, clean, RFM) and the
// CLI end to end on the Online Retail file. Chromium: drop-to-table and reopen of the built app.
// Run `npm run build` first for the browser part (it is skipped with a note when dist/ is missing).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

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
const { benchNode } = await import(pathToFileURL(`${root}dist-cli/bench-node.js`).href);
out.core = await benchNode(retail);

const cliRuns = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [`${root}bin/segmap.js`, 'rfm', retail, '--out', '/tmp/segmap-bench-rfm.csv'], {
    stdio: 'ignore',
  });
  cliRuns.push(Math.round(performance.now() - t0));
}
out.cli = { command: 'segmap rfm online_retail.csv --out FILE', wallMs: cliRuns.sort((a, b) => a - b)[1] };

if (existsSync(`${root}dist/index.html`) && existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  const { benchBrowser } = await import(pathToFileURL(`${root}scripts/benchBrowser.js`).href);
  out.browser = await benchBrowser(retail);
} else {
  out.browser = { skipped: 'run `npm run build` first and install chromium' };
}
console.log(JSON.stringify(out, null, 2));
