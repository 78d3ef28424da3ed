/** The scatter's d3.brush (plain drag) and d3.zoom (wheel, pinch, two-finger touch; double-click resets). */
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

/** Wheel events and touches with two or more fingers zoom; everything else is left to the brush. */
export function isZoomGesture(e: Event): boolean {
  return e.type === 'wheel' || ('touches' in e && (e as TouchEvent).touches.length > 1);
}

/**
 * Puts the brush in brushG and the zoom on plot (the group around it), both over [0, w] × [0, h].
 * Returns moveBrush, which shows a rectangle (or none) without calling `brushed`.
 */
export function attachZoomBrush(plot: G, brushG: G, w: number, h: number, on: ZoomBrushHandlers) {
  const extent: Rect = [
    [0, 0],
    [w, h],
  ];
  const brusher = brush<unknown>()
    .extent(extent)
    .filter((e: Event) => !isZoomGesture(e) && !(e as MouseEvent).ctrlKey && !(e as MouseEvent).button)
    .on('start', (e: D3BrushEvent<unknown>) => e.sourceEvent && on.start())
    .on('end', (e: D3BrushEvent<unknown>) => e.sourceEvent && on.brushed((e.selection as Rect | null) ?? null));
  brushG.call(brusher);
  const zoomer = zoom<SVGGElement, unknown>()
    .filter(isZoomGesture)
    .scaleExtent([1, 1000])
    .extent(extent)
    .translateExtent(extent)
    .on('zoom', (e: D3ZoomEvent<SVGGElement, unknown>) => on.zoomed(e.transform));
  plot.call(zoomer).on('dblclick.zoom', null);
  plot.on('dblclick', () => plot.call(zoomer.transform, zoomIdentity));
  return {
    moveBrush(rect: Rect | null) {
      brushG.call(brusher.move, rect);
    },
  };
}
