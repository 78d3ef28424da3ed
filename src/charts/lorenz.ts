import { axisBottom, axisLeft, line, scaleLinear } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { drawLegend } from './legend.ts';
import { THEME } from './palette.ts';
import { chartSize, createSvg } from './size.ts';
import { pct } from './text.ts';
import type { ChartHandle, Format, LorenzData, LorenzOpts } from './types.ts';

const CURVE = '#332288';
const AREA = '#88CCEE';

/** "Gini coefficient: 0.647" — the label, a colon unless it ends with one, and the value with 3 digits. */
export function giniText(label: string, gini: number, format: Format): string {
  const sep = /[:：]\s*$/.test(label) ? ' ' : ': ';
  return `${label.replace(/\s+$/, '')}${sep}${format(gini, 3)}`;
}

/**
 * Draws the Lorenz curve of revenue (`path.lorenz`; x = cumulative share of customers, y = share of
 * revenue, both 0–100 % on a square plot), the equality diagonal (`line.equality`), the area
 * between them shaded and the Gini coefficient as text. Height defaults to 360 px.
 */
export function drawLorenz(el: HTMLElement, data: LorenzData, opts: LorenzOpts): ChartHandle<LorenzData, LorenzOpts> {
  return mountChart(el, 'lorenz', data, opts, render);
}

function render(root: HTMLDivElement, data: LorenzData, opts: LorenzOpts): void {
  const { labels, format } = opts;
  const box = chartSize(root.parentElement ?? root, opts, 360);
  const m = { top: 32, right: 16, bottom: 46, left: 60 };
  const side = Math.max(40, Math.min(box.width - m.left - m.right, box.height - m.top - m.bottom));
  const x = scaleLinear().domain([0, 1]).range([0, side]);
  const y = scaleLinear().domain([0, 1]).range([side, 0]);
  const pts: [number, number][] = [];
  for (let i = 0; i < Math.min(data.x.length, data.y.length); i++) {
    if (Number.isFinite(data.x[i]) && Number.isFinite(data.y[i])) pts.push([x(data.x[i]), y(data.y[i])]);
  }
  const curve = line()(pts) ?? '';
  const gini = giniText(labels.gini, data.gini, format);

  const svg = createSvg(root, box, `${labels.curve}. ${gini}`);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  plot
    .append('path')
    .attr('class', 'lorenz-area')
    .attr('d', curve ? `${curve}Z` : '')
    .attr('fill', AREA)
    .attr('fill-opacity', 0.45);
  plot
    .append('line')
    .attr('class', 'equality')
    .attr('x1', x(0))
    .attr('y1', y(0))
    .attr('x2', x(1))
    .attr('y2', y(1))
    .style('stroke', THEME.muted)
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '5 4');
  plot
    .append('path')
    .attr('class', 'lorenz')
    .attr('d', curve)
    .attr('fill', 'none')
    .attr('stroke', CURVE)
    .attr('stroke-width', 2);
  plot
    .append('text')
    .attr('class', 'gini')
    .attr('x', x(0.04))
    .attr('y', y(0.92))
    .attr('font-size', 13)
    .attr('font-weight', 600)
    .style('fill', THEME.text)
    .text(gini);

  const tick = (v: number | { valueOf(): number }) => pct(format, +v, 0);
  drawAxis(plot, 0, side, (g) => g.call(axisBottom(x).ticks(5).tickFormat(tick)), 'x-axis');
  drawAxis(plot, 0, 0, (g) => g.call(axisLeft(y).ticks(5).tickFormat(tick)), 'y-axis');
  axisTitle(svg, labels.x, m.left + side / 2, m.top + side + 38);
  axisTitle(svg, labels.y, 14, m.top + side / 2, true);
  drawLegend(
    svg,
    [
      { label: labels.curve, colour: CURVE, kind: 'line' },
      { label: labels.equality, colour: '#5a6270', kind: 'dashed' },
    ],
    m.left,
    4,
    box.width - m.left - m.right,
  );
}
