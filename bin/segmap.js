#!/usr/bin/env node
// Launcher for `npx segmap`: runs the bundled CLI, (re)building it first when the sources are newer.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist-cli/segmap.js`;

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

if (
  !existsSync(bundle) ||
  statSync(bundle).mtimeMs < Math.max(newestSource(`${root}src/core`), newestSource(`${root}src/cli`))
) {
  const { buildCli } = await import(pathToFileURL(`${root}scripts/build-cli.js`).href);
  await buildCli();
}
await import(pathToFileURL(bundle).href);
