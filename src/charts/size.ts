/** Sizes, margins and the root elements every chart draws into. */
import { select } from 'd3';
import type { Selection } from 'd3';
import type { BaseOpts } from './types.ts';
import './charts.css';

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
  return svg;
}

/**
 * Code point ranges (inclusive) of East Asian wide and full-width characters, drawn about 1 em wide:
 * Hangul Jamo, CJK radicals, symbols and punctuation, Hiragana, Katakana, Bopomofo, Hangul
 * compatibility Jamo, enclosed CJK, CJK Unified Ideographs (with extensions), Yi, Hangul
 * syllables, CJK compatibility ideographs, vertical and small forms, full-width forms (not the
 * half-width Katakana and Hangul of U+FF61–U+FFDC) and the common emoji blocks.
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

/** True for an East Asian wide or full-width character (about 1 em wide). */
export function isWideChar(codePoint: number): boolean {
  if (codePoint < 0x1100) return false;
  for (const [lo, hi] of WIDE) {
    if (codePoint < lo) return false;
    if (codePoint <= hi) return true;
  }
  return false;
}

/** Estimated width of one character in em: 1 for wide (CJK, full-width) characters, else 0.58. */
const NARROW_EM = 0.58;
const charEm = (ch: string) => (isWideChar(ch.codePointAt(0) ?? 0) ? 1 : NARROW_EM);

/**
 * Rough width in pixels of a text in a sans-serif font (no layout in workers and tests): 0.58 em
 * per character, 1 em per East Asian wide or full-width character (counted by code point).
 */
export function textWidth(text: string, fontSize = 11): number {
  let narrow = 0;
  let wide = 0;
  for (const ch of text) {
    if (isWideChar(ch.codePointAt(0) ?? 0)) wide++;
    else narrow++;
  }
  return narrow * fontSize * NARROW_EM + wide * fontSize;
}

/** Shortens a text with an ellipsis (0.58 em) so its estimated width (see textWidth) fits. */
export function fitText(text: string, width: number, fontSize = 11): string {
  if (textWidth(text, fontSize) <= width) return text;
  // The longest prefix (whole code points) that fits with the ellipsis.
  const room = width / fontSize - NARROW_EM;
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const em = charEm(ch);
    if (used + em > room + 1e-9) break;
    used += em;
    end += ch.length;
  }
  return end > 0 ? `${text.slice(0, end)}…` : '';
}
