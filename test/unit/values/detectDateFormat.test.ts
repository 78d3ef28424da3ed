import { describe, expect, it } from 'vitest';
import { detectDateFormat } from '../../../src/core/values/dates.ts';
import type { DateFormat } from '../../../src/core/values/dates.ts';

type Row = [
  name: string,
  samples: string[],
  kind: DateFormat['kind'] | null,
  ambiguous: boolean,
  parsedShare: number,
  reason: RegExp,
];

const rows: Row[] = [
  ['ISO dates', ['2011-12-09', '2011-12-10 08:00:00', '2011-12-11T09:30'], 'ymd', false, 1, /year first/],
  ['slashed year first', ['2011/12/9', '2011/1/10'], 'ymd', false, 1, /year first/],
  ['day first by a day above 12', ['1/2/2011', '25/12/2011', '3/4/2011'], 'dmy', false, 1, /"25\/12\/2011"/],
  [
    'month first by a day above 12',
    ['12/1/2010 8:26', '12/13/2010 9:01', '1/2/2011 10:00'],
    'mdy',
    false,
    1,
    /"12\/13\/2010 9:01"/,
  ],
  ['dotted day first', ['09.12.2011', '31.01.2012'], 'dmy', false, 1, /day first/],
  ['two-digit years', ['1/2/11', '3/4/11'], 'dmy', true, 1, /confirm/],
  ['ambiguous: every part 12 or less', ['1/2/2011', '3/4/2011', '12/12/2011'], 'dmy', true, 1, /confirm/],
  [
    'mixed day and month first, no clear majority: the larger side, asked',
    ['25/12/2011', '12/25/2011', '26/12/2011'],
    'dmy',
    true,
    2 / 3,
    /"25\/12\/2011", 2\) and month-first \("12\/25\/2011", 1\) dates are mixed: read as day first, please confirm/,
  ],
  ['compact', ['19970101', '19970215', '19971231 1230'], 'compact', false, 1, /compact/],
  ['CJK', ['2011年12月9日', '2011年12月10日 12:50'], 'cjk', false, 1, /年/],
  ['Excel serials', ['40513', '40513.5', '40600'], 'excel', false, 1, /2010-12-01/],
  ['serials out of range are not Excel', ['40513', '12'], null, false, 0, /no value/],
  [
    'nine serials in ten are Excel (the rest dropped on import)',
    [...Array.from({ length: 9 }, (_, i) => String(40513 + i)), 'n/a'],
    'excel',
    false,
    0.9,
    /1 of 10 values are not serials .*"n\/a"/,
  ],
  [
    'one month-first typo among day-first dates: day first',
    [
      '25/12/2011',
      '13/1/2011',
      '14/2/2011',
      '15/3/2011',
      '16/4/2011',
      '17/5/2011',
      '18/6/2011',
      '19/7/2011',
      '20/8/2011',
      '21/9/2011',
      '10/25/2011',
    ],
    'dmy',
    false,
    10 / 11,
    /10 values read only day first .*"10\/25\/2011", dropped/,
  ],
  [
    'one day-first typo among month-first dates: month first',
    [
      '12/25/2011',
      '1/13/2011',
      '2/14/2011',
      '3/15/2011',
      '4/16/2011',
      '5/17/2011',
      '6/18/2011',
      '7/19/2011',
      '8/20/2011',
      '9/21/2011',
      '25/10/2011',
    ],
    'mdy',
    false,
    10 / 11,
    /10 values read only month first/,
  ],
  ['plain numbers', ['1', '2', '3'], null, false, 0, /no value/],
  ['text', ['foo', 'bar'], null, false, 0, /no value looks like a date \(e\.g\. "foo"\)/],
  ['nothing', [], null, false, 0, /no date values/],
  ['blanks only', ['', '  '], null, false, 0, /no date values/],
  ['blanks ignored', ['2011-12-09', '', ' '], 'ymd', false, 1, /year first/],
  [
    'a few bad values',
    ['2011-12-09', '2011-02-30', '2011-12-10', 'n/a'],
    'ymd',
    false,
    0.5,
    /2 of 4 values .*"2011-02-30"/,
  ],
  ['majority shape wins', ['2011-12-09', '2011-12-10', '9/12/2011'], 'ymd', false, 2 / 3, /1 of 3/],
];

describe('detectDateFormat', () => {
  it.each(rows)('%s', (_name, samples, kind, ambiguous, parsedShare, reason) => {
    const d = detectDateFormat(samples);
    expect(d.format).toEqual(kind === null ? null : { kind });
    expect(d.ambiguous).toBe(ambiguous);
    expect(d.parsedShare).toBeCloseTo(parsedShare, 10);
    expect(d.reason).toMatch(reason);
  });
});

describe('detectDateFormat in a 1904 workbook', () => {
  it('reads serials in the 1904 date system and says so; other shapes are not affected', () => {
    const d = detectDateFormat(['39051', '39051.5', '39100'], true);
    expect(d.format).toEqual({ kind: 'excel', date1904: true });
    expect(d.reason).toMatch(/1904 date system \("39051" is 2010-12-01\)/);
    expect(detectDateFormat(['2011-12-09'], true).format).toEqual({ kind: 'ymd' });
    expect(detectDateFormat(['39051'], false).reason).toMatch(/"39051" is 2006-11-30/);
  });
});
