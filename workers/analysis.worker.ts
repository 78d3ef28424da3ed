/**
 * The analysis worker: loads a stored dataset's columns from IndexedDB once and computes analyses
 * on them, so the page only ever receives per-customer results.
 */
import * as Comlink from 'comlink';
import type { TransactionTable } from '../src/core/model/TransactionTable.ts';
import { computeRfm } from '../src/core/rfm/computeRfm.ts';
import type { RfmTable } from '../src/core/rfm/computeRfm.ts';
import type { RfmValues } from '../src/core/rfm/scoreRfm.ts';
import { rfmGridCells } from '../src/core/segments/rfmGridCells.ts';
import { segmentBuffers } from '../src/core/segments/segmentBuffers.ts';
import type { SegmentAnalysis } from '../src/core/segments/segmentBuffers.ts';
import { customerAttributes, customerHistory, customerSearchText } from '../src/core/segments/customerHistory.ts';
import type { CustomerHistory } from '../src/core/segments/customerHistory.ts';
import { SCHEMES, segmentCustomers } from '../src/core/segments/segmentCustomers.ts';
import type { SegmentOptions } from '../src/core/segments/segmentCustomers.ts';
import { numericAttributes } from '../src/core/cluster/customerAttributes.ts';
import type { NumericAttribute } from '../src/core/cluster/customerAttributes.ts';
import { valueAnalysis, valueBuffers } from '../src/core/concentration/valueAnalysis.ts';
import type { ValueAnalysis } from '../src/core/concentration/valueAnalysis.ts';
import { loadDataset } from '../src/db/datasets.ts';
import { tableAsOf } from '../src/core/asof/tableAsOf.ts';
import { rfmBuffers } from './rfmTransfer.ts';
import { exposeErrors } from './workerError.ts';

let current: { id: number; table: TransactionTable } | null = null;

async function tableOf(id: number): Promise<TransactionTable> {
  if (current?.id !== id) current = { id, table: (await loadDataset(id)).table };
  return current.table;
}

const api = {
  /**
   * RFM of a stored dataset; `referenceDay` in days since 1970-01-01 (default: the day after the
   * last). As of the day before it: later transactions are left out, so nothing after counts.
   */
  async rfm(id: number, referenceDay?: number): Promise<RfmTable> {
    const t = await tableOf(id);
    const rfm = computeRfm(referenceDay === undefined ? t : tableAsOf(t, referenceDay - 1), { referenceDay });
    return Comlink.transfer(rfm, rfmBuffers(rfm));
  },

  /** ABC, pyramid, Lorenz and Gini of customers' monetary values (currency; a copy is sent in). */
  value(
    monetary: Float64Array,
    abcCuts: readonly [number, number],
    pyramidCuts: readonly [number, number, number],
  ): ValueAnalysis {
    const v = valueAnalysis(monetary, abcCuts, pyramidCuts);
    return Comlink.transfer(v, valueBuffers(v));
  },

  /** One customer's daily purchases and latest attributes (customer = index into the dictionary). */
  async customer(
    id: number,
    customer: number,
  ): Promise<{ history: CustomerHistory; attributes: Record<string, string> }> {
    const t = await tableOf(id);
    const history = customerHistory(t, customer);
    return Comlink.transfer({ history, attributes: customerAttributes(t, customer) }, [
      history.days.buffer as ArrayBuffer,
      history.amounts.buffer as ArrayBuffer,
    ]);
  },

  /** Lower-case search text (id and latest attributes) per customer of `customers` (dictionary indices). */
  async searchText(id: number, customers: Int32Array): Promise<string[]> {
    return customerSearchText(await tableOf(id), customers);
  },

  /** Segment per customer in each built-in scheme (and custom, when rules are given), same scores. */
  allSchemes(values: RfmValues, options: SegmentOptions): Record<string, { ids: string[]; segment: Uint8Array }> {
    const out: Record<string, { ids: string[]; segment: Uint8Array }> = {};
    const schemes = options.customRules.length ? SCHEMES : SCHEMES.filter((s) => s !== 'custom');
    for (const scheme of schemes) {
      const s = segmentCustomers(values, { ...options, scheme });
      out[scheme] = { ids: s.ids, segment: s.segment };
    }
    return Comlink.transfer(
      out,
      Object.values(out).map((s) => s.segment.buffer as ArrayBuffer),
    );
  },

  /** Numeric customer attributes (e.g. age) of a stored dataset, per customer of `customers` (dictionary indices). */
  async attributes(id: number, customers: Int32Array): Promise<NumericAttribute[]> {
    const a = numericAttributes(await tableOf(id), customers);
    return Comlink.transfer(
      a,
      a.map((x) => x.values.buffer as ArrayBuffer),
    );
  },

  /**
   * Scores and segments customers (recency in days, frequency in orders, monetary in currency; a
   * copy is sent in) and counts the R × F grid. Throws a RangeError on invalid cuts or thresholds.
   */
  segments(values: RfmValues, options: SegmentOptions): SegmentAnalysis {
    const s = segmentCustomers(values, options);
    const { r, f } = s.scoring;
    const grid = rfmGridCells(r.scores, f.scores, values.monetary, r.grades, f.grades);
    const result = { ...s, grid };
    return Comlink.transfer(result, segmentBuffers(result));
  },
};

export type AnalysisApi = typeof api;
exposeErrors();
Comlink.expose(api);
