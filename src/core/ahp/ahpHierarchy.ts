import { CoreError } from '../notice/notice.ts';
import { ahpWeights } from './ahpWeights.ts';
import type { AhpResult } from './ahpWeights.ts';
import { fromUpper } from './pairwiseMatrix.ts';

/** What an indicator measures: a customer column and whether more of it is better. */
export interface IndicatorRef {
  /** Column id: "r", "f", "m", "clv", "pAlive", or "attr:<name>". */
  measure: string;
  higherIsBetter: boolean;
}

/**
 * A node of the indicator hierarchy: the goal, a criterion, or an indicator (a leaf with a
 * measure). `judgements` compare the children pairwise (upper triangle, row by row, Saaty scale).
 */
export interface AhpNode {
  id: string;
  name: string;
  children: AhpNode[];
  judgements: number[];
  indicator?: IndicatorRef;
}

export interface NodeResult {
  id: string;
  name: string;
  /** Weight within the parent, and product of the weights down from the goal. */
  local: number;
  global: number;
  /** The AHP of this node's children (when it has two or more). */
  ahp: AhpResult | null;
}

export interface HierarchyResult {
  nodes: NodeResult[];
  /** The indicators with their global weights (sum 1). */
  leaves: (NodeResult & { indicator: IndicatorRef; criterion: string })[];
  /** Every comparison matrix has CR < 0.1. */
  consistent: boolean;
}

/**
 * Local weights of every node from its parent's comparisons, global weights as the products down
 * the tree (Saaty's synthesis). A node with one child gives it weight 1. Leaves must carry an
 * indicator. Throws a MatrixError for a wrong number of judgements.
 */
export function evaluateHierarchy(root: AhpNode): HierarchyResult {
  const nodes: NodeResult[] = [];
  const leaves: HierarchyResult['leaves'] = [];
  let consistent = true;
  const visit = (node: AhpNode, local: number, global: number, criterion: string) => {
    const n = node.children.length;
    const ahp = n >= 2 ? ahpWeights(fromUpper(n, node.judgements)) : null;
    if (ahp && !ahp.consistent) consistent = false;
    const result = { id: node.id, name: node.name, local, global, ahp };
    nodes.push(result);
    if (n === 0) {
      if (!node.indicator) {
        throw new CoreError('ahp.noMeasure', { name: node.name }, `"${node.name}" has neither sub-items nor a measure`);
      }
      leaves.push({ ...result, indicator: node.indicator, criterion });
    }
    const w = ahp ? ahp.weights : n === 1 ? [1] : [];
    node.children.forEach((c, i) => visit(c, w[i], global * w[i], node === root ? c.id : criterion));
  };
  visit(root, 1, 1, root.id);
  return { nodes, leaves, consistent };
}

/** The standardised indicator: z-score or min-max, flipped when less is better. NaN counts as the mean. */
export function standardise(values: ArrayLike<number>, scaling: 'z' | 'minmax', higherIsBetter: boolean): Float64Array {
  const finite = Array.from(values).filter(Number.isFinite);
  const n = finite.length;
  const mean = n ? finite.reduce((a, b) => a + b, 0) / n : 0;
  const sd = n ? Math.sqrt(finite.reduce((a, b) => a + (b - mean) ** 2, 0) / n) : 0;
  const min = n ? Math.min(...finite) : 0;
  const max = n ? Math.max(...finite) : 0;
  return Float64Array.from(values, (raw) => {
    const v = Number.isFinite(raw) ? raw : mean;
    const s = scaling === 'z' ? (sd > 0 ? (v - mean) / sd : 0) : max > min ? (v - min) / (max - min) : 0;
    return higherIsBetter ? s : scaling === 'z' ? -s : 1 - s;
  });
}

/**
 * Value scores: Σ global weight × standardised indicator per customer, and the same sum per
 * criterion (the goal's children). `columns` holds each measure's values per customer.
 */
export function valueScores(
  h: HierarchyResult,
  columns: Record<string, ArrayLike<number>>,
  scaling: 'z' | 'minmax',
): { score: Float64Array; byCriterion: Record<string, Float64Array> } {
  const n = Object.values(columns)[0]?.length ?? 0;
  const score = new Float64Array(n);
  const byCriterion: Record<string, Float64Array> = {};
  for (const leaf of h.leaves) {
    const col = columns[leaf.indicator.measure];
    if (!col) throw new Error(`no values for the measure "${leaf.indicator.measure}" of "${leaf.name}"`);
    const z = standardise(col, scaling, leaf.indicator.higherIsBetter);
    const part = (byCriterion[leaf.criterion] ??= new Float64Array(n));
    for (let i = 0; i < n; i++) {
      part[i] += leaf.global * z[i];
      score[i] += leaf.global * z[i];
    }
  }
  return { score, byCriterion };
}

/** Quadrants of two criterion scores, high when strictly above the mean: 0 both high, 1 only x high, 2 only y high, 3 neither. */
export const QUADRANT_IDS = ['most_valuable', 'current_value', 'potential_value', 'low_value'] as const;

export function quadrants(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { quadrant: Uint8Array; counts: number[]; means: [number, number] } {
  const n = x.length;
  const mean = (v: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += v[i];
    return n ? s / n : 0;
  };
  const mx = mean(x);
  const my = mean(y);
  const quadrant = new Uint8Array(n);
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    // most_valuable: both high; current_value: x high only; potential_value: y high only; low_value: neither.
    const q = x[i] > mx ? (y[i] > my ? 0 : 1) : y[i] > my ? 2 : 3;
    quadrant[i] = q;
    counts[q]++;
  }
  return { quadrant, counts, means: [mx, my] };
}
