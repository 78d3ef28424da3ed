// Cohorts part of `npm run bench`: the cohort table by month and by quarter, and the segment ×
// attribute cross-tab (latest attribute per customer, categories, counts and shares), on a file's
// transactions in Node, with the same core code the data worker and the Cross-tabs view run.
import { readFileSync } from 'node:fs';
import { cohortTable } from '../src/core/cohorts/cohortTable.ts';
import { attributeCrossTab } from '../src/core/crosstab/attributeCrossTab.ts';
import { categorize } from '../src/core/crosstab/categorize.ts';
import { customerAttributes } from '../src/core/attributes/customerAttributes.ts';
import { buildImportOptions } from '../src/core/import/buildImportOptions.ts';
import { importStream } from '../src/core/import/importStream.ts';
import { SNIFF_BYTES, sniff } from '../src/core/import/sniff.ts';
import { computeRfm } from '../src/core/rfm/computeRfm.ts';
import { DEFAULT_SEGMENT_OPTIONS, segmentCustomers } from '../src/core/segments/segmentCustomers.ts';

function time(f: () => void, runs = 5): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return Math.round(t.sort((a, b) => a - b)[runs >> 1] * 10) / 10;
}

/** Median ms of the cohort tables and of a cross-tab by the file's first attribute (e.g. Country). */
export async function benchCohorts(path: string) {
  const bytes = readFileSync(path);
  const s = sniff(bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES);
  const { options } = buildImportOptions(s);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
  }
  const { table } = await importStream(chunks(), options, { fileName: path, totalBytes: bytes.length });
  const rfm = computeRfm(table);
  const month = cohortTable(table, 'month');
  const seg = segmentCustomers(rfm, DEFAULT_SEGMENT_OPTIONS);
  const out: Record<string, number | string> = {
    rows: table.rows,
    customers: rfm.n,
    monthlyCohorts: month.cohorts,
    cohortsMonthMs: time(() => cohortTable(table, 'month')),
    cohortsQuarterMs: time(() => cohortTable(table, 'quarter')),
  };
  if (table.attributes.length) {
    const name = table.attributes[0].name;
    out.crosstabAttribute = name;
    out.attributesMs = time(() => customerAttributes(table, rfm.customer));
    const attr = customerAttributes(table, rfm.customer)[0];
    out.crosstabMs = time(() => {
      const c = categorize(attr);
      attributeCrossTab(seg.segment, seg.ids.length, c.category, c.labels.length, rfm.monetary);
    });
  }
  return out;
}
