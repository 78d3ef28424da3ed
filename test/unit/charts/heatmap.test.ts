// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { drawHeatmap } from '../../../src/charts/heatmap.ts';
import type { HeatmapData, HeatmapOpts } from '../../../src/charts/heatmap.ts';
import { cellFill, divergingFill } from '../../../src/charts/rfmGridLegend.ts';
import { cleanSvg, click, fmt, host, press } from './chartTestUtils.ts';

/** A retention triangle: three cohorts, four offsets, cells past the data NaN. */
function triangle(): HeatmapData {
  const N = NaN;
  return {
    rows: ['2024-01 (3)', '2024-02 (2)', '2024-03 (1)'],
    cols: ['0', '1', '2', '3'],
    values: [1, 1 / 3, 1 / 3, 1 / 3, 1, 0.5, 0.5, N, 1, 1, N, N],
  };
}

function opts(extra: Partial<HeatmapOpts> = {}): HeatmapOpts {
  return {
    width: 480,
    format: fmt,
    labels: { name: 'Retention by cohort', x: 'Months since first purchase', y: 'Cohort', value: 'Retention' },
    valueText: (v) => `${fmt(v * 100)} %`,
    ...extra,
  };
}

const cells = (el: HTMLElement) => Array.from(el.querySelectorAll<SVGRectElement>('rect.cell'));
const cell = (el: HTMLElement, row: number, col: number) =>
  el.querySelector<SVGRectElement>(`rect.cell[data-row="${row}"][data-col="${col}"]`)!;
const focused = (el: HTMLElement) => el.ownerDocument.activeElement as SVGElement;

describe('drawHeatmap', () => {
  it('draws a cell per value, names and fills the defined ones and leaves NaN cells blank', () => {
    const el = host();
    drawHeatmap(el, triangle(), opts());
    expect(cells(el)).toHaveLength(12);
    const named = el.querySelectorAll('rect.cell[aria-label]');
    expect(named).toHaveLength(9);
    expect(cell(el, 0, 1).getAttribute('aria-label')).toBe('2024-01 (3), 1: 33 %');
    expect(cell(el, 1, 3).getAttribute('aria-label')).toBeNull();
    expect(cell(el, 1, 3).getAttribute('fill')).toBe('none');
    // The domain runs from the smallest to the largest value: 1/3 is the lightest, 1 the darkest.
    expect(cell(el, 0, 1).getAttribute('fill')).toBe(cellFill(0));
    expect(cell(el, 0, 0).getAttribute('fill')).toBe(cellFill(1));
    expect(cell(el, 1, 1).getAttribute('fill')).toBe(cellFill(0.25));
    const labels = (cls: string) => Array.from(el.querySelectorAll(`.${cls} text`)).map((t) => t.textContent);
    expect(labels('row-labels')).toEqual(['2024-01 (3)', '2024-02 (2)', '2024-03 (1)']);
    expect(labels('col-labels')).toEqual(['0', '1', '2', '3']);
    expect(el.querySelector('svg')!.getAttribute('aria-label')).toBe('Retention by cohort');
  });

  it('writes the values in all cells or none, shortened by shortText', () => {
    const el = host();
    const long = (v: number) => (v === 0.5 ? 'fifty per cent exactly' : `${fmt(v * 100)} %`);
    drawHeatmap(el, triangle(), opts({ valueText: long }));
    expect(el.querySelectorAll('.values text')).toHaveLength(0);
    drawHeatmap(el, triangle(), opts({ valueText: long, shortText: (v) => `${fmt(v * 100)}` }));
    expect(Array.from(el.querySelectorAll('.values text')).map((t) => t.textContent)).toEqual([
      '100',
      '33',
      '33',
      '33',
      '100',
      '50',
      '50',
      '100',
      '100',
    ]);
    expect(cell(el, 1, 1).getAttribute('aria-label')).toBe('2024-02 (2), 1: fifty per cent exactly');
  });

  it('writes values in the cells when they fit, and none when the cells are too small', () => {
    const el = host();
    drawHeatmap(el, triangle(), opts());
    expect(Array.from(el.querySelectorAll('.values text')).map((t) => t.textContent)).toEqual([
      '100 %',
      '33 %',
      '33 %',
      '33 %',
      '100 %',
      '50 %',
      '50 %',
      '100 %',
      '100 %',
    ]);
    const narrow = host();
    drawHeatmap(narrow, triangle(), opts({ width: 160 }));
    expect(narrow.querySelectorAll('.values text')).toHaveLength(0);
    const off = host();
    drawHeatmap(off, triangle(), opts({ cellText: false }));
    expect(off.querySelectorAll('.values text')).toHaveLength(0);
  });

  it('uses a given colour domain and clamps values outside it', () => {
    const el = host();
    drawHeatmap(el, triangle(), opts({ domain: [0, 0.5] }));
    expect(cell(el, 0, 0).getAttribute('fill')).toBe(cellFill(1));
    expect(cell(el, 0, 1).getAttribute('fill')).toBe(cellFill(2 / 3));
    expect(Array.from(el.querySelectorAll('.legend text')).map((t) => t.textContent)).toEqual([
      'Retention',
      '0 %',
      '50 %',
    ]);
  });

  it('is one tab stop: arrows move between cells with values, Home and End along the row', () => {
    const el = host();
    drawHeatmap(el, triangle(), opts());
    expect(el.querySelectorAll('rect.cell[tabindex="0"]')).toHaveLength(1);
    const start = cell(el, 0, 0);
    expect(start.getAttribute('tabindex')).toBe('0');
    start.focus();
    press(start, 'ArrowRight');
    expect(focused(el)).toBe(cell(el, 0, 1));
    press(focused(el), 'ArrowDown');
    expect(focused(el)).toBe(cell(el, 1, 1));
    press(focused(el), 'ArrowDown');
    expect(focused(el)).toBe(cell(el, 2, 1));
    // Nothing below the last row, nothing right of the last value of the row: the focus stays.
    press(focused(el), 'ArrowDown');
    press(focused(el), 'ArrowRight');
    expect(focused(el)).toBe(cell(el, 2, 1));
    press(focused(el), 'ArrowUp');
    press(focused(el), 'End');
    expect(focused(el)).toBe(cell(el, 1, 2));
    press(focused(el), 'Home');
    expect(focused(el)).toBe(cell(el, 1, 0));
    expect(el.querySelectorAll('rect.cell[tabindex="0"]')).toHaveLength(1);
    // The focused cell's tooltip says the value and the caller's details.
    expect(el.querySelector('.chart-tooltip')!.textContent).toContain('Retention: 100 %');
  });

  it('selects a cell on click, Enter or Space and deselects it when chosen again', () => {
    const onSelect = vi.fn();
    const el = host();
    const o = opts({ onSelect, details: (i, j) => [`cohort ${i}, offset ${j}`] });
    const chart = drawHeatmap(el, triangle(), o);
    click(cell(el, 1, 2));
    expect(onSelect).toHaveBeenLastCalledWith({ row: 1, col: 2 });
    press(cell(el, 0, 3), 'Enter');
    expect(onSelect).toHaveBeenLastCalledWith({ row: 0, col: 3 });
    press(cell(el, 2, 0), ' ');
    expect(onSelect).toHaveBeenLastCalledWith({ row: 2, col: 0 });
    click(cell(el, 1, 3));
    expect(onSelect).toHaveBeenCalledTimes(3);
    chart.update({ ...triangle(), selected: { row: 1, col: 2 } }, o);
    const sel = cell(el, 1, 2);
    expect(sel.getAttribute('class')).toBe('cell selected');
    expect(sel.getAttribute('aria-pressed')).toBe('true');
    expect(sel.getAttribute('tabindex')).toBe('0');
    expect(cell(el, 0, 0).getAttribute('tabindex')).toBe('-1');
    click(sel);
    expect(onSelect).toHaveBeenLastCalledWith(null);
    sel.focus();
    expect(el.querySelector('.chart-tooltip')!.textContent).toContain('cohort 1, offset 2');
  });

  it('keeps the keyboard focus on the same cell across an update', () => {
    const el = host();
    const chart = drawHeatmap(el, triangle(), opts({ onSelect: () => {} }));
    cell(el, 1, 1).focus();
    chart.update({ ...triangle(), selected: { row: 1, col: 1 } }, opts({ onSelect: () => {} }));
    expect(focused(el)).toBe(cell(el, 1, 1));
  });

  it('keeps cells at least minCell pixels and scrolls sideways when the grid is too wide', () => {
    const el = host();
    drawHeatmap(el, triangle(), opts({ width: 200, minCell: 44 }));
    const c = cell(el, 0, 0);
    expect(Number(c.getAttribute('width'))).toBeGreaterThanOrEqual(44);
    expect(Number(c.getAttribute('height'))).toBeGreaterThanOrEqual(44);
    expect(Number(el.querySelector('svg')!.getAttribute('width'))).toBeGreaterThan(200);
    expect(el.querySelector<HTMLElement>('.chart-root')!.style.overflowX).toBe('auto');
    const wide = host();
    drawHeatmap(wide, triangle(), opts({ width: 600, minCell: 44 }));
    expect(wide.querySelector('svg')!.getAttribute('width')).toBe('600');
    expect(wide.querySelector<HTMLElement>('.chart-root')!.style.overflowX).toBe('');
  });

  it('thins column labels that would overlap', () => {
    const el = host();
    const cols = Array.from({ length: 40 }, (_v, j) => `2011-${String(j).padStart(2, '0')}`);
    drawHeatmap(el, { rows: ['a'], cols, values: cols.map((_c, j) => j) }, opts({ width: 400 }));
    const shown = el.querySelectorAll('.col-labels text').length;
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(40);
  });

  it('matches the snapshot', () => {
    const el = host();
    drawHeatmap(el, { ...triangle(), selected: { row: 0, col: 1 } }, opts({ onSelect: () => {} }));
    expect(cleanSvg(el)).toMatchSnapshot();
  });

  it('colours a lift around 1 on a diverging log scale: ½ and 2 equally far, clamped to the domain', () => {
    const el = host();
    const data = { rows: ['loyal', 'new'], cols: ['Art', 'Paper', 'Phones'], values: [0.5, 1, 2, 8, 0.25, NaN] };
    drawHeatmap(el, data, opts({ diverging: { mid: 1 }, domain: [0.25, 4], valueText: (v) => String(v) }));
    // reach = ln 4: t = 0.5 + 0.5 · ln(v) / ln 4.
    expect(cell(el, 0, 0).getAttribute('fill')).toBe(divergingFill(0.25));
    expect(cell(el, 0, 1).getAttribute('fill')).toBe(divergingFill(0.5));
    expect(cell(el, 0, 2).getAttribute('fill')).toBe(divergingFill(0.75));
    expect(cell(el, 1, 0).getAttribute('fill')).toBe(divergingFill(1)); // 8 is past 4: the darkest blue
    expect(cell(el, 1, 1).getAttribute('fill')).toBe(divergingFill(0));
    expect(cell(el, 1, 2).getAttribute('fill')).toBe('none');
    // The legend's ends are the domain's.
    expect(Array.from(el.querySelectorAll('.legend text')).map((t) => t.textContent)).toEqual([
      'Retention',
      '0.25',
      '4',
    ]);
  });

  it('writes column labels upwards instead of thinning them when asked', () => {
    const cols = Array.from({ length: 12 }, (_, j) => `Sub-category number ${j}`);
    const data = { rows: ['a'], cols, values: cols.map((_, j) => j + 1) };
    const el = host();
    drawHeatmap(el, data, opts());
    const thinned = el.querySelectorAll('.col-labels text').length;
    expect(thinned).toBeLessThan(12);
    const el2 = host();
    drawHeatmap(el2, data, opts({ uprightColumnLabels: true }));
    const labels = Array.from(el2.querySelectorAll('.col-labels text'));
    expect(labels).toHaveLength(12);
    expect(labels[0].getAttribute('transform')).toMatch(/rotate\(-90\)$/);
    expect(labels[3].querySelector('title')?.textContent).toBe('Sub-category number 3');
  });
});
