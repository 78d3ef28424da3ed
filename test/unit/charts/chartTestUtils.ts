/** Shared fixtures and helpers of the chart tests (happy-dom: no layout, no 2D canvas). */
import { rng } from '../rng.ts';
import type { Format, SegmentDatum } from '../../../src/charts/types.ts';

export { rng };

/** Deterministic en-US number format like the app's. */
export const fmt: Format = (n, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A detached-from-layout host element in the document. */
export function host(): HTMLDivElement {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
}

/** Numeric attribute of an element (NaN when missing). */
export function num(el: Element | null | undefined, name: string): number {
  return parseFloat(el?.getAttribute(name) ?? '');
}

/** Dispatches a keydown of `key` on the element. */
export function press(el: Element, key: string): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** Dispatches a click on the element. */
export function click(el: Element): void {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

/** The chart's SVG as a stable string for snapshots: numbers in attributes rounded to 1 decimal, one tag a line. */
export function cleanSvg(el: HTMLElement): string {
  const svg = el.querySelector('svg');
  if (!svg) return '';
  const round = (n: string) => {
    const r = Math.round(parseFloat(n) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  };
  return svg.outerHTML
    .replace(/="([^"]*)"/g, (_m, value: string) => `="${value.replace(/-?\d+\.\d{2,}(?:e[-+]?\d+)?/gi, round)}"`)
    .replace(/></g, '>\n<');
}

function segment(index: number, id: string, label: string, colour: string, customers: number, revenue: number) {
  return { index, id, label, colour, customers, revenue, avgRecency: 10 + index * 20, avgFrequency: 5 - index / 2 };
}

/** Five segments (one empty), shares computed from the counts. */
export function segments(): SegmentDatum[] {
  const rows = [
    segment(0, 'champions', 'Champions', '#CC6677', 120, 48000),
    segment(1, 'loyal', 'Loyal', '#332288', 300, 36000),
    segment(2, 'at-risk', 'At risk', '#DDCC77', 60, 9000),
    segment(3, 'lost', 'Lost', '#117733', 0, 0),
    segment(4, 'unmatched', 'Unmatched', '#BBBBBB', 20, 1000),
  ];
  const customers = rows.reduce((s, r) => s + r.customers, 0);
  const revenue = rows.reduce((s, r) => s + r.revenue, 0);
  return rows.map((r) => ({
    ...r,
    customerShare: r.customers / customers,
    revenueShare: r.revenue / revenue,
    net: r.revenue,
    netShare: r.revenue / revenue,
    avgMonetary: r.customers ? r.revenue / r.customers : NaN,
  }));
}
