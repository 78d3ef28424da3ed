import { axisBottom, axisLeft, scaleBand, select } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { THEME, contrastText } from './palette.ts';
import { chartSize, createSvg, fitText, textWidth } from './size.ts';
import { num, pct } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, CubeClass, ValueCubeData, ValueCubeOpts } from './types.ts';

type Level = 'high' | 'low';

/** One panel (a loyalty level): its grid's top-left corner and the side of a cell in pixels. */
interface Panel {
  loyalty: Level;
  gx: number;
  gy: number;
  side: number;
}

const LEVELS: Level[] = ['high', 'low'];
const GAP = 28;
const TOP = 30;
const BOTTOM = 44;
const LINE = 14;

/** Left column (0) for low current value, top row (0) for high potential value. */
const col = (c: Pick<CubeClass, 'current'>) => (c.current === 'high' ? 1 : 0);
const row = (c: Pick<CubeClass, 'potential'>) => (c.potential === 'high' ? 0 : 1);

/**
 * Draws the customer value cube (current × potential × loyalty value, each high or low) as two
 * 2 × 2 panels side by side, loyalty high (left) and loyalty low (right), each with current value
 * on x (low | high) and potential value on y (low at the bottom, high at the top). Each class is a
 * focusable `rect.cube-cell[data-index][data-id]` of fixed size in its colour, labelled with its
 * name, customers and share of all customers; tooltip and name add the summed current and
 * potential value (currency). Click/Enter calls opts.onSelect(class index), or onSelect(null) on the
 * selected class (data.selected, drawn with a thick outline). Height defaults to 360 px.
 */
export function drawValueCube(
  el: HTMLElement,
  data: ValueCubeData,
  opts: ValueCubeOpts,
): ChartHandle<ValueCubeData, ValueCubeOpts> {
  return mountChart(el, 'value-cube', data, opts, render);
}

function render(root: HTMLDivElement, data: ValueCubeData, opts: ValueCubeOpts): void {
  const { labels, format } = opts;
  const box = chartSize(root.parentElement ?? root, opts, 360);
  const level = (l: Level) => (l === 'high' ? labels.high : labels.low);
  const tickW = Math.max(textWidth(labels.high), textWidth(labels.low)) + 10;
  const axisW = tickW + 22;
  const pw = (box.width - GAP) / 2;
  const side = Math.max(12, Math.floor(Math.min((pw - axisW - 8) / 2, (box.height - TOP - BOTTOM) / 2)));
  const panels: Panel[] = LEVELS.map((loyalty, k) => {
    const px = k * (pw + GAP);
    const free = Math.max(0, pw - axisW - 2 * side);
    return {
      loyalty,
      gx: px + axisW + free / 2,
      gy: TOP + Math.max(0, (box.height - TOP - BOTTOM - 2 * side) / 2),
      side,
    };
  });
  const panelOf = (c: CubeClass) => panels[c.loyalty === 'high' ? 0 : 1];
  const cellX = (c: CubeClass) => panelOf(c).gx + col(c) * side;
  const cellY = (c: CubeClass) => panelOf(c).gy + row(c) * side;

  const classes = data.classes;
  const total = classes.reduce((s, c) => s + (Number.isFinite(c.customers) && c.customers > 0 ? c.customers : 0), 0);
  const share = (c: CubeClass) => (total > 0 && c.customers > 0 ? c.customers / total : 0);
  const sel = data.selected ?? null;
  const isSelected = (c: CubeClass) => sel !== null && c.index === sel;
  const position = (c: CubeClass) =>
    `${labels.current}: ${level(c.current)}, ${labels.potential}: ${level(c.potential)}, ` +
    `${labels.loyalty}: ${level(c.loyalty)}`;
  const facts = (c: CubeClass) => [
    `${labels.customers}: ${num(format, c.customers)} (${pct(format, share(c))})`,
    `${labels.currentValue}: ${num(format, c.currentValue)}`,
    `${labels.potentialValue}: ${num(format, c.potentialValue)}`,
  ];

  const svg = createSvg(root, box, `${labels.current} × ${labels.potential} × ${labels.loyalty}`);
  const tooltip = createTooltip(root);
  for (const p of panels) {
    const g = svg.append('g').attr('class', 'panel').attr('data-loyalty', p.loyalty);
    g.append('text')
      .attr('class', 'panel-title')
      .attr('x', p.gx + side)
      .attr('y', 16)
      .attr('text-anchor', 'middle')
      .attr('font-size', 13)
      .attr('font-weight', 600)
      .style('fill', THEME.text)
      .text(`${labels.loyalty}: ${level(p.loyalty)}`);
    const taken = new Set(classes.filter((c) => c.loyalty === p.loyalty).map((c) => `${c.current}/${c.potential}`));
    for (const current of ['low', 'high'] as const) {
      for (const potential of LEVELS) {
        if (taken.has(`${current}/${potential}`)) continue;
        g.append('rect')
          .attr('class', 'cube-empty')
          .attr('x', p.gx + col({ current }) * side + 2)
          .attr('y', p.gy + row({ potential }) * side + 2)
          .attr('width', side - 4)
          .attr('height', side - 4)
          .attr('fill', 'none')
          .style('stroke', THEME.line)
          .attr('stroke-dasharray', '4 3');
      }
    }
    const x = scaleBand<Level>()
      .domain(['low', 'high'])
      .range([0, 2 * side]);
    const y = scaleBand<Level>()
      .domain(['high', 'low'])
      .range([0, 2 * side]);
    drawAxis(g, p.gx, p.gy + 2 * side, (a) => a.call(axisBottom(x).tickFormat(level).tickSizeOuter(0)), 'x-axis');
    drawAxis(g, p.gx, p.gy, (a) => a.call(axisLeft(y).tickFormat(level).tickSizeOuter(0)), 'y-axis');
    axisTitle(g, labels.current, p.gx + side, p.gy + 2 * side + 36);
    axisTitle(g, labels.potential, p.gx - tickW - 8, p.gy + side, true);
  }

  const groups = svg
    .append('g')
    .attr('class', 'cube-cells')
    .selectAll('g')
    .data(classes)
    .join('g')
    .attr('class', 'cube-cell-group');
  const rects = groups
    .append('rect')
    .attr('class', (c) => (isSelected(c) ? 'cube-cell selected' : 'cube-cell'))
    .attr('data-index', (c) => c.index)
    .attr('data-id', (c) => c.id)
    .attr('x', cellX)
    .attr('y', cellY)
    .attr('width', side)
    .attr('height', side)
    .attr('fill', (c) => c.colour)
    .attr('aria-pressed', (c) => (isSelected(c) ? 'true' : 'false'))
    .style('stroke', (c) => (isSelected(c) ? THEME.text : THEME.panel))
    .attr('stroke-width', (c) => (isSelected(c) ? 4 : 2));
  bindMarks(rects, {
    root,
    tooltip,
    label: (c) => `${c.label} (${position(c)}): ${facts(c).join(', ')}`,
    tip: (c) => [c.label, position(c), ...facts(c)],
    anchor: (c) => [cellX(c) + side / 2, cellY(c)],
    activate: (c) => opts.onSelect?.(isSelected(c) ? null : c.index),
  });
  const shown = Math.min(3, Math.floor((side - 6) / LINE));
  groups
    .append('text')
    .attr('class', 'cube-label')
    .attr('text-anchor', 'middle')
    .attr('pointer-events', 'none')
    .attr('fill', (c) => contrastText(c.colour))
    .selectAll('tspan')
    .data((c) =>
      [fitText(c.label, side - 10), num(format, c.customers), pct(format, share(c))]
        .slice(0, shown)
        .map((text, k) => ({ c, text, k })),
    )
    .join('tspan')
    .attr('x', (d) => cellX(d.c) + side / 2)
    .attr('y', (d) => cellY(d.c) + side / 2 + (d.k - (shown - 1) / 2) * LINE)
    .attr('dy', '0.35em')
    .attr('font-weight', (d) => (d.k === 0 ? 600 : null))
    .text((d) => d.text);
  groups.filter(isSelected).each(function () {
    select(this).raise();
  });
}
