/**
 * The customer card's state: the search text of every customer (id and attributes), the segment of
 * each customer in every scheme, and the open customer's purchase history, all from the analysis
 * worker and kept for the open dataset.
 */
import type { RfmTable } from '../../core/rfm/computeRfm.ts';
import type { CustomerHistory } from '../../core/segments/customerHistory.ts';
import { analysis } from './analysis.svelte.ts';
import { segmentOptions } from './analysisSettings.ts';
import type { AnalysisSettings } from './analysisSettings.ts';

class CardState {
  /** Lower-case "id attributes…" per customer (RFM order). */
  search = $state.raw<string[]>([]);
  schemes = $state.raw<Record<string, { ids: string[]; segment: Uint8Array }>>({});
  /** The open customer (index in the RFM table) and their history and attributes. */
  open = $state<number | null>(null);
  history = $state.raw<CustomerHistory | null>(null);
  attributes = $state.raw<Record<string, string>>({});
  /** The dataset whose customers this state holds (the open card and caches belong to it). */
  dataset = $state<number | null>(null);
  private searchKey = '';
  private schemesKey = '';

  /** Loads the search text and the all-scheme segments for a dataset's RFM table (once per change). */
  async load(id: number, rfm: RfmTable, settings: AnalysisSettings): Promise<void> {
    const key = `${id}:${rfm.n}`;
    if (key !== this.searchKey) {
      this.searchKey = key;
      this.search = [];
      const s = await analysis.api.searchText(id, rfm.customer);
      if (this.searchKey === key) this.search = s;
    }
    const options = segmentOptions(settings);
    const sKey = JSON.stringify([key, rfm.referenceDay, options]);
    if (sKey !== this.schemesKey) {
      this.schemesKey = sKey;
      const values = { recency: rfm.recency, frequency: rfm.frequency, monetary: rfm.monetary };
      const s = await analysis.api.allSchemes(values, options);
      if (this.schemesKey === sKey) this.schemes = s;
    }
  }

  /** Opens a customer's card: their history comes from the worker. */
  async show(id: number, rfm: RfmTable, k: number): Promise<void> {
    this.open = k;
    this.history = null;
    this.attributes = {};
    const r = await analysis.api.customer(id, rfm.customer[k]);
    if (this.open === k) {
      this.history = r.history;
      this.attributes = r.attributes;
    }
  }

  /** Starts over when the dataset changes; keeps the open card when it is the same one (a revisit). */
  forDataset(id: number | null): void {
    if (id === this.dataset) return;
    this.reset();
    this.dataset = id;
  }

  /**
   * Opens the card of a customer given by id (as a link holds it) in a dataset's RFM table; false
   * when the table has no such customer (nothing changes then).
   */
  openById(id: number, rfm: RfmTable, customerId: string): boolean {
    this.forDataset(id);
    const k = rfm.ids.indexOf(customerId);
    if (k < 0) return false;
    if (this.open !== k) void this.show(id, rfm, k);
    return true;
  }

  reset(): void {
    this.open = null;
    this.history = null;
    this.search = [];
    this.schemes = {};
    this.searchKey = this.schemesKey = '';
  }
}

export const card = new CardState();
