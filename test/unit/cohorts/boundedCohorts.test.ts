import { describe, expect, it } from 'vitest';
import { cohortRows } from '../../../src/core/cohorts/cohortSummary.ts';
import { COHORT_CAP, cohortTable } from '../../../src/core/cohorts/cohortTable.ts';
import type { CohortTable } from '../../../src/core/cohorts/cohortTable.ts';
import { daysFromCivil, formatDay } from '../../../src/core/values/civil.ts';
import { SENTINEL_DAYS, sampleShopCsv, sentinelShopRows } from '../../fixtures/sentinelShop.ts';
import { tableOf } from './tables.ts';
import type { Row } from './tables.ts';

// Issue 14: one placeholder date among the sample shop's 3,830 lines made a table of 23 cohorts ×
// 95,712 months (127 MB of JSON). The table is now bounded by COHORT_CAP and says what it left out.
const SAMPLE = tableOf(sentinelShopRows('2024-06-01').slice(0, -1));
const cells = (c: CohortTable) => c.cohorts * c.offsets;
const C0005_ROWS = sampleShopCsv()
  .split('\n')
  .filter((l) => l.split(',')[1] === 'C0005').length;

describe('cohortTable with placeholder dates', () => {
  it('the sample alone is inside the cap and says nothing', () => {
    for (const period of ['month', 'quarter'] as const) {
      const c = cohortTable(SAMPLE, period);
      expect(c.notices).toEqual([]);
      expect(c.offsets).toBeLessThan(COHORT_CAP[period]);
    }
  });

  // day, period → the notice's counts: purchases later than the cap and their customers.
  it.each([
    ['9999-12-31', 'month', 1, 1],
    ['9999-12-31', 'quarter', 1, 1],
    ['0001-01-01', 'month', C0005_ROWS, 1],
    ['0001-01-01', 'quarter', C0005_ROWS, 1],
    ['1900-01-01', 'month', C0005_ROWS, 1],
    ['1900-01-01', 'quarter', C0005_ROWS, 1],
  ] as const)('%s by %s: at most the cap of offsets, the cut stated', (day, period, purchases, customers) => {
    const c = cohortTable(tableOf(sentinelShopRows(day)), period);
    const cap = COHORT_CAP[period];
    expect(c.offsets).toBe(cap);
    expect(c.cohorts).toBeLessThanOrEqual(cap);
    expect(c.retention.length).toBe(cells(c));
    expect(cells(c)).toBeLessThanOrEqual(cap * cap);
    expect(Math.max(...c.observed)).toBeLessThanOrEqual(cap);
    expect(c.notices).toHaveLength(1);
    const [n] = c.notices;
    expect(n.code).toBe(`cohorts.offsetCap.${period}`);
    expect(n.params).toMatchObject({ cap, purchases, customers });
    expect(n.text).toContain(day.slice(0, 4));
    expect(n.text).toContain('placeholder dates');
    // 400 customers: the JSON rows stay small (127 MB before).
    expect(JSON.stringify(cohortRows(c)).length).toBeLessThan(600_000);
    expect(c.customers.reduce((a, b) => a + b, 0)).toBe(400);
  });

  it('a late placeholder leaves every real cell as it was', () => {
    const c = cohortTable(tableOf(sentinelShopRows('9999-12-31')), 'month');
    const plain = cohortTable(SAMPLE, 'month');
    expect(c.labels).toEqual(plain.labels);
    expect(Array.from(c.customers)).toEqual(Array.from(plain.customers));
    expect(c.lastLabel).toBe('9999-12');
    for (let r = 0; r < plain.cohorts; r++) {
      for (let k = 0; k < plain.observed[r]; k++) {
        expect(c.active[r * c.offsets + k]).toBe(plain.active[r * plain.offsets + k]);
        expect(c.revenue[r * c.offsets + k]).toBe(plain.revenue[r * plain.offsets + k]);
        expect(c.orders[r * c.offsets + k]).toBe(plain.orders[r * plain.offsets + k]);
      }
      // Later months up to the cap: observed, nobody bought.
      expect(c.active[r * c.offsets + plain.observed[r]]).toBe(0);
    }
  });

  it('an early placeholder is its own one-customer cohort, followed up to the cap', () => {
    const c = cohortTable(tableOf(sentinelShopRows('0001-01-01')), 'month');
    expect(c.labels[0]).toBe('0001-01');
    expect(c.customers[0]).toBe(1);
    expect(Array.from(c.active.subarray(0, c.offsets)).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('a genuinely long history keeps the latest cohorts and names the older ones left out', () => {
    // 200 customers, one a month from 2000-01: 200 monthly cohorts, 80 beyond the cap of 120.
    const rows: Row[] = [];
    for (let i = 0; i < 200; i++) {
      const y = 2000 + Math.floor(i / 12);
      const m = (i % 12) + 1;
      rows.push([`C${i}`, formatDay(daysFromCivil(y, m, 15)), 10]);
    }
    rows.push(['C199', '2016-12-20', 5]);
    const c = cohortTable(tableOf(rows), 'month');
    expect(c.cohorts).toBe(120);
    expect(c.labels[0]).toBe('2006-09');
    expect(c.offsets).toBe(120);
    const codes = c.notices.map((n) => n.code);
    expect(codes).toEqual(['cohorts.offsetCap.month', 'cohorts.cohortCap.month']);
    expect(c.notices[1].params).toMatchObject({ cap: 120, cohorts: 80, customers: 80, from: '2000-01', to: '2006-08' });
  });
});

it.each(SENTINEL_DAYS)('the fixture adds one line dated %s', (day) => {
  expect(sentinelShopRows(day)).toHaveLength(3831);
});
