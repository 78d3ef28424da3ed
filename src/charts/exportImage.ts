/** Export of a drawn chart as a standalone SVG or PNG file, and a helper to download a Blob. */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the computed style into the exported elements. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
];

interface Placed {
  node: SVGSVGElement | HTMLCanvasElement;
  x: number;
  y: number;
  width: number;
  height: number;
}

function pixels(value: string | null | undefined, fallback: number): number {
  const v = parseFloat(value ?? '');
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function sizeOf(node: SVGSVGElement | HTMLCanvasElement): { width: number; height: number } {
  if (node instanceof HTMLCanvasElement) {
    return { width: pixels(node.style.width, node.width), height: pixels(node.style.height, node.height) };
  }
  return { width: pixels(node.getAttribute('width'), 300), height: pixels(node.getAttribute('height'), 150) };
}

/** The chart's top-level SVGs and canvases with their offsets in el (stacked by parent without layout). */
function place(el: HTMLElement): Placed[] {
  const nodes = Array.from(el.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas')).filter(
    (n) => !(n instanceof SVGSVGElement && n.parentElement?.closest('svg')),
  );
  const base = el.getBoundingClientRect();
  const hasLayout = nodes.some((n) => n.getBoundingClientRect().width > 0);
  const parentY = new Map<Element | null, number>();
  let stack = 0;
  return nodes.map((node) => {
    const { width, height } = sizeOf(node);
    if (hasLayout) {
      const r = node.getBoundingClientRect();
      return { node, x: r.left - base.left, y: r.top - base.top, width, height };
    }
    let y = parentY.get(node.parentElement);
    if (y === undefined) {
      y = stack;
      parentY.set(node.parentElement, y);
      stack += height;
    }
    return { node, x: 0, y, width, height };
  });
}

/** Copies the computed presentation styles of src and its descendants onto the clone dst. */
function inlineStyles(src: Element, dst: Element): void {
  const from = [src, ...Array.from(src.querySelectorAll('*'))];
  const to = [dst, ...Array.from(dst.querySelectorAll('*'))];
  const hidden: Element[] = [];
  from.forEach((s, i) => {
    const d = to[i] as SVGElement | undefined;
    if (!d?.style) return;
    const cs = getComputedStyle(s);
    if (cs.display === 'none') return void hidden.push(d);
    for (const p of STYLE_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v && !v.includes('var(')) d.style.setProperty(p, v);
    }
  });
  for (const d of hidden) d.remove();
}

function canvasImage(canvas: HTMLCanvasElement): string | null {
  try {
    const url = canvas.toDataURL('image/png');
    return url.length > 'data:image/png;base64,'.length ? url : null;
  } catch {
    return null;
  }
}

/** The chart in el as one standalone SVG document (text) with a white background, and its size. */
export function buildSvgDocument(el: HTMLElement): { text: string; width: number; height: number } {
  const items = place(el);
  const width = Math.ceil(Math.max(1, ...items.map((p) => p.x + p.width)));
  const height = Math.ceil(Math.max(1, ...items.map((p) => p.y + p.height)));
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('font-family', 'system-ui, sans-serif');
  const bg = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of [
    ['width', '100%'],
    ['height', '100%'],
    ['fill', '#ffffff'],
  ])
    bg.setAttribute(k, v);
  out.append(bg);
  for (const p of items) {
    if (p.node instanceof HTMLCanvasElement) {
      const href = canvasImage(p.node);
      if (!href) continue;
      const image = document.createElementNS(SVG_NS, 'image');
      const attrs = { x: p.x, y: p.y, width: p.width, height: p.height, href };
      for (const [k, v] of Object.entries(attrs)) image.setAttribute(k, String(v));
      out.append(image);
      continue;
    }
    const clone = p.node.cloneNode(true) as SVGSVGElement;
    clone.removeAttribute('style');
    inlineStyles(p.node, clone);
    clone.querySelectorAll('style').forEach((s) => s.remove());
    clone.setAttribute('x', String(p.x));
    clone.setAttribute('y', String(p.y));
    clone.setAttribute('overflow', 'visible');
    out.append(clone);
  }
  return { text: new XMLSerializer().serializeToString(out), width, height };
}

/** The chart drawn in el (its SVGs, and the scatter's canvas as an embedded PNG) as an SVG file. */
export function exportSvgBlob(el: HTMLElement): Blob {
  return new Blob([buildSvgDocument(el).text], { type: 'image/svg+xml' });
}

/** The chart drawn in el as a PNG, `scale` image pixels per CSS pixel (2 = sharp on most screens). */
export async function exportPngBlob(el: HTMLElement, scale = 2): Promise<Blob> {
  const { text, width, height } = buildSvgDocument(el);
  const img = new Image();
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('The chart could not be rendered as an image'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Saves the blob as a file: a temporary object URL and <a download> clicked, then released. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
