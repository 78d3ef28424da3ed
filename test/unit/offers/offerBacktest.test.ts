import { describe, expect, it } from 'vitest';
import { offerBacktest, offerSplitDay } from '../../../src/core/offers/offerBacktest.ts';
import { offerTable } from './offerTable.ts';
import type { Line } from './offerTable.ts';

/**
 * A generated shop where the answer is known. Three pairs (A,B), (C,D), (E,F): 10 customers buy
 * both items of a pair before the split (the co-buying the model learns), 10 more buy the first
 * item before the split and its partner after it. 30 background customers buy P1, P2, P3 before the
 * split only (the most popular items). So every evaluated customer (30: history and a holdout
 * purchase) is offered its partner first (hit), and popularity offers P1–P3 (never bought after).
 */
function knownShop(): Line[] {
  const lines: Line[] = [];
  for (const [x, y] of [
    ['A', 'B'],
    ['C', 'D'],
    ['E', 'F'],
  ]) {
    for (let i = 0; i < 10; i++) lines.push([`${x}${y}-both${i}`, 10, 5, x], [`${x}${y}-both${i}`, 11, 5, y]);
    for (let i = 0; i < 10; i++) lines.push([`${x}${y}-next${i}`, 20, 5, x], [`${x}${y}-next${i}`, 120, 5, y]);
  }
  for (let i = 0; i < 30; i++) for (const p of ['P1', 'P2', 'P3']) lines.push([`bg${i}`, 30, 5, p]);
  return lines;
}

describe('offerBacktest', () => {
  it('scores hit at 3 against popularity where the answer is known', () => {
    const b = offerBacktest(offerTable(knownShop()), 'category', { splitDay: 100 });
    expect(b.evaluated).toBe(30);
    expect(b.method).toEqual({ hits: 30, hitRate: 1, byRank: [1, 0, 0] });
    expect(b.popular).toEqual({ hits: 0, hitRate: 0, byRank: [0, 0, 0] });
    expect(b.items).toBe(9);
  });

  it('leaves out customers without history and those who did not buy after the split', () => {
    const lines = knownShop();
    lines.push(['newcomer', 130, 5, 'B'], ['gone', 5, 5, 'A']);
    const b = offerBacktest(offerTable(lines), 'category', { splitDay: 100 });
    expect(b.evaluated).toBe(30);
  });

  it('splits by default where the CLV backtest does: all but the last quarter of the span', () => {
    // Days 10 .. 130: 10 + ⌊0.75 × 120⌋ = 100.
    const lines = knownShop();
    lines.push(['late', 130, 5, 'P1']);
    const t = offerTable(lines);
    expect(offerSplitDay(t)).toBe(100);
    expect(offerBacktest(t, 'category').splitDay).toBe(100);
  });
});
