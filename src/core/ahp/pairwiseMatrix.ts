/** Pairwise comparison matrices on Saaty's 1–9 scale: parsing, checking and building from the upper triangle. */

/** The Saaty scale's values, from 1/9 to 9. */
export const SAATY_SCALE: readonly number[] = [
  1 / 9,
  1 / 8,
  1 / 7,
  1 / 6,
  1 / 5,
  1 / 4,
  1 / 3,
  1 / 2,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
];

/** A matrix that is not a valid comparison matrix; says which cell. */
export class MatrixError extends Error {
  override name = 'MatrixError';
}

function parseCell(text: string, row: number, col: number): number {
  const t = text.trim();
  const m = /^(\d+(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?$/.exec(t);
  const v = m ? Number(m[1]) / (m[2] === undefined ? 1 : Number(m[2])) : NaN;
  if (!(v > 0 && Number.isFinite(v))) {
    throw new MatrixError(`row ${row}, column ${col}: "${t}" is not a positive number or fraction like 1/3`);
  }
  return v;
}

/**
 * Parses "1,3,5;1/3,1,3;1/5,1/3,1" (rows separated by ";", cells by ",") into a checked
 * comparison matrix: square, positive, ones on the diagonal, and reciprocal (a_ji = 1/a_ij, to
 * 0.1 % so that 0.333 for 1/3 passes). Throws a MatrixError naming the row and column.
 */
export function parseMatrix(text: string): number[][] {
  const rows = text
    .split(';')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  const A = rows.map((r, i) => r.split(',').map((c, j) => parseCell(c, i + 1, j + 1)));
  checkMatrix(A);
  return A;
}

/** Throws a MatrixError unless A is a square, positive, reciprocal matrix with a unit diagonal. */
export function checkMatrix(A: number[][]): void {
  const n = A.length;
  if (n === 0) throw new MatrixError('the matrix is empty');
  A.forEach((row, i) => {
    if (row.length !== n)
      throw new MatrixError(`row ${i + 1} has ${row.length} values, expected ${n} (a square matrix)`);
  });
  for (let i = 0; i < n; i++) {
    if (Math.abs(A[i][i] - 1) > 1e-9) throw new MatrixError(`row ${i + 1}, column ${i + 1}: the diagonal must be 1`);
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(A[i][j] * A[j][i] - 1) > 1e-3) {
        throw new MatrixError(
          `row ${j + 1}, column ${i + 1}: expected the reciprocal of row ${i + 1}, column ${j + 1} (${fmt(1 / A[i][j])}), got ${fmt(A[j][i])}`,
        );
      }
    }
  }
}

const fmt = (v: number) => (v >= 1 ? String(+v.toFixed(3)) : `1/${+(1 / v).toFixed(3)}`);

/** The full reciprocal matrix from the upper triangle given row by row: [a12, a13, …, a23, …]. */
export function fromUpper(n: number, upper: readonly number[]): number[][] {
  if (upper.length !== (n * (n - 1)) / 2) {
    throw new MatrixError(`expected ${(n * (n - 1)) / 2} judgements for ${n} items, got ${upper.length}`);
  }
  const A = Array.from({ length: n }, () => new Array(n).fill(1));
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = upper[k++];
      if (!(v > 0)) throw new MatrixError(`judgement ${k} must be positive, got ${v}`);
      A[i][j] = v;
      A[j][i] = 1 / v;
    }
  }
  return A;
}

/** The nearest value of the Saaty scale (in log space) to a ratio. */
export function nearestSaaty(v: number): number {
  let best = SAATY_SCALE[0];
  for (const s of SAATY_SCALE) if (Math.abs(Math.log(s / v)) < Math.abs(Math.log(best / v))) best = s;
  return best;
}

/**
 * Judgements outside Saaty's 1/9 … 9 scale, as [row, column, value] (1-based, upper triangle):
 * allowed, but the random indices behind CR assume the 1–9 scale, so CR means less for them.
 */
export function offScale(A: readonly (readonly number[])[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < A.length; i++) {
    for (let j = i + 1; j < A.length; j++) {
      if (A[i][j] > 9 + 1e-9 || A[i][j] < 1 / 9 - 1e-9) out.push([i + 1, j + 1, A[i][j]]);
    }
  }
  return out;
}
