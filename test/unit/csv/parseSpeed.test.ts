// Throughput check for the CSV parser, skipped unless CSV_BENCH=1 (no timed assertions: it prints).
//   CSV_BENCH=1 npx vitest run test/unit/csv/parseSpeed.test.ts
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../../src/core/csv/CsvParser.ts';

const RETAIL = fileURLToPath(new URL('../../../../shared/data/online_retail/online_retail.csv', import.meta.url));
const enabled = process.env.CSV_BENCH === '1' && existsSync(RETAIL);
if (!enabled) console.warn('skipped: set CSV_BENCH=1 (with ../shared/data present) to measure CSV parse speed');

describe.skipIf(!enabled)('CsvParser speed (Online Retail, no-op sink)', () => {
  it.each([1 << 16, 1 << 20, 64 << 20])('chunks of %i bytes', (chunkSize) => {
    const bytes = readFileSync(RETAIL);
    const mb = bytes.length / 1e6;
    const times: number[] = [];
    let records = 0;
    for (let run = 0; run < 7; run++) {
      const t0 = performance.now();
      const p = new CsvParser(',', { record: () => {} });
      for (let i = 0; i < bytes.length; i += chunkSize) p.push(bytes.subarray(i, i + chunkSize));
      p.end();
      times.push(performance.now() - t0);
      records = p.records;
    }
    times.sort((a, b) => a - b);
    const median = times[times.length >> 1];
    console.log(
      `CsvParser: ${mb.toFixed(1)} MB in chunks of ${chunkSize} B: median ${median.toFixed(1)} ms = ` +
        `${Math.round(mb / (median / 1000))} MB/s (best ${Math.round(mb / (times[0] / 1000))} MB/s)`,
    );
    expect(records).toBe(541_910);
  });
});
