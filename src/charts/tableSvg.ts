import { textWidth } from './size.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A table as a standalone SVG (title, header row, rows; first column left-aligned, the others
 * right-aligned), for exporting a table with charts as one image. Column widths fit their text.
 */
export function tableSvg(doc: Document, title: string, columns: string[], rows: string[][]): SVGSVGElement {
  const pad = 10;
  const rowH = 22;
  const widths = columns.map(
    (c, j) => Math.max(textWidth(c, 12), ...rows.map((r) => textWidth(r[j] ?? '', 12))) + 2 * pad,
  );
  const width = Math.ceil(widths.reduce((a, w) => a + w, 0) + 2 * pad);
  const height = (rows.length + 2) * rowH + 2 * pad;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('class', 'table-svg');
  const text = (x: number, y: number, s: string, anchor: string, weight = 'normal', size = 12) => {
    const t = doc.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(y));
    t.setAttribute('text-anchor', anchor);
    t.setAttribute('font-size', String(size));
    t.setAttribute('font-weight', weight);
    t.setAttribute('fill', '#222222');
    t.textContent = s;
    svg.append(t);
  };
  text(pad, pad + 14, title, 'start', 'bold', 14);
  [columns, ...rows].forEach((r, i) => {
    const y = pad + (i + 2) * rowH - 6;
    let x = pad;
    r.forEach((cell, j) => {
      text(j === 0 ? x + pad : x + widths[j] - pad, y, cell, j === 0 ? 'start' : 'end', i === 0 ? 'bold' : 'normal');
      x += widths[j];
    });
    const line = doc.createElementNS(SVG_NS, 'line');
    line.setAttribute('x1', String(pad));
    line.setAttribute('x2', String(width - pad));
    line.setAttribute('y1', String(y + 6));
    line.setAttribute('y2', String(y + 6));
    line.setAttribute('stroke', '#dddddd');
    svg.append(line);
  });
  return svg;
}
