import { axisBottom, axisLeft, max, range, scaleBand } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { THEME, contrastText } from './palette.ts';
import { drawPAliveLegend, pAliveFill } from './pAliveLegend.ts';
import { chartSize, createSvg, textWidth } from './size.ts';
import { pct } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, PAliveMatrixData, PAliveMatrixOpts } from './types.ts';
import { valueDigits } from './valueDigits.ts';

interface Cell {
  /** Row (index into data.x) and column (index into data.tx). */
  i: number;
  j: number;
  x: number;
  tx: number;
  p: number;
}

/** Arrow key → step in rows (frequency, up = higher) and columns (recency). */
const STEPS = new Map<string, [number, number]>([
  ['ArrowUp', [1, 0]],
  ['ArrowDown', [-1, 0]],
  ['ArrowRight', [0, 1]],
  ['ArrowLeft', [0, -1]],
]);

/**
 * Draws P(alive) as a heatmap: recency t_x (columns, x axis) × frequency x (rows, y axis, 0 at the
 * bottom), one `rect.cell[data-x][data-tx]` per pair filled on a sequential colour-blind-safe scale
 * (plasma, legend ramp 0–100 %); cells where P(alive) is NaN are light grey, without a name or
 * tooltip. Tick labels are thinned so they do not overlap (grids up to about 60 × 60). Cells are not
 * focusable one by one: the SVG is, and the arrow keys move a highlighted cell whose value the
 * tooltip (a live region) shows; hovering or tapping a cell does the same. Height defaults to 360 px.
 */
export function drawPAliveMatrix(
  el: HTMLElement,
  data: PAliveMatrixData,
  opts: PAliveMatrixOpts,
): ChartHandle<PAliveMatrixData, PAliveMatrixOpts> {
  return mountChart(el, 'p-alive-matrix', data, opts, render);
}

function render(root: HTMLDivElement, data: PAliveMatrixData, opts: PAliveMatrixOpts): void {
  const { labels, format } = opts;
  const box = chartSize(root.parentElement ?? root, opts, 360);
  const rows = data.x.length;
  const cols = data.tx.length;
  const xDigits = valueDigits(data.x);
  const txDigits = valueDigits(data.tx);
  const xText = (v: number) => format(v, xDigits);
  const txText = (v: number) => format(v, txDigits);
  const yLabelW = max(data.x, (v) => textWidth(xText(v))) ?? 0;
  const xLabelW = max(data.tx, (v) => textWidth(txText(v))) ?? 0;
  const m = { top: 34, right: 12, bottom: 44, left: Math.max(44, yLabelW + 34) };
  const w = Math.max(10, box.width - m.left - m.right);
  const h = Math.max(10, box.height - m.top - m.bottom);
  const cells: Cell[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      cells.push({ i, j, x: data.x[i], tx: data.tx[j], p: Number(data.p[i * cols + j]) });
    }
  }
  const at = (i: number, j: number): Cell | undefined => cells[i * cols + j];
  const defined = (c: Cell | undefined): c is Cell => c !== undefined && Number.isFinite(c.p);

  const xs = scaleBand<number>().domain(range(cols)).range([0, w]);
  const ys = scaleBand<number>().domain(range(rows)).range([h, 0]);
  const gapX = xs.bandwidth() >= 10 ? 1 : 0;
  const gapY = ys.bandwidth() >= 10 ? 1 : 0;
  const stepX = Math.max(1, Math.ceil((xLabelW + 8) / Math.max(1e-9, xs.step())));
  const stepY = Math.max(1, Math.ceil(14 / Math.max(1e-9, ys.step())));
  const where = (c: Cell) => `x = ${xText(c.x)}, t_x = ${txText(c.tx)}`;
  const name = (c: Cell) => `${where(c)}: ${labels.pAlive} ${pct(format, c.p, 0)}`;

  const svg = createSvg(root, box, `${labels.pAlive}: ${labels.y} × ${labels.x}`);
  svg
    .attr('tabindex', 0)
    .attr('role', 'application')
    .attr('aria-keyshortcuts', 'ArrowLeft ArrowRight ArrowUp ArrowDown');
  const tooltip = createTooltip(root, true);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  const rects = plot
    .append('g')
    .attr('class', 'cells')
    .selectAll('rect')
    .data(cells)
    .join('rect')
    .attr('class', 'cell')
    .attr('data-x', (c) => c.x)
    .attr('data-tx', (c) => c.tx)
    .attr('x', (c) => xs(c.j) ?? 0)
    .attr('y', (c) => ys(c.i) ?? 0)
    .attr('width', Math.max(0.5, xs.bandwidth() - gapX))
    .attr('height', Math.max(0.5, ys.bandwidth() - gapY))
    .attr('fill', (c) => pAliveFill(c.p))
    .filter(defined)
    .attr('role', 'img')
    .attr('aria-label', name);
  if (xs.bandwidth() >= 30 && ys.bandwidth() >= 16) {
    plot
      .append('g')
      .attr('class', 'values')
      .attr('pointer-events', 'none')
      .selectAll('text')
      .data(cells.filter(defined))
      .join('text')
      .attr('x', (c) => (xs(c.j) ?? 0) + (xs.bandwidth() - gapX) / 2)
      .attr('y', (c) => (ys(c.i) ?? 0) + (ys.bandwidth() - gapY) / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'middle')
      .attr('font-size', 10)
      .attr('fill', (c) => contrastText(pAliveFill(c.p)))
      .text((c) => pct(format, c.p, 0));
  }

  const highlight = plot.append('g').attr('class', 'highlight').attr('pointer-events', 'none').attr('display', 'none');
  const ring = [
    highlight.append('rect').attr('fill', 'none').attr('stroke', '#ffffff').attr('stroke-width', 4),
    highlight.append('rect').attr('fill', 'none').style('stroke', THEME.text).attr('stroke-width', 2),
  ];
  let cursor: Cell | null = null;
  const hide = () => {
    highlight.attr('display', 'none');
    tooltip.hide();
  };
  const show = (c: Cell) => {
    cursor = c;
    const [cx, cy] = [xs(c.j) ?? 0, ys(c.i) ?? 0];
    highlight.attr('display', null);
    for (const r of ring) {
      r.attr('x', cx)
        .attr('y', cy)
        .attr('width', Math.max(1, xs.bandwidth() - gapX))
        .attr('height', Math.max(1, ys.bandwidth() - gapY));
    }
    tooltip.show([where(c), `${labels.pAlive}: ${pct(format, c.p, 0)}`], m.left + cx + xs.bandwidth() / 2, m.top + cy);
  };
  /** From the cursor, the next cell with a value in the direction (di, dj); none past the edge. */
  const next = (di: number, dj: number): Cell | undefined => {
    if (!cursor) return cells.find(defined);
    for (let i = cursor.i + di, j = cursor.j + dj; i >= 0 && i < rows && j >= 0 && j < cols; i += di, j += dj) {
      const c = at(i, j);
      if (defined(c)) return c;
    }
    return undefined;
  };

  rects.on('mouseenter click', (_e: MouseEvent, c: Cell) => show(c));
  plot.on('mouseleave', () => tooltip.leave(hide));
  svg.on('blur', hide);
  svg.on('keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape') return hide();
    const step = STEPS.get(e.key);
    if (!step) return;
    e.preventDefault();
    const c = next(step[0], step[1]);
    if (c) show(c);
  });

  drawAxis(
    plot,
    0,
    h,
    (a) =>
      a.call(
        axisBottom(xs)
          .tickValues(range(0, cols, stepX))
          .tickFormat((j) => txText(data.tx[j]))
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
        axisLeft(ys)
          .tickValues(range(0, rows, stepY))
          .tickFormat((i) => xText(data.x[i]))
          .tickSizeOuter(0),
      ),
    'y-axis',
  );
  axisTitle(svg, labels.x, m.left + w / 2, box.height - 8);
  axisTitle(svg, labels.y, 14, m.top + h / 2, true);
  drawPAliveLegend(svg, m.left, 6, labels.pAlive, format);
}
