import { describe, expect, it } from 'vitest';
import {
  MS_PER_DAY,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatDay,
  parseIsoDay,
} from '../../../src/core/values/civil.ts';

/** A small seeded PRNG (mulberry32) so that the random rows are the same on every run. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('daysFromCivil / civilFromDays', () => {
  const rows: [y: number, m: number, d: number, days: number][] = [
    [1970, 1, 1, 0],
    [1970, 1, 2, 1],
    [1969, 12, 31, -1],
    [2000, 3, 1, 11017],
    [2000, 2, 29, 11016],
    [1900, 3, 1, -25508],
    [1900, 1, 1, -25567],
    [2010, 12, 1, 14944],
    [2100, 12, 31, 47846],
    [1, 1, 1, -719162],
  ];
  it.each(rows)('%i-%i-%i is day %i', (y, m, d, days) => {
    expect(daysFromCivil(y, m, d)).toBe(days);
    expect(civilFromDays(days)).toEqual({ y, m, d });
    if (y >= 100) expect(days * MS_PER_DAY).toBe(Date.UTC(y, m - 1, d)); // Date.UTC maps years 0..99 to 19xx
  });

  it('round-trips every day from 1900 to 2100 and agrees with Date.UTC', () => {
    const first = daysFromCivil(1900, 1, 1);
    const last = daysFromCivil(2100, 12, 31);
    const bad: number[] = [];
    for (let days = first; days <= last; days++) {
      const { y, m, d } = civilFromDays(days);
      if (daysFromCivil(y, m, d) !== days || days * MS_PER_DAY !== Date.UTC(y, m - 1, d)) bad.push(days);
    }
    expect(bad).toEqual([]);
  });

  it('round-trips random valid dates', () => {
    const next = rng(42);
    for (let k = 0; k < 5000; k++) {
      const y = 1900 + Math.floor(next() * 201);
      const m = 1 + Math.floor(next() * 12);
      const d = 1 + Math.floor(next() * daysInMonth(y, m));
      expect(civilFromDays(daysFromCivil(y, m, d))).toEqual({ y, m, d });
    }
  });
});

describe('daysInMonth', () => {
  const rows: [y: number, m: number, n: number][] = [
    [2011, 2, 28],
    [2012, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2011, 4, 30],
    [2011, 12, 31],
    [2011, 13, 0],
    [2011, 0, 0],
  ];
  it.each(rows)('%i-%i has %i days', (y, m, n) => expect(daysInMonth(y, m)).toBe(n));
});

describe('formatDay', () => {
  const rows: [days: number, text: string][] = [
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
    [14944, '2010-12-01'],
    [14944.75, '2010-12-01'],
    [-25567, '1900-01-01'],
  ];
  it.each(rows)('day %d is %s', (days, text) => expect(formatDay(days)).toBe(text));
});

describe('parseIsoDay', () => {
  const rows: [text: string, days: number | null][] = [
    ['1970-01-01', 0],
    ['2010-12-01', 14944],
    ['2012-02-29', daysFromCivil(2012, 2, 29)],
    ['2011-02-29', null],
    ['2011-13-01', null],
    ['2011-00-10', null],
    ['2011-1-01', null],
    ['2011/01/01', null],
    [' 2011-01-01', null],
    ['2011-01-01T00:00', null],
    ['', null],
  ];
  it.each(rows)('%j → %j', (text, days) => expect(parseIsoDay(text)).toBe(days));
});
