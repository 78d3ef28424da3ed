// The "clv" and "backtest" sections of `npm run bench` alone (`npm run bench:clv`): every model's
// fit, the prediction intervals and the backtest scorecard on CDNOW, Online Retail and 100,000
// synthetic customers (the scale section's 1 M-row file, generated once), each 100,000-customer
// timing next to its 1 s goal (issue 16), printed as JSON. SEGMAP_SHARED_DATA names the shared data
// folder when it is not ../shared/data beside the project.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { syntheticClvFile } from './syntheticClvFile.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.SEGMAP_SHARED_DATA ?? `${root}../shared/data`;
const retail = `${shared}/online_retail/online_retail.csv`;
const cdnow = `${shared}/cdnow/CDNOW_sample.txt`;
if (!existsSync(retail)) {
  console.log(JSON.stringify({ skipped: `${retail} is not present` }));
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
const { benchBacktest, benchClv } = await import(pathToFileURL(`${root}dist-cli/bench-node.js`).href);
const synthetic = await syntheticClvFile();
const out = { date: new Date().toISOString(), node: process.version, file: retail };
out.clv = await benchClv(existsSync(cdnow) ? cdnow : null, retail, synthetic);
out.backtest = await benchBacktest(retail);
console.log(JSON.stringify(out, null, 2));
