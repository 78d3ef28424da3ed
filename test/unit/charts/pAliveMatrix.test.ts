// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { drawPAliveMatrix } from '../../../src/charts/pAliveMatrix.ts';
import { P_ALIVE_MISSING, pAliveFill } from '../../../src/charts/pAliveLegend.ts';
import { luminance } from '../../../src/charts/palette.ts';
import { textWidth } from '../../../src/charts/size.ts';
import type { PAliveMatrixData, PAliveMatrixOpts } from '../../../src/charts/types.ts';
import { cleanSvg, fmt, host, num, press, rng } from './chartTestUtils.ts';

/**
 * A P(alive) matrix shaped like the BG/NBD one at age T: higher for recent buyers, lower for frequent
 * buyers who have not bought for a while, NaN where x = 0 and t_x > 0; seeded noise keeps it irregular.
 */
function matrix(rows: number, cols: number, T = 52, seed = 5): PAliveMatrixData {
  const r = rng(seed);
  const x = Array.from({ length: rows }, (_v, i) => i);
  const step = Math.max(1, Math.floor(T / Math.max(1, cols - 1)));
  const tx = Array.from({ length: cols }, (_v, j) => j * step);
  const p = new Float64Array(rows * cols);
  x.forEach((xi, i) =>
    tx.forEach((t, j) => {
      p[i * cols + j] =
        xi === 0 && t > 0 ? NaN : xi === 0 ? 0.9 : 1 / (1 + (xi / 4) * ((T + 1) / (t + 1) - 1) * (0.8 + 0.4 * r()));
    }),
  );
  return { x, tx, p };
}

function opts(extra: Partial<PAliveMatrixOpts> = {}): PAliveMatrixOpts {
  return {
    width: 560,
    height: 360,
    format: fmt,
    labels: { x: 'Recency t_x (weeks)', y: 'Frequency x', pAlive: 'P(alive)' },
    ...extra,
  };
}

const cells = (el: HTMLElement) => Array.from(el.querySelectorAll<SVGRectElement>('rect.cell'));
const cell = (el: HTMLElement, x: number, tx: number) =>
  el.querySelector<SVGRectElement>(`rect.cell[data-x="${x}"][data-tx="${tx}"]`)!;
const tickPos = (t: Element) =>
  t
    .getAttribute('transform')!
    .match(/-?[\d.]+/g)!
    .map(Number);
const tip = (el: HTMLElement) => el.querySelector<HTMLElement>('.chart-tooltip')!;
const highlight = (el: HTMLElement) => el.querySelector('g.highlight rect')!;

describe('drawPAliveMatrix', () => {
  it.each([
    [3, 4],
    [8, 14],
    [30, 53],
    [60, 60],
  ])('draws %i × %i cells, names the defined ones and leaves NaN cells unnamed and grey', (rows, cols) => {
    const el = host();
    const data = matrix(rows, cols);
    drawPAliveMatrix(el, data, opts());
    expect(cells(el)).toHaveLength(rows * cols);
    const byKey = new Map(cells(el).map((c) => [`${c.dataset.x}/${c.dataset.tx}`, c]));
    expect(byKey.size).toBe(rows * cols);
    let missing = 0;
    data.x.forEach((x, i) =>
      data.tx.forEach((tx, j) => {
        const c = byKey.get(`${x}/${tx}`)!;
        const p = data.p[i * cols + j];
        if (Number.isNaN(p)) {
          missing++;
          expect(c.getAttribute('aria-label')).toBeNull();
          expect(c.getAttribute('fill')).toBe(P_ALIVE_MISSING);
        } else {
          expect(c.getAttribute('aria-label')).toBe(`x = ${x}, t_x = ${tx}: P(alive) ${fmt(p * 100)} %`);
        }
      }),
    );
    expect(missing).toBe(cols - 1);
    expect(el.querySelectorAll('rect.cell[aria-label]')).toHaveLength(rows * cols - missing);
  });

  it.each([
    [8, 14],
    [60, 60],
  ])('thins %i × %i tick labels so that they do not overlap', (rows, cols) => {
    const el = host();
    const data = matrix(rows, cols);
    drawPAliveMatrix(el, data, opts());
    const xTicks = Array.from(el.querySelectorAll('.x-axis .tick'));
    const yTicks = Array.from(el.querySelectorAll('.y-axis .tick'));
    expect(xTicks.length).toBeGreaterThan(1);
    expect(yTicks.length).toBeGreaterThan(1);
    expect(xTicks[0].textContent).toBe('0');
    expect(yTicks[0].textContent).toBe('0');
    const widest = Math.max(...xTicks.map((t) => textWidth(t.textContent!)));
    for (let k = 1; k < xTicks.length; k++) {
      expect(tickPos(xTicks[k])[0] - tickPos(xTicks[k - 1])[0]).toBeGreaterThanOrEqual(widest);
    }
    for (let k = 1; k < yTicks.length; k++) {
      expect(tickPos(yTicks[k - 1])[1] - tickPos(yTicks[k])[1]).toBeGreaterThanOrEqual(12);
    }
    if (cols === 60) expect(xTicks.length).toBeLessThan(60);
  });

  it('puts x = 0 at the bottom and t_x = 0 at the left', () => {
    const el = host();
    drawPAliveMatrix(el, matrix(4, 5), opts());
    expect(num(cell(el, 0, 0), 'y')).toBeGreaterThan(num(cell(el, 3, 0), 'y'));
    expect(num(cell(el, 1, 0), 'x')).toBeLessThan(num(cell(el, 1, 52), 'x'));
  });

  it('fills cells on a sequential scale whose lightness rises with P(alive)', () => {
    const el = host();
    const data = matrix(12, 20, 52, 9);
    drawPAliveMatrix(el, data, opts());
    const defined = cells(el)
      .filter((c) => c.hasAttribute('aria-label'))
      .map((c) => {
        const [i, j] = [data.x.indexOf(Number(c.dataset.x)), data.tx.indexOf(Number(c.dataset.tx))];
        return { p: data.p[i * data.tx.length + j], l: luminance(c.getAttribute('fill')!) };
      })
      .sort((a, b) => a.p - b.p);
    expect(defined.at(-1)!.p - defined[0].p).toBeGreaterThan(0.5);
    for (let k = 1; k < defined.length; k++) expect(defined[k].l).toBeGreaterThanOrEqual(defined[k - 1].l);
    for (let k = 1; k <= 100; k++)
      expect(luminance(pAliveFill(k / 100))).toBeGreaterThan(luminance(pAliveFill((k - 1) / 100)));
  });

  it('has a 0–100 % legend ramp and axis titles', () => {
    const el = host();
    drawPAliveMatrix(el, matrix(3, 4), opts());
    expect(Array.from(el.querySelectorAll('.legend text')).map((t) => t.textContent)).toEqual([
      'P(alive)',
      '0 %',
      '100 %',
    ]);
    const ramp = Array.from(el.querySelectorAll('.legend .ramp rect')).map((r) => r.getAttribute('fill'));
    expect(ramp.length).toBeGreaterThan(10);
    expect(ramp[0]).toBe(pAliveFill(0));
    expect(ramp.at(-1)).toBe(pAliveFill(1));
    expect(Array.from(el.querySelectorAll('.axis-title')).map((t) => t.textContent)).toEqual([
      'Recency t_x (weeks)',
      'Frequency x',
    ]);
  });

  it('writes the percentages in large cells in a contrasting colour', () => {
    const el = host();
    drawPAliveMatrix(el, { x: [0, 1], tx: [0, 10], p: [0.9, NaN, 0.05, 0.97] }, opts());
    const texts = Array.from(el.querySelectorAll('.values text'));
    expect(texts.map((t) => t.textContent)).toEqual(['90 %', '5 %', '97 %']);
    expect(texts[1].getAttribute('fill')).toBe('#ffffff');
    expect(texts[2].getAttribute('fill')).toBe('#111111');
    const small = host();
    drawPAliveMatrix(small, matrix(60, 60), opts());
    expect(small.querySelectorAll('.values text')).toHaveLength(0);
  });

  it('is reachable by keyboard: the arrows move a highlighted cell, skipping NaN cells', () => {
    const el = host();
    drawPAliveMatrix(el, { x: [0, 1, 2], tx: [0, 10, 20], p: [0.9, NaN, NaN, 0.2, 0.5, 0.85, 0.1, 0.4, 0.7] }, opts());
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('tabindex')).toBe('0');
    expect(el.querySelectorAll('rect.cell[tabindex]')).toHaveLength(0);
    expect(tip(el).getAttribute('aria-live')).toBe('polite');
    const at = () => [num(highlight(el), 'x'), num(highlight(el), 'y')];
    const of = (x: number, tx: number) => [num(cell(el, x, tx), 'x'), num(cell(el, x, tx), 'y')];
    press(svg, 'ArrowRight');
    expect(tip(el).style.display).toBe('block');
    expect(Array.from(tip(el).children).map((c) => c.textContent)).toEqual(['x = 0, t_x = 0', 'P(alive): 90 %']);
    expect(at()).toEqual(of(0, 0));
    press(svg, 'ArrowRight');
    expect(at()).toEqual(of(0, 0));
    press(svg, 'ArrowUp');
    press(svg, 'ArrowRight');
    press(svg, 'ArrowRight');
    press(svg, 'ArrowRight');
    expect(at()).toEqual(of(1, 20));
    expect(tip(el).textContent).toBe('x = 1, t_x = 20P(alive): 85 %');
    press(svg, 'ArrowDown');
    expect(at()).toEqual(of(1, 20));
    press(svg, 'ArrowUp');
    press(svg, 'ArrowLeft');
    expect(at()).toEqual(of(2, 10));
    press(svg, 'Escape');
    expect(tip(el).style.display).toBe('none');
    expect(el.querySelector('g.highlight')!.getAttribute('display')).toBe('none');
  });

  it('shows the tooltip on hovering a defined cell only', () => {
    const el = host();
    drawPAliveMatrix(el, { x: [0, 1], tx: [0, 10], p: [0.9, NaN, 0.05, 0.97] }, opts());
    cell(el, 0, 10).dispatchEvent(new MouseEvent('mouseenter'));
    expect(tip(el).style.display).toBe('none');
    cell(el, 1, 10).dispatchEvent(new MouseEvent('mouseenter'));
    expect(tip(el).textContent).toBe('x = 1, t_x = 10P(alive): 97 %');
    el.querySelector('g.plot')!.dispatchEvent(new MouseEvent('mouseleave'));
    expect(tip(el).style.display).toBe('none');
  });

  it('updates and is removed by destroy', () => {
    const el = host();
    const chart = drawPAliveMatrix(el, matrix(5, 5), opts());
    chart.update(matrix(2, 3), opts({ width: 300 }));
    expect(cells(el)).toHaveLength(6);
    expect(el.querySelectorAll('svg')).toHaveLength(1);
    expect(el.querySelectorAll('.chart-tooltip')).toHaveLength(1);
    chart.update({ x: [], tx: [], p: [] }, opts());
    press(el.querySelector('svg')!, 'ArrowRight');
    expect(cells(el)).toHaveLength(0);
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('matches the snapshot', () => {
    const el = host();
    drawPAliveMatrix(el, matrix(4, 5), opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
