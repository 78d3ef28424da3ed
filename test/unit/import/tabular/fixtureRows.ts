// One small transaction log written as CSV, .xlsx (tiny writer), .parquet (DuckDB) and .arrow
// (apache-arrow), so each reader can be checked against the CSV importer on the same rows.
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rng } from '../../rng.ts';
import { serialOf, writeXlsx } from './xlsxWriter.ts';
import type { XCell, XSheet } from './xlsxWriter.ts';

export interface FixtureRow {
  invoice: string;
  customer: number;
  /** Civil date-time as [y, m, d, hh, mm]. */
  at: [number, number, number, number, number];
  quantity: number;
  price: number;
  region: string;
}

export const HEADER = ['Invoice', 'Customer', 'Date', 'Quantity', 'Price', 'Region'];

/**
 * 240 lines of 30 customers over 2011, invoices of 1–4 lines, a few cancellations (C + digits,
 * negative quantity), one exact duplicate line and one zero-priced line, as Online Retail has.
 */
export function fixtureRows(): FixtureRow[] {
  const rnd = rng(17);
  const rows: FixtureRow[] = [];
  let invoice = 536365;
  const regions = ['North', 'South', 'East', '华东'];
  while (rows.length < 240) {
    const customer = 12346 + Math.floor(rnd() * 30);
    const cancel = rnd() < 0.05;
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * 28);
    const at: FixtureRow['at'] = [2011, m, d, 8 + Math.floor(rnd() * 10), Math.floor(rnd() * 60)];
    const lines = 1 + Math.floor(rnd() * 4);
    const id = `${cancel ? 'C' : ''}${invoice++}`;
    for (let k = 0; k < lines; k++) {
      const q = 1 + Math.floor(rnd() * 12);
      rows.push({
        invoice: id,
        customer,
        at,
        quantity: cancel ? -q : q,
        price: Math.round(rnd() * 2000) / 100,
        region: regions[customer % 4],
      });
    }
  }
  rows.push({ ...rows[10] });
  rows.push({ ...rows[20], invoice: String(invoice), price: 0 });
  return rows;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = ([y, m, d, hh, mm]: FixtureRow['at']) => `${y}-${pad(m)}-${pad(d)} ${pad(hh)}:${pad(mm)}:00`;

export function fixtureCsv(rows: FixtureRow[]): string {
  const body = rows.map((r) => [r.invoice, r.customer, isoOf(r.at), r.quantity, r.price, r.region].join(','));
  return [HEADER.join(','), ...body].join('\n') + '\n';
}

/**
 * The rows as a workbook: `dates` 'styled' writes date-time cells (a date format on the serial),
 * 'serial' plain serial numbers in General format; a title row above the header when `title`; a
 * first sheet "Notes" with a single line when `notes` (the reader must pick "Orders").
 */
export function fixtureXlsx(
  rows: FixtureRow[],
  o: { dates?: 'styled' | 'serial'; title?: boolean; notes?: boolean; date1904?: boolean } = {},
): Uint8Array {
  const cells: XCell[][] = rows.map((r) => {
    const serial = serialOf(...r.at, o.date1904);
    return [
      /^\d+$/.test(r.invoice) ? Number(r.invoice) : r.invoice,
      r.customer,
      o.dates === 'serial' ? serial : { serial, time: true },
      r.quantity,
      r.price,
      r.region,
    ];
  });
  const orders: XSheet = {
    name: 'Orders',
    rows: [...(o.title ? [['Sales report 2011', null, null, null, null, null], []] : []), HEADER, ...cells],
  };
  const sheets = o.notes ? [{ name: 'Notes', rows: [['Exported from the till']] }, orders] : [orders];
  return writeXlsx(sheets, { date1904: o.date1904 });
}

/** The rows as parquet written by DuckDB with `codec` (customer BIGINT, date TIMESTAMP or DATE). */
export async function fixtureParquet(csv: string, codec: string, dateType = 'TIMESTAMP'): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'segmap-parquet-'));
  const src = join(dir, 'rows.csv');
  const out = join(dir, `rows.${codec}.parquet`);
  writeFileSync(src, csv);
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const columns =
    "{'Invoice': 'VARCHAR', 'Customer': 'BIGINT', 'Date': 'TIMESTAMP', 'Quantity': 'INTEGER', 'Price': 'DOUBLE', 'Region': 'VARCHAR'}";
  await con.run(
    `COPY (SELECT * REPLACE (CAST("Date" AS ${dateType}) AS "Date") FROM read_csv('${src}', header = true, columns = ${columns})) ` +
      `TO '${out}' (FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE 100)`,
  );
  con.closeSync();
  return new Uint8Array(readFileSync(out));
}

/** The rows as an Arrow IPC file (customer Int64, date as Date milliseconds). */
export function fixtureArrow(rows: FixtureRow[]): Uint8Array {
  const table = tableFromArrays({
    Invoice: rows.map((r) => r.invoice),
    Customer: BigInt64Array.from(rows.map((r) => BigInt(r.customer))),
    Date: rows.map((r) => new Date(Date.UTC(r.at[0], r.at[1] - 1, r.at[2], r.at[3], r.at[4]))),
    Quantity: Int32Array.from(rows.map((r) => r.quantity)),
    Price: Float64Array.from(rows.map((r) => r.price)),
    Region: rows.map((r) => r.region),
  });
  return tableToIPC(table, 'file');
}
