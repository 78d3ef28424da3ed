import { max, min, range } from 'd3';
import { axisTitle } from './axes.ts';
import { mountChart } from './handle.ts';
import { THEME, contrastText } from './palette.ts';
import { cellFill, divergingFill, drawGridLegend } from './rfmGridLegend.ts';
import { chartSize, createSvg, fitText, textWidth } from './size.ts';
import { createTooltip } from './tooltip.ts';
import type { BaseOpts, ChartHandle } from './types.ts';

/** A grid of numbers: rows × columns, row-major, NaN for an empty cell. */
export interface HeatmapData {
  /** Row labels, top to bottom. */
  rows: string[];
  /** Column labels, left to right. */
  cols: string[];
  /** Values, row-major: row i, column j at i × cols.length + j; NaN = empty (blank, not focusable). */
  values: ArrayLike<number>;
  /** The highlighted cell, if any. */
  selected?: { row: number; col: number } | null;
}

export interface HeatmapOpts extends BaseOpts {
  labels: {
    /** The chart's accessible name. */
    name: string;
    /** Titles of the column axis (x) and the row axis (y), and of the colour legend. */
    x: string;
    y: string;
    value: string;
  };
  /** A value as text, for the cells, tooltips, names and the legend (e.g. "36.6 %"). */
  valueText: (v: number) => string;
  /** Values at the light and dark ends of the colour scale; default the smallest and largest value. Clamped. */
  domain?: [number, number];
  /**
   * A diverging scale around `mid` instead (e.g. a lift around 1): red below, blue above, on a log
   * scale symmetric about mid (½ and 2 equally far from 1), reaching as far as the farther end of the
   * domain. Values ≤ 0 take the reddest colour.
   */
  diverging?: { mid: number };
  /** Write the values in the cells when the widest fits (default true): all cells or none. */
  cellText?: boolean;
  /** The value as written in a cell, when it should be shorter than valueText (e.g. "37 %"). */
  shortText?: (v: number) => string;
  /** More tooltip lines for a cell (row, column), e.g. the counts behind a share. */
  details?: (row: number, col: number) => string[];
  /** Click, Enter or Space on a cell; null when the selected cell is chosen again. */
  onSelect?: (cell: { row: number; col: number } | null) => void;
  /**
   * Write the column labels upwards (rotated, each cut to 120 px) when they do not fit across their
   * cells, instead of leaving every other one out (default false).
   */
  uprightColumnLabels?: boolean;
  /** Pixel height of a row when no height is given (default 28). */
  rowHeight?: number;
  /**
   * Smallest cell width and height in pixels (default 0), e.g. 44 for touch targets: a grid too wide
   * for the width is drawn wider and scrolls sideways inside the chart.
   */
  minCell?: number;
}

interface Cell {
  i: number;
  j: number;
  v: number;
}

/** Longest upright column label in pixels (longer ones are cut with an ellipsis). */
const COL_LABEL_MAX = 120;

const KEYS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Draws a heatmap: one `rect.cell[data-row][data-col]` per cell, filled on a sequential blue scale (or a
 * diverging red–blue one around opts.diverging.mid)
 * (legend ramp with the domain's ends as text), row labels on the left, column labels above,
 * thinned when they would overlap. Empty (NaN) cells are left blank with no name. The value is
 * written in the cells when it fits in all of them (opts.shortText can shorten it). Cells with a value are named "row, column: value" and reachable
 * by keyboard as one tab stop: the arrow keys (Home/End along the row) move between them, focus
 * and hover show the tooltip (a live region), and click, Enter or Space call opts.onSelect, so the
 * details never depend on hovering. update() redraws and keeps the keyboard focus on the same cell.
 * Height defaults to rowHeight (28 px, at least minCell) per row plus the margins.
 */
export function drawHeatmap(
  el: HTMLElement,
  data: HeatmapData,
  opts: HeatmapOpts,
): ChartHandle<HeatmapData, HeatmapOpts> {
  let root: HTMLDivElement | null = null;
  const chart = mountChart(el, 'heatmap', data, opts, (r, d, o) => {
    root = r;
    render(r, d, o);
  });
  return {
    update(d, o) {
      const active = el.ownerDocument.activeElement;
      const at =
        root && active && root.contains(active) && active.matches('rect.cell')
          ? `rect.cell[data-row="${active.getAttribute('data-row')}"][data-col="${active.getAttribute('data-col')}"]`
          : null;
      chart.update(d, o);
      if (at && root) root.querySelector<SVGElement>(at)?.focus({ preventScroll: true });
    },
    destroy: () => chart.destroy(),
  };
}

function render(root: HTMLDivElement, data: HeatmapData, opts: HeatmapOpts): void {
  const { labels, valueText } = opts;
  const nRows = data.rows.length;
  const nCols = data.cols.length;
  // The 1 px gap between cells comes on top, so a drawn cell is at least minCell.
  const minCell = opts.minCell ? opts.minCell + 1 : 0;
  const rowHeight = Math.max(opts.rowHeight ?? 28, minCell);
  const m = { top: 58, right: 12, bottom: 30, left: 0 };
  const box = chartSize(root.parentElement ?? root, opts, Math.max(120, nRows * rowHeight + m.top + m.bottom));
  const widest = max(data.rows, (s) => textWidth(s)) ?? 0;
  m.left = Math.round(Math.min(box.width * 0.35, widest + 8) + 28);
  const needed = Math.ceil(m.left + m.right + nCols * minCell);
  const scrolls = box.width < needed;
  if (scrolls) box.width = needed;
  root.style.overflowX = scrolls ? 'auto' : '';
  const w = Math.max(10, box.width - m.left - m.right);
  const cw = nCols ? w / nCols : w;
  // Column labels too wide for their cells: written upwards (cut to COL_LABEL_MAX) instead of thinned.
  const widestCol = max(data.cols, (s) => textWidth(s)) ?? 0;
  const upright = opts.uprightColumnLabels === true && widestCol + 6 > cw;
  if (upright) {
    const top = 40 + Math.min(COL_LABEL_MAX, widestCol);
    if (opts.height === undefined) box.height += top - m.top;
    m.top = top;
  }
  const h = Math.max(10, box.height - m.top - m.bottom);
  const ch = nRows ? h / nRows : h;
  const gap = cw >= 10 && ch >= 10 ? 1 : 0;

  const cells: Cell[] = [];
  for (let i = 0; i < nRows; i++)
    for (let j = 0; j < nCols; j++) cells.push({ i, j, v: Number(data.values[i * nCols + j]) });
  const defined = cells.filter((c) => Number.isFinite(c.v));
  const lo = opts.domain?.[0] ?? min(defined, (c) => c.v) ?? 0;
  const hi = opts.domain?.[1] ?? max(defined, (c) => c.v) ?? 1;
  // Diverging: t = 0.5 + 0.5 · log(v / mid) / reach, reach = the larger log distance of lo and hi from mid.
  const mid = opts.diverging?.mid ?? 0;
  const reach = opts.diverging
    ? Math.max(Math.abs(Math.log(hi / mid)), lo > 0 ? Math.abs(Math.log(mid / lo)) : 0, Math.log(1.25))
    : 0;
  const fill = opts.diverging
    ? (v: number) => divergingFill(v > 0 ? 0.5 + (0.5 * Math.log(v / mid)) / reach : 0)
    : (v: number) => cellFill(hi > lo ? (v - lo) / (hi - lo) : 1);
  const sel = data.selected ?? null;
  const isSelected = (c: Cell) => sel !== null && sel.row === c.i && sel.col === c.j;
  const name = (c: Cell) => `${data.rows[c.i]}, ${data.cols[c.j]}: ${valueText(c.v)}`;
  const tip = (c: Cell) => [
    `${data.rows[c.i]}, ${data.cols[c.j]}`,
    `${labels.value}: ${valueText(c.v)}`,
    ...(opts.details?.(c.i, c.j) ?? []),
  ];

  const svg = createSvg(root, box, labels.name);
  const tooltip = createTooltip(root, true);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  const rects = plot
    .append('g')
    .attr('class', 'cells')
    .selectAll('rect')
    .data(cells)
    .join('rect')
    .attr('class', (c) => (isSelected(c) ? 'cell selected' : 'cell'))
    .attr('data-row', (c) => c.i)
    .attr('data-col', (c) => c.j)
    .attr('x', (c) => c.j * cw)
    .attr('y', (c) => c.i * ch)
    .attr('width', Math.max(0.5, cw - gap))
    .attr('height', Math.max(0.5, ch - gap))
    .attr('fill', (c) => (Number.isFinite(c.v) ? fill(c.v) : 'none'))
    // The diverging scale's middle is near the panel's colour: outline the cells.
    .attr('stroke', (c) => (opts.diverging && Number.isFinite(c.v) && !isSelected(c) ? THEME.line : null));
  // The selected cell last, so its outline is drawn over its neighbours.
  rects.filter(isSelected).raise();
  const marks = rects.filter((c) => Number.isFinite(c.v));
  const first = defined.find(isSelected) ?? defined[0];
  marks
    .attr('role', opts.onSelect ? 'button' : 'img')
    .attr('aria-label', name)
    .attr('aria-pressed', (c) => (opts.onSelect ? String(isSelected(c)) : null))
    .attr('tabindex', (c) => (c === first ? 0 : -1))
    .style('cursor', opts.onSelect ? 'pointer' : 'default')
    .style('stroke', (c) => (isSelected(c) ? THEME.text : null))
    .attr('stroke-width', (c) => (isSelected(c) ? 3 : null));

  const short = opts.shortText ?? valueText;
  // All cells or none, so a blank cell never means something other than "no value".
  const fits = ch >= 14 && defined.every((c) => textWidth(short(c.v)) + 4 <= cw - gap);
  if (opts.cellText !== false && fits) {
    plot
      .append('g')
      .attr('class', 'values')
      .attr('pointer-events', 'none')
      .selectAll('text')
      .data(defined)
      .join('text')
      .attr('x', (c) => c.j * cw + (cw - gap) / 2)
      .attr('y', (c) => c.i * ch + (ch - gap) / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'middle')
      .attr('fill', (c) => contrastText(fill(c.v)))
      .text((c) => short(c.v));
  }

  const anchor = (c: Cell): [number, number] => [m.left + c.j * cw + cw / 2, m.top + c.i * ch];
  const at = new Map(defined.map((c) => [c.i * nCols + c.j, c]));
  const nodeOf = (c: Cell) => root.querySelector<SVGRectElement>(`rect.cell[data-row="${c.i}"][data-col="${c.j}"]`);
  /** The next cell with a value from c in direction (di, dj); undefined past the edge. */
  const step = (c: Cell, di: number, dj: number): Cell | undefined => {
    for (let i = c.i + di, j = c.j + dj; i >= 0 && i < nRows && j >= 0 && j < nCols; i += di, j += dj) {
      const next = at.get(i * nCols + j);
      if (next) return next;
    }
    return undefined;
  };
  const moveTo = (from: Cell, to: Cell | undefined) => {
    if (!to) return;
    nodeOf(from)?.setAttribute('tabindex', '-1');
    const node = nodeOf(to);
    node?.setAttribute('tabindex', '0');
    node?.focus();
  };
  const activate = (c: Cell) => opts.onSelect?.(isSelected(c) ? null : { row: c.i, col: c.j });
  marks
    .on('click', (_e: MouseEvent, c: Cell) => activate(c))
    .on('keydown', (e: KeyboardEvent, c: Cell) => {
      const dir = KEYS[e.key];
      if (dir) {
        e.preventDefault();
        moveTo(c, step(c, dir[0], dir[1]));
      } else if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        const row = defined.filter((d) => d.i === c.i);
        moveTo(c, e.key === 'Home' ? row[0] : row[row.length - 1]);
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate(c);
      } else if (e.key === 'Escape') tooltip.hide();
    })
    .on('mouseenter focus', (_e: Event, c: Cell) => tooltip.show(tip(c), ...anchor(c)))
    .on('mouseleave blur', () => tooltip.hide());

  const rowLabelWidth = m.left - 28;
  plot
    .append('g')
    .attr('class', 'row-labels')
    .selectAll('text')
    .data(range(nRows))
    .join('text')
    .attr('x', -6)
    .attr('y', (i) => i * ch + (ch - gap) / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .style('fill', THEME.text)
    .text((i) => fitText(data.rows[i], rowLabelWidth));
  const colStep = upright ? 1 : Math.max(1, Math.ceil((widestCol + 6) / Math.max(1e-9, cw)));
  const colLabels = plot
    .append('g')
    .attr('class', 'col-labels')
    .selectAll('text')
    .data(range(0, nCols, colStep))
    .join('text');
  if (upright) {
    colLabels
      .attr('transform', (j) => `translate(${j * cw + (cw - gap) / 2},-6) rotate(-90)`)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'start')
      .style('fill', THEME.text)
      .text((j) => fitText(data.cols[j], COL_LABEL_MAX));
    colLabels.append('title').text((j) => data.cols[j]);
  } else {
    colLabels
      .attr('x', (j) => j * cw + (cw - gap) / 2)
      .attr('y', -6)
      .attr('text-anchor', 'middle')
      .style('fill', THEME.text)
      .text((j) => data.cols[j]);
  }
  axisTitle(svg, labels.x, m.left + w / 2, box.height - 8);
  axisTitle(svg, labels.y, 14, m.top + h / 2, true);
  drawGridLegend(svg, m.left, 6, {
    encode: 'colour',
    title: labels.value,
    lo: opts.diverging ? mid * Math.exp(-reach) : lo,
    hi: opts.diverging ? mid * Math.exp(reach) : hi,
    ...(opts.diverging ? { ramp: divergingFill } : {}),
    format: (n) => valueText(n),
    refs: [],
    side: () => 0,
  });
}
