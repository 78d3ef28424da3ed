import { describe, expect, it } from 'vitest';
import { brierScore, decileTable, normalisedGini, reliability, rocAuc } from '../../../src/core/clv/backtestMetrics.ts';

// Issue 16: the scorecard's measures checked against brute force and hand-worked answers.

/** AUC by counting every (positive, negative) pair: 1 when the positive scores higher, ½ on a tie. */
function bruteAuc(score: number[], label: number[]): number {
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < score.length; i++)
    for (let j = 0; j < score.length; j++)
      if (label[i] && !label[j]) {
        pairs++;
        wins += score[i] > score[j] ? 1 : score[i] === score[j] ? 0.5 : 0;
      }
  return wins / pairs;
}

/** A small seeded generator, so the random cases are the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('ROC AUC', () => {
  it.each([
    ['perfect', [0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0], 1],
    ['reversed', [0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0], 0],
    ['all tied', [0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0], 0.5],
    ['one swap of four pairs', [0.9, 0.4, 0.6, 0.1], [1, 1, 0, 0], 0.75],
    ['a tie across the classes', [0.9, 0.5, 0.5, 0.1], [1, 1, 0, 0], 0.875],
  ])('%s', (_, score, label, want) => {
    expect(rocAuc(Float64Array.from(score), Uint8Array.from(label))).toBeCloseTo(want, 12);
    expect(bruteAuc(score, label)).toBeCloseTo(want, 12);
  });

  it.each([1, 2, 3, 4, 5])('equals the brute-force pair count on random data with ties (seed %i)', (seed) => {
    const r = lcg(seed);
    const n = 200;
    // Scores on a coarse grid, so many ties.
    const score = Array.from({ length: n }, () => Math.round(r() * 10) / 10);
    const label = score.map((s) => +(r() < s));
    expect(rocAuc(Float64Array.from(score), Uint8Array.from(label))).toBeCloseTo(bruteAuc(score, label), 12);
  });

  // The ranks come from the values' bits: every kind of double must order as the numbers do
  // (NaN as −∞, −0 as 0), including values apart only in their lowest bits or only in their sign.
  const PICK: Record<string, (r: () => number) => number> = {
    'negatives and positives': (r) => (r() - 0.5) * 10,
    '±0, ±∞ and NaN': (r) => [0, -0, Infinity, -Infinity, NaN, 1, -1][Math.floor(r() * 7)],
    'apart in the last bits': (r) => 1 + Math.floor(r() * 6) * Number.EPSILON * (r() < 0.5 ? 1 : -1),
    'huge and tiny magnitudes': (r) =>
      (r() < 0.5 ? -1 : 1) * 10 ** Math.floor(r() * 600 - 300) * (1 + Math.floor(r() * 3)),
  };
  it.each(Object.keys(PICK))('orders %s as the numbers (brute force)', (kind) => {
    const r = lcg(kind.length);
    const pick = () => PICK[kind](r);
    const n = 300;
    const score = Array.from({ length: n }, pick);
    const label = score.map(() => +(r() < 0.5));
    // The brute force with NaN as −∞ (as the ranks take it).
    const key = score.map((v) => (Number.isNaN(v) ? -Infinity : v));
    expect(rocAuc(Float64Array.from(score), Uint8Array.from(label))).toBeCloseTo(bruteAuc(key, label), 12);
  });

  it('is NaN without one of the classes', () => {
    expect(rocAuc(Float64Array.of(0.1, 0.9), Uint8Array.of(1, 1))).toBeNaN();
  });
});

describe('Brier score and reliability', () => {
  it.each([
    ['certain and right', [1, 0], [1, 0], 0],
    ['certain and wrong', [0, 1], [1, 0], 1],
    ['always 50 %', [0.5, 0.5, 0.5], [1, 0, 1], 0.25],
    ['hand-worked', [0.8, 0.3], [1, 1], (0.04 + 0.49) / 2],
  ])('%s', (_, p, y, want) => {
    expect(brierScore(Float64Array.from(p), Uint8Array.from(y))).toBeCloseTo(want, 12);
  });

  it('bins probabilities in tenths (1 in the last) with their mean and the share that happened', () => {
    const bins = reliability(Float64Array.of(0.05, 0.15, 0.12, 1, 0.95), Uint8Array.of(0, 1, 0, 1, 1));
    expect(bins).toHaveLength(10);
    expect(bins[0]).toMatchObject({ customers: 1, actual: 0 });
    expect(bins[0].predicted).toBeCloseTo(0.05);
    expect(bins[1]).toMatchObject({ customers: 2, actual: 0.5 });
    expect(bins[1].predicted).toBeCloseTo(0.135);
    expect(bins[9]).toMatchObject({ customers: 2, actual: 1 });
    expect(bins[5].customers).toBe(0);
    expect(bins[5].actual).toBeNaN();
  });
});

describe('normalised Gini', () => {
  it('hand-worked: actual 3, 0, 1 ranked by 0.5, 0.9, 0.1 gives −1/3', () => {
    // Ranked by prediction: 0, 3, 1 of a total 4 → cumulative shares 0, ¾, 1: Σ/n − (n+1)/2n = 1.75/3 − 2/3.
    // Ranked by actual: 3, 1, 0 → ¾, 1, 1: 2.75/3 − 2/3 = ¼. Normalised: −1/12 ÷ ¼.
    expect(normalisedGini(Float64Array.of(0.5, 0.9, 0.1), Float64Array.of(3, 0, 1))).toBeCloseTo(-1 / 3, 12);
  });

  it.each([
    ['the perfect ranking', [30, 20, 10, 0], 1],
    ['any increasing transform of the actual values', [9, 4, 1, 0], 1],
    ['the reverse ranking', [0, 10, 20, 30], -1],
    ['one tie for everyone (no ranking at all)', [1, 1, 1, 1], 0],
  ])('%s', (_, predicted, want) => {
    expect(normalisedGini(Float64Array.from(predicted), Float64Array.of(30, 20, 10, 0))).toBeCloseTo(want, 12);
  });

  it('does not depend on the order of tied predictions', () => {
    const a = normalisedGini(Float64Array.of(2, 1, 1, 0), Float64Array.of(5, 4, 0, 1));
    const b = normalisedGini(Float64Array.of(2, 1, 1, 0), Float64Array.of(5, 0, 4, 1));
    expect(a).toBeCloseTo(b, 12);
  });

  it('is NaN when nobody spent anything', () => {
    expect(normalisedGini(Float64Array.of(1, 2), Float64Array.of(0, 0))).toBeNaN();
  });
});

describe('decile table', () => {
  it('ranks by prediction, highest first, in ten groups of whole customers', () => {
    const n = 25;
    const predicted = Float64Array.from({ length: n }, (_, i) => i);
    const actual = Float64Array.from({ length: n }, (_, i) => 2 * i);
    const rows = decileTable(predicted, actual);
    expect(rows.map((r) => r.customers)).toEqual([2, 3, 2, 3, 2, 3, 2, 3, 2, 3]);
    expect(rows.reduce((a, r) => a + r.customers, 0)).toBe(n);
    expect(rows[0]).toEqual({ customers: 2, predicted: 23.5, actual: 47 });
    expect(rows[9]).toEqual({ customers: 3, predicted: 1, actual: 2 });
  });
});
