/** Legend of the RFM grid: a colour ramp with the min and max counts, or reference squares. */
import { interpolateBlues, interpolateRdBu, range } from 'd3';
import { THEME } from './palette.ts';
import { textWidth } from './size.ts';
import type { Svg } from './size.ts';
import type { Format } from './types.ts';

export interface GridLegendSpec {
  encode: 'colour' | 'size';
  title: string;
  /** Counts at the two ends of the colour ramp. */
  lo: number;
  hi: number;
  format: Format;
  /** Counts of the reference squares (size mode), largest first. */
  refs: number[];
  /** Side in pixels of the square for a count. */
  side: (count: number) => number;
  /** The colour ramp, t = 0..1 from lo to hi (default cellFill). */
  ramp?: (t: number) => string;
}

/** Fill for a count, t = 0..1 of the colour domain (Blues, lightest end skipped so cells stay visible). */
export function cellFill(t: number): string {
  return interpolateBlues(0.12 + 0.88 * Math.min(1, Math.max(0, t)));
}

/**
 * Fill on a diverging ramp, t = 0..1 with the middle at 0.5: red below it, blue above (the
 * sequential scale's colour for "more"), light grey at it (RdBu, darkest ends skipped).
 */
export function divergingFill(t: number): string {
  return interpolateRdBu(0.06 + 0.88 * Math.min(1, Math.max(0, t)));
}

/** The largest 1, 2 or 5 × 10^k not above v (0 when v < 1). */
export function niceFloor(v: number): number {
  if (!(v >= 1)) return 0;
  const p = 10 ** Math.floor(Math.log10(v));
  return [5, 2, 1].map((k) => k * p).find((c) => c <= v) ?? p;
}

/** Draws the legend with its top-left corner at (x, y) (about 24 px high). */
export function drawGridLegend(svg: Svg, x: number, y: number, s: GridLegendSpec): void {
  const g = svg.append('g').attr('class', 'legend').attr('transform', `translate(${x},${y})`);
  const text = (tx: number, label: string, anchor = 'start') =>
    g.append('text').attr('x', tx).attr('y', 16).attr('text-anchor', anchor).style('fill', THEME.text).text(label);
  text(0, s.title);
  let at = textWidth(s.title) + 10;
  if (s.encode === 'colour') {
    const lo = s.format(s.lo);
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
      .attr('fill', (i) => (s.ramp ?? cellFill)(i / (steps - 1)));
    text(at + steps * 5 + 6, s.format(s.hi));
    return;
  }
  for (const c of s.refs) {
    const side = s.side(c);
    g.append('rect')
      .attr('class', 'ref')
      .attr('x', at)
      .attr('y', 20 - side)
      .attr('width', side)
      .attr('height', side)
      .style('fill', THEME.accent);
    const label = s.format(c);
    text(at + side + 4, label);
    at += side + 4 + textWidth(label) + 12;
  }
}
