import { axisBottom, axisLeft, line, max, min, pointer, scaleLinear } from 'd3';
import type { ScaleLinear } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { bindMarks } from './interact.ts';
import { drawLegend, legendLayout } from './legend.ts';
import type { LegendItem } from './legend.ts';
import { THEME, TOL_MUTED } from './palette.ts';
import { chartSize, createSvg, fitText, textWidth } from './size.ts';
import { num } from './text.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, KScanData, KScanOpts } from './types.ts';
import { valueDigits } from './valueDigits.ts';

type Metric = 'inertia' | 'silhouette';
type Row = KScanData['rows'][number];

/** One point: a k's value of one metric. */
interface Point {
  row: Row;
  metric: Metric;
}

/** One panel: its metric, top edge (plot pixels) and y scale. */
interface Panel {
  metric: Metric;
  top: number;
  y: ScaleLinear<number, number>;
  digits: number;
}

const METRICS: Metric[] = ['inertia', 'silhouette'];
/** Tol's indigo and green for the two curves, Tol's pale yellow for the suggested band, wine for the chosen marker. */
const COLOUR: Record<Metric, string> = { inertia: TOL_MUTED[1], silhouette: TOL_MUTED[3] };
const SUGGESTED = '#EEEEBB';
const CHOSEN = TOL_MUTED[5];
/** Fraction digits of the values in names and tooltips. */
const DIGITS: Record<Metric, number> = { inertia: 1, silhouette: 3 };
/** Gap between the panels, and the two label rows (suggested, chosen) above the plot. */
const GAP = 18;
const LABEL_ROWS = 30;

const finite = (v: number) => Number.isFinite(v);

/** "k = 4: inertia 1,234.5, silhouette 0.412" with the given metric labels and format. */
export function kScanName(row: Row, labels: KScanOpts['labels'], format: KScanOpts['format']): string {
  const value = (m: Metric) => `${labels[m]} ${num(format, row[m], DIGITS[m])}`;
  return `k = ${row.k}: ${value('inertia')}, ${value('silhouette')}`;
}

/**
 * Draws the choice of the number of clusters k: two panels stacked over one shared x axis of the
 * k tried (integer ticks), the inertia ("elbow", top) and the mean silhouette (bottom, y axis from
 * min(0, min) to max(max, 0.1), with a dashed zero line when it goes below 0), each a line with a
 * focusable `circle.point[data-k][data-metric="inertia"|"silhouette"]` per k with a finite value.
 * The suggested k (data.suggested) gets a shaded `rect.suggested` band over both panels and the
 * label labels.suggested above; the chosen k (data.chosen) a dashed `line.chosen` and the label
 * labels.chosen (a second row, so the two never overlap). A point's name and tooltip give k with
 * both values ("k = 4: inertia 1,234.5, silhouette 0.412"; 1 and 3 decimals); click, Enter or Space
 * on a point, or a click anywhere in a k's column, calls opts.onSelect(k) (and shows the tooltip). A legend names the two
 * curves and both markers. Rows are drawn in order of k. Height defaults to 360 px.
 */
export function drawKScan(el: HTMLElement, data: KScanData, opts: KScanOpts): ChartHandle<KScanData, KScanOpts> {
  return mountChart(el, 'k-scan', data, opts, render);
}

function render(root: HTMLDivElement, data: KScanData, opts: KScanOpts): void {
  const { labels, format } = opts;
  const box = chartSize(root.parentElement ?? root, opts, 360);
  const rows = data.rows.filter((r) => finite(r.k)).sort((a, b) => a.k - b.k);
  const ks = [...new Set(rows.map((r) => r.k))];
  const suggested = data.suggested ?? null;
  const chosen = data.chosen ?? null;
  const items: LegendItem[] = [
    ...METRICS.map((m): LegendItem => ({ label: labels[m], colour: COLOUR[m], kind: 'line' })),
    { label: labels.suggested, colour: SUGGESTED },
    { label: labels.chosen, colour: CHOSEN, kind: 'dashed' },
  ];
  const legendW = Math.max(80, box.width - 180);
  const top = legendLayout(items, legendW).height + 10 + LABEL_ROWS;
  const bottom = 46;
  const ph = Math.max(10, (box.height - top - bottom - GAP) / 2);

  // y scales: inertia from 0 (or its minimum when negative), silhouette from min(0, min) to max(max, 0.1).
  const values = (m: Metric) => rows.map((r) => r[m]).filter(finite);
  const inertiaMax = max(values('inertia')) ?? 0;
  const inertiaMin = Math.min(0, min(values('inertia')) ?? 0);
  const silMin = Math.min(0, min(values('silhouette')) ?? 0);
  const silMax = Math.max(0.1, max(values('silhouette')) ?? 0);
  const ticksOf = (y: ScaleLinear<number, number>) => y.ticks(Math.max(2, Math.floor(ph / 36)));
  const panels: Panel[] = METRICS.map((metric, i) => {
    const domain =
      metric === 'inertia' ? [inertiaMin, inertiaMax > inertiaMin ? inertiaMax : inertiaMin + 1] : [silMin, silMax];
    const y = scaleLinear().domain(domain).nice().range([ph, 0]);
    return { metric, top: i * (ph + GAP), y, digits: valueDigits(ticksOf(y)) };
  });
  const tickW = max(panels.flatMap((p) => ticksOf(p.y).map((v) => textWidth(format(v, p.digits))))) ?? 0;
  const left = Math.min(160, Math.max(52, tickW + 34));
  const m = { top, right: 20, bottom, left };
  const w = Math.max(10, box.width - m.left - m.right);
  const plotH = 2 * ph + GAP;
  const k0 = ks.length ? ks[0] : 2;
  const k1 = ks.length ? ks[ks.length - 1] : 10;
  const x = scaleLinear()
    .domain([k0 - 0.5, k1 + 0.5])
    .range([0, w]);
  const step = Math.max(1, ks.length ? w / (k1 - k0 + 1) : w);
  // Integer ticks: every k tried, thinned when they would crowd.
  const tickStep = Math.max(1, Math.ceil((textWidth(format(k1, 0)) + 12) / step));
  const kTicks = ks.filter((k) => Number.isInteger(k) && (k - k0) % tickStep === 0);

  const status = (k: number) => [
    ...(k === suggested ? [labels.suggested] : []),
    ...(k === chosen ? [labels.chosen] : []),
  ];
  const name = (r: Row) => {
    const s = status(r.k);
    return s.length ? `${kScanName(r, labels, format)} (${s.join(', ')})` : kScanName(r, labels, format);
  };
  const tip = (r: Row) => [
    `k = ${r.k}`,
    ...METRICS.map((mt) => `${labels[mt]}: ${num(format, r[mt], DIGITS[mt])}`),
    ...status(r.k),
  ];
  const select = (k: number) => opts.onSelect?.(k);
  /** Markers only for a k on the axis. */
  const shown = (k: number | null): k is number => k !== null && k >= k0 - 0.5 && k <= k1 + 0.5;

  const svg = createSvg(root, box, `${labels.inertia}, ${labels.silhouette} × ${labels.k}`);
  const tooltip = createTooltip(root);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);

  // Columns: a click or tap anywhere in a k's column picks it and shows its values, as hovering does.
  plot
    .append('g')
    .attr('class', 'columns')
    .attr('aria-hidden', 'true')
    .selectAll('rect')
    .data(rows)
    .join('rect')
    .attr('class', 'column')
    .attr('data-k', (r) => r.k)
    .attr('x', (r) => x(r.k) - step / 2)
    .attr('width', step)
    .attr('height', plotH)
    .attr('fill', 'transparent')
    .style('cursor', opts.onSelect ? 'pointer' : 'default')
    .on('mouseenter mousemove click', (e: MouseEvent, r) => {
      const [px, py] = pointer(e, root);
      tooltip.show(tip(r), px, py);
      if (e.type === 'click') select(r.k);
    })
    .on('mouseleave', () => tooltip.leave());

  if (shown(suggested)) {
    plot
      .append('rect')
      .attr('class', 'suggested')
      .attr('data-k', suggested)
      .attr('x', x(suggested) - step * 0.4)
      .attr('width', step * 0.8)
      .attr('y', -4)
      .attr('height', plotH + 4)
      .attr('fill', SUGGESTED)
      .attr('pointer-events', 'none');
    markerLabel('suggested-label', suggested, labels.suggested, -LABEL_ROWS + 11);
  }

  for (const p of panels) {
    const g = plot.append('g').attr('class', `panel panel-${p.metric}`).attr('transform', `translate(0,${p.top})`);
    drawAxis(
      g,
      0,
      0,
      (a) =>
        a.call(
          axisLeft(p.y)
            .tickValues(ticksOf(p.y))
            .tickFormat((v) => format(+v, p.digits))
            .tickSizeOuter(0),
        ),
      `y-axis y-axis-${p.metric}`,
    );
    drawAxis(
      g,
      0,
      ph,
      (a) =>
        a.call(
          axisBottom(x)
            .tickValues(kTicks)
            .tickFormat((v) => (p.metric === 'silhouette' ? format(+v, 0) : ''))
            .tickSizeOuter(0),
        ),
      p.metric === 'silhouette' ? 'x-axis' : 'x-axis-inner',
    );
    const [d0] = p.y.domain();
    if (d0 < 0) {
      g.append('line')
        .attr('class', 'zero')
        .attr('x1', 0)
        .attr('x2', w)
        .attr('y1', p.y(0))
        .attr('y2', p.y(0))
        .style('stroke', THEME.muted)
        .attr('stroke-dasharray', '4 3')
        .attr('pointer-events', 'none');
    }
    const pts = rows.filter((r) => finite(r[p.metric]));
    g.append('path')
      .attr('class', `curve curve-${p.metric}`)
      .attr(
        'd',
        line<Row>()
          .x((r) => x(r.k))
          .y((r) => p.y(r[p.metric]))(pts) ?? '',
      )
      .attr('fill', 'none')
      .attr('stroke', COLOUR[p.metric])
      .attr('stroke-width', 2)
      .attr('pointer-events', 'none');
    const circles = g
      .append('g')
      .attr('class', 'points')
      .selectAll<SVGCircleElement, Point>('circle')
      .data(pts.map((row): Point => ({ row, metric: p.metric })))
      .join('circle')
      .attr('class', 'point')
      .attr('data-k', (d) => d.row.k)
      .attr('data-metric', p.metric)
      .attr('cx', (d) => x(d.row.k))
      .attr('cy', (d) => p.y(d.row[p.metric]))
      .attr('r', (d) => (d.row.k === chosen ? 6 : 4.5))
      .attr('fill', COLOUR[p.metric])
      .style('stroke', (d) => (d.row.k === chosen ? THEME.text : THEME.panel))
      .attr('stroke-width', (d) => (d.row.k === chosen ? 2 : 1.5))
      .attr('aria-pressed', (d) => (opts.onSelect ? String(d.row.k === chosen) : null));
    bindMarks(circles, {
      root,
      tooltip,
      label: (d) => name(d.row),
      tip: (d) => tip(d.row),
      anchor: (d) => [m.left + x(d.row.k), m.top + p.top + p.y(d.row[p.metric])],
      activate: opts.onSelect ? (d) => select(d.row.k) : undefined,
    });
  }

  if (shown(chosen)) {
    plot
      .insert('line', '.panel')
      .attr('class', 'chosen')
      .attr('data-k', chosen)
      .attr('x1', x(chosen))
      .attr('x2', x(chosen))
      .attr('y1', -4)
      .attr('y2', plotH)
      .attr('stroke', CHOSEN)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', '6 4')
      .attr('pointer-events', 'none');
    markerLabel('chosen-label', chosen, labels.chosen, -8);
  }

  /** A marker's label above the plot at k, kept inside the plot's width. */
  function markerLabel(cls: string, k: number, text: string, y: number): void {
    const cx = x(k);
    const half = textWidth(text) / 2;
    const [anchor, tx] =
      cx - half < -m.left + 4
        ? ['start', Math.max(-m.left + 4, cx - 6)]
        : cx + half > w + m.right - 4
          ? ['end', Math.min(w + m.right - 4, cx + 6)]
          : ['middle', cx];
    plot
      .append('text')
      .attr('class', cls)
      .attr('x', tx)
      .attr('y', y)
      .attr('text-anchor', anchor)
      .attr('font-weight', 600)
      .style('fill', THEME.text)
      .text(text);
  }

  axisTitle(svg, labels.k, m.left + w / 2, box.height - 8);
  for (const p of panels) axisTitle(svg, fitText(labels[p.metric], ph + GAP - 4, 12), 14, m.top + p.top + ph / 2, true);
  drawLegend(svg, items, m.left, 4, legendW);
}
