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
