import { axisBottom, axisLeft, axisRight, line, max, scaleLinear } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { drawLegend } from './legend.ts';
import { THEME } from './palette.ts';
import { MAX_BARS, classStarts, cumulativePoints, paretoBins } from './paretoMath.ts';
import { chartSize, createSvg } from './size.ts';
import { pct } from './text.ts';
import type { ChartHandle, ParetoData, ParetoOpts } from './types.ts';

const BAR = '#88CCEE';
const CURVE = '#882255';

/**
 * Draws the Pareto chart: customers ranked by revenue (x, count), bars of revenue per customer
 * (currency, left axis; the mean per bin when there are more than 300 customers), the cumulative
 * revenue share (`path.cumulative`, right axis 0–100 %), dashed lines at the ABC cuts and markers
 * where classes B and C begin. Height defaults to 360 px.
 */
export function drawPareto(el: HTMLElement, data: ParetoData, opts: ParetoOpts): ChartHandle<ParetoData, ParetoOpts> {
  return mountChart(el, 'pareto', data, opts, render);
}

function render(root: HTMLDivElement, data: ParetoData, opts: ParetoOpts): void {
  const { labels, format } = opts;
  const box = chartSize(root.parentElement ?? root, opts, 360);
  const m = { top: 46, right: 60, bottom: 46, left: 64 };
  const w = Math.max(10, box.width - m.left - m.right);
  const h = Math.max(10, box.height - m.top - m.bottom);
  const n = data.sortedRevenue.length;
  const bins = paretoBins(data.sortedRevenue, MAX_BARS);
  const points = cumulativePoints(data.sortedRevenue, bins);
  const starts = classStarts(data.sortedRevenue, data.cuts);
  const x = scaleLinear()
    .domain([0, Math.max(1, n)])
    .range([0, w]);
  const y = scaleLinear()
    .domain([0, Math.max(1e-9, max(bins, (b) => b.value) ?? 0)])
    .nice()
    .range([h, 0]);
  const y2 = scaleLinear().domain([0, 1]).range([h, 0]);

  const svg = createSvg(root, box, `${labels.y}, ${labels.cumulative}`);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  plot
    .append('g')
    .attr('class', 'bars')
    .selectAll('rect')
    .data(bins)
    .join('rect')
    .attr('class', 'bar')
    .attr('x', (b) => x(b.start))
    .attr('y', (b) => y(b.value))
    .attr('width', (b) => Math.max(0.5, x(b.end) - x(b.start) + (bins.length <= 60 ? -1 : 0.4)))
    .attr('height', (b) => h - y(b.value))
    .attr('fill', BAR);
  const cuts = plot.append('g').attr('class', 'cuts');
  for (const cut of data.cuts) {
    cuts
      .append('line')
      .attr('class', 'cut')
      .attr('x2', w)
      .attr('y1', y2(cut))
      .attr('y2', y2(cut))
      .style('stroke', THEME.muted)
      .attr('stroke-dasharray', '5 4');
    cuts
      .append('text')
      .attr('x', w - 4)
      .attr('y', y2(cut) - 4)
      .attr('text-anchor', 'end')
      .style('fill', THEME.muted)
      .text(pct(format, cut, 0));
  }
  plot
    .append('path')
    .attr('class', 'cumulative')
    .attr('d', line()(points.map(([r, s]) => [x(r), y2(s)])))
    .attr('fill', 'none')
    .attr('stroke', CURVE)
    .attr('stroke-width', 2);

  const classes = plot.append('g').attr('class', 'classes');
  const names = [labels.classA, labels.classB, labels.classC];
  starts.forEach((start, k) => {
    const end = k < 2 ? starts[k + 1] : n;
    if (k > 0 && start < n) {
      classes
        .append('line')
        .attr('class', 'class-marker')
        .attr('x1', x(start))
        .attr('x2', x(start))
        .attr('y1', -16)
        .attr('y2', h)
        .style('stroke', THEME.text)
        .attr('stroke-width', 1);
    }
    if (end > start) {
      classes
        .append('text')
        .attr('class', 'class-label')
        .attr('x', x((start + end) / 2))
        .attr('y', -5)
        .attr('text-anchor', 'middle')
        .attr('font-weight', 600)
        .style('fill', THEME.text)
        .text(names[k]);
    }
  });

  const ticks = (span: number) => Math.max(2, Math.floor(span / 70));
  drawAxis(
    plot,
    0,
    h,
    (g) =>
      g.call(
        axisBottom(x)
          .ticks(ticks(w))
          .tickFormat((v) => format(+v)),
      ),
    'x-axis',
  );
  drawAxis(
    plot,
    0,
    0,
    (g) =>
      g.call(
        axisLeft(y)
          .ticks(ticks(h))
          .tickFormat((v) => format(+v)),
      ),
    'y-axis',
  );
  drawAxis(
    plot,
    w,
    0,
    (g) =>
      g.call(
        axisRight(y2)
          .ticks(5)
          .tickFormat((v) => pct(format, +v, 0)),
      ),
    'y2-axis',
  );
  axisTitle(svg, labels.x, m.left + w / 2, box.height - 8);
  axisTitle(svg, labels.y, 14, m.top + h / 2, true);
  axisTitle(svg, labels.cumulative, box.width - 4, m.top + h / 2, true);
  drawLegend(
    svg,
    [
      { label: labels.y, colour: BAR },
      { label: labels.cumulative, colour: CURVE, kind: 'line' },
    ],
    m.left,
    2,
    w,
  );
}
