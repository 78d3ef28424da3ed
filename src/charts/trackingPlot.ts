import { axisBottom, axisLeft, bisector, line, max, pointer, range, scaleLinear } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { drawLegend, legendLayout } from './legend.ts';
import type { LegendItem } from './legend.ts';
import { MODEL_COLOURS } from './modelColours.ts';
import { THEME } from './palette.ts';
import { chartSize, createSvg, textWidth } from './size.ts';
import { num } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, TrackingData, TrackingOpts } from './types.ts';
import { valueDigits } from './valueDigits.ts';

const ACTUAL = MODEL_COLOURS.actual;
const EXPECTED = MODEL_COLOURS.model;

/**
 * Draws the tracking plot: cumulative repeat transactions over time (x, model units, ticks written
 * by data.tickLabel when given), actual (`path.actual`, solid) against the model's expectation
 * (`path.expected`, dashed), with a dashed vertical marker (`line.calibration`) and label where
 * calibration ends. The plot is focusable: ArrowLeft/ArrowRight (Home/End) move a cursor through
 * the time points and the tooltip (a live region) shows both values; hovering or tapping shows the
 * nearest time point. Height defaults to 320 px.
 */
export function drawTrackingPlot(
  el: HTMLElement,
  data: TrackingData,
  opts: TrackingOpts,
): ChartHandle<TrackingData, TrackingOpts> {
  return mountChart(el, 'tracking-plot', data, opts, render);
}

function render(root: HTMLDivElement, data: TrackingData, opts: TrackingOpts): void {
  const { labels, format } = opts;
  const box = chartSize(root.parentElement ?? root, opts, 320);
  const items: LegendItem[] = [
    { label: labels.actual, colour: ACTUAL, kind: 'line' },
    { label: labels.expected, colour: EXPECTED, kind: 'dashed' },
  ];
  const legendW = Math.max(80, box.width - 160);
  const top = legendLayout(items, legendW).height + 14;
  const h = Math.max(10, box.height - top - 46);
  const n = Math.min(data.t.length, data.actual.length, data.expected.length);
  const t = Array.from({ length: n }, (_v, i) => Number(data.t[i]));
  const actual = Array.from({ length: n }, (_v, i) => Number(data.actual[i]));
  const expected = Array.from({ length: n }, (_v, i) => Number(data.expected[i]));
  const cal = Number(data.calibrationEnd);

  const ends = [...t, cal].filter(Number.isFinite);
  const t0 = ends.length ? Math.min(...ends) : 0;
  const t1 = ends.length ? Math.max(...ends) : 1;
  const yMax = max([...actual, ...expected].filter(Number.isFinite)) ?? 0;
  const y = scaleLinear()
    .domain([0, yMax > 0 ? yMax : 1])
    .nice()
    .range([h, 0]);
  const yTicks = y.ticks(Math.max(2, Math.floor(h / 50)));
  const yDigits = valueDigits(yTicks);
  const left = Math.min(140, Math.max(48, (max(yTicks, (v) => textWidth(format(v, yDigits))) ?? 0) + 34));
  const m = { top, right: 20, bottom: 46, left };
  const w = Math.max(10, box.width - m.left - m.right);
  const x = scaleLinear()
    .domain(t1 > t0 ? [t0, t1] : [t0 - 1, t0 + 1])
    .range([0, w]);
  const tickLabel = data.tickLabel;
  const xTickWidth = tickLabel ? Math.max(textWidth(tickLabel(t0)), textWidth(tickLabel(t1))) : textWidth(format(t1));
  const xTicks = x.ticks(Math.max(2, Math.floor(w / (xTickWidth + 24))));
  const xDigits = valueDigits(xTicks);
  const tText = (v: number) => (tickLabel ? tickLabel(v) : format(v, valueDigits([v])));
  /** Whole counts without decimals, a series with fractions (the model's) with one. */
  const actualDigits = valueDigits(actual, 1);
  const expectedDigits = valueDigits(expected, 1);
  const path = (v: number[]) =>
    line<number>()
      .defined((i) => Number.isFinite(t[i]) && Number.isFinite(v[i]))
      .x((i) => x(t[i]))
      .y((i) => y(v[i]))(range(n)) ?? '';

  const svg = createSvg(root, box, `${labels.y}: ${labels.actual}, ${labels.expected}`);
  svg.attr('tabindex', 0).attr('role', 'application').attr('aria-keyshortcuts', 'ArrowLeft ArrowRight Home End');
  const tooltip = createTooltip(root, true);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  drawAxis(
    plot,
    0,
    h,
    (a) =>
      a.call(
        axisBottom(x)
          .tickValues(xTicks)
          .tickFormat((v) => (tickLabel ? tickLabel(+v) : format(+v, xDigits)))
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
        axisLeft(y)
          .tickValues(yTicks)
          .tickFormat((v) => format(+v, yDigits))
          .tickSizeOuter(0),
      ),
    'y-axis',
  );

  if (Number.isFinite(cal)) {
    const cx = x(cal);
    const room = textWidth(labels.calibrationEnd) + 6;
    plot
      .append('line')
      .attr('class', 'calibration')
      .attr('x1', cx)
      .attr('x2', cx)
      .attr('y1', 0)
      .attr('y2', h)
      .style('stroke', THEME.muted)
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', '4 4');
    plot
      .append('text')
      .attr('class', 'calibration-label')
      .attr('x', cx >= room ? cx - 4 : cx + 4)
      .attr('y', 12)
      .attr('text-anchor', cx >= room ? 'end' : 'start')
      .style('fill', THEME.muted)
      .text(labels.calibrationEnd);
  }
  plot
    .append('path')
    .attr('class', 'expected')
    .attr('d', path(expected))
    .attr('fill', 'none')
    .attr('stroke', EXPECTED)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', '6 4');
  plot
    .append('path')
    .attr('class', 'actual')
    .attr('d', path(actual))
    .attr('fill', 'none')
    .attr('stroke', ACTUAL)
    .attr('stroke-width', 2);

  const overlay = plot
    .append('rect')
    .attr('class', 'overlay')
    .attr('width', w)
    .attr('height', h)
    .attr('fill', 'none')
    .attr('pointer-events', 'all');
  const cursorG = plot.append('g').attr('class', 'cursor').attr('pointer-events', 'none').attr('display', 'none');
  const cursorLine = cursorG
    .append('line')
    .attr('class', 'cursor-line')
    .attr('y1', 0)
    .attr('y2', h)
    .style('stroke', THEME.text)
    .attr('stroke-width', 1);
  const dot = (cls: string, colour: string) =>
    cursorG
      .append('circle')
      .attr('class', cls)
      .attr('r', 4)
      .attr('fill', colour)
      .style('stroke', THEME.panel)
      .attr('stroke-width', 1.5);
  const dots = [dot('cursor-actual', ACTUAL), dot('cursor-expected', EXPECTED)];
  let cursor = -1;

  const hide = () => {
    cursorG.attr('display', 'none');
    tooltip.hide();
  };
  const show = (i: number) => {
    cursor = i;
    if (!Number.isFinite(t[i])) return hide();
    const cx = x(t[i]);
    cursorG.attr('display', null);
    cursorLine.attr('x1', cx).attr('x2', cx);
    [actual[i], expected[i]].forEach((v, k) => {
      dots[k]
        .attr('display', Number.isFinite(v) ? null : 'none')
        .attr('cx', cx)
        .attr('cy', Number.isFinite(v) ? y(v) : 0);
    });
    const ys = [actual[i], expected[i]].filter(Number.isFinite).map((v) => y(v));
    tooltip.show(
      [
        `${labels.x}: ${tText(t[i])}`,
        `${labels.actual}: ${num(format, actual[i], actualDigits)}`,
        `${labels.expected}: ${num(format, expected[i], expectedDigits)}`,
      ],
      m.left + cx,
      m.top + (ys.length ? Math.min(...ys) : h / 2),
    );
  };

  const nearest = bisector((v: number) => v);
  overlay
    .on('mousemove click', (e: MouseEvent) => {
      if (!n) return;
      const [px] = pointer(e, plot.node());
      show(Math.max(0, Math.min(n - 1, nearest.center(t, x.invert(px)))));
    })
    .on('mouseleave', () => tooltip.leave(hide));
  svg.on('blur', hide);
  svg.on('keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape') return hide();
    if (!n) return;
    const next = new Map([
      ['ArrowRight', cursor < 0 ? 0 : Math.min(n - 1, cursor + 1)],
      ['ArrowLeft', cursor < 0 ? n - 1 : Math.max(0, cursor - 1)],
      ['Home', 0],
      ['End', n - 1],
    ]).get(e.key);
    if (next === undefined) return;
    e.preventDefault();
    show(next);
  });

  axisTitle(svg, labels.x, m.left + w / 2, box.height - 8);
  axisTitle(svg, labels.y, 14, m.top + h / 2, true);
  drawLegend(svg, items, m.left, 4, legendW);
}
