import { hierarchy, treemap, treemapSquarify } from 'd3';
import type { HierarchyRectangularNode } from 'd3';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { drawLegend, legendLayout } from './legend.ts';
import { contrastText } from './palette.ts';
import { chartSize, createSvg, fitText, textWidth } from './size.ts';
import { pct } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, SegmentDatum, TreemapData, TreemapOpts } from './types.ts';

interface TreeNode {
  seg?: SegmentDatum;
  children?: TreeNode[];
}

type Tile = HierarchyRectangularNode<TreeNode> & { data: { seg: SegmentDatum } };

/** The tiles of the segments with a positive value of `by`, laid out (squarify) in width × height pixels. */
export function layoutTiles(segments: SegmentDatum[], by: TreemapOpts['by'], width: number, height: number): Tile[] {
  const value = (s: SegmentDatum) => Math.max(0, by === 'revenue' ? s.revenue : s.customers) || 0;
  const children = segments.filter((s) => value(s) > 0).map((seg) => ({ seg }));
  const root = hierarchy<TreeNode>({ children })
    .sum((d) => (d.seg ? value(d.seg) : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const laid = treemap<TreeNode>().tile(treemapSquarify).size([width, height]).round(false)(root);
  return laid.leaves().filter((n): n is Tile => n.data.seg !== undefined && (n.value ?? 0) > 0);
}

/**
 * Draws a treemap of the segments: one focusable `rect.tile` per segment with area ∝ its customers
 * (count) or revenue (currency, opts.by); empty segments are left out of the layout but listed in
 * the legend. Click/Enter calls opts.onSelect(segment index). Height defaults to 360 px.
 */
export function drawTreemap(
  el: HTMLElement,
  data: TreemapData,
  opts: TreemapOpts,
): ChartHandle<TreemapData, TreemapOpts> {
  return mountChart(el, 'treemap', data, opts, render);
}

function render(root: HTMLDivElement, data: TreemapData, opts: TreemapOpts): void {
  const { labels, format } = opts;
  const box = chartSize(root.parentElement ?? root, opts, 360);
  const items = data.segments.map((s) => ({ label: s.label, colour: s.colour }));
  const legendH = legendLayout(items, box.width).height;
  const h = Math.max(40, box.height - legendH - 8);
  const tiles = layoutTiles(data.segments, opts.by, box.width, h);
  const share = (s: SegmentDatum) => (opts.by === 'revenue' ? s.revenueShare : s.customerShare);
  const facts = (s: SegmentDatum) => [
    `${labels.customers}: ${format(s.customers)}`,
    `${labels.revenue}: ${format(s.revenue)}`,
    `${labels.customerShare}: ${pct(format, s.customerShare)}`,
    `${labels.revenueShare}: ${pct(format, s.revenueShare)}`,
  ];

  const svg = createSvg(root, box, `${opts.by === 'revenue' ? labels.revenue : labels.customers}`);
  const tooltip = createTooltip(root);
  const g = svg
    .append('g')
    .attr('class', 'tiles')
    .selectAll('g')
    .data(tiles)
    .join('g')
    .attr('transform', (t) => `translate(${t.x0},${t.y0})`);
  const rects = g
    .append('rect')
    .attr('class', 'tile')
    .attr('data-index', (t) => t.data.seg.index)
    .attr('width', (t) => t.x1 - t.x0)
    .attr('height', (t) => t.y1 - t.y0)
    .attr('fill', (t) => t.data.seg.colour)
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 1);
  bindMarks(rects, {
    root,
    tooltip,
    label: (t) => `${t.data.seg.label}: ${facts(t.data.seg).join(', ')}`,
    tip: (t) => [t.data.seg.label, ...facts(t.data.seg)],
    anchor: (t) => [(t.x0 + t.x1) / 2, t.y0],
    activate: (t) => opts.onSelect?.(t.data.seg.index),
  });
  const big = g.filter((t) => t.x1 - t.x0 >= 48 && t.y1 - t.y0 >= 34);
  const text = big
    .append('text')
    .attr('class', 'tile-label')
    .attr('x', 5)
    .attr('y', 15)
    .attr('pointer-events', 'none')
    .attr('fill', (t) => contrastText(t.data.seg.colour));
  text
    .append('tspan')
    .attr('font-weight', 600)
    .text((t) => fitText(t.data.seg.label, t.x1 - t.x0 - 10));
  text
    .append('tspan')
    .attr('x', 5)
    .attr('dy', 14)
    .text((t) => {
      const s = pct(format, share(t.data.seg));
      return textWidth(s) <= t.x1 - t.x0 - 10 ? s : '';
    });
  drawLegend(svg, items, 0, h + 8, box.width);
}
