import { describe, expect, it } from 'vitest';
import { computeRfm, idSortKey, rfmCode } from '../../../src/core/rfm/computeRfm.ts';
import { scoreByRank } from '../../../src/core/rfm/scoreByRank.ts';
import { formatDay } from '../../../src/core/values/civil.ts';
import { importText } from '../helpers.ts';

// Ten customers whose RFM is worked out by hand (reference date 2024-04-01, the day after the
// last transaction). Scores: 1 + floor(5 * (#customers strictly worse) / 10).
//  id  last purchase  R days  F  M    | worse R  F  M | scores
//  A   2024-03-31        1    5  500  |   9      9  9 | 5 5 5
//  B   2024-03-30        2    4  400  |   8      8  8 | 5 5 5
//  C   2024-03-25        7    3  300  |   7      6  7 | 4 4 4
//  D   2024-03-20       12    3  250  |   6      6  6 | 4 4 4
//  E   2024-03-01       31    2  200  |   5      4  5 | 3 3 3
//  F   2024-02-15       46    2  150  |   4      4  4 | 3 3 3
//  G   2024-02-01       60    1  100  |   3      0  2 | 2 1 2
//  H   2024-01-15       77    1  100  |   2      0  2 | 2 1 2
//  I   2024-01-10       82    1   50  |   1      0  1 | 1 1 1
//  J   2024-01-01       91    1   20  |   0      0  0 | 1 1 1
const CSV = `Invoice,Customer,Date,Amount
1,A,2024-01-05,100
2,A,2024-02-05,100
3,A,2024-03-01,100
4,A,2024-03-15,60
4,A,2024-03-15,40
5,A,2024-03-31,100
C6,A,2024-03-31,-100
7,B,2024-01-02,100
8,B,2024-02-02,100
9,B,2024-03-02,100
10,B,2024-03-30,100
11,C,2024-01-20,100
12,C,2024-02-20,100
13,C,2024-03-25,100
14,D,2024-01-20,100
15,D,2024-02-20,100
16,D,2024-03-20,50
17,E,2024-01-20,100
18,E,2024-03-01,100
19,F,2024-01-20,50
20,F,2024-02-15,100
20,F,2024-02-15,100
21,G,2024-02-01,100
22,H,2024-01-15,100
23,I,2024-01-10,50
24,J,2024-01-01,20
25,,2024-01-01,20
26,J,2024-01-01,0
`;

describe('computeRfm on a hand-worked fixture', () => {
  it('gives the recency, frequency, monetary and scores worked out by hand', async () => {
    const { table, report } = await importText(CSV);
    expect(report.dropped).toMatchObject({ cancellation: 1, noCustomer: 1, nonPositive: 1, duplicate: 1 });
    const rfm = computeRfm(table);
    expect(formatDay(rfm.referenceDay)).toBe('2024-04-01');
    const rows = rfm.ids.map((id, k) => [id, rfm.recency[k], rfm.frequency[k], rfm.monetary[k], rfmCode(rfm, k)]);
    expect(rows).toEqual([
      ['A', 1, 5, 500, '555'],
      ['B', 2, 4, 400, '555'],
      ['C', 7, 3, 300, '444'],
      ['D', 12, 3, 250, '444'],
      ['E', 31, 2, 200, '333'],
      ['F', 46, 2, 150, '333'],
      ['G', 60, 1, 100, '212'],
      ['H', 77, 1, 100, '212'],
      ['I', 82, 1, 50, '111'],
      ['J', 91, 1, 20, '111'],
    ]);
  });

  it('counts distinct purchase days as frequency when no invoice column is mapped', async () => {
    const csv = 'customer,date,amount\nA,2024-01-01,10\nA,2024-01-01,5\nA,2024-01-02,5\nB,2024-01-02,1\n';
    const rfm = computeRfm((await importText(csv)).table);
    expect(rfm.frequencyByInvoice).toBe(false);
    expect(Array.from(rfm.frequency)).toEqual([2, 1]);
    expect(Array.from(rfm.monetary)).toEqual([20, 1]);
  });

  it('nets kept returns into monetary but not into frequency or recency', async () => {
    const csv = 'InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice\n1,A,2024-01-01,2,10\nC2,A,2024-01-05,-1,10\n';
    const { table, report } = await importText(csv, { cleaning: { keepReturns: true } });
    expect(report.returnsKept).toBe(1);
    const rfm = computeRfm(table);
    expect([rfm.recency[0], rfm.frequency[0], rfm.monetary[0]]).toEqual([5, 1, 10]);
  });

  it('uses a given reference day', async () => {
    const rfm = computeRfm((await importText(CSV)).table, { referenceDay: Date.UTC(2024, 5, 1) / 864e5 });
    expect(rfm.recency[0]).toBe(62);
  });
});

describe('scoreByRank', () => {
  it.each([
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], higher: true, want: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5] },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], higher: false, want: [5, 5, 4, 4, 3, 3, 2, 2, 1, 1] },
    // ties share the score of the first of them; 7 of 10 bought once, so F has only 3 grades
    { values: [1, 1, 1, 1, 1, 1, 1, 2, 2, 5], higher: true, want: [1, 1, 1, 1, 1, 1, 1, 4, 4, 5] },
    // No spread: the middle grade, not grade 1 (issue 14; see degenerateScores.test.ts).
    { values: [3, 3, 3], higher: true, want: [3, 3, 3] },
    { values: [7], higher: true, want: [3] },
    { values: [], higher: true, want: [] },
  ])('$values (higher is better: $higher) → $want', ({ values, higher, want }) => {
    expect(Array.from(scoreByRank(values, higher))).toEqual(want);
  });
});

describe('idSortKey', () => {
  it('orders numeric ids numerically, then text ids', () => {
    const ids = ['b', '10', '9', '0004', 'a', '21'];
    expect([...ids].sort((x, y) => (idSortKey(x) < idSortKey(y) ? -1 : 1))).toEqual([
      '0004',
      '9',
      '10',
      '21',
      'a',
      'b',
    ]);
  });
});
