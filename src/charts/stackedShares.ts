import { max, select, sum } from 'd3';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { drawLegend } from './legend.ts';
import { THEME, contrastText } from './palette.ts';
import { chartSize, createSvg, fitText, textWidth } from './size.ts';
import { pct } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { BaseOpts, ChartHandle } from './types.ts';

/** Groups of 100 % bars split by category, e.g. per segment: its customers and its value by age band. */
export interface StackedSharesData {
  /** The categories in stacking order (left to right), with their colours. */
  categories: { label: string; colour: string }[];
  /** Groups top to bottom, each with its bars; a bar's shares (0..1) follow the categories, NaN = none. */
  groups: { label: string; bars: { label: string; shares: ArrayLike<number> }[] }[];
}

export interface StackedSharesOpts extends BaseOpts {
  /** The chart's accessible name. */
  labels: { name: string };
}

interface Bar {
  g: number;
  b: number;
  shares: number[];
}

const BAR = 18;
const GAP = 12;

/**
 * Draws groups of horizontal 100 % bars (`g.bar[data-group][data-bar]`), each split into its
 * categories' shares (`rect.part`, share written inside when it fits), the group's name beside its
 * first bar and each bar's name beside it, with a legend of the categories on top. Every bar is one
 * focusable image named with all its shares ("Champions, customers: 0–17 5.0 %, …"), with the same
 * in a tooltip. A bar without shares (all NaN, e.g. a segment without revenue) is drawn empty.
 * Height defaults to 18 px per bar plus 12 px between groups and the legend.
 */
export function drawStackedShares(
  el: HTMLElement,
  data: StackedSharesData,
  opts: StackedSharesOpts,
): ChartHandle<StackedSharesData, StackedSharesOpts> {
  return mountChart(el, 'stacked-shares', data, opts, render);
}

function render(root: HTMLDivElement, data: StackedSharesData, opts: StackedSharesOpts): void {
  const { format } = opts;
  const bars: Bar[] = data.groups.flatMap((grp, g) =>
    grp.bars.map((bar, b) => ({ g, b, shares: data.categories.map((_c, j) => Number(bar.shares[j])) })),
  );
  const probe = chartSize(root.parentElement ?? root, opts, 100);
  const legend = { items: data.categories.map((c) => ({ label: c.label, colour: c.colour })), width: probe.width - 24 };
  const svg0Height = bars.length * (BAR + 2) + data.groups.length * GAP;
  const groupW = Math.min(probe.width * 0.28, (max(data.groups, (d) => textWidth(d.label)) ?? 0) + 10);
  const barW = Math.min(
    probe.width * 0.2,
    (max(data.groups, (d) => max(d.bars, (x) => textWidth(x.label)) ?? 0) ?? 0) + 10,
  );
  const m = { top: 0, right: 12, bottom: 8, left: Math.round(groupW + barW + 4) };
  // The legend's height depends only on the width; lay it out first to place the bars below it.
  const svg = createSvg(root, { width: probe.width, height: 10 }, opts.labels.name);
  const legendHeight = drawLegend(svg, legend.items, 12, 4, legend.width);
  m.top = legendHeight + 12;
  const box = chartSize(root.parentElement ?? root, opts, m.top + svg0Height + m.bottom);
  svg.attr('height', box.height).attr('viewBox', `0 0 ${box.width} ${box.height}`);
  const w = Math.max(10, box.width - m.left - m.right);
  const yOf = (bar: Bar) => bar.g * GAP + bars.indexOf(bar) * (BAR + 2);
  const tooltip = createTooltip(root);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  const facts = (bar: Bar) =>
    data.categories.map((c, j) => `${c.label} ${Number.isFinite(bar.shares[j]) ? pct(format, bar.shares[j]) : '–'}`);
  const name = (bar: Bar) => `${data.groups[bar.g].label}, ${data.groups[bar.g].bars[bar.b].label}`;

  const g = plot
    .append('g')
    .attr('class', 'bars')
    .selectAll('g')
    .data(bars)
    .join('g')
    .attr('class', 'bar')
    .attr('data-group', (d) => d.g)
    .attr('data-bar', (d) => d.b)
    .attr('transform', (d) => `translate(0,${yOf(d)})`);
  g.each(function (bar) {
    let at = 0;
    const total = sum(bar.shares.filter((s) => Number.isFinite(s) && s > 0));
    const parts = bar.shares.map((s, j) => {
      const width = total > 0 && Number.isFinite(s) && s > 0 ? (s / total) * w : 0;
      const part = { j, x: at, width, share: s };
      at += width;
      return part;
    });
    const group = select<SVGGElement, Bar>(this as SVGGElement);
    group
      .selectAll('rect.part')
      .data(parts.filter((p) => p.width > 0))
      .join('rect')
      .attr('class', 'part')
      .attr('data-category', (p) => p.j)
      .attr('x', (p) => p.x)
      .attr('width', (p) => Math.max(0, p.width - 1))
      .attr('height', BAR)
      .attr('fill', (p) => data.categories[p.j].colour);
    group
      .selectAll('text.share')
      .data(parts.filter((p) => p.width >= textWidth(pct(format, p.share, 0)) + 6))
      .join('text')
      .attr('class', 'share')
      .attr('x', (p) => p.x + p.width / 2)
      .attr('y', BAR / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'middle')
      .attr('pointer-events', 'none')
      .attr('fill', (p) => contrastText(data.categories[p.j].colour))
      .text((p) => pct(format, p.share, 0));
  });
  const hits = g
    .append('rect')
    .attr('class', 'hit')
    .attr('width', w)
    .attr('height', BAR)
    .attr('fill', 'transparent')
    .style('stroke', (d) => (d.shares.some(Number.isFinite) ? null : THEME.line));
  bindMarks(hits, {
    root,
    tooltip,
    label: (d) => `${name(d)}: ${facts(d).join(', ')}`,
    tip: (d) => [name(d), ...facts(d)],
    anchor: (d) => [m.left + w / 2, m.top + yOf(d)],
  });

  g.append('text')
    .attr('class', 'bar-label')
    .attr('x', -6)
    .attr('y', BAR / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .style('fill', THEME.muted)
    .text((d) => fitText(data.groups[d.g].bars[d.b].label, barW - 6));
  g.filter((d) => d.b === 0)
    .append('text')
    .attr('class', 'group-label')
    .attr('x', -barW - 4)
    .attr('y', BAR / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .attr('font-weight', 600)
    .style('fill', THEME.text)
    .text((d) => fitText(data.groups[d.g].label, groupW - 6));
}
