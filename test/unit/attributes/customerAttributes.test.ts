import { describe, expect, it } from 'vitest';
import { customerAttributes, attributesOfCustomer } from '../../../src/core/attributes/customerAttributes.ts';
import { numericAttributes } from '../../../src/core/cluster/customerAttributes.ts';
import { categorize } from '../../../src/core/crosstab/categorize.ts';
import { customerSearchText } from '../../../src/core/segments/customerHistory.ts';
import { importText } from '../helpers.ts';

/** Ten customers A0…A9 of ages 20…65 (distinct), one row each, plus the rows of the case. */
const crowd = Array.from({ length: 10 }, (_, i) => `A${i},2024-01-01 10:00,10,${20 + 5 * i}`);

/**
 * Each case: rows `customer,datetime,amount,age` after the crowd; what X's age is, whether age is
 * numeric, and X's number. Clusters, Cross-tabs, the search and the card must all agree.
 */
const cases: { name: string; rows: string[]; value: string; numeric: boolean; number: number }[] = [
  {
    // Before: Clusters took the later row of the same day (40), Cross-tabs and the card the later time (41).
    name: 'the same day: the later date-time, not the later row',
    rows: ['X,2024-02-01 18:00,10,41', 'X,2024-02-01 09:00,10,40'],
    value: '41',
    numeric: true,
    number: 41,
  },
  {
    name: 'the same date-time: the later row',
    rows: ['X,2024-02-01 09:00,10,40', 'X,2024-02-01 09:00,10,44'],
    value: '44',
    numeric: true,
    number: 44,
  },
  {
    name: 'a blank latest row: the latest non-blank value',
    rows: ['X,2024-02-01,10,33', 'X,2024-03-01,10,'],
    value: '33',
    numeric: true,
    number: 33,
  },
  {
    // Before: Clusters called age numeric (10 of 11 values are numbers) and skipped to X's older
    // 33; Cross-tabs called it text (not every value is a number).
    name: 'one word among eleven values: still numeric (90 %), the word is NaN',
    rows: ['X,2024-02-01,10,33', 'X,2024-03-01,10,unknown'],
    value: 'unknown',
    numeric: true,
    number: NaN,
  },
  {
    name: 'two words among twelve values: text',
    rows: ['X,2024-02-01,10,unknown', 'Y,2024-02-01,10,n/a'],
    value: 'unknown',
    numeric: false,
    number: NaN,
  },
  {
    name: 'thousands separators read as numbers',
    rows: ['X,2024-02-01,10,"1,234"'],
    value: '1,234',
    numeric: true,
    number: 1234,
  },
];

describe('customerAttributes: one definition of latest and numeric', () => {
  it.each(cases)('$name', async ({ rows, value, numeric, number }) => {
    const csv = ['customer,date,amount,age', ...crowd, ...rows].join('\n') + '\n';
    const { table } = await importText(csv);
    const everyone = Int32Array.from(table.customerIds.keys());
    const x = table.customerIds.indexOf('X');
    const [age] = customerAttributes(table, everyone);
    expect(age.name).toBe('age');
    expect(age.values[age.codes[x]]).toBe(value);
    expect(age.numeric).toBe(numeric);
    expect(age.numbers[x]).toBe(number);
    // Clusters: age is a measure exactly when Cross-tabs bins it, with the same numbers.
    const measures = numericAttributes(table, everyone);
    expect(measures.map((m) => m.name)).toEqual(numeric ? ['age'] : []);
    if (numeric) expect(Array.from(measures[0].values)).toEqual(Array.from(age.numbers));
    expect(categorize(age).kinds.includes('band')).toBe(numeric);
    // The card and the search show the same value.
    expect(attributesOfCustomer(table, x)).toEqual({ age: value });
    expect(customerSearchText(table, [x])).toEqual([`x ${value}`]);
  });
});
