/** Keyboard, pointer, touch and tooltip behaviour shared by the charts' focusable marks. */
import { pointer } from 'd3';
import type { BaseType, Selection } from 'd3';
import type { Tooltip } from './tooltip.ts';

export interface MarkBehaviour<T> {
  /** The chart root (tooltip coordinates are relative to it). */
  root: HTMLElement;
  tooltip: Tooltip;
  /** Accessible name of a mark. */
  label: (d: T) => string;
  /** Tooltip lines (first = title). */
  tip: (d: T) => string[];
  /** Where the tooltip goes when the mark gets keyboard focus (root pixels). */
  anchor: (d: T) => [number, number];
  /** Click, Enter or Space; without it the marks are focusable images, not buttons. */
  activate?: (d: T) => void;
}

/**
 * Where a pointer event happened in root pixels, or `fallback` for a click without a position (one
 * from the keyboard or a script: detail 0).
 */
export function eventAt(e: MouseEvent, root: HTMLElement, fallback: () => [number, number]): [number, number] {
  return e.detail === 0 ? fallback() : pointer(e, root);
}

/**
 * Makes marks focusable (tabindex 0), named, and shows the tooltip on hover, on a click or tap
 * (touch screens have no hover) and on keyboard focus.
 */
export function bindMarks<E extends SVGElement, T>(
  marks: Selection<E, T, BaseType, unknown>,
  b: MarkBehaviour<T>,
): void {
  const { activate, tooltip } = b;
  // Typed event listeners need a concrete element type.
  const sel = marks as unknown as Selection<SVGElement, T, BaseType, unknown>;
  sel
    .attr('tabindex', 0)
    .attr('role', activate ? 'button' : 'img')
    .attr('aria-label', (d) => b.label(d))
    .style('cursor', activate ? 'pointer' : 'default')
    .on('click', (e: MouseEvent, d) => {
      const [x, y] = eventAt(e, b.root, () => b.anchor(d));
      tooltip.show(b.tip(d), x, y);
      activate?.(d);
    })
    .on('keydown', (e: KeyboardEvent, d) => {
      if (activate && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        activate(d);
      } else if (e.key === 'Escape') tooltip.hide();
    })
    .on('mouseenter mousemove', (e: MouseEvent, d) => {
      const [x, y] = pointer(e, b.root);
      tooltip.show(b.tip(d), x, y);
    })
    .on('focus', (_e: FocusEvent, d) => {
      const [x, y] = b.anchor(d);
      tooltip.show(b.tip(d), x, y);
    })
    .on('mouseleave', () => tooltip.leave())
    .on('blur', () => tooltip.hide());
}
