// Node half of the scale benchmark (`npm run bench`, section "scale"): one synthetic file imported
// through the core exactly as the CLI reads it (streamed from disk in 1 MB chunks), with the JS heap
// sampled at every chunk, then RFM, segments and the value analysis on its customers, and the
// dataset stored and reopened with the app's own src/db code on fake-indexeddb (in memory: its time
// is the structured-clone and Dexie work, not a disk's; the bytes are what the app writes).
// Bundled by scripts/bench.js to dist-cli/bench-scale.js and run in a fresh process per file
// (`node dist-cli/bench-scale.js FILE`), so each peak is that file's own; prints one JSON object.
import 'fake-indexeddb/auto';
import { createReadStream, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { buildImportOptions } from '../src/core/import/buildImportOptions.ts';
import { importStream } from '../src/core/import/importStream.ts';
import { SNIFF_BYTES, sniff } from '../src/core/import/sniff.ts';
import type { TransactionTable } from '../src/core/model/TransactionTable.ts';
import { computeRfm } from '../src/core/rfm/computeRfm.ts';
import { rfmGridCells } from '../src/core/segments/rfmGridCells.ts';
import { DEFAULT_SEGMENT_OPTIONS, segmentCustomers } from '../src/core/segments/segmentCustomers.ts';
import { valueAnalysis } from '../src/core/concentration/valueAnalysis.ts';
import { loadDataset, saveDataset } from '../src/db/datasets.ts';
import { SegmapDB } from '../src/db/db.ts';

const MB = 1e6;
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

/** Peak JS heap (V8's used heap) and peak array-buffer bytes, sampled on demand. */
class MemoryPeaks {
  heap = 0;
  arrayBuffers = 0;
  sample(): void {
    const h = getHeapStatistics().used_heap_size;
    const a = process.memoryUsage().arrayBuffers;
    if (h > this.heap) this.heap = h;
    if (a > this.arrayBuffers) this.arrayBuffers = a;
  }
}

/** Bytes of the typed arrays of a table (the columns the app stores). */
function tableBytes(t: TransactionTable): number {
  let b = t.customer.byteLength + t.time.byteLength + t.amount.byteLength + t.invoice.byteLength;
  for (const a of t.attributes) b += a.codes.byteLength;
  return b;
}

export async function benchScaleFile(path: string) {
  const size = statSync(path).size;
  const peaks = new MemoryPeaks();
  const fh = await open(path, 'r');
  const head = new Uint8Array(Math.min(size, SNIFF_BYTES));
  await fh.read(head, 0, head.length, 0);
  await fh.close();

  const t0 = performance.now();
  const s = sniff(head, size <= SNIFF_BYTES);
  const { options } = buildImportOptions(s);
  async function* chunks() {
    for await (const c of createReadStream(path, { highWaterMark: 1 << 20 })) {
      peaks.sample();
      yield c as Uint8Array;
    }
  }
  const { table, report } = await importStream(chunks(), options, { fileName: path, totalBytes: size });
  peaks.sample();
  const importMs = performance.now() - t0;
  const importPeaks = { heap: peaks.heap, arrayBuffers: peaks.arrayBuffers };

  let t = performance.now();
  const rfm = computeRfm(table);
  const rfmMs = performance.now() - t;
  peaks.sample();
  const values = { recency: rfm.recency, frequency: rfm.frequency, monetary: rfm.monetary };
  t = performance.now();
  const seg = segmentCustomers(values, DEFAULT_SEGMENT_OPTIONS);
  rfmGridCells(seg.scoring.r.scores, seg.scoring.f.scores, values.monetary, 5, 5);
  const segmentsMs = performance.now() - t;
  t = performance.now();
  valueAnalysis(Float64Array.from(values.monetary), [0.8, 0.95], [0.01, 0.2, 0.5]);
  const valueMs = performance.now() - t;
  peaks.sample();

  // Store as the app does (one transaction), then reopen: load the columns and compute the RFM.
  const db = new SegmapDB('segmap-bench-scale');
  t = performance.now();
  const id = await saveDataset('bench', table, options, report, db);
  const storeMs = performance.now() - t;
  peaks.sample();
  const stored = (await db.datasets.get(id))!.bytesStored;
  t = performance.now();
  const reopened = computeRfm((await loadDataset(id, db)).table);
  const reopenMs = performance.now() - t;
  peaks.sample();
  if (reopened.n !== rfm.n) throw new Error(`reopened ${reopened.n} customers, imported ${rfm.n}`);
  await db.delete();

  return {
    mb: round(size / MB, 1),
    rows: report.rowsRead,
    rowsKept: report.rowsKept,
    customers: rfm.n,
    invoices: report.invoices,
    importMs: Math.round(importMs),
    importRowsPerSec: Math.round(report.rowsRead / (importMs / 1000)),
    importMBps: round(size / MB / (importMs / 1000), 1),
    tableMB: round(tableBytes(table) / MB, 1),
    importPeakHeapMB: round(importPeaks.heap / MB),
    importPeakArrayBuffersMB: round(importPeaks.arrayBuffers / MB),
    peakHeapMB: round(peaks.heap / MB),
    // Peak resident memory of the whole process (import, RFM, segments), from the kernel.
    maxRssMB: round(process.resourceUsage().maxRSS / 1024),
    rfmMs: Math.round(rfmMs),
    segmentsMs: Math.round(segmentsMs),
    valueMs: Math.round(valueMs),
    storedMB: round(stored / MB, 1),
    storeMs: Math.round(storeMs),
    reopenMs: Math.round(reopenMs),
  };
}

const file = process.argv[2];
if (file) console.log(JSON.stringify(await benchScaleFile(file)));
