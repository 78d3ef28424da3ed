import { describe, expect, it } from 'vitest';
import { csvText } from '../../../src/core/export/csvText.ts';
import {
  memberRows,
  RFM_COLUMNS,
  scoreCode,
  SUMMARY_COLUMNS,
  summaryRows,
} from '../../../src/core/export/segmentTables.ts';
import { summarizeSegments } from '../../../src/core/segments/summarizeSegments.ts';

const T = {
  ids: ['c1', 'c2', 'c3'],
  recency: [3, 40, 200],
  frequency: [9, 2, 1],
  monetary: [1234.5, 80.1234567, -5],
  r: [5, 3, 1],
  f: [5, 2, 1],
  m: [5, 2, 10],
};
const segment = [0, 1, 1];
const names = ['重要价值客户', '一般挽留客户, 低'];

describe('segment exports', () => {
  it.each([
    [5, 4, 3, '543'],
    [10, 1, 2, '10-1-2'],
  ])('scoreCode(%i, %i, %i) = %s', (r, f, m, code) => expect(scoreCode(r, f, m)).toBe(code));

  it('writes member rows with BOM, CRLF, quoted Chinese names and actions', () => {
    const text = csvText(
      [...RFM_COLUMNS, 'segment', 'action'],
      memberRows(T, segment, (s) => [names[s], `act ${s}`]),
      {
        bom: true,
      },
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')).toEqual([
      'customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_code,segment,action',
      'c1,3,9,1234.5,5,5,5,555,重要价值客户,act 0',
      'c2,40,2,80.123457,3,2,2,322,"一般挽留客户, 低",act 1',
      'c3,200,1,-5,1,1,10,1-1-10,"一般挽留客户, 低",act 1',
      '',
    ]);
    // Only the chosen rows, in the given order.
    expect([...memberRows(T, segment, () => [], [2, 0])].map((r) => r[0])).toEqual(['c3', 'c1']);
  });

  it('writes the summary rows with shares as fractions and empty averages for empty segments', () => {
    const summary = summarizeSegments(T, segment, ['a', 'b', 'c']);
    const rows = [
      ...summaryRows(
        summary,
        (i) => `seg ${i}`,
        (i) => `do ${i}`,
      ),
    ];
    expect(SUMMARY_COLUMNS).toHaveLength(rows[0].length);
    expect(rows).toEqual([
      ['seg 0', 1, 0.333333, 1234.5, 0.939052, 3, 9, 1234.5, 'do 0'],
      ['seg 1', 2, 0.666667, 80.12, 0.060948, 120, 1.5, 37.56, 'do 1'],
      ['seg 2', 0, 0, 0, 0, '', '', '', 'do 2'],
    ]);
  });
});
