// The 1 M-row synthetic file (100,000 customers, seed 1) that the CLV, interval and scorecard
// benchmarks fit: generated once into the temp folder by scripts/make-transactions.mjs, shared with
// the scale section.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The file's path, after writing it if it is not there yet. */
export async function syntheticClvFile() {
  const scaleDir = `${tmpdir()}/segmap-scale`;
  const synthetic = `${scaleDir}/transactions-1000000-seed1.csv`;
  if (!existsSync(synthetic)) {
    const { makeTransactions } = await import(pathToFileURL(`${root}scripts/make-transactions.mjs`).href);
    mkdirSync(scaleDir, { recursive: true });
    await makeTransactions(`${synthetic}.part`, { rows: 1_000_000, seed: 1 });
    renameSync(`${synthetic}.part`, synthetic);
  }
  return synthetic;
}
