/** The chart tooltip: a positioned div inside the chart root (which is position: relative). */

export interface Tooltip {
  node: HTMLDivElement;
  /** Shows the lines (the first in bold) near (x, y) in the root's pixel coordinates. */
  show(lines: string[], x: number, y: number): void;
  hide(): void;
  /**
   * The pointer left what the tooltip is about (mouseleave): calls `hide` (default: hide the
   * tooltip; a chart passes its own that also clears a highlight). After a tap it waits instead
   * (touch browsers send mouseleave right after the tap's click) until a tap outside the chart.
   */
  leave(hide?: () => void): void;
}

/** The kind of the last pointer that came down or moved in each chart root ("mouse", "touch", "pen"). */
const pointerKind = new WeakMap<HTMLElement, string>();

function trackPointer(root: HTMLElement): void {
  if (pointerKind.has(root)) return;
  pointerKind.set(root, '');
  const note = (e: Event) => pointerKind.set(root, (e as PointerEvent).pointerType ?? '');
  root.addEventListener('pointerdown', note, true);
  root.addEventListener('pointermove', note, true);
}

/** Creates a hidden tooltip in root; `live` makes screen readers announce its text (keyboard browsing). */
export function createTooltip(root: HTMLElement, live = false): Tooltip {
  const node = document.createElement('div');
  node.className = 'chart-tooltip';
  node.setAttribute('role', live ? 'status' : 'tooltip');
  if (live) node.setAttribute('aria-live', 'polite');
  Object.assign(node.style, {
    position: 'absolute',
    display: 'none',
    pointerEvents: 'none',
    zIndex: '2',
    padding: '4px 6px',
    borderWidth: '1px',
    borderStyle: 'solid',
    borderColor: 'var(--line, #d5d9e0)',
    borderRadius: '4px',
    background: 'var(--panel, #ffffff)',
    color: 'var(--text, #1b1f24)',
    font: '12px/1.35 system-ui, sans-serif',
    whiteSpace: 'nowrap',
    boxShadow: '0 2px 6px rgba(0, 0, 0, 0.15)',
  });
  root.append(node);
  trackPointer(root);
  // After a tap: what hides the tooltip on the next pointer down outside the chart.
  let pending: (() => void) | null = null;
  const doc = root.ownerDocument;
  const outside = (e: Event) => {
    if (!node.isConnected) return doc.removeEventListener('pointerdown', outside, true);
    if (!pending || root.contains(e.target as Node)) return;
    const hide = pending;
    pending = null;
    hide();
  };
  doc.addEventListener('pointerdown', outside, true);
  const tooltip: Tooltip = {
    node,
    show(lines, x, y) {
      node.replaceChildren(
        ...lines.map((text, i) => {
          const line = document.createElement('div');
          line.textContent = text;
          if (i === 0) line.style.fontWeight = '600';
          return line;
        }),
      );
      node.style.display = 'block';
      const w = node.offsetWidth;
      const h = node.offsetHeight;
      const maxX = root.clientWidth || Infinity;
      const left = x + 12 + w > maxX ? Math.max(0, x - 12 - w) : x + 12;
      const top = y - 8 - h < 0 ? y + 12 : y - 8 - h;
      node.style.left = `${Math.round(left)}px`;
      node.style.top = `${Math.round(top)}px`;
    },
    hide() {
      pending = null;
      node.style.display = 'none';
    },
    leave(hide = () => tooltip.hide()) {
      if (pointerKind.get(root) === 'touch') pending = hide;
      else hide();
    },
  };
  return tooltip;
}
