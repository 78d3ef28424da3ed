import { CoreError } from '../notice/notice.ts';
import { checkMatrix, nearestSaaty } from './pairwiseMatrix.ts';

/** Saaty's random consistency index RI by matrix size n = 1 … 15. */
export const RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** |ln(given / implied)| below which a judgement agrees with the others (1 %: typed 0.333 for 1/3). */
const GAP_TOLERANCE = Math.log(1.01);

/** A judgement and how far it disagrees with what the other judgements imply for the same pair. */
export interface Inconsistency {
  /** 0-based row and column of the upper-triangle judgement. */
  i: number;
  j: number;
  given: number;
  /**
   * What the other judgements imply for this pair: the geometric mean over k of a_ik · a_kj, and
   * the nearest Saaty value to it.
   */
  implied: number;
  suggested: number;
}

export interface AhpResult {
  /** Principal-eigenvector weights (sum 1). */
  weights: number[];
  /** Geometric-mean (row) approximation of the weights (sum 1). */
  gmWeights: number[];
  lambdaMax: number;
  CI: number;
  RI: number;
  CR: number;
  /** CR < 0.1 (always true for n ≤ 2). */
  consistent: boolean;
  /**
   * Judgements more than 1 % away from what the other judgements imply, largest log ratio first;
   * empty for a consistent matrix and always for n ≤ 2 (two items cannot contradict each other).
   */
  inconsistencies: Inconsistency[];
}

/**
 * AHP weights of a pairwise comparison matrix (Saaty 1977/1980): the principal eigenvector by power
 * iteration, λmax = mean of (Aw)ᵢ/wᵢ, CI = (λmax − n)/(n − 1), CR = CI/RI with Saaty's random index;
 * CR < 0.1 is accepted. Also the geometric-mean weights and the most inconsistent judgements.
 * Throws a MatrixError for an invalid matrix or n > 15 (no random index).
 */
export function ahpWeights(A: number[][]): AhpResult {
  checkMatrix(A);
  const n = A.length;
  if (n > RANDOM_INDEX.length) {
    throw new CoreError(
      'ahp.tooMany',
      { most: RANDOM_INDEX.length, n },
      `at most ${RANDOM_INDEX.length} items can be compared, got ${n}`,
    );
  }
  let w = new Array(n).fill(1 / n);
  for (let it = 0; it < 1000; it++) {
    const next = A.map((row) => row.reduce((s, v, j) => s + v * w[j], 0));
    const sum = next.reduce((a, b) => a + b, 0);
    const norm = next.map((v) => v / sum);
    const change = norm.reduce((s, v, i) => s + Math.abs(v - w[i]), 0);
    w = norm;
    if (change < 1e-15) break;
  }
  const Aw = A.map((row) => row.reduce((s, v, j) => s + v * w[j], 0));
  // Every reciprocal matrix of one or two items is consistent (λmax = n exactly); a typed 0.333 for
  // 1/3 would otherwise give λmax just below n.
  const lambdaMax = n <= 2 ? n : Aw.reduce((s, v, i) => s + v / w[i], 0) / n;
  const CI = n > 1 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const RI = RANDOM_INDEX[n - 1];
  const CR = RI > 0 ? CI / RI : 0;
  const gm = A.map((row) => Math.exp(row.reduce((s, v) => s + Math.log(v), 0) / n));
  const gmSum = gm.reduce((a, b) => a + b, 0);
  const gap = (c: Inconsistency) => Math.abs(Math.log(c.given / c.implied));
  const inconsistencies: Inconsistency[] = [];
  for (let i = 0; i < n && n > 2; i++) {
    for (let j = i + 1; j < n; j++) {
      // Indirect judgements through every other item: one wrong entry does not drag them along.
      let lnSum = 0;
      for (let k = 0; k < n; k++) if (k !== i && k !== j) lnSum += Math.log(A[i][k] * A[k][j]);
      const implied = Math.exp(lnSum / (n - 2));
      const c = { i, j, given: A[i][j], implied, suggested: nearestSaaty(implied) };
      if (gap(c) > GAP_TOLERANCE) inconsistencies.push(c);
    }
  }
  inconsistencies.sort((a, b) => gap(b) - gap(a));
  return {
    weights: w,
    gmWeights: gm.map((v) => v / gmSum),
    lambdaMax,
    CI,
    RI,
    CR,
    consistent: CR < 0.1,
    inconsistencies,
  };
}
