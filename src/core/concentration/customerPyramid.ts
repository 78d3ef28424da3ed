import { rangeError } from '../notice/notice.ts';
import { rankByRevenue, revenueInOrder } from './rankByRevenue.ts';
import { shareRows } from './shareRows.ts';
import type { ShareRow } from './shareRows.ts';

/** Layer ids from the top; `PyramidResult.layer` holds their index (0 = key … 3 = small). */
export const LAYER_IDS = ['key', 'major', 'ordinary', 'small'] as const;

/** One pyramid layer: its customers and revenue (currency) and their shares (0..1). */
export type LayerRow = ShareRow<(typeof LAYER_IDS)[number]>;

/** Cumulative customer shares at the end of key, major, ordinary: top 1 %, next 19 %, next 30 %, bottom 50 %. */
export const PYRAMID_DEFAULT: readonly [number, number, number] = [0.01, 0.2, 0.5];

/** Curry's pyramid: top 1 %, next 4 %, next 15 %, bottom 80 %. */
export const PYRAMID_CURRY: readonly [number, number, number] = [0.01, 0.05, 0.2];

export interface PyramidResult {
  /** Layer per customer (index into LAYER_IDS: 0 = key, 1 = major, 2 = ordinary, 3 = small). */
  layer: Uint8Array;
  /** Rows for key, major, ordinary and small, in that order, empty layers included. */
  table: LayerRow[];
}

/**
 * Number of customers in the layers down to and including each cut, for n customers: round(cut × n)
 * (halves round up), raised to at least 1 for the top layer when n ≥ 1 and never below the layer
 * above. E.g. n = 7 with [0.01, 0.2, 0.5] → [1, 1, 4]: key 1, major 0, ordinary 3, small 3.
 * Throws a RangeError unless 0 < c1 < c2 < c3 < 1 (customer shares).
 */
export function layerEnds(n: number, cuts: readonly [number, number, number]): [number, number, number] {
  const [c1, c2, c3] = cuts;
  if (!(c1 > 0 && c1 < c2 && c2 < c3 && c3 < 1)) {
    throw rangeError(
      'value.pyramidCuts',
      { cuts: cuts.join(', ') },
      `pyramid cuts must satisfy 0 < key < major < ordinary < 1 (cumulative customer shares), got [${cuts.join(', ')}]`,
    );
  }
  // 1e-9 absorbs float noise in cut × n (0.35 × 10 is 3.5, but a product may land just below a half).
  const e1 = n >= 1 ? Math.max(1, Math.round(c1 * n + 1e-9)) : 0;
  const e2 = Math.max(e1, Math.round(c2 * n + 1e-9));
  const e3 = Math.min(n, Math.max(e2, Math.round(c3 * n + 1e-9)));
  return [e1, e2, e3];
}

/**
 * The customer pyramid: customers ranked by revenue descending (monetary in currency clamped at 0,
 * ties by customer index, see rankByRevenue) and cut into layers by customer count, with
 * `cuts` the cumulative customer shares at the end of the key, major and ordinary layers. The
 * customer at rank position p (0-based) is in the first layer whose end (see layerEnds) is > p,
 * else small. Equal spenders at a boundary may fall into different layers by customer index.
 */
export function customerPyramid(
  monetary: Float64Array,
  cuts: readonly [number, number, number] = PYRAMID_DEFAULT,
): PyramidResult {
  const n = monetary.length;
  const [e1, e2, e3] = layerEnds(n, cuts);
  const order = rankByRevenue(monetary);
  const { revenue, total } = revenueInOrder(monetary, order);
  const group = new Uint8Array(n);
  const layer = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    group[p] = p < e1 ? 0 : p < e2 ? 1 : p < e3 ? 2 : 3;
    layer[order[p]] = group[p];
  }
  return { layer, table: shareRows(LAYER_IDS, group, revenue, total) };
}
