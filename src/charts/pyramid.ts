import { max, scaleBand } from 'd3';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { THEME, segmentColour } from './palette.ts';
import { chartSize, createSvg, fitText } from './size.ts';
import { pct } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, PyramidData, PyramidLayer, PyramidOpts } from './types.ts';

type Panel = 'count' | 'revenue';

/** Height of the label line above each bar. */
const LABEL_H = 16;

interface Bar {
  layer: PyramidLayer;
  pos: number;
  panel: Panel;
  share: number;
}

/**
 * Draws the customer pyramid as two panels, by count and by revenue: layers from the top (key) to
 * the bottom (small) as centred `rect.layer` bars whose width ∝ the layer's share of customers
 * (count panel) or of revenue (currency; revenue panel), on one scale for both panels.
 * Height defaults to 48 px per layer plus the titles.
 */
export function drawPyramid(
  el: HTMLElement,
  data: PyramidData,
  opts: PyramidOpts,
): ChartHandle<PyramidData, PyramidOpts> {
  return mountChart(el, 'pyramid', data, opts, render);
}

function render(root: HTMLDivElement, data: PyramidData, opts: PyramidOpts): void {
  const { labels, format } = opts;
  const layers = data.layers;
  const box = chartSize(root.parentElement ?? root, opts, Math.max(200, 40 + layers.length * 48));
  const gap = 24;
  const top = 30;
  const pw = (box.width - gap) / 2;
  const bars: Bar[] = (['count', 'revenue'] as const).flatMap((panel) =>
    layers.map((layer, pos) => ({
      layer,
      pos,
      panel,
      share: Math.max(0, panel === 'count' ? layer.customerShare : layer.revenueShare) || 0,
    })),
  );
  const maxShare = Math.max(1e-9, max(bars, (b) => b.share) ?? 0);
  const barWidth = (b: Bar) => (b.share / maxShare) * (pw - 8);
  const y = scaleBand<number>()
    .domain(layers.map((_l, i) => i))
    .range([top, box.height - 6])
    .paddingInner(0.15);
  const cx = (panel: Panel) => (panel === 'count' ? pw / 2 : pw + gap + pw / 2);
  const facts = (l: PyramidLayer) => [
    `${labels.customers}: ${format(l.customers)} (${pct(format, l.customerShare)})`,
    `${labels.revenue}: ${format(l.revenue)} (${pct(format, l.revenueShare)})`,
  ];
  const title = (b: Bar) => `${b.panel === 'count' ? labels.byCount : labels.byRevenue} – ${b.layer.label}`;

  const svg = createSvg(root, box, `${labels.byCount}, ${labels.byRevenue}`);
  const tooltip = createTooltip(root);
  for (const panel of ['count', 'revenue'] as const) {
    svg
      .append('text')
      .attr('class', 'panel-title')
      .attr('x', cx(panel))
      .attr('y', 16)
      .attr('text-anchor', 'middle')
      .attr('font-size', 13)
      .attr('font-weight', 600)
      .style('fill', THEME.text)
      .text(panel === 'count' ? labels.byCount : labels.byRevenue);
  }
  const g = svg
    .append('g')
    .attr('class', 'layers')
    .selectAll('g')
    .data(bars)
    .join('g')
    .attr('transform', (b) => `translate(0,${y(b.pos) ?? 0})`);
  const rects = g
    .append('rect')
    .attr('class', 'layer')
    .attr('data-id', (b) => b.layer.id)
    .attr('data-panel', (b) => b.panel)
    .attr('x', (b) => cx(b.panel) - barWidth(b) / 2)
    .attr('y', LABEL_H)
    .attr('width', barWidth)
    .attr('height', Math.max(4, y.bandwidth() - LABEL_H))
    .attr('fill', (b) => segmentColour(b.pos));
  bindMarks(rects, {
    root,
    tooltip,
    label: (b) => `${title(b)}: ${facts(b.layer).join(', ')}`,
    tip: (b) => [title(b), ...facts(b.layer)],
    anchor: (b) => [cx(b.panel), (y(b.pos) ?? 0) + LABEL_H],
  });
  g.append('text')
    .attr('class', 'layer-label')
    .attr('x', (b) => cx(b.panel))
    .attr('y', LABEL_H - 4)
    .attr('text-anchor', 'middle')
    .attr('pointer-events', 'none')
    .style('fill', THEME.text)
    .text((b) => fitText(`${b.layer.label} · ${pct(format, b.share)}`, pw - 4));
}
