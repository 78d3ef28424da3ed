// The PostgreSQL summary query, run in PostgreSQL itself (PGlite: PostgreSQL compiled to
// WebAssembly), gives the RFM of the transactions it summarises, as the DuckDB one does.
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { summarySql } from '../../../src/core/summary/summarySql.ts';
import { summaryToTable } from '../../../src/core/summary/summaryToTable.ts';
import { importText } from '../helpers.ts';
import { shopCsv } from './shopCsv.ts';

/** Runs the PostgreSQL summary query on a shop CSV's rows (integer cents too: no integer division). */
async function pgSummary(csv: string, invoice: boolean, cents: boolean) {
  const pg = new PGlite();
  const money = cents ? 'integer' : 'double precision';
  await pg.exec(`CREATE TABLE "shop tx" ("Invoice No" text, customer text, order_date timestamp, amount ${money})`);
  const rows = csv.trim().split('\n').slice(1);
  const values = rows.map((l) => {
    const [i, c, d, a] = l.split(',');
    const amount = cents ? String(Math.round(Number(a) * 100)) : a;
    return `('${i}', '${c}', '${d} 13:45:00', ${amount})`;
  });
  await pg.exec(`INSERT INTO "shop tx" VALUES ${values.join(',')}`);
  const sql = summarySql('postgresql', {
    table: 'shop tx',
    customer: 'customer',
    date: 'order_date',
    amount: 'amount',
    ...(invoice ? { invoice: 'Invoice No' } : {}),
  });
  const result = await pg.query<Record<string, unknown>>(sql);
  await pg.close();
  const day = (v: unknown) => Math.round((v as Date).getTime() / 86_400_000);
  const scale = cents ? 100 : 1;
  return {
    ids: result.rows.map((r) => String(r.customer_id)),
    firstDay: Int32Array.from(result.rows, (r) => day(r.first_purchase)),
    lastDay: Int32Array.from(result.rows, (r) => day(r.last_purchase)),
    orders: Int32Array.from(result.rows, (r) => Number(r.orders)),
    total: Float64Array.from(result.rows, (r) => Number(r.total_amount) / scale),
    average: result.rows.map((r) => Number(r.average_amount) / scale),
    attributes: [],
  };
}

describe('customer summary in PostgreSQL', () => {
  it.each([
    { invoice: true, cents: false },
    { invoice: false, cents: false },
    { invoice: true, cents: true },
  ])('invoice column $invoice, integer amounts $cents: the RFM of the transactions', async ({ invoice, cents }) => {
    const csv = shopCsv(9);
    const text = invoice ? csv : csv.replace(/^invoice,/, 'inv,').replace(/\n[^,\n]+,/g, '\nx,');
    const { table } = await importText(text, { cleaning: { keepReturns: true, dropDuplicates: false } });
    const fromTx = computeRfm(table);
    const s = await pgSummary(csv, invoice, cents);
    const fromSummary = computeRfm(summaryToTable(s), { referenceDay: fromTx.referenceDay });
    expect(fromSummary.ids).toEqual(fromTx.ids);
    expect(Array.from(fromSummary.recency)).toEqual(Array.from(fromTx.recency));
    expect(Array.from(fromSummary.frequency)).toEqual(Array.from(fromTx.frequency));
    fromTx.monetary.forEach((m, k) => expect(fromSummary.monetary[k]).toBeCloseTo(m, 6));
    // The average is total / orders, not rounded down to an integer.
    s.average.forEach((a, k) => expect(a).toBeCloseTo(s.total[k] / s.orders[k], 9));
  });
});
