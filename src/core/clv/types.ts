/** Shared types of the CLV models. Times are in the model's time unit (days, weeks or months). */

export type RepeatModelId = 'bgnbd' | 'mbgnbd' | 'pnbd' | 'bgbb';
export type ModelId = RepeatModelId | 'gg';

/**
 * Customer summaries for the repeat-purchase models, compressed to distinct rows with weights:
 * x repeat purchases, t_x time of the last repeat purchase and T age at the end of calibration
 * (both in time units since the first purchase), w customers with that row.
 */
export interface RepeatData {
  /** Whole numbers of repeat purchases. */
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  w: Float64Array;
  /** The largest x. */
  maxX: number;
}

/** A repeat-purchase model: its likelihood and its predictions for one customer (x, t_x, T). */
export interface RepeatModel {
  id: RepeatModelId;
  paramNames: readonly string[];
  /** Starting points for the optimiser (natural parameters). */
  starts(d: RepeatData): number[][];
  /** Σ w × ln L(params | x, t_x, T); −∞ or NaN when the parameters are impossible. */
  logLikelihood(p: readonly number[], d: RepeatData): number;
  /** The same log-likelihood with its analytic gradient (natural parameters) written into g, where the model has one. */
  gradient?(p: readonly number[], d: RepeatData, g: number[]): number;
  /** P(alive at T | x, t_x, T). */
  pAlive(p: readonly number[], x: number, tx: number, T: number): number;
  /** P(alive at T + t | x, t_x, T): alive now and still alive t time units later. */
  pAliveAt(p: readonly number[], t: number, x: number, tx: number, T: number): number;
  /** E[Y(t) | x, t_x, T]: expected purchases in (T, T + t]. */
  expected(p: readonly number[], t: number, x: number, tx: number, T: number): number;
  /** P(Y(t) = n | x, t_x, T). */
  pmf(p: readonly number[], t: number, n: number, x: number, tx: number, T: number): number;
  /** E[X(t)]: expected repeat purchases of a new customer in (0, t]. */
  expectedNew(p: readonly number[], t: number): number;
  /**
   * For models whose predictions are P(alive | x, t_x, T) × a part that depends on x and T only
   * (BG/NBD, MBG/NBD, Pareto/NBD): that part for an alive customer. pAliveAt = pAlive × stillAlive, expected =
   * pAlive × expected, pmf = pAlive × pmf (+ 1 − pAlive at n = 0), exactly, so customers with the
   * same x and T can share it.
   */
  ifAlive?: AliveParts;
}

/** An alive customer's predictions (times in the model's unit): see RepeatModel.ifAlive. */
export interface AliveParts {
  /** P(still alive at T + t | alive at T). */
  stillAlive(p: readonly number[], t: number, x: number, T: number): number;
  /** E[Y(t) | alive at T]. */
  expected(p: readonly number[], t: number, x: number, T: number): number;
  /** P(Y(t) = n | alive at T). */
  pmf(p: readonly number[], t: number, n: number, x: number, T: number): number;
}
