// Node half of `npm run bench`: the core's import path (the same code the worker runs) on a file.
import { readFileSync } from 'node:fs';
import { CsvParser } from '../src/core/csv/CsvParser.ts';
import type { RecordSink } from '../src/core/csv/types.ts';
import { buildImportOptions } from '../src/core/import/buildImportOptions.ts';
import { importStream } from '../src/core/import/importStream.ts';
import { SNIFF_BYTES, sniff } from '../src/core/import/sniff.ts';
import { computeRfm } from '../src/core/rfm/computeRfm.ts';
import { StreamHash128 } from '../src/core/util/StreamHash128.ts';
import { benchCluster, benchSegments, syntheticCustomers } from './benchSegments.ts';

export { benchCluster, benchSegments, syntheticCustomers };
export { benchClv } from './benchClv.ts';
export { benchBacktest } from './benchBacktest.ts';
export { benchTime } from './benchTime.ts';
export { benchCohorts } from './benchCohorts.ts';
export { benchOffers } from './benchOffers.ts';

const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;

interface NodeRun {
  mb: number;
  rows: number;
  customers: number;
  invoices: number;
  readMs: number;
  parseMs: number;
  parseMBps: number;
  importMs: number;
  importMBps: number;
  rfmMs: number;
  /** The whole-file hash the import worker feeds while it reads (src/db/fingerprint.ts). */
  hashMs: number;
  /** hashMs as a percentage of importMs. */
  hashPctOfImport: number;
}

/** Times read, parse, parse+clean and RFM for one file; median of `runs` (ms, MB/s). */
export async function benchNode(path: string, runs = 3): Promise<NodeRun> {
  const results: NodeRun[] = [];
  for (let run = 0; run < runs; run++) {
    let t0 = performance.now();
    const bytes = readFileSync(path);
    const readMs = ms(t0);
    const mb = bytes.length / 1e6;

    t0 = performance.now();
    let records = 0;
    const sink: RecordSink = { record: () => void records++ };
    const p = new CsvParser(',', sink);
    for (let i = 0; i < bytes.length; i += 1 << 20) p.push(bytes.subarray(i, i + (1 << 20)));
    p.end();
    const parseMs = ms(t0);

    t0 = performance.now();
    const s = sniff(bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES);
    const { options } = buildImportOptions(s);
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
    }
    const { table, report } = await importStream(chunks(), options, { fileName: path, totalBytes: bytes.length });
    const importMs = ms(t0);

    t0 = performance.now();
    const rfm = computeRfm(table);
    const rfmMs = ms(t0);

    t0 = performance.now();
    const hash = new StreamHash128();
    for (let i = 0; i < bytes.length; i += 1 << 20) hash.update(bytes.subarray(i, i + (1 << 20)));
    hash.digest();
    const hashMs = ms(t0);
    results.push({
      mb: Math.round(mb * 10) / 10,
      rows: report.rowsRead,
      customers: rfm.n,
      invoices: report.invoices,
      readMs,
      parseMs,
      parseMBps: Math.round(mb / (parseMs / 1000)),
      importMs,
      importMBps: Math.round(mb / (importMs / 1000)),
      rfmMs,
      hashMs,
      hashPctOfImport: Math.round((hashMs / importMs) * 1000) / 10,
    });
  }
  const median = (k: keyof NodeRun) => results.map((r) => r[k]).sort((a, b) => a - b)[runs >> 1];
  const keys = Object.keys(results[0]) as (keyof NodeRun)[];
  return Object.fromEntries(keys.map((k) => [k, median(k)])) as unknown as NodeRun;
}

/** The RFM table of a file, imported with every guess accepted (for the segments bench). */
export async function computeRfmOf(path: string) {
  const bytes = readFileSync(path);
  const s = sniff(bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES);
  const { options } = buildImportOptions(s);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
  }
  const { table } = await importStream(chunks(), options, { fileName: path, totalBytes: bytes.length });
  return computeRfm(table);
}
