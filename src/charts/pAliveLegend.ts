/** Colours of the P(alive) heatmap and its legend: a 0–100 % ramp. */
import { interpolatePlasma, range } from 'd3';
import { THEME } from './palette.ts';
import { textWidth } from './size.ts';
import type { Svg } from './size.ts';
import { pct } from './text.ts';
import type { Format } from './types.ts';

/** Fill of a cell whose probability is not defined (NaN). */
export const P_ALIVE_MISSING = '#ebedf0';

/**
 * Fill for a probability 0..1 on plasma (sequential, perceptually uniform, colour-blind safe; its
 * lightness rises with p), or the light neutral for a probability that is not defined.
 */
export function pAliveFill(p: number): string {
  return Number.isFinite(p) ? interpolatePlasma(Math.min(1, Math.max(0, p))) : P_ALIVE_MISSING;
}

/** Draws "title 0 % [ramp] 100 %" with its top-left corner at (x, y) (about 24 px high). */
export function drawPAliveLegend(svg: Svg, x: number, y: number, title: string, format: Format): void {
  const g = svg.append('g').attr('class', 'legend').attr('transform', `translate(${x},${y})`);
  const text = (tx: number, label: string) =>
    g.append('text').attr('x', tx).attr('y', 16).style('fill', THEME.text).text(label);
  text(0, title);
  let at = textWidth(title) + 10;
  const lo = pct(format, 0, 0);
  text(at, lo);
  at += textWidth(lo) + 6;
  const steps = 24;
  g.append('g')
    .attr('class', 'ramp')
    .selectAll('rect')
    .data(range(steps))
    .join('rect')
    .attr('x', (i) => at + i * 5)
    .attr('y', 6)
    .attr('width', 5.5)
    .attr('height', 12)
    .attr('fill', (i) => pAliveFill(i / (steps - 1)));
  text(at + steps * 5 + 6, pct(format, 1, 0));
}
