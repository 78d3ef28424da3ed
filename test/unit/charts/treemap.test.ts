// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { drawTreemap, layoutTiles } from '../../../src/charts/treemap.ts';
import type { TreemapOpts } from '../../../src/charts/types.ts';
import { cleanSvg, click, fmt, host, num, press, segments } from './chartTestUtils.ts';

function opts(extra: Partial<TreemapOpts> = {}): TreemapOpts {
  return {
    by: 'customers',
    width: 500,
    height: 320,
    format: fmt,
    labels: {
      customers: 'Customers',
      revenue: 'Revenue',
      customerShare: 'Share of customers',
      revenueShare: 'Share of revenue',
    },
    ...extra,
  };
}

const tiles = (el: HTMLElement) => Array.from(el.querySelectorAll<SVGRectElement>('rect.tile'));
const area = (r: Element) => num(r, 'width') * num(r, 'height');

describe('drawTreemap', () => {
  it.each(['customers', 'revenue'] as const)('draws one tile per non-empty segment with area ∝ %s', (by) => {
    const el = host();
    const segs = segments();
    drawTreemap(el, { segments: segs }, opts({ by }));
    const drawn = tiles(el);
    const nonEmpty = segs.filter((s) => s[by] > 0);
    expect(drawn.map((t) => Number(t.dataset.index)).sort()).toEqual(nonEmpty.map((s) => s.index).sort());
    const total = drawn.reduce((s, t) => s + area(t), 0);
    const sum = nonEmpty.reduce((s, seg) => s + seg[by], 0);
    for (const t of drawn) {
      const seg = segs.find((s) => s.index === Number(t.dataset.index))!;
      expect(area(t) / total / (seg[by] / sum)).toBeCloseTo(1, 2);
    }
  });

  it('changes the areas when switching by to revenue', () => {
    const el = host();
    const chart = drawTreemap(el, { segments: segments() }, opts());
    const championsShare = () => {
      const all = tiles(el);
      return area(all.find((t) => t.dataset.index === '0')!) / all.reduce((s, t) => s + area(t), 0);
    };
    expect(championsShare()).toBeCloseTo(120 / 500, 3);
    chart.update({ segments: segments() }, opts({ by: 'revenue' }));
    expect(championsShare()).toBeCloseTo(48000 / 94000, 3);
  });

  it('lays out only positive values and fills the box', () => {
    const laid = layoutTiles(segments(), 'customers', 200, 100);
    expect(laid).toHaveLength(4);
    expect(laid.reduce((s, t) => s + (t.x1 - t.x0) * (t.y1 - t.y0), 0)).toBeCloseTo(20000, 6);
  });

  it('fills tiles with the segment colours, labels large ones and lists every segment in the legend', () => {
    const el = host();
    const segs = segments();
    drawTreemap(el, { segments: segs }, opts());
    for (const t of tiles(el)) expect(t.getAttribute('fill')).toBe(segs[Number(t.dataset.index)].colour);
    const labels = Array.from(el.querySelectorAll('text.tile-label')).map((t) => t.textContent);
    expect(labels).toContain('Loyal60.0 %');
    const legend = Array.from(el.querySelectorAll('.legend-item'));
    expect(legend.map((g) => g.textContent)).toEqual(segs.map((s) => s.label));
    expect(legend.map((g) => g.querySelector('rect')!.getAttribute('fill'))).toEqual(segs.map((s) => s.colour));
  });

  it('names tiles with customers, revenue and both shares and selects by click or Enter', () => {
    const el = host();
    const onSelect = vi.fn();
    drawTreemap(el, { segments: segments() }, opts({ onSelect }));
    const loyal = el.querySelector('rect.tile[data-index="1"]')!;
    expect(loyal.getAttribute('aria-label')).toBe(
      'Loyal: Customers: 300, Revenue: 36,000, Share of customers: 60.0 %, Share of revenue: 38.3 %',
    );
    expect(loyal.getAttribute('tabindex')).toBe('0');
    click(loyal);
    press(el.querySelector('rect.tile[data-index="4"]')!, 'Enter');
    expect(onSelect.mock.calls).toEqual([[1], [4]]);
  });

  it('shows a tooltip on focus and is removed by destroy', () => {
    const el = host();
    const chart = drawTreemap(el, { segments: segments() }, opts());
    tiles(el)[0].dispatchEvent(new FocusEvent('focus'));
    const tip = el.querySelector<HTMLElement>('.chart-tooltip')!;
    expect(tip.style.display).toBe('block');
    expect(tip.textContent).toContain('Share of revenue');
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('matches the snapshot', () => {
    const el = host();
    drawTreemap(el, { segments: segments() }, opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
