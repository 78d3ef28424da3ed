import { describe, expect, it } from 'vitest';
import { csvField, csvText } from '../../../src/core/export/csvText.ts';
import { parseRows } from '../../../src/core/csv/parseRows.ts';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    [12.5, '12.5'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['重要价值客户', '重要价值客户'],
  ])('%j → %j', (input, expected) => expect(csvField(input)).toBe(expected));
});

describe('csvField: formula injection', () => {
  it.each([
    ['=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['-', "'-"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['=1+1', "'=1+1"],
    // numbers, and text that reads as a number, stay as they are
    [-3, '-3'],
    ['-3', '-3'],
    ['-12.50', '-12.50'],
    [-12.5, '-12.5'],
    ['+1', '+1'],
    [1, '1'],
    ['-1,234.50', '"-1,234.50"'],
    ['-1.5e3', '-1.5e3'],
    // only the first character counts
    ['a=b', 'a=b'],
    ['客户=1', '客户=1'],
  ])('%j → %j', (input, expected) => expect(csvField(input)).toBe(expected));

  it('a whole export reads back with the apostrophes and the numbers', () => {
    const text = csvText(
      ['id', 'monetary'],
      [
        ['=HYPERLINK("http://evil")', -3],
        ['@SUM(A1)', '-12.50'],
      ],
    );
    expect(parseRows(text, ',', 10)).toEqual([
      ['id', 'monetary'],
      ['\'=HYPERLINK("http://evil")', '-3'],
      ["'@SUM(A1)", '-12.50'],
    ]);
  });
});

describe('csvText', () => {
  it('starts with a BOM when asked and reads back to the same fields', () => {
    const text = csvText(['id', 'segment', 'action'], [['1', '重要价值客户', 'VIP: personal service, priority']], {
      bom: true,
    });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseRows(text.slice(1), ',', 10)).toEqual([
      ['id', 'segment', 'action'],
      ['1', '重要价值客户', 'VIP: personal service, priority'],
    ]);
  });

  it('has no BOM by default', () => expect(csvText(['a'], [[1]])).toBe('a\r\n1\r\n'));
});
