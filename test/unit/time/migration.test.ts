import { describe, expect, it } from 'vitest';
import { tableAsOf } from '../../../src/core/asof/tableAsOf.ts';
import { clusterSnapshots } from '../../../src/core/migration/clusterSnapshots.ts';
import { migrationHeadline, segmentLevels } from '../../../src/core/migration/migrationHeadline.ts';
import { flowCustomers, migrationMatrix, NEW_ROW } from '../../../src/core/migration/migrationMatrix.ts';
import { quarterEnds } from '../../../src/core/migration/quarterEnds.ts';
import { segmentsAsOf } from '../../../src/core/migration/segmentsAsOf.ts';
import type { SegmentSnapshot } from '../../../src/core/migration/segmentsAsOf.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { DEFAULT_SEGMENT_OPTIONS, SCHEMES } from '../../../src/core/segments/segmentCustomers.ts';
import { daysFromCivil } from '../../../src/core/values/civil.ts';
import { rng } from '../rng.ts';
import { importText } from '../helpers.ts';

/** A shop of `n` customers over 2024 with seeded random purchases, as CSV text. */
function shop(n: number, seed: number): string {
  const rand = rng(seed);
  const rows = ['customer,date,amount'];
  for (let c = 0; c < n; c++) {
    const orders = 1 + Math.floor(rand() * 8);
    for (let k = 0; k < orders; k++) {
      const day = 1 + Math.floor(rand() * 365);
      const d = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
      rows.push(`c${c},${d},${(5 + rand() * 100).toFixed(2)}`);
    }
  }
  return rows.join('\n') + '\n';
}

const JUNE_30 = daysFromCivil(2024, 6, 30);

describe('as of a date: only what was known then', () => {
  it('tableAsOf keeps the rows dated on or before the day, with the same dictionaries', async () => {
    const { table } = await importText('customer,date,amount\na,2024-06-30,1\nb,2024-07-01,2\na,2024-01-01,3\n');
    const t = tableAsOf(table, JUNE_30);
    expect(t.rows).toBe(2);
    expect(t.customerIds).toBe(table.customerIds);
    expect(Array.from(t.amount).sort()).toEqual([1, 3]);
  });

  it.each(SCHEMES.filter((s) => s !== 'custom'))(
    '%s as of 30 June = the same on a file cut at 30 June (no look-ahead)',
    async (scheme) => {
      const text = shop(120, 7);
      const { table } = await importText(text);
      const cut = text
        .split('\n')
        .filter((l, i) => i === 0 || (l && l.split(',')[1] <= '2024-06-30'))
        .join('\n');
      const { table: early } = await importText(cut + '\n');
      const options = { ...DEFAULT_SEGMENT_OPTIONS, scheme };
      const a = segmentsAsOf(table, JUNE_30, options);
      const b = segmentsAsOf(early, JUNE_30, options);
      expect(a.customers).toBe(b.customers);
      for (let c = 0; c < early.customerIds.length; c++) {
        const same = table.customerIds.indexOf(early.customerIds[c]);
        expect(a.segmentOf[same]).toBe(b.segmentOf[c]);
      }
      // The reference day is the day after: a purchase on 30 June has recency 1.
      expect(computeRfm(tableAsOf(table, JUNE_30), { referenceDay: JUNE_30 + 1 }).recency.every((r) => r >= 1)).toBe(
        true,
      );
    },
  );
});

/** A snapshot from segment ids and a per-customer list (−1 = absent) with R+F+M sums. */
const snap = (day: number, ids: string[], seg: number[], sums: number[]): SegmentSnapshot => ({
  day,
  ids,
  segmentOf: Int16Array.from(seg),
  scoreSum: Uint8Array.from(sums),
  customers: seg.filter((s) => s >= 0).length,
});

describe('the migration matrix, hand-worked', () => {
  // Six customers; segments "top" and "low". At day 1: c0 top, c1 top, c2 low, c3 low, c4 and c5
  // not yet customers. At day 2: c0 top, c1 low (down), c2 top (up), c3 low, c4 top (new), c5 low (new).
  const ids = ['top', 'low'];
  const a = snap(1, ids, [0, 0, 1, 1, -1, -1], [14, 12, 5, 4, 0, 0]);
  const b = snap(2, ids, [0, 1, 0, 1, 0, 1], [15, 6, 13, 3, 12, 4]);
  const m = migrationMatrix(a, b);

  it('counts from × to with a (new) row', () => {
    expect(m).toEqual({
      days: [1, 2],
      from: ['top', 'low', NEW_ROW],
      to: ['top', 'low'],
      counts: [
        [1, 1],
        [1, 1],
        [1, 1],
      ],
    });
  });

  it('lists the customers of a flow', () => {
    expect(Array.from(flowCustomers(a, b, 0, 1))).toEqual([1]);
    expect(Array.from(flowCustomers(a, b, -1, 0))).toEqual([4]);
  });

  it('orders segments by mean R+F+M and counts moves up and down', () => {
    const levels = segmentLevels([a, b]);
    // top: (14 + 12 + 15 + 13 + 12) / 5 = 13.2; low: (5 + 4 + 6 + 3 + 4) / 5 = 4.4
    expect(levels.get('top')).toBeCloseTo(13.2, 12);
    expect(levels.get('low')).toBeCloseTo(4.4, 12);
    const h = migrationHeadline(m, levels);
    expect(h).toMatchObject({ stayed: 4, newCustomers: 2, same: 2, up: 1, down: 1 });
    expect(h.flows).toEqual([
      { from: 'low', to: 'top', customers: 1 },
      { from: 'top', to: 'low', customers: 1 },
    ]);
  });
});

describe('clusters over time', () => {
  it('places every customer at every date in the nearest of today’s centroids', async () => {
    const { table } = await importText(shop(150, 3));
    const days = [daysFromCivil(2024, 3, 31), JUNE_30, daysFromCivil(2024, 12, 31)];
    const s = clusterSnapshots(table, days, { k: 3, seed: 1, restarts: 4, transform: 'log1p', scaling: 'z' });
    expect(s.map((x) => x.ids)).toEqual(new Array(3).fill(['cluster-1', 'cluster-2', 'cluster-3']));
    // Customers only grow over time; everyone has a cluster once they bought.
    expect(s[0].customers).toBeLessThanOrEqual(s[1].customers);
    expect(s[2].customers).toBe(150);
    for (const x of s) expect(x.segmentOf.filter((g) => g >= 0).length).toBe(x.customers);
    const m = migrationMatrix(s[1], s[2]);
    expect(m.counts.flat().reduce((p, q) => p + q, 0)).toBe(150);
  });
});

describe('quarterEnds: the default migration dates', () => {
  const d = (s: string) => daysFromCivil(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10));
  it.each([
    { first: '2010-12-01', last: '2011-12-09', want: ['2011-03-31', '2011-06-30', '2011-09-30', '2011-12-09'] },
    { first: '2024-01-01', last: '2025-12-31', want: ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'] },
    { first: '2025-05-10', last: '2025-12-31', want: ['2025-06-30', '2025-09-30', '2025-12-31'] },
    { first: '2025-11-01', last: '2025-12-31', want: ['2025-11-01', '2025-12-31'] },
    { first: '2024-01-01', last: '2025-01-05', want: ['2024-06-30', '2024-09-30', '2024-12-31', '2025-01-05'] },
  ])('$first … $last → $want', ({ first, last, want }) => {
    expect(quarterEnds(d(first), d(last))).toEqual(want.map(d));
  });
});
