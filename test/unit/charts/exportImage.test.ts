// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSvgDocument, downloadBlob, exportSvgBlob } from '../../../src/charts/exportImage.ts';
import { drawRfmGrid } from '../../../src/charts/rfmGrid.ts';
import { drawScatter } from '../../../src/charts/scatter.ts';
import { fmt, host } from './chartTestUtils.ts';

afterEach(() => vi.restoreAllMocks());

function grid(el: HTMLElement) {
  return drawRfmGrid(
    el,
    { rGrades: 2, fGrades: 2, count: [1, 2, 3, 4], avgMonetary: [5, 6, 7, 8] },
    {
      encode: 'colour',
      width: 320,
      height: 240,
      format: fmt,
      labels: { x: 'Recency', y: 'Frequency', count: 'customers', avgMonetary: 'avg monetary' },
    },
  );
}

function scatter(el: HTMLElement) {
  return drawScatter(
    el,
    {
      recency: [1, 2, 3],
      monetary: [10, 20, 30],
      segment: [0, 0, 1],
      ids: ['a', 'b', 'c'],
      segments: [{ index: 0, label: 'Champions', colour: '#CC6677' }],
    },
    {
      width: 400,
      height: 300,
      logX: false,
      logY: false,
      format: fmt,
      labels: { x: 'Recency', y: 'Monetary', customer: 'Customer', segment: 'Segment', hint: 'hint' },
    },
  );
}

describe('exportSvgBlob', () => {
  it('serialises the chart as a standalone SVG document with a white background', async () => {
    const el = host();
    grid(el);
    const blob = exportSvgBlob(el);
    expect(blob.type).toBe('image/svg+xml');
    const text = await blob.text();
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)!.length).toBeGreaterThanOrEqual(1);
    expect(text).toContain('fill="#ffffff"');
    expect(text.match(/class="cell( selected)?"/g)).toHaveLength(4);
    expect(text).toContain('Recency');
    expect(text).not.toContain('<style');
    expect(text).not.toContain('chart-tooltip');
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.documentElement.nodeName.toLowerCase()).toBe('svg');
    expect(buildSvgDocument(el)).toMatchObject({ width: 320, height: 240 });
  });

  it('inlines computed styles (theme colours resolved to their fallbacks here)', () => {
    const el = host();
    grid(el);
    const { text } = buildSvgDocument(el);
    expect(text).toMatch(/class="axis-title"[^>]*style="[^"]*fill: #1b1f24/);
  });

  it('puts the scatter canvas in as a PNG image under the overlay', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,iVBORw0KGgo=');
    const el = host();
    scatter(el);
    const text = await exportSvgBlob(el).text();
    const image = text.indexOf('<image');
    expect(image).toBeGreaterThan(0);
    expect(text).toContain('href="data:image/png;base64,iVBORw0KGgo="');
    expect(text.indexOf('class="brush"')).toBeGreaterThan(image);
    expect(text).toContain('Champions');
  });

  it('leaves out an empty canvas', async () => {
    const el = host();
    scatter(el);
    expect(await exportSvgBlob(el).text()).not.toContain('<image');
  });
});

describe('downloadBlob', () => {
  it('clicks a temporary download link with an object URL', () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const blob = new Blob(['x'], { type: 'text/plain' });
    downloadBlob(blob, 'chart.svg');
    expect(create).toHaveBeenCalledWith(blob);
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('chart.svg');
    expect(clicked[0].href).toBe('blob:test');
    expect(document.querySelector('a[download]')).toBeNull();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test');
    vi.useRealTimers();
  });
});
