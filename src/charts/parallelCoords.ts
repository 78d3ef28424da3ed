import { axisLeft, line, max, min, pointer, range, scalePoint, scaleLinear, select } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { drawLegend, legendLayout } from './legend.ts';
import type { LegendItem } from './legend.ts';
import { THEME } from './palette.ts';
import { chartSize, createSvg, textWidth } from './size.ts';
import { num } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, ParallelCoordsData, ParallelCoordsOpts } from './types.ts';
import { valueDigits } from './valueDigits.ts';
import { wrapText } from './wrapText.ts';

type Line = ParallelCoordsData['lines'][number];

/** One dot: a cluster's value on one feature axis. */
interface Dot {
  line: Line;
  j: number;
  v: number;
}

/** Lines of a feature name under its axis, their height, and the stroke widths of lines and dots. */
const MAX_LABEL_LINES = 3;
const LABEL_LINE = 14;
const WIDTH = 2.5;
const WIDTH_SELECTED = 5;

const finite = (v: number) => Number.isFinite(v);

/**
 * Draws cluster centroids as parallel coordinates: one vertical axis per feature (in the given
 * order, named under it; long or East Asian names wrap onto up to three lines and are shortened to
 * the room between axes), one shared y scale in standard units (z-scores, at least −1..1, ticks and
 * the labels.value title on the left) with a dashed `line.zero`, and per cluster a polyline
 * `path.line[data-index]` in its colour with a `circle.dot[data-index][data-feature]` on each axis
 * (gaps at non-finite values). Each line is focusable; its name and tooltip give the cluster's
 * label, size and every feature's value (2 decimals), on hover, tap and focus. Click, Enter or Space calls
 * opts.onSelect(index), or onSelect(null) on the selected line (data.selected), which is drawn thick
 * and on top while the others fade. The legend lists the clusters with their sizes. Height
 * defaults to 360 px.
 */
export function drawParallelCoords(
  el: HTMLElement,
  data: ParallelCoordsData,
  opts: ParallelCoordsOpts,
): ChartHandle<ParallelCoordsData, ParallelCoordsOpts> {
  return mountChart(el, 'parallel-coords', data, opts, render);
}

function render(root: HTMLDivElement, data: ParallelCoordsData, opts: ParallelCoordsOpts): void {
  const { labels, format } = opts;
  const box = chartSize(root.parentElement ?? root, opts, 360);
  const { features, lines } = data;
  const nf = features.length;
  const sel = data.selected ?? null;
  const isSelected = (l: Line) => sel !== null && l.index === sel;
  const anySelected = lines.some(isSelected);
  const value = (l: Line, j: number) => Number(l.values[j]);
  const sizeText = (l: Line) => `${labels.size}: ${num(format, l.size, 0)}`;

  const items: LegendItem[] = lines.map((l) => ({ label: `${l.label} (${num(format, l.size, 0)})`, colour: l.colour }));
  const legendW = Math.max(80, box.width - 120);
  const top = legendLayout(items, legendW).height + 16;

  const all = lines.flatMap((l) => range(nf).map((j) => value(l, j))).filter(finite);
  const y0 = Math.min(-1, min(all) ?? 0);
  const y1 = Math.max(1, max(all) ?? 0);
  // The height is needed for the ticks, the ticks for the left margin, the margin for the label width.
  const guessH = Math.max(10, box.height - top - 20 - MAX_LABEL_LINES * LABEL_LINE);
  const y = scaleLinear().domain([y0, y1]).nice().range([guessH, 0]);
  const yTicks = y.ticks(Math.max(2, Math.floor(guessH / 40)));
  const yDigits = valueDigits(yTicks);
  const left = Math.min(120, Math.max(44, (max(yTicks, (v) => textWidth(format(v, yDigits))) ?? 0) + 34));
  const right = 16;
  const w = Math.max(10, box.width - left - right);
  const x = scalePoint<number>().domain(range(nf)).range([0, w]).padding(0.5);
  const room = Math.max(24, (nf ? w / nf : w) - 12);
  const names = features.map((f) => wrapText(f, room, MAX_LABEL_LINES));
  const labelLines = Math.max(1, max(names, (n) => n.length) ?? 1);
  const bottom = labelLines * LABEL_LINE + 14;
  const h = Math.max(10, box.height - top - bottom);
  y.range([h, 0]);
  const m = { top, right, bottom, left };
  const ax = (j: number) => x(j) ?? 0;

  const facts = (l: Line) => [sizeText(l), ...features.map((f, j) => `${f}: ${num(format, value(l, j), 2)}`)];
  const path = (l: Line) =>
    line<number>()
      .defined((j) => finite(value(l, j)))
      .x(ax)
      .y((j) => y(value(l, j)))(range(nf)) ?? '';
  /** Where the tooltip goes on keyboard focus: the line's highest point (root pixels). */
  const anchor = (l: Line): [number, number] => {
    let best: [number, number] = [m.left + w / 2, m.top];
    let bestY = Infinity;
    for (let j = 0; j < nf; j++) {
      const v = value(l, j);
      if (finite(v) && y(v) < bestY) {
        bestY = y(v);
        best = [m.left + ax(j), m.top + bestY];
      }
    }
    return best;
  };
  const activate = (l: Line) => opts.onSelect?.(isSelected(l) ? null : l.index);

  const svg = createSvg(root, box, `${labels.value}: ${features.join(', ')}`);
  const tooltip = createTooltip(root);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  drawAxis(
    plot,
    0,
    0,
    (a) =>
      a.call(
        axisLeft(y)
          .tickValues(yTicks)
          .tickFormat((v) => format(+v, yDigits))
          .tickSizeOuter(0),
      ),
    'y-axis',
  );
  plot
    .append('line')
    .attr('class', 'zero')
    .attr('x1', 0)
    .attr('x2', w)
    .attr('y1', y(0))
    .attr('y2', y(0))
    .style('stroke', THEME.muted)
    .attr('stroke-dasharray', '4 3');

  const axes = plot
    .append('g')
    .attr('class', 'feature-axes')
    .selectAll('g')
    .data(features.map((f, j) => ({ f, j })))
    .join('g')
    .attr('class', 'feature-axis')
    .attr('data-feature', (d) => d.j)
    .attr('transform', (d) => `translate(${ax(d.j)},0)`);
  axes.append('line').attr('y1', 0).attr('y2', h).style('stroke', THEME.muted).attr('stroke-width', 1);
  const featureLabel = axes
    .append('text')
    .attr('class', 'feature-label')
    .attr('text-anchor', 'middle')
    .style('fill', THEME.text);
  featureLabel
    .selectAll('tspan')
    .data((d) => names[d.j])
    .join('tspan')
    .attr('x', 0)
    .attr('y', (_t, k) => h + 16 + k * LABEL_LINE)
    .text((t) => t);
  featureLabel
    .filter((d) => names[d.j].join(' ') !== d.f.trim().replace(/\s+/g, ' '))
    .append('title')
    .text((d) => d.f);

  // Clusters: wide invisible strokes for the pointer, then the visible lines and dots.
  const groups = plot
    .append('g')
    .attr('class', 'lines')
    .selectAll('g')
    .data(lines)
    .join('g')
    .attr('class', (l) => (isSelected(l) ? 'cluster selected' : 'cluster'))
    .attr('opacity', (l) => (anySelected && !isSelected(l) ? 0.3 : 1));
  groups
    .append('path')
    .attr('class', 'hit')
    .attr('aria-hidden', 'true')
    .attr('d', path)
    .attr('fill', 'none')
    .attr('stroke', 'transparent')
    .attr('stroke-width', 14)
    .attr('stroke-linejoin', 'round')
    .style('cursor', opts.onSelect ? 'pointer' : 'default')
    .on('mouseenter mousemove click', (e: MouseEvent, l) => {
      const [px, py] = pointer(e, root);
      tooltip.show([l.label, ...facts(l)], px, py);
      if (e.type === 'click') activate(l);
    })
    .on('mouseleave', () => tooltip.leave());
  const paths = groups
    .append('path')
    .attr('class', (l) => (isSelected(l) ? 'line selected' : 'line'))
    .attr('data-index', (l) => l.index)
    .attr('d', path)
    .attr('fill', 'none')
    .attr('stroke', (l) => l.colour)
    .attr('stroke-width', (l) => (isSelected(l) ? WIDTH_SELECTED : WIDTH))
    .attr('stroke-linejoin', 'round')
    .attr('stroke-linecap', 'round')
    .attr('aria-pressed', (l) => (opts.onSelect ? String(isSelected(l)) : null));
  bindMarks(paths, {
    root,
    tooltip,
    label: (l) => `${l.label}: ${facts(l).join(', ')}`,
    tip: (l) => [l.label, ...facts(l)],
    anchor,
    activate: opts.onSelect ? activate : undefined,
  });
  groups
    .append('g')
    .attr('class', 'dots')
    .attr('pointer-events', 'none')
    .selectAll('circle')
    .data((l) =>
      range(nf)
        .map((j): Dot => ({ line: l, j, v: value(l, j) }))
        .filter((d) => finite(d.v)),
    )
    .join('circle')
    .attr('class', 'dot')
    .attr('data-index', (d) => d.line.index)
    .attr('data-feature', (d) => d.j)
    .attr('cx', (d) => ax(d.j))
    .attr('cy', (d) => y(d.v))
    .attr('r', (d) => (isSelected(d.line) ? 5 : 3.5))
    .attr('fill', (d) => d.line.colour)
    .style('stroke', THEME.panel)
    .attr('stroke-width', 1);
  groups.filter(isSelected).each(function () {
    select(this).raise();
  });

  axisTitle(svg, labels.value, 14, m.top + h / 2, true);
  drawLegend(svg, items, m.left, 4, legendW);
}
