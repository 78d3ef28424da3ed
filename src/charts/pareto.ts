import { axisBottom, axisLeft, axisRight, line, max, pointer, scaleLinear, select } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { drawLegend } from './legend.ts';
import { THEME } from './palette.ts';
import { MAX_BARS, binAt, classStarts, cumulativePoints, paretoBins, revenueBefore } from './paretoMath.ts';
import type { ParetoBin } from './paretoMath.ts';
import { chartSize, createSvg } from './size.ts';
import { pct } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, ParetoData, ParetoOpts } from './types.ts';

const BAR = '#88CCEE';
const BAR_HOVER = '#3b8fb8';
const CURVE = '#882255';

/** A focusable marker: where class k begins (on the cumulative line) or the cut line k. */
interface Marker {
  kind: 'class' | 'cut';
  k: number;
  /** Tooltip lines; the accessible name is them joined. */
  lines: string[];
  /** Where the tooltip goes on keyboard focus (plot pixels). */
  at: [number, number];
}

/** Fills {name} placeholders of a (translated) template; unknown ones stay. */
function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m);
}

/**
 * Draws the Pareto chart: customers ranked by revenue (x, count), bars of revenue per customer
 * (currency, left axis; the mean per bin when there are more than 300 customers), the cumulative
 * revenue share (`path.cumulative`, right axis 0–100 %), dashed lines at the ABC cuts and markers
 * where classes B and C begin. Details for keyboard and pointer: a focusable `circle.class-start`
 * on the line where each non-empty class begins and a focusable `line.cut-mark` over each cut line
 * (tooltip and accessible name: the first customer of the class, its rank share and the cumulative
 * revenue share there), and hovering or tapping the plot shows the bar under the pointer (ranks,
 * revenue, cumulative share). Height defaults to 360 px.
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

  const cum = revenueBefore(data.sortedRevenue);
  const total = cum[n];
  const shareBefore = (rank: number) => (total > 0 ? cum[rank] / total : 0);
  const names = [labels.classA, labels.classB, labels.classC];
  const classStart = labels.classStart ?? 'Class {class} starts at customer {rank} ({share} of customers)';
  const cumText = (share: number) => `${labels.cumulative}: ${pct(format, share)}`;
  const ends = [starts[1], starts[2], n];
  const startText = (k: number) =>
    fill(classStart, { class: names[k], rank: format(starts[k] + 1), share: pct(format, (starts[k] + 1) / n) });

  const svg = createSvg(root, box, `${labels.y}, ${labels.cumulative}`);
  const tooltip = createTooltip(root);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  const bars = plot
    .append('g')
    .attr('class', 'bars')
    .selectAll<SVGRectElement, ParetoBin>('rect')
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
  starts.forEach((start, k) => {
    const end = ends[k];
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

  // Pointer details of the bar under the pointer (bars may be thinner than a pixel).
  const barTip = (b: ParetoBin) => {
    const count = b.end - b.start;
    const ranks = count > 1 ? `${format(b.start + 1)}–${format(b.end)}` : format(b.start + 1);
    const sum = cum[b.end] - cum[b.start];
    const lines = [`${labels.x}: ${ranks}`, `${labels.y}: ${format(sum, 2)}`];
    if (count > 1) lines.push(`${labels.meanRevenue ?? `${labels.y} (mean per customer)`}: ${format(b.value, 2)}`);
    return [...lines, cumText(shareBefore(b.end))];
  };
  let hot: SVGRectElement | null = null;
  const unhover = () => {
    if (hot) select(hot).attr('fill', BAR);
    hot = null;
  };
  plot
    .append('rect')
    .attr('class', 'hover-area')
    .attr('width', w)
    .attr('height', h)
    .attr('fill', 'transparent')
    .on('mousemove click', (e: MouseEvent) => {
      const i = binAt(bins, Math.floor(x.invert(pointer(e, plot.node())[0])));
      unhover();
      if (i < 0) {
        tooltip.hide();
        return;
      }
      hot = bars.nodes()[i];
      select(hot).attr('fill', BAR_HOVER);
      const [px, py] = pointer(e, root);
      tooltip.show(barTip(bins[i]), px, py);
    })
    .on('mouseleave', () =>
      tooltip.leave(() => {
        unhover();
        tooltip.hide();
      }),
    );

  // Keyboard-reachable details: the cut lines, then where each non-empty class begins.
  const markers: Marker[] = [];
  data.cuts.forEach((cut, k) => {
    const next = [k + 1, k + 2].find((j) => j <= 2 && ends[j] > starts[j]);
    const lines = [`${labels.cumulative}: ${pct(format, cut, 0)}`];
    if (next !== undefined) lines.push(startText(next));
    markers.push({ kind: 'cut', k, lines, at: [w - 40, y2(cut)] });
  });
  starts.forEach((start, k) => {
    if (ends[k] > start) {
      const at: [number, number] = [x(start), y2(shareBefore(start))];
      markers.push({ kind: 'class', k, lines: [startText(k), cumText(shareBefore(start))], at });
    }
  });
  const marks = plot.append('g').attr('class', 'markers');
  const cutMarks = marks
    .selectAll<SVGLineElement, Marker>('line')
    .data(markers.filter((d) => d.kind === 'cut'))
    .join('line')
    .attr('class', 'cut-mark')
    .attr('data-k', (d) => d.k)
    .attr('x2', w)
    .attr('y1', (d) => d.at[1])
    .attr('y2', (d) => d.at[1])
    .attr('stroke', 'transparent')
    .attr('stroke-width', 9)
    .attr('pointer-events', 'stroke');
  const classMarks = marks
    .selectAll<SVGCircleElement, Marker>('circle')
    .data(markers.filter((d) => d.kind === 'class'))
    .join('circle')
    .attr('class', 'class-start')
    .attr('data-k', (d) => d.k)
    .attr('cx', (d) => d.at[0])
    .attr('cy', (d) => d.at[1])
    .attr('r', 4.5)
    .style('fill', THEME.panel)
    .attr('stroke', CURVE)
    .attr('stroke-width', 2);
  const behaviour = {
    root,
    tooltip,
    label: (d: Marker) => d.lines.join(', '),
    tip: (d: Marker) => d.lines,
    anchor: (d: Marker): [number, number] => [m.left + d.at[0], m.top + d.at[1]],
  };
  bindMarks(cutMarks, behaviour);
  bindMarks(classMarks, behaviour);

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
