import { abcClasses } from './abcClasses.ts';
import type { ClassRow } from './abcClasses.ts';
import { customerPyramid } from './customerPyramid.ts';
import type { LayerRow } from './customerPyramid.ts';
import { gini, lorenzCurve } from './lorenz.ts';
import { revenueInOrder } from './rankByRevenue.ts';

/** Everything the Value view draws: ABC, the pyramid, the Lorenz curve and Gini, per customer and in total. */
export interface ValueAnalysis {
  /** ABC class per customer (0 = A, 1 = B, 2 = C) and the class table. */
  cls: Uint8Array;
  classes: ClassRow[];
  /** Pyramid layer per customer (0 = key … 3 = small) and the layer table. */
  layer: Uint8Array;
  layers: LayerRow[];
  /** Revenue per customer (currency, negatives as 0), highest first: the Pareto chart's bars. */
  sortedRevenue: Float64Array;
  /** Lorenz curve (≤ 1,000 points, shares 0..1) and the Gini coefficient (0..1). */
  lorenz: { x: Float64Array; y: Float64Array };
  gini: number;
}

/**
 * ABC classes, the customer pyramid, the Lorenz curve and Gini of customers' monetary values
 * (currency). `abcCuts` are cumulative revenue shares, `pyramidCuts` cumulative customer shares.
 */
export function valueAnalysis(
  monetary: Float64Array,
  abcCuts: readonly [number, number],
  pyramidCuts: readonly [number, number, number],
): ValueAnalysis {
  const abc = abcClasses(monetary, abcCuts);
  const pyramid = customerPyramid(monetary, pyramidCuts);
  return {
    cls: abc.cls,
    classes: abc.table,
    layer: pyramid.layer,
    layers: pyramid.table,
    sortedRevenue: revenueInOrder(monetary, abc.order).revenue,
    lorenz: lorenzCurve(monetary),
    gini: gini(monetary),
  };
}

/** The buffers of a value analysis, to transfer from a worker instead of copying. */
export function valueBuffers(v: ValueAnalysis): ArrayBuffer[] {
  return [v.cls, v.layer, v.sortedRevenue, v.lorenz.x, v.lorenz.y].map((a) => a.buffer as ArrayBuffer);
}
