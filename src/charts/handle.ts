/** The ChartHandle of charts that simply clear and redraw on update. */
import { createRoot } from './size.ts';
import type { ChartHandle } from './types.ts';

/** Where the focus was in a chart: a selector for the same mark and its place among the focusable ones. */
interface FocusSpot {
  selector: string;
  index: number;
}

const FOCUSABLE = '[tabindex]';
const quote = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;

/** The focused element's tag, classes (but "selected") and data-* attributes, and its index. */
function focusSpot(root: HTMLElement, el: Element): FocusSpot {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => /^[\w-]+$/.test(c) && c !== 'selected');
  const data = Array.from(el.attributes)
    .filter((a) => a.name.startsWith('data-'))
    .map((a) => `[${a.name}=${quote(a.value)}]`);
  const selector = `${el.tagName.toLowerCase()}${classes.map((c) => `.${c}`).join('')}${data.join('')}`;
  return { selector, index: Array.from(root.querySelectorAll(FOCUSABLE)).indexOf(el) };
}

/** Focuses the mark matching the spot after a redraw, else the focusable one at the same place. */
function refocus(root: HTMLElement, spot: FocusSpot): void {
  let target: Element | null = null;
  try {
    target = root.querySelector(spot.selector);
  } catch {
    target = null;
  }
  if (!target?.matches(FOCUSABLE)) {
    const all = root.querySelectorAll(FOCUSABLE);
    target = all.length && spot.index >= 0 ? all[Math.min(spot.index, all.length - 1)] : null;
  }
  (target as HTMLElement | SVGElement | null)?.focus({ preventScroll: true });
}

/**
 * Creates the chart root in el, draws into it and returns the handle: update() empties the root and
 * draws again, destroy() removes the root (with every node and listener the chart added). When the
 * focus was on a mark, update() puts it back on the same mark (or the one at the same place), so
 * selecting with Enter, a click or a tap keeps the keyboard position and the mark's tooltip.
 */
export function mountChart<D, O>(
  el: HTMLElement,
  kind: string,
  data: D,
  opts: O,
  render: (root: HTMLDivElement, data: D, opts: O) => void,
): ChartHandle<D, O> {
  const root = createRoot(el, kind);
  render(root, data, opts);
  return {
    update(d, o) {
      const active = root.ownerDocument.activeElement;
      const spot = active && active !== root && root.contains(active) ? focusSpot(root, active) : null;
      root.replaceChildren();
      render(root, d, o);
      if (spot) refocus(root, spot);
    },
    destroy() {
      root.replaceChildren();
      root.remove();
    },
  };
}
