import { axisBottom, axisLeft, line, max, pointer, range, scaleLinear, scalePoint } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { drawLegend } from './legend.ts';
import { THEME } from './palette.ts';
import { chartSize, createSvg, textWidth } from './size.ts';
import { createTooltip } from './tooltip.ts';
import type { BaseOpts, ChartHandle } from './types.ts';

/** Lines over the same categorical x positions, e.g. one per cohort plus their mean. */
export interface LinesData {
  /** X position labels, left to right. */
  x: string[];
  /**
   * The lines, drawn in order; NaN values leave gaps. An emphasised line (e.g. the mean) is drawn
   * thick, last, with focusable points; the others are thin context lines.
   */
  series: { label: string; colour: string; values: ArrayLike<number>; emphasis?: boolean }[];
}

export interface LinesOpts extends BaseOpts {
  labels: { name: string; x: string; y: string };
  /** A value as text (points' names, tooltips, ticks), e.g. an amount of money. */
  valueText: (v: number) => string;
}

/**
 * Draws lines over categorical x positions (`path.line` per series, `data-series` its index) on a
 * y scale from 0 (or the lowest value, when below 0) to the highest value. The points of emphasised
 * lines are focusable `circle.point`s named "line, x: value" with a tooltip; context lines show
 * their name on hover only as a convenience (their values belong in a table beside the chart). A
 * legend names the emphasised lines and the first and last context lines. Height defaults to 300 px.
 */
export function drawLines(el: HTMLElement, data: LinesData, opts: LinesOpts): ChartHandle<LinesData, LinesOpts> {
  return mountChart(el, 'lines', data, opts, render);
}

function render(root: HTMLDivElement, data: LinesData, opts: LinesOpts): void {
  const { labels, valueText } = opts;
  const box = chartSize(root.parentElement ?? root, opts, 300);
  const all = data.series.flatMap((s) => Array.from(s.values).filter(Number.isFinite));
  const hi = Math.max(0, max(all) ?? 0);
  const lo = Math.min(0, ...all);
  const y0 = scaleLinear()
    .domain([lo, hi > lo ? hi : lo + 1])
    .nice();
  const ticks = y0.ticks(5);
  const left = Math.max(40, (max(ticks, (t) => textWidth(valueText(t))) ?? 0) + 30);
  const context = data.series.filter((s) => !s.emphasis);
  const legendItems = [
    ...data.series.filter((s) => s.emphasis).map((s) => ({ label: s.label, colour: s.colour, kind: 'line' as const })),
    ...[context[0], context.length > 1 ? context[context.length - 1] : undefined]
      .filter((s) => s !== undefined)
      .map((s) => ({ label: s.label, colour: s.colour, kind: 'line' as const })),
  ];
  const svg = createSvg(root, box, labels.name);
  const legendHeight = drawLegend(svg, legendItems, left, 4, box.width - left - 12);
  const m = { top: legendHeight + 14, right: 16, bottom: 44, left };
  const w = Math.max(10, box.width - m.left - m.right);
  const h = Math.max(10, box.height - m.top - m.bottom);
  const x = scalePoint<number>().domain(range(data.x.length)).range([0, w]).padding(0.3);
  const y = y0.range([h, 0]);
  const tooltip = createTooltip(root);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  const path = line<number>()
    .defined((v) => Number.isFinite(v))
    .x((_v, j) => x(j) ?? 0)
    .y((v) => y(v));
  const order = [...data.series.keys()].sort(
    (a, b) => Number(!!data.series[a].emphasis) - Number(!!data.series[b].emphasis),
  );
  plot
    .append('g')
    .attr('class', 'lines')
    .selectAll('path')
    .data(order)
    .join('path')
    .attr('class', 'line')
    .attr('data-series', (k) => k)
    .attr('d', (k) => path(Array.from(data.series[k].values)) ?? '')
    .attr('fill', 'none')
    .attr('stroke', (k) => data.series[k].colour)
    .attr('stroke-width', (k) => (data.series[k].emphasis ? 3 : 1.5))
    .attr('stroke-opacity', (k) => (data.series[k].emphasis ? 1 : 0.75))
    .on('mouseenter', (e: MouseEvent, k) => {
      if (data.series[k].emphasis) return;
      const [px, py] = pointer(e, root);
      tooltip.show([data.series[k].label], px, py);
    })
    .on('mouseleave', () => tooltip.hide());

  const points = data.series.flatMap((s, k) =>
    s.emphasis
      ? Array.from(s.values)
          .map((v, j) => ({ k, j, v }))
          .filter((p) => Number.isFinite(p.v))
      : [],
  );
  const dots = plot
    .append('g')
    .attr('class', 'points')
    .selectAll<SVGCircleElement, (typeof points)[number]>('circle')
    .data(points)
    .join('circle')
    .attr('class', 'point')
    .attr('cx', (p) => x(p.j) ?? 0)
    .attr('cy', (p) => y(p.v))
    .attr('r', 5)
    .attr('fill', (p) => data.series[p.k].colour)
    .style('stroke', THEME.panel)
    .attr('stroke-width', 1.5);
  bindMarks(dots, {
    root,
    tooltip,
    label: (p) => `${data.series[p.k].label}, ${data.x[p.j]}: ${valueText(p.v)}`,
    tip: (p) => [`${data.series[p.k].label}, ${labels.x} ${data.x[p.j]}`, `${labels.y}: ${valueText(p.v)}`],
    anchor: (p) => [m.left + (x(p.j) ?? 0), m.top + y(p.v)],
  });

  const step = Math.max(1, Math.ceil(((max(data.x, (s) => textWidth(s)) ?? 0) + 8) / Math.max(1e-9, x.step())));
  drawAxis(
    plot,
    0,
    h,
    (a) =>
      a.call(
        axisBottom(x)
          .tickValues(range(0, data.x.length, step))
          .tickFormat((j) => data.x[j]),
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
          .tickFormat((v) => valueText(+v)),
      ),
    'y-axis',
  );
  axisTitle(svg, labels.x, m.left + w / 2, box.height - 8);
  axisTitle(svg, labels.y, 14, m.top + h / 2, true);
}
