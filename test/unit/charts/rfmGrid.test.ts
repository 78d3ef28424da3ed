// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { drawRfmGrid } from '../../../src/charts/rfmGrid.ts';
import type { RfmGridData, RfmGridOpts } from '../../../src/charts/types.ts';
import { cleanSvg, click, fmt, host, num, press } from './chartTestUtils.ts';

function grid(rGrades: number, fGrades: number, extra: Partial<RfmGridData> = {}): RfmGridData {
  const n = rGrades * fGrades;
  const count = Array.from({ length: n }, (_v, i) => (i * 7) % 11);
  const avgMonetary = count.map((c, i) => (c ? 10 + i * 1.5 : NaN));
  return { rGrades, fGrades, count, avgMonetary, ...extra };
}

function opts(extra: Partial<RfmGridOpts> = {}): RfmGridOpts {
  return {
    encode: 'colour',
    width: 400,
    height: 300,
    format: fmt,
    labels: { x: 'Recency score', y: 'Frequency score', count: 'customers', avgMonetary: 'avg monetary' },
    ...extra,
  };
}

const cells = (el: HTMLElement) => Array.from(el.querySelectorAll<SVGRectElement>('rect.cell'));
const cell = (el: HTMLElement, r: number, f: number) => el.querySelector(`rect.cell[data-r="${r}"][data-f="${f}"]`)!;

describe('drawRfmGrid', () => {
  it.each([
    [5, 5],
    [3, 4],
    [4, 2],
    [1, 1],
  ])('draws %i × %i cells with their counts in the aria-labels', (rG, fG) => {
    const el = host();
    const data = grid(rG, fG);
    drawRfmGrid(el, data, opts());
    expect(cells(el)).toHaveLength(rG * fG);
    for (let r = 1; r <= rG; r++) {
      for (let f = 1; f <= fG; f++) {
        const c = cell(el, r, f);
        const count = data.count[(r - 1) * fG + (f - 1)];
        expect(c.getAttribute('aria-label')).toContain(`R ${r}, F ${f}: ${fmt(count)} customers, avg monetary`);
        expect(c.getAttribute('tabindex')).toBe('0');
        expect(c.getAttribute('role')).toBe('button');
      }
    }
  });

  it('puts frequency 1 at the bottom and recency 1 at the left', () => {
    const el = host();
    drawRfmGrid(el, grid(3, 3), opts());
    const pos = (r: number, f: number) => cell(el, r, f).parentElement!.getAttribute('transform')!;
    const xy = (s: string) => s.match(/-?[\d.]+/g)!.map(Number);
    expect(xy(pos(1, 1))[1]).toBeGreaterThan(xy(pos(1, 3))[1]);
    expect(xy(pos(1, 1))[0]).toBeLessThan(xy(pos(3, 1))[0]);
  });

  it('writes the average monetary, or a dash for an empty cell', () => {
    const el = host();
    drawRfmGrid(el, { rGrades: 1, fGrades: 2, count: [0, 3], avgMonetary: [NaN, 345.6] }, opts());
    expect(cell(el, 1, 1).getAttribute('aria-label')).toBe('R 1, F 1: 0 customers, avg monetary –');
    expect(cell(el, 1, 2).getAttribute('aria-label')).toBe('R 1, F 2: 3 customers, avg monetary 345.6');
  });

  it('uses the recency tick labels in the axis and the names', () => {
    const el = host();
    drawRfmGrid(el, grid(3, 2, { rTickLabels: ['3', '2', '1'] }), opts());
    const ticks = Array.from(el.querySelectorAll('.x-axis .tick text')).map((t) => t.textContent);
    expect(ticks).toEqual(['3', '2', '1']);
    expect(cell(el, 1, 2).getAttribute('aria-label')).toMatch(/^R 3, F 2:/);
  });

  it('colour mode: writes the counts, fills by count and shows a ramp with min and max', () => {
    const el = host();
    drawRfmGrid(el, { rGrades: 2, fGrades: 1, count: [5, 50], avgMonetary: [1, 2] }, opts());
    expect(Array.from(el.querySelectorAll('text.count')).map((t) => t.textContent)).toEqual(['5', '50']);
    expect(cell(el, 1, 1).getAttribute('fill')).not.toBe(cell(el, 2, 1).getAttribute('fill'));
    const legend = Array.from(el.querySelectorAll('.legend text')).map((t) => t.textContent);
    expect(legend).toEqual(['customers', '5', '50']);
    expect(el.querySelectorAll('.legend .ramp rect').length).toBeGreaterThan(5);
  });

  it('spaces the legend by the width of a Chinese title (1 em per character)', () => {
    const el = host();
    const labels = { ...opts().labels, count: '客户数' };
    drawRfmGrid(el, { rGrades: 2, fGrades: 1, count: [5, 50], avgMonetary: [1, 2] }, opts({ labels }));
    const texts = Array.from(el.querySelectorAll('.legend text'));
    expect(texts.map((t) => t.textContent)).toEqual(['客户数', '5', '50']);
    expect(num(texts[1], 'x')).toBeGreaterThanOrEqual(3 * 11);
    expect(num(el.querySelector('.legend .ramp rect'), 'x')).toBeGreaterThanOrEqual(3 * 11 + 0.58 * 11);
  });

  it('size mode: squares with side ∝ sqrt(count / max) and reference squares', () => {
    const el = host();
    drawRfmGrid(
      el,
      { rGrades: 3, fGrades: 1, count: [100, 25, 0], avgMonetary: [1, 2, NaN] },
      opts({ encode: 'size' }),
    );
    const sides = Array.from(el.querySelectorAll('rect.mark')).map((m) => num(m, 'width'));
    expect(sides[1] / sides[0]).toBeCloseTo(0.5, 5);
    expect(sides[2]).toBe(0);
    expect(el.querySelectorAll('text.count')).toHaveLength(0);
    expect(el.querySelectorAll('.legend rect.ref').length).toBeGreaterThan(0);
  });

  it('selects by click, Enter and Space, and deselects the selected cell', () => {
    const el = host();
    const onSelect = vi.fn();
    drawRfmGrid(el, grid(3, 3, { selected: { r: 2, f: 3 } }), opts({ onSelect }));
    click(cell(el, 1, 2));
    press(cell(el, 3, 1), 'Enter');
    press(cell(el, 2, 2), ' ');
    press(cell(el, 2, 2), 'a');
    click(cell(el, 2, 3));
    expect(onSelect.mock.calls).toEqual([[{ r: 1, f: 2 }], [{ r: 3, f: 1 }], [{ r: 2, f: 2 }], [null]]);
    const selected = el.querySelectorAll('rect.cell.selected');
    expect(selected).toHaveLength(1);
    expect(selected[0].getAttribute('aria-pressed')).toBe('true');
    expect(num(selected[0], 'stroke-width')).toBeGreaterThanOrEqual(3);
  });

  it('keeps the keyboard focus on the cell when Enter selects it and the app redraws', () => {
    const el = host();
    const data = grid(3, 3);
    let chart: ReturnType<typeof drawRfmGrid> | null = null;
    const onSelect = vi.fn((c: { r: number; f: number } | null) => chart!.update({ ...data, selected: c }, o));
    const o = opts({ onSelect });
    chart = drawRfmGrid(el, data, o);
    const before = cell(el, 2, 3) as SVGElement;
    before.focus();
    expect(document.activeElement).toBe(before);
    press(before, 'Enter');
    expect(onSelect).toHaveBeenCalledWith({ r: 2, f: 3 });
    const after = document.activeElement!;
    expect(after).not.toBe(before);
    expect(after.isConnected).toBe(true);
    expect(after).toBe(cell(el, 2, 3));
    expect(after.getAttribute('class')).toBe('cell selected');
    // Enter again deselects and the focus stays on the same cell.
    press(after, 'Enter');
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(document.activeElement).toBe(cell(el, 2, 3));
    // Fewer grades: the nearest cell that still exists.
    chart.update(grid(2, 2), o);
    expect(document.activeElement).toBe(cell(el, 2, 2));
  });

  it('does not take the focus when it was outside the chart', () => {
    const el = host();
    const chart = drawRfmGrid(el, grid(3, 3), opts());
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    chart.update(grid(3, 3, { selected: { r: 1, f: 1 } }), opts());
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('shows a tooltip with count and average monetary on focus and hides it on blur', () => {
    const el = host();
    drawRfmGrid(el, { rGrades: 1, fGrades: 1, count: [120], avgMonetary: [345.6] }, opts());
    const tip = el.querySelector<HTMLElement>('.chart-tooltip')!;
    cell(el, 1, 1).dispatchEvent(new FocusEvent('focus'));
    expect(tip.style.display).toBe('block');
    expect(tip.textContent).toContain('customers: 120');
    expect(tip.textContent).toContain('avg monetary: 345.6');
    cell(el, 1, 1).dispatchEvent(new FocusEvent('blur'));
    expect(tip.style.display).toBe('none');
  });

  it('has axis titles, updates and is removed by destroy', () => {
    const el = host();
    const chart = drawRfmGrid(el, grid(2, 2), opts());
    expect(Array.from(el.querySelectorAll('.axis-title')).map((t) => t.textContent)).toEqual([
      'Recency score',
      'Frequency score',
    ]);
    chart.update(grid(4, 3), opts({ encode: 'size' }));
    expect(cells(el)).toHaveLength(12);
    expect(el.querySelectorAll('svg')).toHaveLength(1);
    expect(el.querySelectorAll('.chart-tooltip')).toHaveLength(1);
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it.each(['colour', 'size'] as const)('matches the snapshot (%s)', (encode) => {
    const el = host();
    drawRfmGrid(el, grid(3, 3, { selected: { r: 1, f: 1 } }), opts({ encode }));
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
