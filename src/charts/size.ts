/** Sizes, margins and the root elements every chart draws into. */
import { select } from 'd3';
import type { Selection } from 'd3';
import type { BaseOpts } from './types.ts';

export interface Box {
  width: number;
  height: number;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/** Width from opts.width, else the element's clientWidth (640 when 0); height from opts.height or the default. */
export function chartSize(el: HTMLElement, opts: BaseOpts, defaultHeight: number): Box {
  const width = opts.width ?? (el.clientWidth || 640);
  const height = opts.height ?? defaultHeight;
  return { width: Math.max(160, Math.round(width)), height: Math.max(120, Math.round(height)) };
}

/** The div a chart puts all its nodes in (positioned, so tooltips can be placed in it). */
export function createRoot(el: HTMLElement, kind: string): HTMLDivElement {
  const root = document.createElement('div');
  root.className = `chart-root chart-${kind}`;
  root.style.position = 'relative';
  el.append(root);
  return root;
}

/** Styles inside every chart's SVG: a visible keyboard focus ring on focusable marks. */
const FOCUS_CSS =
  '[tabindex]:focus{outline:none}[tabindex]:focus-visible{outline:2px solid var(--accent, #0b5cad);outline-offset:2px}';

/** Appends an SVG of the given pixel size with an accessible name. */
export function createSvg(root: HTMLElement, box: Box, label: string): Svg {
  const svg = select(root)
    .append('svg')
    .attr('width', box.width)
    .attr('height', box.height)
    .attr('viewBox', `0 0 ${box.width} ${box.height}`)
    .attr('role', 'group')
    .attr('aria-label', label)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 11)
    .style('display', 'block')
    .style('overflow', 'visible');
  svg.append('style').text(FOCUS_CSS);
  return svg;
}

/** Rough width in pixels of a text in a sans-serif font (no layout in workers and tests). */
export function textWidth(text: string, fontSize = 11): number {
  return text.length * fontSize * 0.58;
}

/** Shortens a text with an ellipsis so its estimated width fits. */
export function fitText(text: string, width: number, fontSize = 11): string {
  if (textWidth(text, fontSize) <= width) return text;
  const n = Math.floor(width / (fontSize * 0.58)) - 1;
  return n >= 1 ? `${text.slice(0, n)}…` : '';
}
