/**
 * The scatter's d3.brush (plain drag, one finger) and d3.zoom (wheel, pinch, two-finger touch;
 * double-click resets; zoomBy/reset for buttons).
 */
import { brush, zoom, zoomIdentity } from 'd3';
import type { D3BrushEvent, D3ZoomEvent, Selection, ZoomTransform } from 'd3';
import type { Rect } from './scatterMath.ts';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface ZoomBrushHandlers {
  /** A brush drag starts. */
  start(): void;
  /** The user finished a brush (pixel rectangle in the plot) or cleared it (null). */
  brushed(rect: Rect | null): void;
  zoomed(t: ZoomTransform): void;
}

export interface ZoomBrush {
  /** Shows a rectangle (or none) without calling `brushed`. */
  moveBrush(rect: Rect | null): void;
  /** Zooms by factor k (> 1 in, < 1 out) about the centre of the plot, within the scale extent. */
  zoomBy(k: number): void;
  /** Back to the whole data (no zoom). */
  reset(): void;
}

/** Wheel events and touches with two or more fingers zoom; everything else is left to the brush. */
export function isZoomGesture(e: Event): boolean {
  return e.type === 'wheel' || ('touches' in e && (e as TouchEvent).touches.length > 1);
}

/** The most the plot can be magnified. */
export const MAX_ZOOM = 1000;

/**
 * Puts the brush in brushG and the zoom on plot (the group around it), both over [0, w] × [0, h].
 * The plot gets touch-action: none, so the browser leaves one-finger drags (brush) and pinches
 * (zoom) to the chart. When a second finger comes down during a brush, the brush stops following
 * the touches (which then reach the zoom) and ends without changing the selection.
 */
export function attachZoomBrush(plot: G, brushG: G, w: number, h: number, on: ZoomBrushHandlers): ZoomBrush {
  const extent: Rect = [
    [0, 0],
    [w, h],
  ];
  // A brush gesture is under way; it became a pinch (a second finger came down).
  let brushing = false;
  let pinching = false;
  let shown: Rect | null = null;
  const brusher = brush<unknown>()
    .extent(extent)
    .filter((e: Event) => !isZoomGesture(e) && !(e as MouseEvent).ctrlKey && !(e as MouseEvent).button)
    .on('start', (e: D3BrushEvent<unknown>) => {
      if (!e.sourceEvent) return;
      brushing = true;
      pinching = false;
      on.start();
    })
    .on('end', (e: D3BrushEvent<unknown>) => {
      if (!e.sourceEvent) return;
      brushing = false;
      if (pinching) {
        // The touches were a pinch: put back what was selected before.
        pinching = false;
        brushG.call(brusher.move, shown);
        return;
      }
      shown = (e.selection as Rect | null) ?? null;
      on.brushed(shown);
    });
  brushG.call(brusher);
  // d3-brush stops the propagation of every touch event it handles. Let those of a pinch through to
  // the zoom; the brush ends after the last finger is up (a task later, once the zoom has seen it).
  // Without a brush gesture (two fingers down at once) its touch handlers have nothing to do.
  type Touched = (this: SVGGElement, e: TouchEvent, d: unknown) => void;
  const brushMove = brushG.on('touchmove.brush') as Touched | undefined;
  const brushEnd = brushG.on('touchend.brush') as Touched | undefined;
  if (brushMove && brushEnd) {
    brushG.on('touchmove.brush', function (this: SVGGElement, e: TouchEvent, d: unknown) {
      if (e.touches.length > 1) pinching = true;
      if (brushing && !pinching) brushMove.call(this, e, d);
    });
    brushG.on('touchend.brush touchcancel.brush', function (this: SVGGElement, e: TouchEvent, d: unknown) {
      if (!brushing) return;
      if (!pinching) brushEnd.call(this, e, d);
      else if (!e.touches.length) setTimeout(() => brushEnd.call(this, e, d));
    });
  }
  const zoomer = zoom<SVGGElement, unknown>()
    .filter(isZoomGesture)
    .scaleExtent([1, MAX_ZOOM])
    .extent(extent)
    .translateExtent(extent)
    .on('zoom', (e: D3ZoomEvent<SVGGElement, unknown>) => on.zoomed(e.transform));
  plot.call(zoomer).on('dblclick.zoom', null).style('touch-action', 'none');
  plot.on('dblclick', () => plot.call(zoomer.transform, zoomIdentity));
  return {
    moveBrush(rect) {
      shown = rect;
      brushG.call(brusher.move, rect);
    },
    zoomBy(k) {
      plot.call(zoomer.scaleBy, k);
    },
    reset() {
      plot.call(zoomer.transform, zoomIdentity);
    },
  };
}
