import { extent, line, scaleLinear, scaleTime } from 'd3';
import { mountChart } from './handle.ts';
import { THEME } from './palette.ts';
import { chartSize, createSvg } from './size.ts';
import type { ChartHandle, Format } from './types.ts';

/** One customer's purchases: days since 1970-01-01 (ascending) and the amount each day (currency). */
export interface SparklineData {
  days: ArrayLike<number>;
  amounts: ArrayLike<number>;
}

export interface SparklineOpts {
  format: Format;
  /** Formats a day number as a date for the ends and the accessible summary. */
  date: (day: number) => string;
  labels: { summary: string };
  width?: number;
  height?: number;
}

/**
 * A purchase timeline: one stem per purchase day, height ∝ amount, on a time axis from the first
 * to the last purchase, with the dates at both ends. The SVG's accessible name is labels.summary
 * (e.g. "12 purchases from … to …"). Height 64 px by default.
 */
export function drawSparkline(
  el: HTMLElement,
  data: SparklineData,
  opts: SparklineOpts,
): ChartHandle<SparklineData, SparklineOpts> {
  return mountChart(el, 'sparkline', data, opts, (root, d, o) => {
    const box = chartSize(root.parentElement ?? root, o, 64);
    const svg = createSvg(root, box, o.labels.summary);
    const n = d.days.length;
    if (!n) return;
    const [d0, d1] = extent(Array.from(d.days)) as [number, number];
    const x = scaleTime()
      .domain([new Date((d0 - 1) * 86_400_000), new Date((d1 + 1) * 86_400_000)])
      .range([4, box.width - 4]);
    const max = Math.max(...Array.from(d.amounts, (a) => Math.abs(a)), 1e-9);
    const y = scaleLinear()
      .domain([0, max])
      .range([box.height - 18, 4]);
    const g = svg.append('g');
    g.append('line')
      .attr('x1', 4)
      .attr('x2', box.width - 4)
      .attr('y1', y(0))
      .attr('y2', y(0))
      .style('stroke', THEME.line);
    const pts = Array.from(
      { length: n },
      (_, i) => [x(new Date(d.days[i] * 86_400_000)), y(Math.max(0, d.amounts[i]))] as [number, number],
    );
    g.selectAll('line.stem')
      .data(pts)
      .join('line')
      .attr('class', 'stem')
      .attr('x1', (p) => p[0])
      .attr('x2', (p) => p[0])
      .attr('y1', y(0))
      .attr('y2', (p) => p[1])
      .style('stroke', THEME.accent)
      .attr('stroke-width', 2);
    g.append('path')
      .attr('d', line()(pts))
      .attr('fill', 'none')
      .style('stroke', THEME.accent)
      .attr('stroke-opacity', 0.35);
    const label = (text: string, xPos: number, anchor: string) =>
      svg
        .append('text')
        .attr('x', xPos)
        .attr('y', box.height - 4)
        .attr('text-anchor', anchor)
        .attr('font-size', 11)
        .style('fill', THEME.muted)
        .text(text);
    label(o.date(d0), 4, 'start');
    if (d1 !== d0) label(o.date(d1), box.width - 4, 'end');
  });
}
