/** The ChartHandle of charts that simply clear and redraw on update. */
import { createRoot } from './size.ts';
import type { ChartHandle } from './types.ts';

/**
 * Creates the chart root in el, draws into it and returns the handle: update() empties the root and
 * draws again, destroy() removes the root (with every node and listener the chart added).
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
      root.replaceChildren();
      render(root, d, o);
    },
    destroy() {
      root.replaceChildren();
      root.remove();
    },
  };
}
