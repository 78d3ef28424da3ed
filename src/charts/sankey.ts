import { sankey, sankeyLinkHorizontal } from 'd3-sankey';
import type { SankeyLink, SankeyNode } from 'd3-sankey';
import { max } from 'd3';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { THEME } from './palette.ts';
import { chartSize, createSvg, fitText } from './size.ts';
import { createTooltip } from './tooltip.ts';
import type { BaseOpts, ChartHandle } from './types.ts';

/** One segment at one date: a node of the migration Sankey. */
export interface SankeyNodeDatum {
  /** Which date (column, 0 = first). */
  column: number;
  /** Segment index in that date's scheme, −1 for "new customers". */
  segment: number;
  label: string;
  colour: string;
}

/** Customers moving from node `source` to node `target` (indices into nodes). */
export interface SankeyLinkDatum {
  source: number;
  target: number;
  value: number;
}

export interface SankeyData {
  /** Column titles, e.g. the as-of dates, left to right. */
  columns: string[];
  nodes: SankeyNodeDatum[];
  links: SankeyLinkDatum[];
  /** The highlighted link (index into links), if any. */
  selected?: number | null;
}

export interface SankeyOpts extends BaseOpts {
  labels: { customers: string; chart: string };
  /** Click or Enter on a flow: its index in data.links. */
  onSelect?: (link: number) => void;
}

type N = SankeyNode<SankeyNodeDatum, SankeyLinkDatum & { index: number }>;
type L = SankeyLink<SankeyNodeDatum, SankeyLinkDatum & { index: number }>;

/**
 * Draws segments over time as a Sankey diagram (d3-sankey): one column of nodes per date (height ∝
 * customers), flows between consecutive dates (width ∝ customers moving), coloured by the segment
 * they come from. Flows are focusable buttons (click/Enter → opts.onSelect(link index)); every flow
 * and node has its count in the tooltip and accessible name. Height defaults to 22 px per node of
 * the tallest column, at least 320.
 */
export function drawSankey(el: HTMLElement, data: SankeyData, opts: SankeyOpts): ChartHandle<SankeyData, SankeyOpts> {
  return mountChart(el, 'sankey', data, opts, render);
}

function render(root: HTMLDivElement, data: SankeyData, opts: SankeyOpts): void {
  const { format, labels } = opts;
  const perColumn = data.columns.map((_, c) => data.nodes.filter((n) => n.column === c).length);
  const box = chartSize(root.parentElement ?? root, opts, Math.max(320, 40 + 22 * (max(perColumn) ?? 0)));
  const svg = createSvg(root, box, labels.chart);
  const tooltip = createTooltip(root);
  const top = 28;
  const side = Math.min(150, box.width * 0.18);
  const used = new Set(data.links.flatMap((l) => [l.source, l.target]));
  const keep = data.nodes.map((_, i) => used.has(i));
  const graph = sankey<SankeyNodeDatum, SankeyLinkDatum & { index: number }>()
    .nodeWidth(14)
    .nodePadding(10)
    .nodeAlign((n) => (n as N & SankeyNodeDatum).column)
    .nodeSort(null)
    .extent([
      [side, top],
      [box.width - side, box.height - 6],
    ])({
    nodes: data.nodes.filter((_, i) => keep[i]).map((n) => ({ ...n })),
    links: data.links.map((l, index) => ({ ...l, index, source: remap(l.source), target: remap(l.target) })),
  });
  function remap(i: number): number {
    let k = 0;
    for (let j = 0; j < i; j++) if (keep[j]) k++;
    return k;
  }
  const nodes = graph.nodes as N[];
  const links = graph.links as L[];
  const x = (c: number) => nodes.find((n) => n.column === c)?.x0 ?? side;

  svg
    .append('g')
    .attr('class', 'columns')
    .selectAll('text')
    .data(data.columns)
    .join('text')
    .attr('x', (_, c) => x(c) + 7)
    .attr('y', 16)
    .attr('text-anchor', (_, c) => (c === 0 ? 'start' : c === data.columns.length - 1 ? 'end' : 'middle'))
    .attr('font-size', 12)
    .attr('font-weight', 600)
    .style('fill', THEME.text)
    .text((d) => d);

  const name = (n: N) => `${data.columns[n.column]} · ${n.label}`;
  const flows = svg
    .append('g')
    .attr('class', 'flows')
    .attr('fill', 'none')
    .selectAll<SVGPathElement, L>('path')
    .data(links)
    .join('path')
    .attr('class', 'flow')
    .attr('data-index', (l) => l.index)
    .attr('d', sankeyLinkHorizontal())
    .attr('stroke', (l) => (l.source as N).colour)
    .attr('stroke-opacity', (l) => (data.selected === l.index ? 0.85 : data.selected == null ? 0.45 : 0.2))
    .attr('stroke-width', (l) => Math.max(1, l.width ?? 1));
  bindMarks(flows, {
    root,
    tooltip,
    label: (l) => `${name(l.source as N)} → ${(l.target as N).label}: ${format(l.value)} ${labels.customers}`,
    tip: (l) => [`${(l.source as N).label} → ${(l.target as N).label}`, `${labels.customers}: ${format(l.value)}`],
    anchor: (l) => [((l.source as N).x1! + (l.target as N).x0!) / 2, l.y0 ?? 0],
    activate: (l) => opts.onSelect?.(l.index),
  });

  const g = svg.append('g').attr('class', 'nodes').selectAll<SVGGElement, N>('g').data(nodes).join('g');
  const rects = g
    .append('rect')
    .attr('class', 'node')
    .attr('data-column', (n) => n.column)
    .attr('data-segment', (n) => n.segment)
    .attr('x', (n) => n.x0!)
    .attr('y', (n) => n.y0!)
    .attr('width', (n) => n.x1! - n.x0!)
    .attr('height', (n) => Math.max(1, n.y1! - n.y0!))
    .attr('fill', (n) => n.colour);
  bindMarks(rects, {
    root,
    tooltip,
    label: (n) => `${name(n)}: ${format(n.value ?? 0)} ${labels.customers}`,
    tip: (n) => [name(n), `${labels.customers}: ${format(n.value ?? 0)}`],
    anchor: (n) => [n.x1!, n.y0!],
  });
  // Labels sit in free space: the first column's in the left margin, every other column's right of
  // its nodes (the last one's in the right margin), cut to the room before the next column, so the
  // labels of neighbouring columns never overlap on a narrow (768 px) screen.
  const last = data.columns.length - 1;
  const room = (c: number) => (c === last ? side : x(c + 1) - x(c) - 14) - 8;
  g.filter((n) => n.y1! - n.y0! >= 9)
    .append('text')
    .attr('x', (n) => (n.column === 0 ? n.x0! - 4 : n.x1! + 4))
    .attr('y', (n) => (n.y0! + n.y1!) / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', (n) => (n.column === 0 ? 'end' : 'start'))
    .attr('font-size', 11)
    .style('fill', THEME.text)
    .style('pointer-events', 'none')
    .text((n) => fitText(`${n.label} ${format(n.value ?? 0)}`, n.column === 0 ? side - 8 : room(n.column)));
}
