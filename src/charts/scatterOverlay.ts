/** The scatter's SVG decorations: axes (redrawn on zoom), axis titles and the segment legend. */
import { axisBottom, axisLeft } from 'd3';
import type { Axis, NumberValue, Selection } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { drawLegend, legendLayout } from './legend.ts';
import type { LegendItem } from './legend.ts';
import { symlogTicks } from './scatterMath.ts';
import type { PlotScale } from './scatterMath.ts';
import type { Box, Margin, Svg } from './size.ts';
import type { ScatterData, ScatterOpts } from './types.ts';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Legend entries: one per segment. */
export function scatterLegendItems(data: ScatterData): LegendItem[] {
  return data.segments.map((s) => ({ label: s.label, colour: s.colour }));
}

/** Margins of the plot for this box (the legend sits above the plot). */
export function scatterMargin(data: ScatterData, box: Box): Margin {
  const legendH = legendLayout(scatterLegendItems(data), box.width - 64 - 16).height;
  return { top: legendH + 12, right: 16, bottom: 46, left: 64 };
}

function ticked(axis: Axis<NumberValue>, scale: PlotScale, log: boolean, span: number, gap: number, opts: ScatterOpts) {
  const values = log ? symlogTicks(scale, gap) : scale.ticks(Math.max(2, Math.floor(span / 80)));
  axis.tickValues(distinctTicks(values, (v) => opts.format(v)));
  return axis.tickFormat((v) => opts.format(+v)).tickSizeOuter(0);
}

/**
 * Ticks whose labels differ: on a narrow domain (recency 0–2 days) d3 offers 0, 0.5, 1, 1.5, 2, which
 * a whole-number format labels 0, 1, 1, 2, 2 — then only the whole numbers are kept (when two or more are).
 */
export function distinctTicks(values: number[], label: (v: number) => string): number[] {
  const labels = values.map(label);
  if (labels.every((l, i) => i === 0 || l !== labels[i - 1])) return values;
  const whole = values.filter((v) => Number.isInteger(v));
  return whole.length >= 2 ? whole : values;
}

/** Draws (or redraws) the axes of the zoomed scales into `axes` (emptied first). */
export function drawScatterAxes(axes: G, x: PlotScale, y: PlotScale, w: number, h: number, opts: ScatterOpts): void {
  axes.selectAll('*').remove();
  drawAxis(axes, 0, h, (g) => g.call(ticked(axisBottom(x), x, opts.logX, w, 60, opts)), 'x-axis');
  drawAxis(axes, 0, 0, (g) => g.call(ticked(axisLeft(y), y, opts.logY, h, 28, opts)), 'y-axis');
}

/** Draws the titles and the legend into `decor` (emptied first). */
export function drawScatterDecor(decor: G, data: ScatterData, opts: ScatterOpts, box: Box, m: Margin): void {
  decor.selectAll('*').remove();
  const w = box.width - m.left - m.right;
  const h = box.height - m.top - m.bottom;
  axisTitle(decor, opts.labels.x, m.left + w / 2, box.height - 8);
  axisTitle(decor, opts.labels.y, 14, m.top + h / 2, true);
  drawLegend(decor, scatterLegendItems(data), m.left, 4, w);
}

export type { Svg };
