/**
 * The data worker's analysis calls: RFM (once per dataset and reference day, data/rfmOf.ts),
 * segments, the value analysis, the customer card and search, and every attribute per customer.
 */
import * as Comlink from 'comlink';
import {
  attributeBuffers,
  attributesOfCustomer,
  customerAttributes,
} from '../../src/core/attributes/customerAttributes.ts';
import type { CustomerAttribute } from '../../src/core/attributes/customerAttributes.ts';
import { valueAnalysis, valueBuffers } from '../../src/core/concentration/valueAnalysis.ts';
import type { ValueAnalysis } from '../../src/core/concentration/valueAnalysis.ts';
import type { RfmTable } from '../../src/core/rfm/computeRfm.ts';
import type { RfmValues } from '../../src/core/rfm/scoreRfm.ts';
import { customerHistory, customerSearchText } from '../../src/core/segments/customerHistory.ts';
import type { CustomerDetail } from '../../src/core/segments/customerHistory.ts';
import { rfmGridCells } from '../../src/core/segments/rfmGridCells.ts';
import { segmentBuffers } from '../../src/core/segments/segmentBuffers.ts';
import type { SegmentAnalysis } from '../../src/core/segments/segmentBuffers.ts';
import { needsFacts, SCHEMES, segmentCustomers } from '../../src/core/segments/segmentCustomers.ts';
import type { ConditionFacts } from '../../src/core/segments/conditions.ts';
import { itemLevels, customerItems } from '../../src/core/basket/customerItems.ts';
import type { ItemLevel } from '../../src/core/basket/types.ts';
import { factsOf } from './factsOf.ts';
import type { DatasetDay } from './factsOf.ts';
import type { SchemeSegments, SegmentOptions } from '../../src/core/segments/segmentCustomers.ts';
import { rfmOf } from './rfmOf.ts';
import { tableOf } from './tableOf.ts';

export const analysisApi = {
  /**
   * RFM of a stored dataset; `referenceDay` in days since 1970-01-01 (default: the day after the
   * last). As of the day before it: later transactions are left out, so nothing after counts.
   * Computed once per dataset and day; a copy goes to the page (the worker keeps its own).
   */
  async rfm(id: number, referenceDay?: number): Promise<RfmTable> {
    return rfmOf(id, referenceDay);
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
  async customer(id: number, customer: number): Promise<CustomerDetail> {
    const t = await tableOf(id);
    const history = customerHistory(t, customer);
    const kinds = Object.fromEntries(t.attributes.flatMap((a) => (a.kind ? [[a.name, a.kind]] : [])));
    return Comlink.transfer({ history, attributes: attributesOfCustomer(t, customer), kinds }, [
      history.days.buffer as ArrayBuffer,
      history.amounts.buffer as ArrayBuffer,
    ]);
  },

  /** Lower-case search text (id and latest attributes) per customer of `customers` (dictionary indices). */
  async searchText(id: number, customers: Int32Array): Promise<string[]> {
    return customerSearchText(await tableOf(id), customers);
  },

  /**
   * Segment per customer in each built-in scheme (and custom, when rules are given), same scores.
   * Custom rules with conditions read the stored dataset `dataset` (the RFM table's id and day).
   */
  async allSchemes(values: RfmValues, options: SegmentOptions, dataset?: DatasetDay): Promise<SchemeSegments> {
    const out: SchemeSegments = {};
    const schemes = options.customRules.length ? SCHEMES : SCHEMES.filter((s) => s !== 'custom');
    const facts = await factsFor(options, dataset);
    for (const scheme of schemes) {
      const s = segmentCustomers(values, { ...options, scheme }, facts);
      out[scheme] = { ids: s.ids, segment: s.segment };
    }
    return Comlink.transfer(
      out,
      Object.values(out).map((s) => s.segment.buffer as ArrayBuffer),
    );
  },

  /**
   * Every attribute of a stored dataset as one value per customer of `customers` (dictionary
   * indices), with the one definition of latest and numeric (core/attributes/customerAttributes.ts).
   */
  async attributes(id: number, customers: Int32Array): Promise<CustomerAttribute[]> {
    const a = customerAttributes(await tableOf(id), customers);
    return Comlink.transfer(a, attributeBuffers(a));
  },

  /**
   * Scores and segments customers (recency in days, frequency in orders, monetary in currency; a
   * copy is sent in) and counts the R × F grid. Custom rules with conditions read the stored
   * dataset `dataset` (the RFM table's id and reference day). Throws a RangeError on invalid cuts
   * or thresholds, a CoreError on a condition the dataset cannot answer.
   */
  async segments(values: RfmValues, options: SegmentOptions, dataset?: DatasetDay): Promise<SegmentAnalysis> {
    const facts = options.scheme === 'custom' ? await factsFor(options, dataset) : undefined;
    const s = segmentCustomers(values, options, facts);
    const { r, f } = s.scoring;
    const grid = rfmGridCells(r.scores, f.scores, values.monetary, r.grades, f.grades);
    const result = { ...s, grid };
    return Comlink.transfer(result, segmentBuffers(result));
  },

  /**
   * What the rule editor offers for a stored dataset: the item levels with their items (ids as
   * conditions store them, labels as shown: a product's most frequent name), every attribute with
   * its values, and whether a profit column is mapped.
   */
  async ruleChoices(id: number): Promise<RuleChoices> {
    const t = await tableOf(id);
    const all = Int32Array.from(t.customerIds, (_, c) => c);
    const levels = itemLevels(t).map((level) => {
      const c = customerItems(t, level, all);
      return { level, ids: c.itemIds, labels: c.items };
    });
    const attributes = t.attributes.map((a) => ({
      name: a.name,
      values: [...new Set(a.values.map((v) => v.trim()).filter((v) => v !== ''))].sort(),
    }));
    return { levels, attributes, hasProfit: t.profit !== undefined };
  },
};

/** The choices of the rule editor's condition rows (analysisApi.ruleChoices). */
export interface RuleChoices {
  levels: { level: ItemLevel; ids: string[]; labels: string[] }[];
  attributes: { name: string; values: string[] }[];
  hasProfit: boolean;
}

/** The condition facts when the options' custom rules have conditions (else none are read). */
async function factsFor(options: SegmentOptions, dataset: DatasetDay | undefined): Promise<ConditionFacts | undefined> {
  if (!needsFacts(options) || !dataset) return undefined;
  return factsOf(dataset);
}
