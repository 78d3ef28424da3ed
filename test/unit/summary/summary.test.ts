// The customer summary path: the SQL a warehouse runs (executed here in DuckDB) gives a summary
// from which Segmap's RFM is exactly the RFM of the transactions it summarises, and BG/NBD sees
// x = orders − 1, t_x and T as from the transactions.
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { clvAnalysis, DEFAULT_CLV_OPTIONS } from '../../../src/core/clv/clvAnalysis.ts';
import { summarize } from '../../../src/core/clv/summarize.ts';
import { computeRfm } from '../../../src/core/rfm/computeRfm.ts';
import { quoteIdent, SQL_DIALECTS, summarySql } from '../../../src/core/summary/summarySql.ts';
import { summaryToTable } from '../../../src/core/summary/summaryToTable.ts';
import { daysFromCivil } from '../../../src/core/values/civil.ts';
import { importText } from '../helpers.ts';
import { shopCsv } from './shopCsv.ts';

/** Runs the DuckDB summary SQL on a CSV file's rows and returns the summary columns. */
async function duckSummary(csv: string, invoice: boolean) {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run('CREATE TABLE tx (invoice VARCHAR, customer VARCHAR, order_date DATE, amount DOUBLE)');
  const values = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const [i, c, d, a] = l.split(',');
      return `('${i}', '${c}', DATE '${d}', ${a})`;
    });
  await con.run(`INSERT INTO tx VALUES ${values.join(',')}`);
  const sql = summarySql('duckdb', {
    table: 'tx',
    customer: 'customer',
    date: 'order_date',
    amount: 'amount',
    ...(invoice ? { invoice: 'invoice' } : {}),
  });
  const rows = (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  con.closeSync();
  const day = (v: unknown) => Math.round(new Date(v as Date).getTime() / 86_400_000);
  return {
    ids: rows.map((r) => String(r.customer_id)),
    firstDay: Int32Array.from(rows, (r) => day(r.first_purchase)),
    lastDay: Int32Array.from(rows, (r) => day(r.last_purchase)),
    orders: Int32Array.from(rows, (r) => Number(r.orders)),
    total: Float64Array.from(rows, (r) => Number(r.total_amount)),
    attributes: [],
  };
}

describe('customer summary from a warehouse', () => {
  it.each([true, false])('DuckDB SQL (invoice column: %s) → the same RFM as from the transactions', async (invoice) => {
    const csv = shopCsv(7);
    const text = invoice ? csv : csv.replace(/^invoice,/, 'inv,').replace(/\n[^,\n]+,/g, '\nx,');
    const { table } = await importText(text, { cleaning: { keepReturns: true, dropDuplicates: false } });
    const fromTx = computeRfm(table);
    const s = await duckSummary(csv, invoice);
    const fromSummary = computeRfm(summaryToTable(s), { referenceDay: fromTx.referenceDay });
    expect(fromSummary.ids).toEqual(fromTx.ids);
    expect(Array.from(fromSummary.recency)).toEqual(Array.from(fromTx.recency));
    expect(Array.from(fromSummary.frequency)).toEqual(Array.from(fromTx.frequency));
    fromTx.monetary.forEach((m, k) => expect(fromSummary.monetary[k]).toBeCloseTo(m, 6));
    expect(Array.from(fromSummary.r)).toEqual(Array.from(fromTx.r));
    expect(Array.from(fromSummary.f)).toEqual(Array.from(fromTx.f));
  });

  it('gives BG/NBD x = orders − 1, t_x and T from first and last purchase, and fits', async () => {
    const s = await duckSummary(shopCsv(3, 200), true);
    const t = summaryToTable(s);
    const cs = summarize(t, { unit: 'week' });
    const k = s.ids.indexOf(cs.ids[0]);
    expect(cs.x[0]).toBe(Math.max(0, s.orders[k] - 1));
    expect(cs.tx[0]).toBeCloseTo(s.orders[k] > 1 ? (s.lastDay[k] - s.firstDay[k]) / 7 : 0, 9);
    const r = clvAnalysis(t, { ...DEFAULT_CLV_OPTIONS, model: 'bgnbd' });
    expect(r.fit.converged).toBe(true);
    // A probability for everyone, or (dropout not identified) withheld for everyone.
    const known = r.guard.loyalty.pAliveKnown;
    expect(r.predictions.pAlive.every((p) => (known ? p >= 0 && p <= 1 : Number.isNaN(p)))).toBe(true);
  });

  it('refuses a calibration split (no history between first and last purchase)', async () => {
    const t = summaryToTable(await duckSummary(shopCsv(3, 30), true));
    expect(() => summarize(t, { unit: 'week', calibrationEnd: daysFromCivil(2024, 6, 30) })).toThrow(
      expect.objectContaining({ code: 'summary.noHoldout' }),
    );
  });

  it.each(SQL_DIALECTS)('%s SQL quotes identifiers its way and computes the same six columns', (dialect) => {
    const sql = summarySql(dialect, {
      table: 'shop.orders',
      customer: 'Customer ID',
      date: 'order_date',
      amount: 'amount',
      invoice: 'invoice',
    });
    const q = dialect === 'bigquery' || dialect === 'spark' ? '`' : '"';
    expect(sql).toContain(`FROM ${q}shop${q}.${q}orders${q}`);
    expect(sql).toContain(`${q}Customer ID${q} AS customer_id`);
    for (const col of ['first_purchase', 'last_purchase', 'orders', 'total_amount', 'average_amount']) {
      expect(sql).toContain(`AS ${col}`);
    }
    expect(sql).toMatchSnapshot();
  });

  it.each([
    { dialect: 'postgresql' as const, name: 'a"b', want: '"a""b"' },
    { dialect: 'spark' as const, name: 'a`b', want: '`a``b`' },
  ])('escapes quotes in $name for $dialect', ({ dialect, name, want }) => {
    expect(quoteIdent(dialect, name)).toBe(want);
  });
});
