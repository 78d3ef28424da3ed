import { axisBottom, axisLeft, line, pointer, scaleLinear } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { drawLegend } from './legend.ts';
import { THEME } from './palette.ts';
import { chartSize, createSvg } from './size.ts';
import { pct } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, Format, LorenzData, LorenzOpts } from './types.ts';

const CURVE = '#332288';
const AREA = '#88CCEE';

/** "Gini coefficient: 0.647" — the label, a colon unless it ends with one, and the value with 3 digits. */
export function giniText(label: string, gini: number, format: Format): string {
  const sep = /[:：]\s*$/.test(label) ? ' ' : ': ';
  return `${label.replace(/\s+$/, '')}${sep}${format(gini, 3)}`;
}

/**
 * The curve's revenue share at customer share p (0..1), linear between its points (which are
 * sorted by x); NaN without points. Points with a non-finite coordinate are skipped.
 */
export function lorenzAt(xs: ArrayLike<number>, ys: ArrayLike<number>, p: number): number {
  let prevX = NaN;
  let prevY = NaN;
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const cx = xs[i];
    const cy = ys[i];
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    if (cx >= p) {
      if (!Number.isFinite(prevX) || cx === prevX) return cy;
      return prevY + ((p - prevX) / (cx - prevX)) * (cy - prevY);
    }
    prevX = cx;
    prevY = cy;
  }
  return prevY;
}

/** Customer shares of the focusable points on the curve: 10 %, 20 % … 90 %. */
const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * Draws the Lorenz curve of revenue (`path.lorenz`; x = cumulative share of customers, y = share of
 * revenue, both 0–100 % on a square plot), the equality diagonal (`line.equality`), the area
 * between them shaded and the Gini coefficient as text. Focusable `circle.decile` points on the
 * curve at 10 %, 20 % … 90 % of customers name both shares (keyboard and pointer), and hovering or
 * tapping the plot shows the curve's point nearest to the pointer's x. Height defaults to 360 px.
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
  const values: [number, number][] = [];
  for (let i = 0; i < Math.min(data.x.length, data.y.length); i++) {
    if (Number.isFinite(data.x[i]) && Number.isFinite(data.y[i])) {
      pts.push([x(data.x[i]), y(data.y[i])]);
      values.push([data.x[i], data.y[i]]);
    }
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

  // Details: the point nearest to the pointer's x, and focusable points at the deciles.
  const tooltip = createTooltip(root);
  const tip = ([cx, cy]: [number, number], digits: number) => [
    labels.curve,
    `${labels.x}: ${pct(format, cx, digits)}`,
    `${labels.y}: ${pct(format, cy, 1)}`,
  ];
  plot
    .append('rect')
    .attr('class', 'hover-area')
    .attr('width', side)
    .attr('height', side)
    .attr('fill', 'transparent')
    .on('mousemove click', (e: MouseEvent) => {
      if (!values.length) return;
      const p = x.invert(pointer(e, plot.node())[0]);
      let best = values[0];
      for (const v of values) if (Math.abs(v[0] - p) < Math.abs(best[0] - p)) best = v;
      dot.attr('cx', x(best[0])).attr('cy', y(best[1])).style('display', null);
      const [px, py] = pointer(e, root);
      tooltip.show(tip(best, 1), px, py);
    })
    .on('mouseleave', () =>
      tooltip.leave(() => {
        dot.style('display', 'none');
        tooltip.hide();
      }),
    );
  const deciles: [number, number][] = values.length >= 2 ? DECILES.map((p) => [p, lorenzAt(data.x, data.y, p)]) : [];
  const points = plot
    .append('g')
    .attr('class', 'deciles')
    .selectAll<SVGCircleElement, [number, number]>('circle')
    .data(deciles)
    .join('circle')
    .attr('class', 'decile')
    .attr('cx', (d) => x(d[0]))
    .attr('cy', (d) => y(d[1]))
    .attr('r', 3.5)
    .style('fill', THEME.panel)
    .attr('stroke', CURVE)
    .attr('stroke-width', 1.5);
  const dot = plot
    .append('circle')
    .attr('class', 'hover-dot')
    .attr('r', 4)
    .style('fill', CURVE)
    .attr('pointer-events', 'none')
    .style('display', 'none');
  bindMarks(points, {
    root,
    tooltip,
    label: (d) => tip(d, 0).slice(1).join(', '),
    tip: (d) => tip(d, 0),
    anchor: (d) => [m.left + x(d[0]), m.top + y(d[1])],
  });

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
