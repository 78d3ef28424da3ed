/** The scatter's canvas layer: device-pixel-ratio aware, points as squares drawn colour by colour. */
import { UNMATCHED_COLOUR } from './palette.ts';
import type { Box } from './size.ts';
import type { ScatterData } from './types.ts';

export interface ColourGroup {
  colour: string;
  /** Indices of the customers drawn in this colour (finite coordinates only). */
  idx: Uint32Array;
}

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Customers with finite coordinates grouped by their segment's colour, largest group first. */
export function groupByColour(data: ScatterData): ColourGroup[] {
  const colourOf = new Map(data.segments.map((s) => [s.index, s.colour]));
  const lists = new Map<string, number[]>();
  for (let i = 0; i < data.recency.length; i++) {
    if (!Number.isFinite(data.recency[i]) || !Number.isFinite(data.monetary[i])) continue;
    const colour = colourOf.get(data.segment[i]) ?? UNMATCHED_COLOUR;
    let list = lists.get(colour);
    if (!list) lists.set(colour, (list = []));
    list.push(i);
  }
  return [...lists]
    .map(([colour, list]) => ({ colour, idx: Uint32Array.from(list) }))
    .sort((a, b) => b.idx.length - a.idx.length);
}

/** Side in pixels of a point's square: smaller when there are many points. */
export function pointSize(n: number): number {
  return n > 20_000 ? 2 : n > 2_000 ? 3 : 4;
}

/** A canvas covering box (absolutely positioned at 0, 0), and its 2D context (null without canvas support). */
export function createCanvas(
  parent: HTMLElement,
  box: Box,
): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D | null } {
  const canvas = document.createElement('canvas');
  const dpr = (typeof window !== 'undefined' && window.devicePixelRatio) || 1;
  canvas.width = Math.round(box.width * dpr);
  canvas.height = Math.round(box.height * dpr);
  Object.assign(canvas.style, {
    position: 'absolute',
    left: '0',
    top: '0',
    width: `${box.width}px`,
    height: `${box.height}px`,
  });
  canvas.setAttribute('aria-hidden', 'true');
  parent.append(canvas);
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = canvas.getContext('2d');
  } catch {
    ctx = null;
  }
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
  return { canvas, ctx };
}

/** Clears the canvas and draws every group's points (screen positions sx, sy inside the plot area). */
export function paintPoints(
  ctx: CanvasRenderingContext2D,
  box: Box,
  area: PlotArea,
  groups: ColourGroup[],
  sx: Float32Array,
  sy: Float32Array,
  size: number,
): void {
  ctx.clearRect(0, 0, box.width, box.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.width, area.height);
  ctx.clip();
  const half = size / 2;
  const { left, top, width, height } = area;
  for (const g of groups) {
    ctx.fillStyle = g.colour;
    for (const i of g.idx) {
      const x = sx[i];
      const y = sy[i];
      if (x < -size || x > width + size || y < -size || y > height + size) continue;
      ctx.fillRect(left + x - half, top + y - half, size, size);
    }
  }
  ctx.restore();
}
