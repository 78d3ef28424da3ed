import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarySql } from '../../../src/core/summary/summarySql.ts';

/** The summary CSV DuckDB writes for a transactions CSV (read by DuckDB itself, as a warehouse would). */
export async function warehouseSummary(csv: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'segmap-summary-'));
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const tx = join(dir, 'tx.csv');
  writeFileSync(tx, csv);
  await con.run(
    `CREATE TABLE tx AS SELECT * FROM read_csv('${tx}', header = true, columns = {'invoice': 'VARCHAR', 'customer': 'VARCHAR', 'order_date': 'DATE', 'amount': 'DOUBLE'})`,
  );
  const sql = summarySql('duckdb', {
    table: 'tx',
    customer: 'customer',
    date: 'order_date',
    amount: 'amount',
    invoice: 'invoice',
  }).replace(/;$/, '');
  const out = join(dir, 'summary.csv');
  await con.run(`COPY (${sql}) TO '${out}' (HEADER, DELIMITER ',')`);
  con.closeSync();
  return readFileSync(out, 'utf8');
}
