/**
 * The pure parts of the scatter: scales, pixel projection, the screen-space quadtree for hover,
 * rectangle → customer indices for the brush and the keyboard order. No DOM here.
 */
import { extent, quadtree, scaleLinear, scaleSymlog } from 'd3';
import type { Quadtree, ScaleContinuousNumeric, ZoomTransform } from 'd3';

export type PlotScale = ScaleContinuousNumeric<number, number>;

/** A rectangle [[x0, y0], [x1, y1]] (pixels or data units; corners in any order). */
export type Rect = [[number, number], [number, number]];

/** Pixels between the plot edge and the outermost points. */
const INSET = 5;

/** Linear (or symmetric-log) scale over the finite values, mapped onto [r0, r1] with a small inset. */
export function makeScale(values: ArrayLike<number>, log: boolean, r0: number, r1: number): PlotScale {
  const finite = Array.prototype.filter.call(values, Number.isFinite) as number[];
  let [lo, hi] = extent(finite);
  if (lo === undefined || hi === undefined) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const dir = r1 >= r0 ? 1 : -1;
  const range = [r0 + dir * INSET, r1 - dir * INSET];
  return log ? scaleSymlog().domain([lo, hi]).range(range) : scaleLinear().domain([lo, hi]).nice().range(range);
}

/**
 * Tick values for a symmetric-log scale: 0 and ±10^k (with 2 and 5 × 10^k when there are too few)
 * within the domain, kept greedily — 0 first, then the largest magnitudes — at least minGap pixels apart.
 */
export function symlogTicks(scale: PlotScale, minGap = 30): number[] {
  const [a, b] = scale.domain();
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const top = Math.max(Math.abs(lo), Math.abs(hi), 1);
  const powers = [0];
  const others: number[] = [];
  for (let p = 1; p <= top * 10; p *= 10) {
    powers.push(p, -p);
    others.push(2 * p, -2 * p, 5 * p, -5 * p);
  }
  const within = (v: number) => v >= lo && v <= hi;
  let pool = powers.filter(within);
  if (pool.length < 3) pool = pool.concat(others.filter(within));
  pool.sort((u, v) => (u === 0 ? -1 : v === 0 ? 1 : Math.abs(v) - Math.abs(u)));
  const kept: number[] = [];
  for (const v of pool) if (kept.every((k) => Math.abs(scale(k) - scale(v)) >= minGap)) kept.push(v);
  return kept.length >= 2 ? kept.sort((u, v) => u - v) : scale.ticks(4);
}

/** Pixel position of every value under the scale (NaN for a non-finite value). */
export function project(values: ArrayLike<number>, scale: PlotScale): Float32Array {
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Number.isFinite(values[i]) ? scale(values[i]) : NaN;
  return out;
}

/** Screen positions after a zoom: k × base + offset (offset = transform.x or transform.y). */
export function applyZoom(base: Float32Array, k: number, offset: number): Float32Array {
  const out = new Float32Array(base.length);
  for (let i = 0; i < base.length; i++) out[i] = k * base[i] + offset;
  return out;
}

/** Whether point i is inside the plot [0, w] × [0, h] (screen pixels). */
export function isVisible(sx: Float32Array, sy: Float32Array, i: number, w: number, h: number): boolean {
  return sx[i] >= 0 && sx[i] <= w && sy[i] >= 0 && sy[i] <= h;
}

/** Quadtree of the indices of the visible points, keyed by their screen position. */
export function screenIndex(sx: Float32Array, sy: Float32Array, w: number, h: number): Quadtree<number> {
  const visible: number[] = [];
  for (let i = 0; i < sx.length; i++) if (isVisible(sx, sy, i, w, h)) visible.push(i);
  return quadtree<number>()
    .x((i) => sx[i])
    .y((i) => sy[i])
    .addAll(visible);
}

/** Index of the point nearest (x, y) within radius pixels, or undefined. */
export function nearestPoint(tree: Quadtree<number>, x: number, y: number, radius = 8): number | undefined {
  return tree.find(x, y, radius);
}

/** A pixel rectangle as a data rectangle [[xMin, yMin], [xMax, yMax]] under the (zoomed) scales. */
export function pixelRectToData(rect: Rect, sx: PlotScale, sy: PlotScale): Rect {
  const xs = [sx.invert(rect[0][0]), sx.invert(rect[1][0])];
  const ys = [sy.invert(rect[0][1]), sy.invert(rect[1][1])];
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

/** A data rectangle back in pixels [[left, top], [right, bottom]] under the (zoomed) scales. */
export function dataRectToPixels(rect: Rect, sx: PlotScale, sy: PlotScale): Rect {
  const xs = [sx(rect[0][0]), sx(rect[1][0])];
  const ys = [sy(rect[0][1]), sy(rect[1][1])];
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

/** A pixel rectangle clipped to [0, w] × [0, h], or null when nothing of it is left. */
export function clipRect(rect: Rect, w: number, h: number): Rect | null {
  const [[x0, y0], [x1, y1]] = rect;
  const c: Rect = [
    [Math.max(0, Math.min(x0, x1)), Math.max(0, Math.min(y0, y1))],
    [Math.min(w, Math.max(x0, x1)), Math.min(h, Math.max(y0, y1))],
  ];
  return c[1][0] > c[0][0] && c[1][1] > c[0][1] ? c : null;
}

/** Indices (ascending) of the points (x[i], y[i]) inside the data rectangle, edges included. */
export function pointsInDataRect(x: ArrayLike<number>, y: ArrayLike<number>, rect: Rect): Uint32Array {
  const [[x0, y0], [x1, y1]] = rect;
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] >= x0 && x[i] <= x1 && y[i] >= y0 && y[i] <= y1) out.push(i);
  return Uint32Array.from(out);
}

/** Indices of the points inside a pixel rectangle of the plot, under the (zoomed) scales. */
export function pointsInRect(x: ArrayLike<number>, y: ArrayLike<number>, rect: Rect, sx: PlotScale, sy: PlotScale) {
  return pointsInDataRect(x, y, pixelRectToData(rect, sx, sy));
}

/** The zoomed copies of the base scales. */
export function zoomedScales(t: ZoomTransform, x: PlotScale, y: PlotScale): { x: PlotScale; y: PlotScale } {
  return { x: t.rescaleX(x), y: t.rescaleY(y) };
}

/** Indices of the points with finite coordinates by ascending recency (then monetary, then index). */
export function recencyOrder(recency: ArrayLike<number>, monetary: ArrayLike<number>): Uint32Array {
  const idx: number[] = [];
  for (let i = 0; i < recency.length; i++) if (Number.isFinite(recency[i]) && Number.isFinite(monetary[i])) idx.push(i);
  idx.sort((a, b) => recency[a] - recency[b] || monetary[a] - monetary[b] || a - b);
  return Uint32Array.from(idx);
}

/**
 * The next position in `order` after `from` (dir 1) or before it (dir −1) whose point is visible;
 * from = −1 starts at the first (dir 1) or the last (dir −1). −1 when there is none.
 */
export function stepVisible(order: Uint32Array, from: number, dir: 1 | -1, visible: (i: number) => boolean): number {
  let p = from < 0 ? (dir === 1 ? 0 : order.length - 1) : from + dir;
  for (; p >= 0 && p < order.length; p += dir) if (visible(order[p])) return p;
  return -1;
}
