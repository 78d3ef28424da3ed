import { axisBottom, axisLeft, max, scaleBand, scaleLinear } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { THEME } from './palette.ts';
import { chartSize, createSvg, fitText, textWidth } from './size.ts';
import { num, pct } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, SegmentBarsData, SegmentBarsOpts, SegmentDatum } from './types.ts';

interface Row {
  pos: number;
  seg: SegmentDatum;
}

/**
 * Draws horizontal bars, one per segment in the given order, length ∝ customers (count), with the
 * count and the named revenue share ("600 · Share of revenue 50.3 %"; only the count when that
 * would take more than 40 % of the width) at the bar end and the segment averages (recency in
 * days, frequency in orders, monetary in currency) in the tooltip. Click/Enter calls
 * opts.onSelect(segment index).
 * Height defaults to 28 px per segment plus the axes.
 */
export function drawSegmentBars(
  el: HTMLElement,
  data: SegmentBarsData,
  opts: SegmentBarsOpts,
): ChartHandle<SegmentBarsData, SegmentBarsOpts> {
  return mountChart(el, 'segment-bars', data, opts, render);
}

function render(root: HTMLDivElement, data: SegmentBarsData, opts: SegmentBarsOpts): void {
  const { labels, format } = opts;
  const rows: Row[] = data.segments.map((seg, pos) => ({ pos, seg }));
  const box = chartSize(root.parentElement ?? root, opts, Math.max(140, rows.length * 28 + 60));
  const longest = max(rows, (r) => textWidth(r.seg.label)) ?? 0;
  const left = Math.min(box.width * 0.35, Math.max(40, longest + 14));
  // The count, then the revenue share named as such (the bar and the axis are customers); only the
  // count when the named share would take more than 40 % of the width (the tooltip has it all).
  const full = (s: SegmentDatum) => `${format(s.customers)} · ${labels.revenueShare} ${pct(format, s.revenueShare)}`;
  const widest = (text: (s: SegmentDatum) => string) => (max(rows, (r) => textWidth(text(r.seg))) ?? 0) + 10;
  const valueText = widest(full) <= box.width * 0.4 ? full : (s: SegmentDatum) => format(s.customers);
  const right = Math.max(40, widest(valueText));
  const m = { top: 8, right, bottom: 44, left };
  const w = Math.max(10, box.width - m.left - m.right);
  const h = Math.max(10, box.height - m.top - m.bottom);
  const x = scaleLinear()
    .domain([0, Math.max(1, max(rows, (r) => r.seg.customers) ?? 0)])
    .range([0, w]);
  const y = scaleBand<number>()
    .domain(rows.map((r) => r.pos))
    .range([0, h])
    .padding(0.2);
  const facts = (s: SegmentDatum) => [
    `${labels.customers}: ${format(s.customers)}`,
    `${labels.revenueShare}: ${pct(format, s.revenueShare)}`,
    `${labels.avgRecency}: ${num(format, s.avgRecency, 1)}`,
    `${labels.avgFrequency}: ${num(format, s.avgFrequency, 1)}`,
    `${labels.avgMonetary}: ${num(format, s.avgMonetary, 1)}`,
  ];

  const svg = createSvg(root, box, labels.x);
  const tooltip = createTooltip(root);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  const g = plot
    .append('g')
    .attr('class', 'bars')
    .selectAll('g')
    .data(rows)
    .join('g')
    .attr('transform', (r) => `translate(0,${y(r.pos) ?? 0})`);
  const bars = g
    .append('rect')
    .attr('class', 'bar')
    .attr('data-index', (r) => r.seg.index)
    .attr('width', (r) => x(Math.max(0, r.seg.customers)))
    .attr('height', y.bandwidth())
    .attr('fill', (r) => r.seg.colour);
  bindMarks(bars, {
    root,
    tooltip,
    label: (r) => `${r.seg.label}: ${facts(r.seg).join(', ')}`,
    tip: (r) => [r.seg.label, ...facts(r.seg)],
    anchor: (r) => [m.left + x(Math.max(0, r.seg.customers)) / 2, m.top + (y(r.pos) ?? 0)],
    activate: (r) => opts.onSelect?.(r.seg.index),
  });
  g.append('text')
    .attr('class', 'value')
    .attr('x', (r) => x(Math.max(0, r.seg.customers)) + 4)
    .attr('y', y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .style('fill', THEME.text)
    .text((r) => valueText(r.seg));

  const byPos = new Map(rows.map((r) => [r.pos, r.seg.label]));
  drawAxis(
    plot,
    0,
    h,
    (a) =>
      a.call(
        axisBottom(x)
          .ticks(Math.max(2, Math.floor(w / 80)))
          .tickFormat((v) => format(+v)),
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
          .tickFormat((p) => fitText(byPos.get(p) ?? '', m.left - 12))
          .tickSizeOuter(0),
      ),
    'y-axis',
  );
  axisTitle(svg, labels.x, m.left + w / 2, box.height - 8);
}
