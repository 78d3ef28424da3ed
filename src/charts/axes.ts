/** Axis styling and axis titles. */
import type { Selection } from 'd3';
import { THEME } from './palette.ts';

type G = Selection<SVGGElement, unknown, null, undefined> | Selection<SVGSVGElement, unknown, null, undefined>;

/** Appends a group at (x, y) and draws the axis in it, in the theme colours. */
export function drawAxis(parent: G, x: number, y: number, axis: (g: G) => void, cls: string): G {
  const g = parent.append('g').attr('class', `axis ${cls}`).attr('transform', `translate(${x},${y})`);
  axis(g);
  g.attr('font-size', 11).attr('font-family', null).style('color', THEME.muted);
  g.selectAll('.tick text').style('fill', THEME.text);
  return g;
}

/** A centred axis title at (x, y); `vertical` rotates it to read bottom to top. */
export function axisTitle(parent: G, text: string, x: number, y: number, vertical = false): void {
  parent
    .append('text')
    .attr('class', 'axis-title')
    .attr('transform', vertical ? `translate(${x},${y}) rotate(-90)` : `translate(${x},${y})`)
    .attr('text-anchor', 'middle')
    .attr('font-size', 12)
    .style('fill', THEME.text)
    .text(text);
}
