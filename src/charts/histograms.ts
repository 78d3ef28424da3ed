import { axisBottom, axisLeft, max, pointer, scaleLinear } from 'd3';
import type { ScaleLinear } from 'd3';
import { axisTitle, drawAxis } from './axes.ts';
import { mountChart } from './handle.ts';
import { THEME, TOL_MUTED } from './palette.ts';
import { chartSize, createSvg, fitText, textWidth } from './size.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, Format, HistogramsData, HistogramsOpts } from './types.ts';
import { valueDigits } from './valueDigits.ts';

/** One bin of a panel: its position, edges and count. */
interface Bin {
  panel: number;
  bin: number;
  x0: number;
  x1: number;
  count: number;
}

/** One panel as laid out: its bins, x scale, top-left corner (svg pixels) and edge digits. */
interface Panel {
  index: number;
  label: string;
  bins: Bin[];
  x: ScaleLinear<number, number>;
  left: number;
  top: number;
  digits: number;
}

/** Tol's light blue bars; the bar under the pointer or keyboard cursor in Tol's indigo. */
const BAR = TOL_MUTED[4];
const ACTIVE = TOL_MUTED[1];
/** Height of a row of panels (default height = rows × ROW_H), its title band and x-axis band; gap between columns. */
const ROW_H = 180;
const TITLE_H = 24;
const AXIS_H = 30;
const COL_GAP = 18;

/** Panels per row: 2 below 480 px, 3 below 800 px, else 4 (never more than there are panels). */
export function histogramColumns(width: number, panels: number): number {
  const byWidth = width < 480 ? 2 : width < 800 ? 3 : 4;
  return Math.max(1, Math.min(byWidth, panels));
}

/**
 * Fraction digits of a panel's bin edges: enough for the bin width (one significant digit more),
 * but no more than the edges need (at most 3).
 */
export function edgeDigits(edges: ArrayLike<number>): number {
  const finite = Array.from(edges).filter(Number.isFinite);
  let width = Infinity;
  for (let i = 1; i < finite.length; i++) {
    const d = Math.abs(finite[i] - finite[i - 1]);
    if (d > 0) width = Math.min(width, d);
  }
  const bySize = Number.isFinite(width) ? Math.max(0, Math.ceil(-Math.log10(width)) + 1) : 0;
  return Math.min(3, bySize, valueDigits(finite, 3));
}

/** "1.25 – 1.50": a bin's range with the panel's digits. */
function rangeText(format: Format, b: Bin, digits: number): string {
  return `${format(b.x0, digits)} – ${format(b.x1, digits)}`;
}

/**
 * Draws small-multiple histograms, one panel per feature (data.panels in order) in a grid of 2–4
 * panels per row (by width), each titled with its label and with an x axis of a few ticks. All
 * panels share one y scale from 0 (so bar heights compare across features; a y axis with the
 * labels.count title on the first panel of each row). Bars `rect.bar[data-panel][data-bin]` span
 * their bin edges with heights ∝ counts (non-finite or negative counts draw nothing; bins with a
 * non-finite edge are left out). Hovering or tapping a bar (or the panel above it) shows its range
 * and count; each `g.panel` is focusable and ArrowLeft/ArrowRight (Home/End) move a cursor through its
 * bins with the tooltip (a live region). Height defaults to 180 px per row of panels.
 */
export function drawHistograms(
  el: HTMLElement,
  data: HistogramsData,
  opts: HistogramsOpts,
): ChartHandle<HistogramsData, HistogramsOpts> {
  return mountChart(el, 'histograms', data, opts, render);
}

function render(root: HTMLDivElement, data: HistogramsData, opts: HistogramsOpts): void {
  const { labels, format } = opts;
  const host = root.parentElement ?? root;
  const n = data.panels.length;
  const width = chartSize(host, opts, ROW_H).width;
  const cols = histogramColumns(width, n);
  const rows = Math.max(1, Math.ceil(n / cols));
  const box = chartSize(host, opts, rows * ROW_H);
  const rowH = box.height / rows;
  const ph = Math.max(10, rowH - TITLE_H - AXIS_H);

  const bins: Bin[][] = data.panels.map((p, panel) => {
    const out: Bin[] = [];
    const count = Math.min(p.counts.length, p.edges.length - 1);
    for (let bin = 0; bin < count; bin++) {
      const x0 = Number(p.edges[bin]);
      const x1 = Number(p.edges[bin + 1]);
      const c = Number(p.counts[bin]);
      if (!Number.isFinite(x0) || !Number.isFinite(x1)) continue;
      out.push({ panel, bin, x0, x1, count: Number.isFinite(c) && c > 0 ? c : 0 });
    }
    return out;
  });
  const yMax = max(bins.flat(), (b) => b.count) ?? 0;
  const y = scaleLinear()
    .domain([0, yMax > 0 ? yMax : 1])
    .nice()
    .range([ph, 0]);
  const yTicks = y.ticks(Math.max(2, Math.floor(ph / 30))).filter(Number.isInteger);
  const left = Math.min(100, Math.max(40, (max(yTicks, (v) => textWidth(format(v, 0))) ?? 0) + 30));
  const right = 12;
  const pw = Math.max(20, (box.width - left - right - (cols - 1) * COL_GAP) / cols);

  const panels: Panel[] = data.panels.map((p, index) => {
    const own = bins[index];
    const lo = own.length ? Math.min(own[0].x0, own[own.length - 1].x1) : 0;
    const hi = own.length ? Math.max(own[0].x0, own[own.length - 1].x1) : 1;
    const x = scaleLinear()
      .domain(hi > lo ? [lo, hi] : [lo - 1, lo + 1])
      .range([0, pw]);
    return {
      index,
      label: p.label,
      bins: own,
      x,
      left: left + (index % cols) * (pw + COL_GAP),
      top: Math.floor(index / cols) * rowH + TITLE_H,
      digits: edgeDigits(p.edges),
    };
  });

  const svg = createSvg(root, box, `${labels.count}: ${data.panels.map((p) => p.label).join(', ')}`);
  const tooltip = createTooltip(root, true);
  const barX = (p: Panel, b: Bin) => Math.min(p.x(b.x0), p.x(b.x1));
  const barW = (p: Panel, b: Bin) => {
    const full = Math.abs(p.x(b.x1) - p.x(b.x0));
    return Math.max(0, full > 4 ? full - 1 : full);
  };
  /** A panel's name: its label, the range of its bins and the total count. */
  const panelName = (p: Panel) => {
    const total = p.bins.reduce((s, b) => s + b.count, 0);
    if (!p.bins.length) return p.label;
    const all = { ...p.bins[0], x1: p.bins[p.bins.length - 1].x1 };
    return `${p.label}: ${rangeText(format, all, p.digits)}, ${labels.count}: ${format(total, 0)}`;
  };
  const tip = (p: Panel, b: Bin) => [p.label, rangeText(format, b, p.digits), `${labels.count}: ${format(b.count, 0)}`];

  for (const p of panels) {
    const g = svg
      .append('g')
      .attr('class', 'panel')
      .attr('data-panel', p.index)
      .attr('transform', `translate(${p.left},${p.top})`)
      .attr('tabindex', 0)
      .attr('role', 'application')
      .attr('aria-label', panelName(p))
      .attr('aria-keyshortcuts', 'ArrowLeft ArrowRight Home End');
    const title = g
      .append('text')
      .attr('class', 'panel-title')
      .attr('x', pw / 2)
      .attr('y', -8)
      .attr('text-anchor', 'middle')
      .attr('font-size', 12)
      .attr('font-weight', 600)
      .style('fill', THEME.text)
      .text(fitText(p.label, pw, 12));
    if (title.text() !== p.label) title.append('title').text(p.label);

    const overlay = g
      .append('rect')
      .attr('class', 'overlay')
      .attr('width', pw)
      .attr('height', ph)
      .attr('fill', 'transparent');
    const bars = g
      .append('g')
      .attr('class', 'bars')
      .selectAll<SVGRectElement, Bin>('rect')
      .data(p.bins)
      .join('rect')
      .attr('class', 'bar')
      .attr('data-panel', p.index)
      .attr('data-bin', (b) => b.bin)
      .attr('x', (b) => barX(p, b))
      .attr('y', (b) => y(b.count))
      .attr('width', (b) => barW(p, b))
      .attr('height', (b) => ph - y(b.count))
      .attr('fill', BAR)
      .attr('role', 'img')
      .attr('aria-label', (b) => tip(p, b).slice(1).join(', '));

    let cursor = -1;
    const hide = () => {
      cursor = -1;
      bars.attr('fill', BAR);
      tooltip.hide();
    };
    /** Shows bin k of the panel (index into p.bins) at (tx, ty) in root pixels, or above its bar. */
    const show = (k: number, at?: [number, number]) => {
      const b = p.bins[k];
      if (!b) return;
      cursor = k;
      bars.attr('fill', (d) => (d === b ? ACTIVE : BAR));
      const [tx, ty] = at ?? [p.left + barX(p, b) + barW(p, b) / 2, p.top + y(b.count)];
      tooltip.show(tip(p, b), tx, ty);
    };
    bars.on('mouseenter mousemove click', (e: MouseEvent, b) => show(p.bins.indexOf(b), pointer(e, root)));
    overlay.on('mousemove click', (e: MouseEvent) => {
      const v = p.x.invert(pointer(e, g.node())[0]);
      const k = p.bins.findIndex((b) => v >= Math.min(b.x0, b.x1) && v <= Math.max(b.x0, b.x1));
      if (k >= 0) show(k, pointer(e, root));
      else hide();
    });
    g.on('mouseleave', () => tooltip.leave(hide)).on('blur', hide);
    g.on('keydown', (e: KeyboardEvent) => {
      if (e.key === 'Escape') return hide();
      const last = p.bins.length - 1;
      if (last < 0) return;
      const next = new Map([
        ['ArrowRight', cursor < 0 ? 0 : Math.min(last, cursor + 1)],
        ['ArrowLeft', cursor < 0 ? last : Math.max(0, cursor - 1)],
        ['Home', 0],
        ['End', last],
      ]).get(e.key);
      if (next === undefined) return;
      e.preventDefault();
      show(next);
    });

    const xTickW = Math.max(textWidth(format(p.x.domain()[0], p.digits)), textWidth(format(p.x.domain()[1], p.digits)));
    const xTicks = p.x.ticks(Math.max(2, Math.min(5, Math.floor(pw / (xTickW + 20)))));
    const xDigits = valueDigits(xTicks, 3);
    drawAxis(
      g,
      0,
      ph,
      (a) =>
        a.call(
          axisBottom(p.x)
            .tickValues(xTicks)
            .tickFormat((v) => format(+v, xDigits))
            .tickSizeOuter(0),
        ),
      'x-axis',
    );
    if (p.index % cols === 0) {
      drawAxis(
        g,
        0,
        0,
        (a) =>
          a.call(
            axisLeft(y)
              .tickValues(yTicks)
              .tickFormat((v) => format(+v, 0))
              .tickSizeOuter(0),
          ),
        'y-axis',
      );
      axisTitle(svg, labels.count, 12, p.top + ph / 2, true);
    }
  }
}
