import type { Dimension, DimensionScores } from '../rfm/scoreRfm.ts';

/** Why one customer has the R, F or M score they have, in that customer's own numbers. */
export interface ScoreExplanation {
  dim: Dimension;
  /** The raw value: recency in days, frequency in orders, monetary in currency. */
  value: number;
  /** The score, 1..grades, higher = better (more recent, more orders, more spend). */
  score: number;
  grades: number;
  method: DimensionScores['method'];
  /** The value range of this customer's grade and how many customers share it. */
  min: number;
  max: number;
  customers: number;
  /** Customers in the table. */
  n: number;
  /** Customers with a strictly better value (more recent, more orders, more spend). */
  better: number;
  /** Customers with exactly this value. */
  same: number;
}

/**
 * Explains the score of customer k on one dimension: the value, the grade's value range and where
 * the value stands among all customers (how many are strictly better, how many tie). Recency is in
 * days (lower is better), frequency in orders, monetary in currency.
 */
export function explainScore(
  dim: Dimension,
  values: ArrayLike<number>,
  d: DimensionScores,
  k: number,
): ScoreExplanation {
  const v = values[k];
  const lowerIsBetter = dim === 'r';
  let better = 0;
  let same = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === v) same++;
    else if (lowerIsBetter ? x < v : x > v) better++;
  }
  const score = d.scores[k];
  const range = d.ranges[score - 1];
  return {
    dim,
    value: v,
    score,
    grades: d.grades,
    method: d.method,
    min: range.min,
    max: range.max,
    customers: range.customers,
    n: values.length,
    better,
    same,
  };
}
