/** Legends: a row (wrapping) of swatches or line samples with labels. */
import type { Selection } from 'd3';
import { THEME } from './palette.ts';
import { textWidth } from './size.ts';

type G = Selection<SVGGElement, unknown, null, undefined> | Selection<SVGSVGElement, unknown, null, undefined>;

export interface LegendItem {
  label: string;
  colour: string;
  /** Swatch (default), solid line, dashed line. */
  kind?: 'swatch' | 'line' | 'dashed';
}

const ROW = 18;

/** Positions of the items wrapped into rows of the given width, and the legend's height. */
export function legendLayout(items: LegendItem[], width: number): { at: [number, number][]; height: number } {
  const at: [number, number][] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = 18 + textWidth(item.label) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    at.push([x, row * ROW]);
    x += w;
  }
  return { at, height: items.length ? (row + 1) * ROW : 0 };
}

/** Draws the legend at (x, y) wrapped to width; returns its height. */
export function drawLegend(parent: G, items: LegendItem[], x: number, y: number, width: number): number {
  const { at, height } = legendLayout(items, width);
  const g = parent.append('g').attr('class', 'legend').attr('transform', `translate(${x},${y})`);
  const entry = g
    .selectAll('g')
    .data(items)
    .join('g')
    .attr('class', 'legend-item')
    .attr('transform', (_d, i) => `translate(${at[i][0]},${at[i][1]})`);
  entry
    .filter((d) => (d.kind ?? 'swatch') === 'swatch')
    .append('rect')
    .attr('y', 2)
    .attr('width', 12)
    .attr('height', 12)
    .attr('fill', (d) => d.colour);
  entry
    .filter((d) => d.kind === 'line' || d.kind === 'dashed')
    .append('line')
    .attr('x2', 14)
    .attr('y1', 8)
    .attr('y2', 8)
    .attr('stroke', (d) => d.colour)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', (d) => (d.kind === 'dashed' ? '4 3' : null));
  entry
    .append('text')
    .attr('x', 18)
    .attr('y', 12)
    .style('fill', THEME.text)
    .text((d) => d.label);
  return height;
}
