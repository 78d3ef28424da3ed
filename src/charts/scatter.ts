import { pointer, zoomIdentity } from 'd3';
import type { Quadtree, ZoomTransform } from 'd3';
import { createCanvas, groupByColour, paintPoints, pointSize } from './scatterCanvas.ts';
import * as sm from './scatterMath.ts';
import type { Rect } from './scatterMath.ts';
import { drawScatterAxes, drawScatterDecor, scatterMargin } from './scatterOverlay.ts';
import { attachZoomBrush } from './scatterZoomBrush.ts';
import { chartSize, createRoot, createSvg } from './size.ts';
import { THEME } from './palette.ts';
import { createTooltip } from './tooltip.ts';
import type { ScatterData, ScatterOpts, ZoomableHandle } from './types.ts';

let hintIds = 0;

interface View {
  key: unknown[];
  setOpts(opts: ScatterOpts): void;
  zoomBy(k: number): void;
  resetZoom(): void;
  dispose(): void;
}

/** What forces a rebuild (anything else only updates texts and callbacks). */
function geometryKey(el: HTMLElement, d: ScatterData, o: ScatterOpts): unknown[] {
  const box = chartSize(el, o, 400);
  const segs = d.segments.map((s) => `${s.index}\u0000${s.label}\u0000${s.colour}`).join('\u0001');
  return [d.recency, d.monetary, d.segment, d.ids, segs, box.width, box.height, o.logX, o.logY];
}

/**
 * Draws customers as points — recency in days (x) against monetary in currency (y), coloured by
 * segment — on a canvas, under an SVG overlay with axes, legend, a brush (opts.onBrush gets the
 * indices inside the rectangle) and wheel/pinch zoom (double-click resets; the handle's zoomBy and
 * resetZoom do the same for buttons). Hover, a click or tap, or ArrowLeft/ArrowRight show a
 * customer. The root gets data-points = the number of points drawn and data-zoom = the zoom
 * transform ("k x y"). Height 400 px.
 */
export function drawScatter(
  el: HTMLElement,
  data: ScatterData,
  opts: ScatterOpts,
): ZoomableHandle<ScatterData, ScatterOpts> {
  const root = createRoot(el, 'scatter');
  let view = build(el, root, data, opts);
  return {
    update(d, o) {
      const key = geometryKey(el, d, o);
      if (key.every((k, i) => k === view.key[i])) return view.setOpts(o);
      view.dispose();
      root.replaceChildren();
      view = build(el, root, d, o);
    },
    zoomBy: (k) => view.zoomBy(k),
    resetZoom: () => view.resetZoom(),
    destroy() {
      view.dispose();
      root.replaceChildren();
      root.remove();
    },
  };
}

function build(el: HTMLElement, root: HTMLDivElement, data: ScatterData, first: ScatterOpts): View {
  let opts = first;
  const box = chartSize(el, opts, 400);
  const m = scatterMargin(data, box);
  const w = Math.max(10, box.width - m.left - m.right);
  const h = Math.max(10, box.height - m.top - m.bottom);
  const area = { left: m.left, top: m.top, width: w, height: h };
  const stage = document.createElement('div');
  Object.assign(stage.style, { position: 'relative', width: `${box.width}px`, height: `${box.height}px` });
  root.append(stage);
  const { ctx } = createCanvas(stage, box);
  const groups = groupByColour(data);
  const drawn = groups.reduce((s, g) => s + g.idx.length, 0);
  root.dataset.points = String(drawn);
  const showZoom = (z: ZoomTransform) => (root.dataset.zoom = `${z.k} ${z.x} ${z.y}`);
  showZoom(zoomIdentity);
  const size = pointSize(drawn);
  const baseX = sm.makeScale(data.recency, opts.logX, 0, w);
  const baseY = sm.makeScale(data.monetary, opts.logY, h, 0);
  const bx = sm.project(data.recency, baseX);
  const by = sm.project(data.monetary, baseY);
  let t: ZoomTransform = zoomIdentity;
  let sx = bx;
  let sy = by;
  let tree: Quadtree<number> | null = null;
  let order: Uint32Array | null = null;
  let cursor = -1;
  let dataRect: Rect | null = null;
  let frame = 0;
  const scales = () => sm.zoomedScales(t, baseX, baseY);
  const paint = () => ctx && paintPoints(ctx, box, area, groups, sx, sy, size);

  const svg = createSvg(stage, box, `${opts.labels.x} × ${opts.labels.y}`);
  const hintId = `chart-hint-${++hintIds}`;
  svg.style('position', 'absolute').style('left', '0').style('top', '0');
  svg.attr('tabindex', 0).attr('role', 'application').attr('aria-describedby', hintId);
  const decor = svg.append('g').attr('class', 'decor');
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  const axes = plot.append('g').attr('class', 'axes');
  const brushG = plot.append('g').attr('class', 'brush');
  const ring = plot
    .append('circle')
    .attr('class', 'hover')
    .attr('r', 6)
    .attr('fill', 'none')
    .style('stroke', THEME.text)
    .attr('stroke-width', 2)
    .attr('pointer-events', 'none')
    .attr('display', 'none');
  const hint = document.createElement('p');
  hint.id = hintId;
  hint.className = 'chart-hint';
  Object.assign(hint.style, { margin: '4px 0 0', fontSize: '12px', color: 'var(--muted, #5a6270)' });
  root.append(hint);
  const tooltip = createTooltip(root, true);

  const texts = () => {
    drawScatterDecor(decor, data, opts, box, m);
    hint.textContent = opts.labels.hint;
    svg.attr('aria-label', `${opts.labels.x} × ${opts.labels.y}`);
  };
  const hide = () => {
    ring.attr('display', 'none');
    tooltip.hide();
  };
  const show = (i: number) => {
    const seg = data.segments.find((s) => s.index === data.segment[i]);
    ring.attr('display', null).attr('cx', sx[i]).attr('cy', sy[i]);
    const f = opts.format;
    tooltip.show(
      [
        `${opts.labels.customer} ${data.ids[i] ?? i}`,
        `${opts.labels.segment}: ${seg?.label ?? '–'}`,
        `${opts.labels.x}: ${f(data.recency[i])}`,
        `${opts.labels.y}: ${f(data.monetary[i], 2)}`,
      ],
      m.left + sx[i],
      m.top + sy[i],
    );
  };

  const zb = attachZoomBrush(plot, brushG, w, h, {
    start: hide,
    brushed(rect) {
      if (!rect) {
        dataRect = null;
        return opts.onBrush?.(null);
      }
      const z = scales();
      dataRect = sm.pixelRectToData(rect, z.x, z.y);
      opts.onBrush?.(sm.pointsInDataRect(data.recency, data.monetary, dataRect));
    },
    zoomed(transform) {
      t = transform;
      showZoom(t);
      sx = sm.applyZoom(bx, t.k, t.x);
      sy = sm.applyZoom(by, t.k, t.y);
      tree = null;
      hide();
      const z = scales();
      drawScatterAxes(axes, z.x, z.y, w, h, opts);
      if (dataRect) zb.moveBrush(sm.clipRect(sm.dataRectToPixels(dataRect, z.x, z.y), w, h));
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), paint()));
    },
  });

  const visible = (i: number) => sm.isVisible(sx, sy, i, w, h);
  /** The customer nearest to the pointer (within 8 px, 20 px for a finger) in the tooltip; none: hidden. */
  const showNearest = (e: MouseEvent) => {
    const [px, py] = pointer(e, plot.node());
    tree ??= sm.screenIndex(sx, sy, w, h);
    const i = sm.nearestPoint(tree, px, py, (e as PointerEvent).pointerType === 'touch' ? 20 : 8);
    if (i === undefined) hide();
    else show(i);
  };
  plot.on('mousemove', (e: MouseEvent) => {
    if (!e.buttons) showNearest(e);
  });
  // A click or tap (touch screens have no hover); a drag is a brush, not a click.
  plot.on('click', (e: MouseEvent) => {
    if (e.detail > 0) showNearest(e);
  });
  plot.on('mouseleave', () => tooltip.leave(hide));
  svg.on('blur', hide);
  svg.on('keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape') return hide();
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    order ??= sm.recencyOrder(data.recency, data.monetary);
    const next = sm.stepVisible(order, cursor, e.key === 'ArrowRight' ? 1 : -1, visible);
    if (next >= 0) {
      cursor = next;
      show(order[next]);
    }
  });

  texts();
  drawScatterAxes(axes, baseX, baseY, w, h, opts);
  paint();
  return {
    key: geometryKey(el, data, opts),
    setOpts(o) {
      opts = o;
      texts();
      const z = scales();
      drawScatterAxes(axes, z.x, z.y, w, h, opts);
    },
    zoomBy: (k) => zb.zoomBy(k),
    resetZoom: () => zb.reset(),
    dispose() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      plot.interrupt();
    },
  };
}
