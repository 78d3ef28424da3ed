import { axisBottom, axisLeft, line, scaleLinear } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { drawLegend, legendLayout } from './legend.ts';
import type { LegendItem } from './legend.ts';
import { THEME } from './palette.ts';
import { chartSize, createSvg } from './size.ts';
import { num } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { BaseOpts, ChartHandle } from './types.ts';

/** Reliability (calibration) of predicted probabilities: one series per forecast. */
export interface ReliabilityData {
  series: {
    label: string;
    colour: string;
    /** Bins of the probability: mean predicted, share that happened, customers (empty bins skipped). */
    bins: { predicted: number; actual: number; customers: number }[];
    /** Drawn dashed (e.g. a baseline). */
    dashed?: boolean;
  }[];
}

export interface ReliabilityOpts extends BaseOpts {
  labels: { x: string; y: string; diagonal: string; customers: string };
}

/**
 * Draws a reliability chart: x = mean predicted probability of a bin, y = share of its customers
 * for whom it happened, both 0–1, with the diagonal (perfect calibration) dashed grey. Each series
 * is a line through its non-empty bins (`path.series[data-series=i]`) with focusable points
 * (`circle.point[data-series=i][data-bin=k]`) whose area grows with the bin's customers, named with
 * the series, the two shares and the customers. Height defaults to 320 px.
 */
export function drawReliabilityChart(
  el: HTMLElement,
  data: ReliabilityData,
  opts: ReliabilityOpts,
): ChartHandle<ReliabilityData, ReliabilityOpts> {
  return mountChart(el, 'reliability-chart', data, opts, render);
}

interface Point {
  series: number;
  bin: number;
  predicted: number;
  actual: number;
  customers: number;
}

function render(root: HTMLDivElement, data: ReliabilityData, opts: ReliabilityOpts): void {
  const { labels, format } = opts;
  const box = chartSize(root.parentElement ?? root, opts, 320);
  const items: LegendItem[] = [
    ...data.series.map((s) => ({
      label: s.label,
      colour: s.colour,
      kind: s.dashed ? ('dashed' as const) : ('line' as const),
    })),
    { label: labels.diagonal, colour: THEME.muted, kind: 'dashed' as const },
  ];
  const legendW = Math.max(80, box.width - 70);
  const top = legendLayout(items, legendW).height + 14;
  const m = { top, right: 20, bottom: 46, left: 56 };
  const w = Math.max(10, box.width - m.left - m.right);
  const h = Math.max(10, box.height - m.top - m.bottom);
  const x = scaleLinear().domain([0, 1]).range([0, w]);
  const y = scaleLinear().domain([0, 1]).range([h, 0]);
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];
  const pct = (v: number) => `${format(v * 100, 0)} %`;
  let most = 1;
  for (const s of data.series) for (const b of s.bins) most = Math.max(most, b.customers);
  const radius = (c: number) => 2.5 + 5.5 * Math.sqrt(c / most);

  const svg = createSvg(root, box, `${labels.y} / ${labels.x}`);
  const tooltip = createTooltip(root);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  drawAxis(
    plot,
    0,
    h,
    (a) =>
      a.call(
        axisBottom(x)
          .tickValues(ticks)
          .tickFormat((v) => pct(+v))
          .tickSizeOuter(0),
      ),
    'x-axis',
  );
  drawAxis(
    plot,
    0,
    0,
    (a) =>
      a.call(
        axisLeft(y)
          .tickValues(ticks)
          .tickFormat((v) => pct(+v))
          .tickSizeOuter(0),
      ),
    'y-axis',
  );
  plot
    .append('line')
    .attr('class', 'diagonal')
    .attr('x1', x(0))
    .attr('y1', y(0))
    .attr('x2', x(1))
    .attr('y2', y(1))
    .style('stroke', THEME.muted)
    .attr('stroke-width', 1)
    .attr('stroke-dasharray', '4 4');
  const points: Point[] = [];
  data.series.forEach((s, si) => {
    const bins = s.bins
      .map((b, k) => ({ series: si, bin: k, ...b }))
      .filter((b) => b.customers > 0 && Number.isFinite(b.predicted) && Number.isFinite(b.actual));
    points.push(...bins);
    plot
      .append('path')
      .attr('class', 'series')
      .attr('data-series', si)
      .attr(
        'd',
        line<Point>()
          .x((b) => x(b.predicted))
          .y((b) => y(b.actual))(bins) ?? '',
      )
      .attr('fill', 'none')
      .attr('stroke', s.colour)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', s.dashed ? '6 4' : null);
  });
  const marks = plot
    .append('g')
    .attr('class', 'points')
    .selectAll<SVGCircleElement, Point>('circle')
    .data(points)
    .join('circle')
    .attr('class', 'point')
    .attr('data-series', (p) => p.series)
    .attr('data-bin', (p) => p.bin)
    .attr('cx', (p) => x(p.predicted))
    .attr('cy', (p) => y(p.actual))
    .attr('r', (p) => radius(p.customers))
    .attr('fill', (p) => data.series[p.series].colour)
    .style('stroke', THEME.panel)
    .attr('stroke-width', 1);
  const facts = (p: Point) => [
    `${labels.x}: ${pct(p.predicted)}`,
    `${labels.y}: ${pct(p.actual)}`,
    `${labels.customers}: ${num(format, p.customers)}`,
  ];
  bindMarks(marks, {
    root,
    tooltip,
    label: (p) => `${data.series[p.series].label}: ${facts(p).join(', ')}`,
    tip: (p) => [data.series[p.series].label, ...facts(p)],
    anchor: (p) => [m.left + x(p.predicted), m.top + y(p.actual)],
  });
  axisTitle(svg, labels.x, m.left + w / 2, box.height - 8);
  axisTitle(svg, labels.y, 14, m.top + h / 2, true);
  drawLegend(svg, items, m.left, 4, legendW);
}
