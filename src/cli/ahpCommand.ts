import { parseArgs } from 'node:util';
import { ahpWeights } from '../core/ahp/ahpWeights.ts';
import { MatrixError, offScale, parseMatrix } from '../core/ahp/pairwiseMatrix.ts';
import { UsageError } from './options.ts';

/**
 * `segmap ahp --matrix "1,3,5;1/3,1,3;1/5,1/3,1"`: AHP weights (principal eigenvector), λmax, CI,
 * CR and whether CR < 0.1; --json for {"weights", "lambdaMax", "CI", "CR", "consistent", …}.
 */
export async function ahpCommand(args: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { matrix: { type: 'string' }, json: { type: 'boolean', default: false } },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.matrix === undefined) throw new UsageError('--matrix: expected rows like "1,3,5;1/3,1,3;1/5,1/3,1"');
  let A: number[][];
  try {
    A = parseMatrix(values.matrix);
  } catch (e) {
    if (e instanceof MatrixError) throw new UsageError(`--matrix: ${e.message}`);
    throw e;
  }
  const r = ahpWeights(A);
  const warnings = offScale(A).map(
    ([i, j, v]) =>
      `row ${i}, column ${j}: ${+v.toPrecision(4)} is outside Saaty's 1/9 … 9 scale; CR assumes that scale, so read it with care`,
  );
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  const json = {
    weights: r.weights,
    lambdaMax: r.lambdaMax,
    CI: r.CI,
    CR: r.CR,
    consistent: r.consistent,
    RI: r.RI,
    geometricMeanWeights: r.gmWeights,
    inconsistencies: r.inconsistencies
      .slice(0, 3)
      .map((c) => ({ row: c.i + 1, column: c.j + 1, given: c.given, implied: c.implied, suggested: c.suggested })),
    warnings,
  };
  if (values.json) {
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    return;
  }
  const lines = [
    `weights:     ${r.weights.map((w) => w.toFixed(4)).join(', ')}`,
    `(geometric:  ${r.gmWeights.map((w) => w.toFixed(4)).join(', ')})`,
    `lambda max:  ${r.lambdaMax.toFixed(4)}`,
    `CI:          ${r.CI.toFixed(4)}`,
    `CR:          ${r.CR.toFixed(4)} (RI ${r.RI}) ${r.consistent ? 'consistent' : 'NOT consistent: CR ≥ 0.1'}`,
    ...(r.consistent
      ? []
      : json.inconsistencies.map(
          (c) =>
            `  row ${c.row}, column ${c.column}: given ${c.given.toFixed(3)}, the others imply ${c.implied.toFixed(3)}`,
        )),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
