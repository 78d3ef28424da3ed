import { describe, expect, it } from 'vitest';
import { evaluateHierarchy, quadrants, standardise, valueScores } from '../../../src/core/ahp/ahpHierarchy.ts';
import type { AhpNode } from '../../../src/core/ahp/ahpHierarchy.ts';
import { ahpWeights } from '../../../src/core/ahp/ahpWeights.ts';
import { fromUpper, MatrixError, nearestSaaty, parseMatrix } from '../../../src/core/ahp/pairwiseMatrix.ts';

const round = (v: number[], d = 3) => v.map((x) => +x.toFixed(d));

// Weights, λmax and CR to 3 decimals; checked with numpy's eigenvector (numpy.linalg.eig) as the
// second implementation.
describe('AHP weights and consistency', () => {
  it.each([
    {
      name: 'the textbook 3 × 3 example',
      matrix: '1,3,5;1/3,1,3;1/5,1/3,1',
      weights: [0.637, 0.258, 0.105],
      gm: [0.637, 0.258, 0.105],
      lambdaMax: 3.039,
      CR: 0.033,
      consistent: true,
    },
    {
      // Saaty (1977), relative brightness of four chairs from a light: published weights
      // 0.62, 0.24, 0.10, 0.05 and λmax = 4.39; CR above 0.1.
      name: 'Saaty’s light-intensity experiment',
      matrix: '1,5,6,7;1/5,1,4,6;1/6,1/4,1,4;1/7,1/6,1/4,1',
      weights: [0.619, 0.235, 0.101, 0.045],
      gm: [0.614, 0.239, 0.103, 0.045],
      lambdaMax: 4.391,
      CR: 0.145,
      consistent: false,
    },
    {
      name: 'a consistent matrix (a_ik = a_ij · a_jk)',
      matrix: '1,2,4;1/2,1,2;1/4,1/2,1',
      weights: [0.571, 0.286, 0.143],
      gm: [0.571, 0.286, 0.143],
      lambdaMax: 3,
      CR: 0,
      consistent: true,
    },
    {
      name: 'two items',
      matrix: '1,3;1/3,1',
      weights: [0.75, 0.25],
      gm: [0.75, 0.25],
      lambdaMax: 2,
      CR: 0,
      consistent: true,
    },
    { name: 'one item', matrix: '1', weights: [1], gm: [1], lambdaMax: 1, CR: 0, consistent: true },
  ])('$name', ({ matrix, weights, gm, lambdaMax, CR, consistent }) => {
    const r = ahpWeights(parseMatrix(matrix));
    expect(round(r.weights)).toEqual(weights);
    expect(round(r.gmWeights)).toEqual(gm);
    expect(+r.lambdaMax.toFixed(3)).toBe(lambdaMax);
    expect(+r.CR.toFixed(3)).toBe(CR);
    expect(r.consistent).toBe(consistent);
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('names the most inconsistent judgement and the value the weights suggest', () => {
    // Consistent 1 : 2 : 4 : 8 with one judgement reversed, a14 = 1/8 instead of 8.
    const r = ahpWeights(fromUpper(4, [2, 4, 1 / 8, 2, 4, 2]));
    expect(r.consistent).toBe(false);
    const worst = r.inconsistencies[0];
    expect([worst.i, worst.j]).toEqual([0, 3]);
    expect(worst.given).toBe(1 / 8);
    // The other judgements say 2 × 4 = 4 × 2 = 8.
    expect(worst.implied).toBeCloseTo(8, 12);
    expect(worst.suggested).toBe(8);
  });
});

// Worked by hand. A reciprocal matrix of one or two items is always consistent (λmax = n, CI = 0,
// RI = 0 so CR = 0): nothing to report. The 3 × 3 circulant [[1, 2, 1/2], [1/2, 1, 2], [2, 1/2, 1]]
// has equal weights by symmetry, λmax = 1 + 2 + 1/2 = 3.5, CI = 0.5 / 2 = 0.25, CR = 0.25 / 0.58,
// and each judgement is 8 times off what the other two imply (a12 = 2 given, a13 · a32 = 1/4 implied).
describe('consistency of small matrices, worked by hand', () => {
  it.each([
    { matrix: '1', weights: [1], lambdaMax: 1, CI: 0, CR: 0, consistent: true, flagged: 0 },
    { matrix: '1,3;1/3,1', weights: [3 / 4, 1 / 4], lambdaMax: 2, CI: 0, CR: 0, consistent: true, flagged: 0 },
    { matrix: '1,1/7;7,1', weights: [1 / 8, 7 / 8], lambdaMax: 2, CI: 0, CR: 0, consistent: true, flagged: 0 },
    // 0.333 typed for 1/3: still two items, still consistent.
    { matrix: '1,3;0.333,1', weights: [0.75, 0.25], lambdaMax: 2, CI: 0, CR: 0, consistent: true, flagged: 0 },
    {
      matrix: '1,2,4;1/2,1,2;1/4,1/2,1',
      weights: [4 / 7, 2 / 7, 1 / 7],
      lambdaMax: 3,
      CI: 0,
      CR: 0,
      consistent: true,
      flagged: 0,
    },
    {
      matrix: '1,3,9;0.333,1,3;1/9,0.333,1',
      weights: [9 / 13, 3 / 13, 1 / 13],
      lambdaMax: 3,
      CI: 0,
      CR: 0,
      consistent: true,
      flagged: 0,
    },
    {
      matrix: '1,2,1/2;1/2,1,2;2,1/2,1',
      weights: [1 / 3, 1 / 3, 1 / 3],
      lambdaMax: 3.5,
      CI: 0.25,
      CR: 0.25 / 0.58,
      consistent: false,
      flagged: 3,
    },
  ])('$matrix', ({ matrix, weights, lambdaMax, CI, CR, consistent, flagged }) => {
    const r = ahpWeights(parseMatrix(matrix));
    r.weights.forEach((w, i) => expect(w).toBeCloseTo(weights[i], 3));
    expect(r.lambdaMax).toBeCloseTo(lambdaMax, 2);
    expect(r.CI).toBeCloseTo(CI, 3);
    expect(r.CR).toBeCloseTo(CR, 3);
    expect(r.consistent).toBe(consistent);
    // A consistent matrix has no judgement to reconsider.
    expect(r.inconsistencies).toHaveLength(flagged);
    for (const c of r.inconsistencies) expect(Math.abs(Math.log(c.given / c.implied))).toBeCloseTo(Math.log(8), 12);
  });
});

describe('pairwise matrices', () => {
  it.each([
    { text: '1,3;1/3', error: /row 2 has 1 values, expected 2/ },
    { text: '1,0;0,1', error: /row 1, column 2: "0" is not a positive number/ },
    { text: '1,abc;1,1', error: /"abc" is not a positive number or fraction/ },
    { text: '2,1;1,1', error: /row 1, column 1: the diagonal must be 1/ },
    { text: '1,3;3,1', error: /row 2, column 1: expected the reciprocal of row 1, column 2 \(1\/3\), got 3/ },
    { text: '', error: /empty/ },
  ])('rejects "$text"', ({ text, error }) => {
    expect(() => parseMatrix(text)).toThrow(MatrixError);
    expect(() => parseMatrix(text)).toThrow(error);
  });

  it('accepts rounded reciprocals such as 0.333 for 1/3', () => {
    expect(parseMatrix('1,3;0.333,1')[1][0]).toBe(0.333);
  });

  it('builds the full matrix from the upper triangle', () => {
    expect(fromUpper(3, [3, 5, 3])).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ]);
    expect(() => fromUpper(3, [3])).toThrow(/expected 3 judgements/);
  });

  it.each([
    [2.6, 3],
    [0.3, 1 / 3],
    [12, 9],
    [1.4, 1],
  ])('nearest Saaty value to %f is %f', (v, want) => expect(nearestSaaty(v)).toBeCloseTo(want, 12));
});

describe('the indicator hierarchy', () => {
  const leaf = (id: string, measure: string, higherIsBetter = true): AhpNode => ({
    id,
    name: id,
    children: [],
    judgements: [],
    indicator: { measure, higherIsBetter },
  });
  // Goal: current value 3 × as important as potential (0.75 / 0.25). Current: profit and volume
  // equal (0.5 / 0.5); potential: CLV 2 × P(alive) (2/3, 1/3).
  const tree: AhpNode = {
    id: 'goal',
    name: 'Customer value',
    judgements: [3],
    children: [
      { id: 'current', name: 'Current', judgements: [1], children: [leaf('profit', 'm'), leaf('volume', 'f')] },
      { id: 'potential', name: 'Potential', judgements: [2], children: [leaf('clv', 'clv'), leaf('alive', 'pAlive')] },
    ],
  };

  it('multiplies local weights down the tree', () => {
    const h = evaluateHierarchy(tree);
    expect(h.leaves.map((l) => [l.id, +l.global.toFixed(4), l.criterion])).toEqual([
      ['profit', 0.375, 'current'],
      ['volume', 0.375, 'current'],
      ['clv', 0.1667, 'potential'],
      ['alive', 0.0833, 'potential'],
    ]);
    expect(h.consistent).toBe(true);
  });

  it('scores customers as Σ weight × standardised indicator, by criterion too', () => {
    const h = evaluateHierarchy(tree);
    // Min-max: m = [0, 10] → 0, 1; f = [1, 3] → 0, 1; clv = [5, 5] → 0, 0; pAlive = [1, 0] → 1, 0.
    const s = valueScores(h, { m: [0, 10], f: [1, 3], clv: [5, 5], pAlive: [1, 0] }, 'minmax');
    expect(Array.from(s.score, (v) => +v.toFixed(4))).toEqual([0.0833, 0.75]);
    expect(Array.from(s.byCriterion.current)).toEqual([0, 0.75]);
    expect(Array.from(s.byCriterion.potential, (v) => +v.toFixed(4))).toEqual([0.0833, 0]);
  });

  it('does not accept an inconsistent node', () => {
    const bad: AhpNode = {
      ...tree,
      children: [
        { ...tree.children[0], children: [leaf('a', 'm'), leaf('b', 'f'), leaf('c', 'r')], judgements: [9, 1 / 9, 9] },
        tree.children[1],
      ],
    };
    expect(evaluateHierarchy(bad).consistent).toBe(false);
  });

  it.each([
    { values: [1, 2, 3], scaling: 'z' as const, higher: true, want: [-1.2247, 0, 1.2247] },
    { values: [1, 2, 3], scaling: 'z' as const, higher: false, want: [1.2247, 0, -1.2247] },
    { values: [1, 2, 5], scaling: 'minmax' as const, higher: false, want: [1, 0.75, 0] },
    { values: [1, NaN, 3], scaling: 'minmax' as const, higher: true, want: [0, 0.5, 1] },
  ])('standardises $values ($scaling, higher is better: $higher)', ({ values, scaling, higher, want }) => {
    expect(Array.from(standardise(values, scaling, higher), (v) => +v.toFixed(4) + 0)).toEqual(want);
  });

  it('counts the four quadrants against the means', () => {
    const q = quadrants([1, 1, -1, -1, 0], [1, -1, 1, -1, 0]);
    expect(Array.from(q.quadrant)).toEqual([0, 1, 2, 3, 3]);
    expect(q.counts).toEqual([1, 1, 1, 2]);
  });
});
