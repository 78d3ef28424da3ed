// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { drawSegmentBars } from '../../../src/charts/segmentBars.ts';
import type { SegmentBarsOpts } from '../../../src/charts/types.ts';
import { cleanSvg, click, fmt, host, num, press, segments } from './chartTestUtils.ts';

function opts(extra: Partial<SegmentBarsOpts> = {}): SegmentBarsOpts {
  return {
    width: 600,
    format: fmt,
    labels: {
      x: 'Customers',
      customers: 'Customers',
      revenueShare: 'Share of revenue',
      avgRecency: 'Avg recency (days)',
      avgFrequency: 'Avg orders',
      avgMonetary: 'Avg monetary',
    },
    ...extra,
  };
}

const bars = (el: HTMLElement) => Array.from(el.querySelectorAll<SVGRectElement>('rect.bar'));
const rowY = (bar: Element) => Number(bar.parentElement!.getAttribute('transform')!.match(/,(-?[\d.]+)\)/)![1]);

describe('drawSegmentBars', () => {
  it('draws one bar per segment in the given order with width ∝ customers', () => {
    const el = host();
    const segs = segments().reverse();
    drawSegmentBars(el, { segments: segs }, opts());
    const drawn = bars(el);
    expect(drawn.map((b) => Number(b.dataset.index))).toEqual(segs.map((s) => s.index));
    const ys = drawn.map(rowY);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    const perCustomer = num(drawn[3], 'width') / segs[3].customers;
    drawn.forEach((b, i) => expect(num(b, 'width')).toBeCloseTo(segs[i].customers * perCustomer, 6));
    expect(drawn.map((b) => b.getAttribute('fill'))).toEqual(segs.map((s) => s.colour));
  });

  it('labels bars with count and the named revenue share, and the y axis with the segment names', () => {
    const el = host();
    const segs = segments();
    segs[1] = { ...segs[1], customers: 1234, revenueShare: 0.234 };
    drawSegmentBars(el, { segments: segs }, opts());
    expect(el.querySelectorAll('text.value')[1].textContent).toBe('1,234 · Share of revenue 23.4 %');
    const ticks = Array.from(el.querySelectorAll('.y-axis .tick text')).map((t) => t.textContent);
    expect(ticks).toEqual(segs.map((s) => s.label));
    expect(el.querySelector('.axis-title')!.textContent).toBe('Customers');
  });

  it('writes only the count when the named revenue share does not fit, never a bare share', () => {
    const el = host();
    drawSegmentBars(el, { segments: segments() }, opts({ width: 300 }));
    const values = Array.from(el.querySelectorAll('text.value')).map((t) => t.textContent);
    expect(values).toEqual(['120', '300', '60', '0', '20']);
    const zh = host();
    const labels = { ...opts().labels, revenueShare: '销售额占比' };
    drawSegmentBars(zh, { segments: segments() }, opts({ labels }));
    expect(zh.querySelector('text.value')!.textContent).toBe('120 · 销售额占比 51.1 %');
  });

  it('names bars with the averages and selects by click or Enter', () => {
    const el = host();
    const onSelect = vi.fn();
    drawSegmentBars(el, { segments: segments() }, opts({ onSelect }));
    const b = bars(el)[0];
    expect(b.getAttribute('aria-label')).toBe(
      'Champions: Customers: 120, Share of revenue: 51.1 %, Avg recency (days): 10.0, Avg orders: 5.0, Avg monetary: 400.0',
    );
    click(b);
    press(bars(el)[2], 'Enter');
    expect(onSelect.mock.calls).toEqual([[0], [2]]);
    expect(bars(el)[3].getAttribute('aria-label')).toContain('Avg monetary: –');
  });

  it('updates and is removed by destroy', () => {
    const el = host();
    const chart = drawSegmentBars(el, { segments: segments() }, opts());
    chart.update({ segments: segments().slice(0, 2) }, opts());
    expect(bars(el)).toHaveLength(2);
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('matches the snapshot', () => {
    const el = host();
    drawSegmentBars(el, { segments: segments() }, opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
