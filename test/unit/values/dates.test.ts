import { describe, expect, it } from 'vitest';
import { MS_PER_DAY, daysFromCivil, daysInMonth } from '../../../src/core/values/civil.ts';
import { looksLikeDate, parseDate, parseDateBytes } from '../../../src/core/values/dates.ts';
import type { DateFormat } from '../../../src/core/values/dates.ts';

/** Naive milliseconds of a civil date-time, computed with Date.UTC as a second implementation. */
const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);

type Row = [input: string, kind: DateFormat['kind'], expected: number];

const valid: Row[] = [
  // Year first.
  ['2011-12-09', 'ymd', utc(2011, 12, 9)],
  ['2011-12-09 12:50:00', 'ymd', utc(2011, 12, 9, 12, 50)],
  ['2011-12-09 12:50:59', 'ymd', utc(2011, 12, 9, 12, 50, 59)],
  ['2011-12-09T12:50', 'ymd', utc(2011, 12, 9, 12, 50)],
  ['2011-12-09T12:50:00Z', 'ymd', utc(2011, 12, 9, 12, 50)],
  ['2011-12-09T12:50:07.123Z', 'ymd', utc(2011, 12, 9, 12, 50, 7)],
  ['2011-12-09T12:50:07.999999', 'ymd', utc(2011, 12, 9, 12, 50, 7)],
  ['2011-12-09T12:50:00+08:00', 'ymd', utc(2011, 12, 9, 12, 50)],
  ['2011-12-09T12:50:00-0500', 'ymd', utc(2011, 12, 9, 12, 50)],
  ['2011-12-09 12:50:00 UTC', 'ymd', utc(2011, 12, 9, 12, 50)],
  ['2011-12-09 8:05', 'ymd', utc(2011, 12, 9, 8, 5)],
  ['2011-12-09 1250', 'ymd', utc(2011, 12, 9, 12, 50)],
  ['2011/12/9', 'ymd', utc(2011, 12, 9)],
  ['2011/1/9 23:59', 'ymd', utc(2011, 1, 9, 23, 59)],
  ['2011.12.09', 'ymd', utc(2011, 12, 9)],
  ['  2011-12-09  ', 'ymd', utc(2011, 12, 9)],
  ['\t2011-12-09', 'ymd', utc(2011, 12, 9)],
  ['2012-02-29', 'ymd', utc(2012, 2, 29)],
  ['2000-02-29', 'ymd', utc(2000, 2, 29)],
  ['1969-12-31 23:59:59', 'ymd', -1000],
  // AM / PM.
  ['2011-12-09 12:30 AM', 'ymd', utc(2011, 12, 9, 0, 30)],
  ['2011-12-09 12:30 PM', 'ymd', utc(2011, 12, 9, 12, 30)],
  ['2011-12-09 1:30 pm', 'ymd', utc(2011, 12, 9, 13, 30)],
  ['2011-12-09 11:59:59PM', 'ymd', utc(2011, 12, 9, 23, 59, 59)],
  ['2011-12-09 9:00 a.m.', 'ymd', utc(2011, 12, 9, 9)],
  // Day first / month first.
  ['9/12/2011', 'dmy', utc(2011, 12, 9)],
  ['9/12/2011', 'mdy', utc(2011, 9, 12)],
  ['12/9/2011', 'mdy', utc(2011, 12, 9)],
  ['12/1/2010 8:26', 'mdy', utc(2010, 12, 1, 8, 26)],
  ['12/1/2010 8:26', 'dmy', utc(2010, 1, 12, 8, 26)],
  ['25/12/2011 23:05:10', 'dmy', utc(2011, 12, 25, 23, 5, 10)],
  ['12/25/2011 11:05 PM', 'mdy', utc(2011, 12, 25, 23, 5)],
  ['09-12-2011', 'dmy', utc(2011, 12, 9)],
  ['09.12.2011', 'dmy', utc(2011, 12, 9)],
  ['29/02/2012', 'dmy', utc(2012, 2, 29)],
  // Two-digit years pivot at 70.
  ['9/12/11', 'dmy', utc(2011, 12, 9)],
  ['9/12/69', 'dmy', utc(2069, 12, 9)],
  ['9/12/70', 'dmy', utc(1970, 12, 9)],
  ['12/31/99', 'mdy', utc(1999, 12, 31)],
  ['1/1/00 0:00', 'mdy', utc(2000, 1, 1)],
  // Compact.
  ['19970101', 'compact', utc(1997, 1, 1)],
  ['19970101 1230', 'compact', utc(1997, 1, 1, 12, 30)],
  ['19970101 123045', 'compact', utc(1997, 1, 1, 12, 30, 45)],
  ['19970101T123045', 'compact', utc(1997, 1, 1, 12, 30, 45)],
  ['19970101 12:30', 'compact', utc(1997, 1, 1, 12, 30)],
  // CJK.
  ['2011年12月9日', 'cjk', utc(2011, 12, 9)],
  ['2011年1月09日 12:50', 'cjk', utc(2011, 1, 9, 12, 50)],
  ['2011年12月9日12:50:30', 'cjk', utc(2011, 12, 9, 12, 50, 30)],
  // Excel serials (1900 system, Lotus bug).
  ['40513', 'excel', utc(2010, 12, 1)],
  ['40513.5', 'excel', utc(2010, 12, 1, 12)],
  ['40513,5', 'excel', utc(2010, 12, 1, 12)],
  ['40513.3541666667', 'excel', utc(2010, 12, 1, 8, 30)],
  ['40513.99999999', 'excel', utc(2010, 12, 2)],
  ['25569', 'excel', 0],
  ['61', 'excel', utc(1900, 3, 1)],
  ['60', 'excel', utc(1900, 3, 1)], // the fictitious 1900-02-29
  ['59', 'excel', utc(1900, 2, 28)],
  ['1', 'excel', utc(1900, 1, 1)],
  ['2958465', 'excel', utc(9999, 12, 31)],
];

const invalid: [input: string, kind: DateFormat['kind']][] = [
  ['', 'ymd'],
  ['   ', 'ymd'],
  ['2011-02-29', 'ymd'],
  ['1900-02-29', 'ymd'],
  ['2011-02-30', 'ymd'],
  ['2011-13-01', 'ymd'],
  ['2011-00-01', 'ymd'],
  ['2011-12-00', 'ymd'],
  ['2011-12-32', 'ymd'],
  ['2011-12-09 25:00', 'ymd'],
  ['2011-12-09 24:00', 'ymd'],
  ['2011-12-09 12:60', 'ymd'],
  ['2011-12-09 12:59:60', 'ymd'],
  ['2011-12-09 12', 'ymd'],
  ['2011-12-09 12:5', 'ymd'],
  ['2011-12-09 12:50.5', 'ymd'],
  ['2011-12-09 13:00 PM', 'ymd'],
  ['2011-12-09 0:30 AM', 'ymd'],
  ['2011-12-09x', 'ymd'],
  ['2011-12-09 12:50 foo', 'ymd'],
  ['2011-12/09', 'ymd'],
  ['11-12-09', 'ymd'],
  ['2011-123-09', 'ymd'],
  ['20111209', 'ymd'],
  ['9/12/2011', 'ymd'],
  ['2011-12-09', 'dmy'],
  ['13/13/2011', 'dmy'],
  ['25/12/2011', 'mdy'],
  ['12/25/2011', 'dmy'],
  ['9/12/211', 'dmy'],
  ['9/12/20111', 'dmy'],
  ['9/12-2011', 'dmy'],
  ['29/02/2011', 'dmy'],
  ['9/12', 'dmy'],
  ['1997010', 'compact'],
  ['199701011', 'compact'],
  ['19971301', 'compact'],
  ['19970101 12', 'compact'],
  ['2011-12-09', 'compact'],
  ['2011年13月9日', 'cjk'],
  ['2011年12月9', 'cjk'],
  ['2011-12-09', 'cjk'],
  ['0', 'excel'],
  ['-1', 'excel'],
  ['40513.', 'excel'],
  ['40513.5x', 'excel'],
  ['2958466', 'excel'],
  ['4.05E+04', 'excel'],
  ['2010-12-01', 'excel'],
];

describe('parseDate', () => {
  it.each(valid)('%j as %s', (input, kind, expected) => {
    expect(parseDate(input, { kind })).toBe(expected);
  });
  it.each(invalid)('%j as %s is NaN', (input, kind) => {
    expect(parseDate(input, { kind })).toBeNaN();
  });
});

describe('parseDateBytes', () => {
  const enc = new TextEncoder();
  it.each(valid)('%j as %s inside a longer buffer', (input, kind, expected) => {
    // The field sits between digits, so reading past either end would change the result.
    const field = enc.encode(input);
    const buf = new Uint8Array(field.length + 8).fill(0x37);
    buf.set(field, 4);
    expect(parseDateBytes(buf, 4, 4 + field.length, { kind })).toBe(expected);
  });
});

describe('parseDate agrees with Date.UTC', () => {
  it('on random ISO date-times from 1900 to 2100', () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const p = (n: number) => String(n).padStart(2, '0');
    const bad: string[] = [];
    for (let k = 0; k < 5000; k++) {
      const y = 1900 + Math.floor(next() * 201);
      const m = 1 + Math.floor(next() * 12);
      const d = 1 + Math.floor(next() * daysInMonth(y, m));
      const h = Math.floor(next() * 24);
      const mi = Math.floor(next() * 60);
      const s = Math.floor(next() * 60);
      const iso = `${y}-${p(m)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}`;
      if (parseDate(iso, { kind: 'ymd' }) !== Date.UTC(y, m - 1, d, h, mi, s)) bad.push(iso);
      if (parseDate(`${d}/${m}/${y} ${h}:${p(mi)}`, { kind: 'dmy' }) !== Date.UTC(y, m - 1, d, h, mi)) bad.push(iso);
      if (parseDate(`${y}${p(m)}${p(d)}`, { kind: 'compact' }) !== daysFromCivil(y, m, d) * MS_PER_DAY) bad.push(iso);
    }
    expect(bad).toEqual([]);
  });
});

describe('looksLikeDate', () => {
  const rows: [input: string, expected: boolean][] = [
    ['2011-12-09', true],
    ['2011-12-09 12:50:00', true],
    ['2011-12-09T12:50:00.123Z', true],
    ['2011/12/9', true],
    ['2011.12.09', true],
    ['9/12/2011', true],
    ['12/1/2010 8:26', true],
    ['25-12-11', true],
    ['2011年12月9日', true],
    ['2011年12月9日 12:50', true],
    ['19970101', true],
    ['20231231', true],
    ['19970101 1230', true],
    [' 2011-12-09 ', true],
    ['40513', false],
    ['40513.5', false],
    ['17850', false],
    ['12345678', false],
    ['19971301', false],
    ['18000101', false],
    ['12.50', false],
    ['1,234.56', false],
    ['2011-02-30', false],
    ['13/13/2011', false],
    ['hello', false],
    ['', false],
    ['C536379', false],
  ];
  it.each(rows)('%j → %s', (input, expected) => expect(looksLikeDate(input)).toBe(expected));
});

describe('parseDate: Excel serials in the 1904 date system (Mac workbooks)', () => {
  const mac = { kind: 'excel', date1904: true } as const;
  // Second implementation: 1904-01-01 plus the serial in days, with Date.UTC.
  it.each([
    ['0', utc(1904, 1, 1)],
    ['1', utc(1904, 1, 2)],
    ['59', utc(1904, 2, 29)], // 1904 is a leap year; no fictitious day in this system
    ['24107', 0],
    ['39051', utc(2010, 12, 1)], // 40513 in the 1900 system: 1,462 days apart
    ['39051.5', utc(2010, 12, 1, 12)],
    ['2957003', utc(9999, 12, 31)],
  ])('%j', (input, expected) => {
    expect(parseDate(input, mac)).toBe(expected);
    expect(parseDate(input, mac)).toBe(utc(1904, 1, 1) + Number(input.replace(',', '.')) * MS_PER_DAY);
  });
  it('is the 1900 reading 1,462 days later for every serial from 61 on', () => {
    for (const s of ['61', '40513', '40513.25', '2957003']) {
      expect(parseDate(s, mac) - parseDate(s, { kind: 'excel' })).toBe(1462 * MS_PER_DAY);
    }
  });
  it.each(['2957004', '-1', '39051.', 'x'])('%j is NaN', (input) => {
    expect(parseDate(input, mac)).toBeNaN();
  });
});
