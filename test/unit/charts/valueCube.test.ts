// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buildSvgDocument } from '../../../src/charts/exportImage.ts';
import { drawValueCube } from '../../../src/charts/valueCube.ts';
import { contrastText, segmentColour } from '../../../src/charts/palette.ts';
import type { CubeClass, ValueCubeData, ValueCubeOpts } from '../../../src/charts/types.ts';
import { cleanSvg, click, fmt, host, num, press, rng } from './chartTestUtils.ts';

type Level = 'high' | 'low';
const LEVELS: Level[] = ['high', 'low'];

/** The eight classes (index = loyalty × 4 + current × 2 + potential, high first) with seeded counts and sums. */
function cube(seed = 21, selected: number | null = null): ValueCubeData {
  const r = rng(seed);
  const classes: CubeClass[] = [];
  for (const loyalty of LEVELS) {
    for (const current of LEVELS) {
      for (const potential of LEVELS) {
        const index = classes.length;
        const customers = Math.round(20 + r() * 2000);
        classes.push({
          index,
          id: `${current[0]}${potential[0]}${loyalty[0]}`,
          label: `Class ${current[0].toUpperCase()}${potential[0].toUpperCase()}${loyalty[0].toUpperCase()}`,
          colour: segmentColour(index),
          current,
          potential,
          loyalty,
          customers,
          currentValue: Math.round(customers * (current === 'high' ? 400 : 60) * (0.5 + r())),
          potentialValue: Math.round(customers * (potential === 'high' ? 500 : 80) * (0.5 + r())),
        });
      }
    }
  }
  return { classes, selected };
}

function opts(extra: Partial<ValueCubeOpts> = {}): ValueCubeOpts {
  return {
    width: 640,
    height: 360,
    format: fmt,
    labels: {
      current: 'Current value',
      potential: 'Potential value',
      loyalty: 'Loyalty',
      high: 'high',
      low: 'low',
      customers: 'Customers',
      currentValue: 'Current value (sum)',
      potentialValue: 'Potential value (sum)',
    },
    ...extra,
  };
}

const cells = (el: HTMLElement) => Array.from(el.querySelectorAll<SVGRectElement>('rect.cube-cell'));
const byId = (el: HTMLElement, id: string) => el.querySelector<SVGRectElement>(`rect.cube-cell[data-id="${id}"]`)!;
const centre = (c: Element) => [num(c, 'x') + num(c, 'width') / 2, num(c, 'y') + num(c, 'height') / 2];

describe('drawValueCube', () => {
  it('draws the 8 classes, high/high/high top right of the left panel, low/low/low bottom left of the right one', () => {
    const el = host();
    drawValueCube(el, cube(), opts());
    expect(cells(el)).toHaveLength(8);
    const [hx, hy] = centre(byId(el, 'hhh'));
    const [lx, ly] = centre(byId(el, 'lll'));
    expect(hx).toBeLessThan(320);
    expect(lx).toBeGreaterThan(320);
    expect(hy).toBeLessThan(ly);
    expect(hx).toBeGreaterThan(centre(byId(el, 'lhh'))[0]);
    expect(lx).toBeLessThan(centre(byId(el, 'hll'))[0]);
    expect(ly).toBeGreaterThan(centre(byId(el, 'lhl'))[1]);
  });

  it.each(
    LEVELS.flatMap((loyalty) =>
      LEVELS.flatMap((current) => LEVELS.map((potential) => [loyalty, current, potential] as const)),
    ),
  )('places loyalty %s, current %s, potential %s in its quadrant', (loyalty, current, potential) => {
    const el = host();
    const data = cube();
    drawValueCube(el, data, opts());
    const c = data.classes.find((k) => k.loyalty === loyalty && k.current === current && k.potential === potential)!;
    const rect = el.querySelector(`rect.cube-cell[data-index="${c.index}"]`)!;
    expect(rect.getAttribute('data-id')).toBe(c.id);
    const [x, y] = centre(rect);
    const panel = loyalty === 'high' ? 0 : 1;
    const same = (l: Level, cu: Level, p: Level) => centre(byId(el, `${cu[0]}${p[0]}${l[0]}`));
    expect(x < 320 ? 0 : 1).toBe(panel);
    const flipCurrent = same(loyalty, current === 'high' ? 'low' : 'high', potential);
    const flipPotential = same(loyalty, current, potential === 'high' ? 'low' : 'high');
    expect(x > flipCurrent[0]).toBe(current === 'high');
    expect(y < flipPotential[1]).toBe(potential === 'high');
    expect(flipCurrent[1]).toBe(y);
    expect(flipPotential[0]).toBe(x);
  });

  it('draws cells of one fixed size, whatever their counts', () => {
    const el = host();
    const data = cube();
    data.classes[0].customers = 1;
    data.classes[5].customers = 100000;
    drawValueCube(el, data, opts());
    const sizes = new Set(cells(el).map((c) => `${num(c, 'width')}×${num(c, 'height')}`));
    expect(sizes.size).toBe(1);
    expect(num(cells(el)[0], 'width')).toBe(num(cells(el)[0], 'height'));
  });

  it('fills cells in the class colours and writes label, count and share in a contrasting colour', () => {
    const el = host();
    const data = cube();
    drawValueCube(el, data, opts());
    const total = data.classes.reduce((s, c) => s + c.customers, 0);
    for (const c of data.classes) {
      const rect = byId(el, c.id);
      expect(rect.getAttribute('fill')).toBe(c.colour);
      const text = rect.parentElement!.querySelector('text.cube-label')!;
      expect(text.getAttribute('fill')).toBe(contrastText(c.colour));
      expect(Array.from(text.querySelectorAll('tspan')).map((t) => t.textContent)).toEqual([
        c.label,
        fmt(c.customers),
        `${fmt((c.customers / total) * 100, 1)} %`,
      ]);
    }
  });

  it('names each focusable cell with its position, count, share and summed values', () => {
    const el = host();
    const data = cube();
    drawValueCube(el, data, opts());
    const c = data.classes.find((k) => k.id === 'hlh')!;
    const total = data.classes.reduce((s, k) => s + k.customers, 0);
    const rect = byId(el, 'hlh');
    expect(rect.getAttribute('tabindex')).toBe('0');
    expect(rect.getAttribute('role')).toBe('button');
    expect(rect.getAttribute('aria-label')).toBe(
      `Class HLH (Current value: high, Potential value: low, Loyalty: high): ` +
        `Customers: ${fmt(c.customers)} (${fmt((c.customers / total) * 100, 1)} %), ` +
        `Current value (sum): ${fmt(c.currentValue)}, Potential value (sum): ${fmt(c.potentialValue)}`,
    );
    const tip = el.querySelector<HTMLElement>('.chart-tooltip')!;
    rect.dispatchEvent(new FocusEvent('focus'));
    expect(tip.style.display).toBe('block');
    expect(tip.firstElementChild!.textContent).toBe('Class HLH');
    expect(tip.textContent).toContain(`Potential value (sum): ${fmt(c.potentialValue)}`);
  });

  it('has panel titles and low/high axes with titles on each panel', () => {
    const el = host();
    drawValueCube(el, cube(), opts());
    expect(Array.from(el.querySelectorAll('.panel-title')).map((t) => t.textContent)).toEqual([
      'Loyalty: high',
      'Loyalty: low',
    ]);
    expect(Array.from(el.querySelectorAll('.axis-title')).map((t) => t.textContent)).toEqual([
      'Current value',
      'Potential value',
      'Current value',
      'Potential value',
    ]);
    const ticks = (sel: string) => Array.from(el.querySelectorAll(`${sel} .tick text`)).map((t) => t.textContent);
    expect(ticks('.x-axis')).toEqual(['low', 'high', 'low', 'high']);
    expect(ticks('.y-axis')).toEqual(['high', 'low', 'high', 'low']);
  });

  it('selects by click and Enter, deselects the selected class and outlines it', () => {
    const el = host();
    const onSelect = vi.fn();
    const data = cube(21, 6);
    drawValueCube(el, data, opts({ onSelect }));
    const at = (i: number) => el.querySelector(`rect.cube-cell[data-index="${i}"]`)!;
    click(at(2));
    press(at(4), 'Enter');
    press(at(1), ' ');
    press(at(1), 'a');
    click(at(6));
    press(at(6), 'Enter');
    expect(onSelect.mock.calls).toEqual([[2], [4], [1], [null], [null]]);
    const selected = el.querySelectorAll('rect.cube-cell.selected');
    expect(selected).toHaveLength(1);
    expect(selected[0].getAttribute('data-index')).toBe('6');
    expect(selected[0].getAttribute('aria-pressed')).toBe('true');
    expect(num(selected[0], 'stroke-width')).toBeGreaterThanOrEqual(3);
    expect(el.querySelector('.cube-cells')!.lastElementChild!.contains(selected[0])).toBe(true);
    expect(at(2).getAttribute('aria-pressed')).toBe('false');
  });

  it('marks quadrants without a class as empty', () => {
    const el = host();
    const data = cube();
    drawValueCube(el, { classes: data.classes.filter((c) => c.id !== 'hhh' && c.id !== 'lll') }, opts());
    expect(cells(el)).toHaveLength(6);
    expect(el.querySelectorAll('rect.cube-empty')).toHaveLength(2);
  });

  it('updates and is removed by destroy', () => {
    const el = host();
    const chart = drawValueCube(el, cube(), opts());
    chart.update(cube(3, 0), opts({ width: 420, height: 300 }));
    expect(cells(el)).toHaveLength(8);
    expect(el.querySelectorAll('rect.cube-cell.selected')).toHaveLength(1);
    expect(el.querySelectorAll('svg')).toHaveLength(1);
    expect(el.querySelectorAll('.chart-tooltip')).toHaveLength(1);
    chart.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('exports as a standalone SVG with the eight cells', () => {
    const el = host();
    drawValueCube(el, cube(), opts());
    const doc = buildSvgDocument(el);
    expect([doc.width, doc.height]).toEqual([640, 360]);
    expect(doc.text.match(/class="cube-cell[ "]/g)).toHaveLength(8);
  });

  it('matches the snapshot', () => {
    const el = host();
    drawValueCube(el, cube(21, 3), opts());
    expect(cleanSvg(el)).toMatchSnapshot();
  });
});
