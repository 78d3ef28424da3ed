// Bundles the Node CLI (src/cli, over src/core) into dist-cli/segmap.js with esbuild.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the CLI bundle; resolves when written. */
export async function buildCli() {
  await build({
    entryPoints: [`${root}src/cli/index.ts`],
    outfile: `${root}dist-cli/segmap.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
