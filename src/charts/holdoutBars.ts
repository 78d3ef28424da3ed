import { axisBottom, axisLeft, max, scaleBand, scaleLinear } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { drawLegend, legendLayout } from './legend.ts';
import { MODEL_COLOURS } from './modelColours.ts';
import { chartSize, createSvg, fitText, textWidth } from './size.ts';
import { num } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, HoldoutBarsData, HoldoutBarsOpts } from './types.ts';
import { valueDigits } from './valueDigits.ts';

type Kind = 'actual' | 'predicted';
type Bin = HoldoutBarsData['bins'][number];

interface Bar {
  pos: number;
  bin: Bin;
  kind: Kind;
}

const KINDS: Kind[] = ['actual', 'predicted'];
const COLOUR: Record<Kind, string> = { actual: MODEL_COLOURS.actual, predicted: MODEL_COLOURS.model };

/** A mean as drawn: negative and non-finite values get no bar. */
const drawn = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);

/**
 * Draws the holdout check: per calibration-frequency bin (x, in the given order) two bars side by
 * side, the actual mean number of repeat purchases in the holdout period and the model's predicted
 * mean (`rect.bar[data-kind="actual"|"predicted"][data-bin=position]`, height ∝ value on a y axis
 * from 0), with a legend; each bar is focusable and names the bin's customers, actual and predicted
 * (2 decimals). Height defaults to 320 px.
 */
export function drawHoldoutBars(
  el: HTMLElement,
  data: HoldoutBarsData,
  opts: HoldoutBarsOpts,
): ChartHandle<HoldoutBarsData, HoldoutBarsOpts> {
  return mountChart(el, 'holdout-bars', data, opts, renderHoldoutBars);
}

/** Draws grouped actual / predicted bars into a chart root (shared with the backtest's decile chart). */
export function renderHoldoutBars(root: HTMLDivElement, data: HoldoutBarsData, opts: HoldoutBarsOpts): void {
  const { labels, format } = opts;
  const box = chartSize(root.parentElement ?? root, opts, 320);
  const items = KINDS.map((k) => ({ label: labels[k], colour: COLOUR[k] }));
  const legendW = Math.max(80, box.width - 160);
  const top = legendLayout(items, legendW).height + 14;
  const h = Math.max(10, box.height - top - 46);
  const bins = data.bins;
  const bars: Bar[] = bins.flatMap((bin, pos) => KINDS.map((kind) => ({ pos, bin, kind })));
  const yMax = max(bars, (b) => drawn(b.bin[b.kind])) ?? 0;
  const y = scaleLinear()
    .domain([0, yMax > 0 ? yMax : 1])
    .nice()
    .range([h, 0]);
  const yTicks = y.ticks(Math.max(2, Math.floor(h / 50)));
  const yDigits = valueDigits(yTicks);
  const left = Math.min(140, Math.max(48, (max(yTicks, (v) => textWidth(format(v, yDigits))) ?? 0) + 34));
  const m = { top, right: 16, bottom: 46, left };
  const w = Math.max(10, box.width - m.left - m.right);

  const x0 = scaleBand<number>()
    .domain(bins.map((_b, i) => i))
    .range([0, w])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const x1 = scaleBand<Kind>().domain(KINDS).range([0, x0.bandwidth()]).paddingInner(0.08);

  const facts = (b: Bin) => [
    `${labels.customers}: ${num(format, b.customers)}`,
    `${labels.actual}: ${num(format, b.actual, 2)}`,
    `${labels.predicted}: ${num(format, b.predicted, 2)}`,
  ];
  const barX = (b: Bar) => (x0(b.pos) ?? 0) + (x1(b.kind) ?? 0);

  const svg = createSvg(root, box, `${labels.y}: ${labels.actual}, ${labels.predicted}`);
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
  const rects = plot
    .append('g')
    .attr('class', 'bars')
    .selectAll<SVGRectElement, Bar>('rect')
    .data(bars)
    .join('rect')
    .attr('class', 'bar')
    .attr('data-kind', (b) => b.kind)
    .attr('data-bin', (b) => b.pos)
    .attr('x', barX)
    .attr('y', (b) => y(drawn(b.bin[b.kind])))
    .attr('width', x1.bandwidth())
    .attr('height', (b) => h - y(drawn(b.bin[b.kind])))
    .attr('fill', (b) => COLOUR[b.kind]);
  bindMarks(rects, {
    root,
    tooltip,
    label: (b) => `${labels[b.kind]}, ${labels.x} ${b.bin.label}: ${facts(b.bin).join(', ')}`,
    tip: (b) => [`${labels.x}: ${b.bin.label}`, ...facts(b.bin)],
    anchor: (b) => [m.left + barX(b) + x1.bandwidth() / 2, m.top + y(drawn(b.bin[b.kind]))],
  });

  drawAxis(
    plot,
    0,
    h,
    (a) =>
      a.call(
        axisBottom(x0)
          .tickFormat((p) => fitText(bins[p]?.label ?? '', x0.step()))
          .tickSizeOuter(0),
      ),
    'x-axis',
  );
  axisTitle(svg, labels.x, m.left + w / 2, box.height - 8);
  axisTitle(svg, labels.y, 14, m.top + h / 2, true);
  drawLegend(svg, items, m.left, 4, legendW);
}
