import { axisBottom, axisLeft, max, min, range, scaleBand, select } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { THEME, contrastText } from './palette.ts';
import { cellFill, drawGridLegend, niceFloor } from './rfmGridLegend.ts';
import { chartSize, createSvg } from './size.ts';
import { num } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, RfmGridData, RfmGridOpts } from './types.ts';

interface Cell {
  r: number;
  f: number;
  count: number;
  avg: number;
}

/**
 * Draws the RFM grid: recency score (x, 1..rGrades) × frequency score (y, 1..fGrades, 1 at the
 * bottom), one focusable `rect.cell` per score pair showing its customer count as a colour
 * ('colour') or as a square whose area ∝ count ('size'); average monetary (currency) in the
 * tooltip. Click/Enter selects a cell (opts.onSelect). Height defaults to 360 px. update() redraws;
 * when the focus was in the chart, it goes back to the cell with the same scores (clamped to the new
 * grades), so selecting with Enter keeps the keyboard position.
 */
export function drawRfmGrid(
  el: HTMLElement,
  data: RfmGridData,
  opts: RfmGridOpts,
): ChartHandle<RfmGridData, RfmGridOpts> {
  let root: HTMLDivElement | null = null;
  const chart = mountChart(el, 'rfm-grid', data, opts, (r, d, o) => {
    root = r;
    render(r, d, o);
  });
  return {
    update(d, o) {
      const active = el.ownerDocument.activeElement;
      const had = root !== null && active !== null && root.contains(active);
      const cell =
        had && active.matches('rect.cell')
          ? [Number(active.getAttribute('data-r')), Number(active.getAttribute('data-f'))]
          : null;
      chart.update(d, o);
      if (!had || !root) return;
      const [r, f] = cell ?? [1, 1];
      const clamp = (v: number, n: number) => Math.min(Math.max(1, Number.isFinite(v) ? v : 1), Math.max(1, n));
      const target = root.querySelector<SVGElement>(
        `rect.cell[data-r="${clamp(r, d.rGrades)}"][data-f="${clamp(f, d.fGrades)}"]`,
      );
      target?.focus({ preventScroll: true });
    },
    destroy: () => chart.destroy(),
  };
}

function render(root: HTMLDivElement, data: RfmGridData, opts: RfmGridOpts): void {
  const { rGrades, fGrades } = data;
  const { labels, format } = opts;
  const box = chartSize(root.parentElement ?? root, opts, 360);
  const m = { top: 34, right: 12, bottom: 44, left: 52 };
  const w = box.width - m.left - m.right;
  const h = box.height - m.top - m.bottom;
  const rTick = (r: number) => data.rTickLabels?.[r - 1] ?? String(r);
  const cells: Cell[] = [];
  for (let r = 1; r <= rGrades; r++) {
    for (let f = 1; f <= fGrades; f++) {
      const i = (r - 1) * fGrades + (f - 1);
      cells.push({ r, f, count: Number(data.count[i]) || 0, avg: Number(data.avgMonetary[i]) });
    }
  }
  const sel = data.selected ?? null;
  const isSelected = (c: Cell) => sel !== null && sel.r === c.r && sel.f === c.f;
  cells.sort((a, b) => Number(isSelected(a)) - Number(isSelected(b)));

  const x = scaleBand<number>()
    .domain(range(1, rGrades + 1))
    .range([0, w]);
  const y = scaleBand<number>()
    .domain(range(fGrades, 0, -1))
    .range([0, h]);
  const maxCount = max(cells, (c) => c.count) ?? 0;
  const minCount = min(cells, (c) => c.count) ?? 0;
  const lo = minCount < maxCount ? minCount : 0;
  const t = (c: number) => (maxCount > lo ? (c - lo) / (maxCount - lo) : 0);
  const maxSide = Math.max(0, Math.min(x.bandwidth(), y.bandwidth()) * 0.9 - 2);
  const side = (c: number) => (maxCount > 0 ? maxSide * Math.sqrt(Math.max(0, c) / maxCount) : 0);

  const svg = createSvg(root, box, `${labels.x} × ${labels.y}`);
  const tooltip = createTooltip(root);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  const cellLabel = (c: Cell) =>
    `R ${rTick(c.r)}, F ${c.f}: ${format(c.count)} ${labels.count}, ${labels.avgMonetary} ${num(format, c.avg, 1)}`;
  const fill = (c: Cell) => (opts.encode === 'colour' ? cellFill(t(c.count)) : '#f1f3f6');

  const g = plot
    .selectAll('g.cell-group')
    .data(cells)
    .join('g')
    .attr('class', 'cell-group')
    .attr('transform', (c) => `translate(${x(c.r) ?? 0},${y(c.f) ?? 0})`);
  const rects = g
    .append('rect')
    .attr('class', (c) => (isSelected(c) ? 'cell selected' : 'cell'))
    .attr('data-r', (c) => c.r)
    .attr('data-f', (c) => c.f)
    .attr('x', 1)
    .attr('y', 1)
    .attr('width', Math.max(0, x.bandwidth() - 2))
    .attr('height', Math.max(0, y.bandwidth() - 2))
    .attr('fill', fill)
    .attr('aria-pressed', (c) => (isSelected(c) ? 'true' : 'false'))
    .style('stroke', (c) => (isSelected(c) ? THEME.text : opts.encode === 'size' ? THEME.line : 'none'))
    .attr('stroke-width', (c) => (isSelected(c) ? 3 : 1));
  bindMarks(rects, {
    root,
    tooltip,
    label: cellLabel,
    tip: (c) => [
      `R ${rTick(c.r)}, F ${c.f}`,
      `${labels.count}: ${format(c.count)}`,
      `${labels.avgMonetary}: ${num(format, c.avg, 1)}`,
    ],
    anchor: (c) => [m.left + (x(c.r) ?? 0) + x.bandwidth() / 2, m.top + (y(c.f) ?? 0)],
    activate: (c) => opts.onSelect?.(isSelected(c) ? null : { r: c.r, f: c.f }),
  });
  if (opts.encode === 'size') {
    g.append('rect')
      .attr('class', 'mark')
      .attr('x', (c) => (x.bandwidth() - side(c.count)) / 2)
      .attr('y', (c) => (y.bandwidth() - side(c.count)) / 2)
      .attr('width', (c) => side(c.count))
      .attr('height', (c) => side(c.count))
      .style('fill', THEME.accent)
      .attr('pointer-events', 'none');
  } else if (x.bandwidth() >= 24 && y.bandwidth() >= 14) {
    g.append('text')
      .attr('class', 'count')
      .attr('x', x.bandwidth() / 2)
      .attr('y', y.bandwidth() / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'middle')
      .attr('font-size', Math.min(14, y.bandwidth() * 0.35))
      .attr('fill', (c) => contrastText(fill(c)))
      .attr('pointer-events', 'none')
      .text((c) => format(c.count));
  }
  g.filter(isSelected).each(function () {
    select(this).raise();
  });

  drawAxis(plot, 0, h, (a) => a.call(axisBottom(x).tickFormat(rTick).tickSizeOuter(0)), 'x-axis');
  drawAxis(plot, 0, 0, (a) => a.call(axisLeft(y).tickSizeOuter(0)), 'y-axis');
  axisTitle(svg, labels.x, m.left + w / 2, box.height - 8);
  axisTitle(svg, labels.y, 14, m.top + h / 2, true);

  const refs = [niceFloor(Math.min(maxCount, maxCount * (24 / Math.max(1, maxSide)) ** 2))];
  refs.push(niceFloor(refs[0] / 4), niceFloor(refs[0] / 16));
  drawGridLegend(svg, m.left, 6, {
    encode: opts.encode,
    title: labels.count,
    lo,
    hi: maxCount,
    format,
    refs: [...new Set(refs)].filter((c) => c >= 1 && maxCount > 0),
    side,
  });
}
