// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { drawSankey } from '../../../src/charts/sankey.ts';
import { textWidth } from '../../../src/charts/size.ts';
import type { SankeyData, SankeyOpts } from '../../../src/charts/sankey.ts';
import { cleanSvg, click, fmt, host, num, press } from './chartTestUtils.ts';

// Two dates, segments Top and Low, plus new customers at the second date:
// Top → Top 30, Top → Low 10, Low → Top 5, Low → Low 45, new → Top 2, new → Low 8.
function data(selected: number | null = null): SankeyData {
  return {
    columns: ['2024-03-31', '2024-06-30'],
    nodes: [
      { column: 0, segment: 0, label: 'Top', colour: '#CC6677' },
      { column: 0, segment: 1, label: 'Low', colour: '#332288' },
      { column: 0, segment: -1, label: 'New', colour: '#BBBBBB' },
      { column: 1, segment: 0, label: 'Top', colour: '#CC6677' },
      { column: 1, segment: 1, label: 'Low', colour: '#332288' },
    ],
    links: [
      { source: 0, target: 3, value: 30 },
      { source: 0, target: 4, value: 10 },
      { source: 1, target: 3, value: 5 },
      { source: 1, target: 4, value: 45 },
      { source: 2, target: 3, value: 2 },
      { source: 2, target: 4, value: 8 },
    ],
    selected,
  };
}

const opts = (onSelect?: (i: number) => void): SankeyOpts => ({
  width: 600,
  height: 320,
  format: fmt,
  labels: { customers: 'customers', chart: 'Segments over time' },
  onSelect,
});

describe('drawSankey', () => {
  it('draws one node per segment and date, heights ∝ customers on one scale', () => {
    const el = host();
    drawSankey(el, data(), opts());
    const nodes = Array.from(el.querySelectorAll('rect.node'));
    expect(nodes.map((n) => [n.getAttribute('data-column'), n.getAttribute('data-segment')])).toEqual([
      ['0', '0'],
      ['0', '1'],
      ['0', '-1'],
      ['1', '0'],
      ['1', '1'],
    ]);
    // Top at the first date: 40 customers; Low: 50; new: 10. At the second: Top 37, Low 63.
    const per = num(nodes[0], 'height') / 40;
    [40, 50, 10, 37, 63].forEach((v, i) => expect(num(nodes[i], 'height')).toBeCloseTo(v * per, 6));
    expect(el.querySelectorAll('path.flow')).toHaveLength(6);
    expect(el.querySelector('path.flow[data-index="3"]')!.getAttribute('aria-label')).toBe(
      '2024-03-31 · Low → Low: 45 customers',
    );
  });

  it('selects a flow by click and by Enter, and highlights the selected one', () => {
    const onSelect = vi.fn();
    const el = host();
    drawSankey(el, data(1), opts(onSelect));
    click(el.querySelector('path.flow[data-index="2"]')!);
    press(el.querySelector('path.flow[data-index="4"]')!, 'Enter');
    expect(onSelect.mock.calls).toEqual([[2], [4]]);
    const opacity = (i: number) => el.querySelector(`path.flow[data-index="${i}"]`)!.getAttribute('stroke-opacity');
    expect([opacity(1), opacity(0)]).toEqual(['0.85', '0.2']);
  });

  it('matches the snapshot', () => {
    const el = host();
    drawSankey(el, data(), opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });

  // Four dates on a 768 px tablet (736 px chart): the last date's labels were drawn left of its
  // nodes, on top of the third date's labels ("Champions 48Champions 51").
  it.each([736, 1200])('keeps every label in free space between the columns at %i px', (width) => {
    const names = ['Champions', 'Potential loyalist', 'Hibernating customers', 'Newly acquired'];
    const columns = ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'];
    const nodes = columns.flatMap((_, column) =>
      names.map((label, segment) => ({ column, segment, label, colour: '#CC6677' })),
    );
    const links = columns
      .slice(1)
      .flatMap((_, c) =>
        names.map((_, s) => ({ source: c * names.length + s, target: (c + 1) * names.length + s, value: 40 + s })),
      );
    const el = host();
    drawSankey(el, { columns, nodes, links }, { ...opts(), width, height: 400 });
    const columnX = columns.map((_, c) => num(el.querySelector(`rect.node[data-column="${c}"]`), 'x'));
    const groups = Array.from(el.querySelectorAll('g.nodes > g'));
    expect(groups.filter((g) => g.querySelector('text'))).toHaveLength(nodes.length);
    for (const g of groups) {
      const rect = g.querySelector('rect')!;
      const text = g.querySelector('text')!;
      const c = Number(rect.getAttribute('data-column'));
      const w = textWidth(text.textContent ?? '');
      const start = text.getAttribute('text-anchor') === 'end' ? num(text, 'x') - w : num(text, 'x');
      const [lo, hi] =
        c === 0
          ? [0, columnX[0]]
          : [columnX[c] + num(rect, 'width'), c === columns.length - 1 ? width : columnX[c + 1]];
      expect(start, `${text.textContent} starts in its space`).toBeGreaterThanOrEqual(lo);
      expect(start + w, `${text.textContent} ends in its space`).toBeLessThanOrEqual(hi);
    }
  });
});
