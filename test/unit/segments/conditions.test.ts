import { describe, expect, it } from 'vitest';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import {
  conditionFacts,
  conditionFrom,
  conditionsFrom,
  matchConditions,
} from '../../../src/core/segments/conditions.ts';
import type { RuleCondition } from '../../../src/core/segments/conditions.ts';
import { segmentCustomers, DEFAULT_SEGMENT_OPTIONS, UNMATCHED } from '../../../src/core/segments/segmentCustomers.ts';
import { MS_PER_DAY } from '../../../src/core/values/civil.ts';

const day = (d: number) => d * MS_PER_DAY;

/**
 * Four customers, last transaction on day 400, so the reference day is 401:
 * A: Technology 1,200 on day 300 (101 days before 401), Paper 50 on day 390; region North then South (latest South).
 * B: Technology 500 on day 100 (301 days ago), Paper 700 on day 400; region North.
 * C: Paper 2,000 on day 200 (201 days ago), one order; region North.
 * D: Furniture 30 on day 395, returned Technology −40 on day 396 (a return, not a purchase); no region.
 * Profit: A 300 + 5, B −50 + 70, C 400, D 3 − 4.
 */
function table(): TransactionTable {
  const rows: [number, number, number, number, number, number, number][] = [
    // customer, day, amount, profit, category, invoice, region
    [0, 300, 1200, 300, 0, 0, 0],
    [0, 390, 50, 5, 1, 1, 1],
    [1, 100, 500, -50, 0, 2, 0],
    [1, 400, 700, 70, 1, 3, 0],
    [2, 200, 2000, 400, 1, 4, 0],
    [3, 395, 30, 3, 2, 5, -1],
    [3, 396, -40, -4, 0, 6, -1],
  ];
  const col = (j: number) => rows.map((r) => r[j]);
  return {
    rows: rows.length,
    customer: Int32Array.from(col(0)),
    customerIds: ['A', 'B', 'C', 'D'],
    time: Float64Array.from(col(1), day),
    amount: Float64Array.from(col(2)),
    invoice: Int32Array.from(col(5)),
    invoiceIds: ['1', '2', '3', '4', '5', '6', '7'],
    attributes: [{ name: 'Region', codes: Int32Array.from(col(6)), values: ['North', ' South '] }],
    items: {
      category: { name: 'Category', codes: Int32Array.from(col(4)), values: ['Technology', 'Paper', 'Furniture'] },
    },
    profit: Float64Array.from(col(3)),
  };
}

function matching(conditions: RuleCondition[], t = table()): string[] {
  const rfm = computeRfm(t);
  const hold = matchConditions(conditionFacts(t, rfm), conditions);
  return rfm.ids.filter((_, i) => hold[i] === 1);
}

describe('matchConditions', () => {
  it('reads the hand-worked RFM facts', () => {
    const rfm = computeRfm(table());
    expect(rfm.referenceDay).toBe(401);
    expect(Array.from(rfm.recency)).toEqual([11, 1, 201, 6]);
    expect(Array.from(rfm.frequency)).toEqual([2, 2, 1, 1]);
    expect(Array.from(rfm.monetary)).toEqual([1250, 1200, 2000, -10]);
    expect(Array.from(rfm.profit!)).toEqual([305, 20, 400, -1]);
  });

  it.each<{ name: string; conditions: RuleCondition[]; want: string[] }>([
    { name: 'no conditions: everyone', conditions: [], want: ['A', 'B', 'C', 'D'] },
    { name: 'recency ≤ 10 days', conditions: [{ kind: 'recencyDays', max: 10 }], want: ['B', 'D'] },
    {
      name: 'recency 6–11 days (inclusive ends)',
      conditions: [{ kind: 'recencyDays', min: 6, max: 11 }],
      want: ['A', 'D'],
    },
    { name: 'orders ≥ 2', conditions: [{ kind: 'orders', min: 2 }], want: ['A', 'B'] },
    { name: 'spend ≥ 1,200 (revenue)', conditions: [{ kind: 'spend', min: 1200 }], want: ['A', 'B', 'C'] },
    { name: 'spend over 1,200.01', conditions: [{ kind: 'spend', min: 1200.01 }], want: ['A', 'C'] },
    { name: 'profit below 0', conditions: [{ kind: 'profit', max: -0.01 }], want: ['D'] },
    { name: 'profit 20–305', conditions: [{ kind: 'profit', min: 20, max: 305 }], want: ['A', 'B'] },
    { name: 'bought in the last 10 days', conditions: [{ kind: 'boughtWithin', days: 10 }], want: ['B', 'D'] },
    {
      name: 'bought Technology ever',
      conditions: [{ kind: 'boughtItem', level: 'category', item: 'Technology' }],
      want: ['A', 'B'],
    },
    {
      name: 'bought Technology in the last 180 days (A: 101 days ago; B: 301)',
      conditions: [{ kind: 'boughtItem', level: 'category', item: 'Technology', within: 180 }],
      want: ['A'],
    },
    {
      name: 'bought Technology on the boundary day (101 days ago, within 101)',
      conditions: [{ kind: 'boughtItem', level: 'category', item: 'Technology', within: 101 }],
      want: ['A'],
    },
    {
      name: 'within 100 days misses it by one',
      conditions: [{ kind: 'boughtItem', level: 'category', item: 'Technology', within: 100 }],
      want: [],
    },
    {
      name: 'never bought Technology (D only returned it)',
      conditions: [{ kind: 'boughtItem', level: 'category', item: 'Technology', never: true }],
      want: ['C', 'D'],
    },
    {
      name: 'not bought Technology in the last 180 days',
      conditions: [{ kind: 'boughtItem', level: 'category', item: 'Technology', within: 180, never: true }],
      want: ['B', 'C', 'D'],
    },
    {
      name: 'region = South (the latest value, trimmed)',
      conditions: [{ kind: 'attribute', name: 'Region', equals: 'South' }],
      want: ['A'],
    },
    { name: 'region = North', conditions: [{ kind: 'attribute', name: 'Region', equals: 'North' }], want: ['B', 'C'] },
    { name: 'region = West: nobody', conditions: [{ kind: 'attribute', name: 'Region', equals: 'West' }], want: [] },
    {
      name: 'the done-when rule: Technology in 180 days AND spend ≥ 1,000',
      conditions: [
        { kind: 'boughtItem', level: 'category', item: 'Technology', within: 180 },
        { kind: 'spend', min: 1000 },
      ],
      want: ['A'],
    },
    {
      name: 'ANDed: North and spend ≥ 1,500',
      conditions: [
        { kind: 'attribute', name: 'Region', equals: 'North' },
        { kind: 'spend', min: 1500 },
      ],
      want: ['C'],
    },
  ])('$name', ({ conditions, want }) => {
    expect(matching(conditions)).toEqual(want);
  });

  it.each<{ name: string; conditions: RuleCondition[]; code: string; t?: TransactionTable }>([
    {
      name: 'an unknown item',
      conditions: [{ kind: 'boughtItem', level: 'category', item: 'Tech' }],
      code: 'rules.unknownItem',
    },
    {
      name: 'an unmapped level',
      conditions: [{ kind: 'boughtItem', level: 'product', item: 'P1' }],
      code: 'basket.noItems',
    },
    {
      name: 'an unknown attribute',
      conditions: [{ kind: 'attribute', name: 'Segment', equals: 'x' }],
      code: 'rules.unknownAttribute',
    },
    {
      name: 'profit without a profit column',
      conditions: [{ kind: 'profit', min: 0 }],
      code: 'rules.noProfit',
      t: { ...table(), profit: undefined },
    },
  ])('refuses $name with a coded error', ({ conditions, code, t }) => {
    expect(() => matching(conditions, t ?? table())).toThrow(expect.objectContaining({ code }));
  });
});

describe('custom rules with conditions', () => {
  const rules = [
    // Scores first: R 4–5 = B only (recency 1; 3 of 4 worse: 1 + ⌊5 × 3 / 4⌋ = 4; D gets 3, A 2, C 1).
    { r: [4, 5] as const, conditions: [{ kind: 'spend', min: 1000 }] as RuleCondition[] },
    { conditions: [{ kind: 'boughtItem', level: 'category', item: 'Technology', within: 180 }] as RuleCondition[] },
    { fm: [1, 5] as const, conditions: [{ kind: 'attribute', name: 'Region', equals: 'North' }] as RuleCondition[] },
  ];

  it('ANDs conditions with score ranges, first match wins, the rest unmatched', () => {
    const t = table();
    const rfm = computeRfm(t);
    const s = segmentCustomers(
      rfm,
      { ...DEFAULT_SEGMENT_OPTIONS, scheme: 'custom', customRules: rules },
      conditionFacts(t, rfm),
    );
    expect(s.ids).toEqual(['rule-0', 'rule-1', 'rule-2', UNMATCHED]);
    // A: R score 2 → not rule 0; Technology 101 days ago → rule 1.
    // B: R 4 and spend 1,200 → rule 0. C: North → rule 2. D: nothing → unmatched.
    expect(Array.from(s.segment, (k) => s.ids[k])).toEqual(['rule-1', 'rule-0', 'rule-2', UNMATCHED]);
    expect(s.summary.map((r) => r.customers)).toEqual([1, 1, 1, 1]);
  });

  it('refuses rules with conditions when no facts are given', () => {
    const rfm = computeRfm(table());
    expect(() => segmentCustomers(rfm, { ...DEFAULT_SEGMENT_OPTIONS, scheme: 'custom', customRules: rules })).toThrow(
      expect.objectContaining({ code: 'rules.noFacts' }),
    );
  });
});

describe('conditionFrom (settings and --rules JSON)', () => {
  it.each<[string, unknown, RuleCondition | null]>([
    ['a range', { kind: 'spend', min: 1000 }, { kind: 'spend', min: 1000 }],
    ['a closed range', { kind: 'orders', min: 2, max: 5, extra: 1 }, { kind: 'orders', min: 2, max: 5 }],
    ['an empty range', { kind: 'spend' }, null],
    ['a reversed range', { kind: 'spend', min: 5, max: 1 }, null],
    ['a text bound', { kind: 'spend', min: '1000' }, null],
    ['an infinite bound', { kind: 'profit', max: Infinity }, null],
    ['bought within', { kind: 'boughtWithin', days: 30 }, { kind: 'boughtWithin', days: 30 }],
    ['bought within −1', { kind: 'boughtWithin', days: -1 }, null],
    ['bought within 1.5', { kind: 'boughtWithin', days: 1.5 }, null],
    [
      'an item',
      { kind: 'boughtItem', level: 'category', item: 'Technology', within: 180 },
      { kind: 'boughtItem', level: 'category', item: 'Technology', within: 180 },
    ],
    [
      'never an item',
      { kind: 'boughtItem', level: 'product', item: 'P1', never: true },
      { kind: 'boughtItem', level: 'product', item: 'P1', never: true },
    ],
    [
      'never: false is left out',
      { kind: 'boughtItem', level: 'subcategory', item: 'Art', never: false },
      { kind: 'boughtItem', level: 'subcategory', item: 'Art' },
    ],
    ['a bad level', { kind: 'boughtItem', level: 'brand', item: 'x' }, null],
    ['no item', { kind: 'boughtItem', level: 'category', item: '' }, null],
    [
      'an attribute',
      { kind: 'attribute', name: 'Region', equals: 'West' },
      { kind: 'attribute', name: 'Region', equals: 'West' },
    ],
    ['an attribute without a name', { kind: 'attribute', name: '', equals: 'West' }, null],
    ['an unknown kind', { kind: 'age', min: 1 }, null],
    ['not an object', 'spend > 1000', null],
  ])('%s', (_, input, want) => {
    expect(conditionFrom(input)).toEqual(want);
  });

  it('takes a list only when every condition is valid', () => {
    expect(conditionsFrom([{ kind: 'spend', min: 1 }])).toEqual([{ kind: 'spend', min: 1 }]);
    expect(conditionsFrom([{ kind: 'spend', min: 1 }, { kind: 'spend' }])).toBeNull();
    expect(conditionsFrom({})).toBeNull();
  });
});
