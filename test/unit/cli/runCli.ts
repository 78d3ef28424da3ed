import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';

const BIN = fileURLToPath(new URL('../../../bin/segmap.js', import.meta.url));

/** Runs `segmap ARGS…` in a child process: exit code, stdout and stderr. */
export function segmap(...args: string[]) {
  return segmapWithEnv({}, ...args);
}

/** Runs `segmap ARGS…` with extra environment variables (e.g. TZ). */
export function segmapWithEnv(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder and a function writing files into it (returns the path). */
export function tempFiles(prefix: string): { dir: string; write: (name: string, text: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name, text) {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    },
  };
}

/** Bundles the CLI that `segmap` runs once before the calling file's tests. */
export function useBuiltCli(): void {
  beforeAll(async () => {
    await buildCli();
  }, 60_000);
}

/** The flags that read CDNOW's sample: no header, runs of spaces, customer, date, amount in columns 1, 3, 5. */
export const CDNOW_ARGS = [
  '--no-header',
  '--delimiter',
  'whitespace',
  '--map',
  'customer=1',
  '--map',
  'date=3',
  '--map',
  'amount=5',
];
