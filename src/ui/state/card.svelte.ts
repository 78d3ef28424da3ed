/**
 * The customer card's state: the search text of every customer (id and attributes), the segment of
 * each customer in every scheme, and the open customer's purchase history and attributes, from the
 * data worker and kept for the open dataset (a revisit asks nothing again).
 */
import type { ContactRole } from '../../core/import/types.ts';
import type { RfmTable } from '../../core/rfm/computeRfm.ts';
import type { CustomerDetail, CustomerHistory } from '../../core/segments/customerHistory.ts';
import type { SchemeSegments } from '../../core/segments/segmentCustomers.ts';
import { dataBridge } from '../jobs/bridges.ts';
import { Job } from '../jobs/Job.svelte.ts';
import { analysis } from './analysis.svelte.ts';
import { segmentOptions } from './analysisSettings.ts';
import type { AnalysisSettings } from './analysisSettings.ts';
import { session } from './session.svelte.ts';
import { tableKey } from './tableKey.ts';
import { time } from './time.svelte.ts';

export type CardTab = 'find' | 'visit';
const TAB_KEY = 'segmap.cardTab';

function storedTab(): CardTab {
  try {
    return localStorage.getItem(TAB_KEY) === 'visit' ? 'visit' : 'find';
  } catch {
    return 'find';
  }
}

class CardState {
  /** Lower-case "id attributes…" per customer (RFM order). */
  readonly searchJob = new Job<string[]>();
  /** Every customer's segment in each scheme. */
  readonly schemesJob = new Job<SchemeSegments>();
  /** The open customer's history and attributes (with the row they belong to). */
  readonly detail = new Job<CustomerDetail & { k: number }>();
  /** The open customer (index in the RFM table), or null. */
  open = $state<number | null>(null);
  /** The dataset whose customers this state holds (the open card and the caches belong to it). */
  dataset = $state<number | null>(null);
  /** The card view's tab: finding a customer or the visit plan (kept on this device across reloads). */
  private tabNow = $state<CardTab>(storedTab());

  get tab(): CardTab {
    return this.tabNow;
  }

  set tab(tab: CardTab) {
    this.tabNow = tab;
    try {
      localStorage.setItem(TAB_KEY, tab);
    } catch {
      // Storage refused (private mode): the tab lasts until the page closes.
    }
  }

  get search(): string[] {
    return this.searchJob.value ?? [];
  }

  get schemes(): SchemeSegments {
    return this.schemesJob.value ?? {};
  }

  /** The open customer's daily history (null while it loads). */
  get history(): CustomerHistory | null {
    const d = this.detail.value;
    return d && d.k === this.open ? d.history : null;
  }

  get attributes(): Record<string, string> {
    const d = this.detail.value;
    return d && d.k === this.open ? d.attributes : {};
  }

  /** The open customer's contacts (name, phone, e-mail, address, city, region) that have a value. */
  get contacts(): Partial<Record<ContactRole, string>> {
    const d = this.detail.value;
    if (!d || d.k !== this.open || !d.kinds) return {};
    const out: Partial<Record<ContactRole, string>> = {};
    for (const [name, kind] of Object.entries(d.kinds)) if (d.attributes[name]) out[kind] = d.attributes[name];
    return out;
  }

  /** Keeps the search, the schemes, the open customer and lifecycle stages computed while the card is shown. */
  activate(): () => void {
    const stopLifecycle = time.activateLifecycle();
    const stop = $effect.root(() => {
      $effect(() => {
        const id = session.currentId;
        const rfm: RfmTable | null = analysis.table ?? session.rfm;
        const ready = analysis.ready;
        const options = segmentOptions($state.snapshot(analysis.settings) as AnalysisSettings);
        const k = this.open;
        // Another dataset: the previous one's customers must not show (a card opened before any
        // dataset was, e.g. from the address, stays open).
        if (this.dataset != null && id !== this.dataset) this.reset();
        this.dataset = id;
        if (id === null || !rfm || !ready) return;
        const table = `${id}:${tableKey(rfm)}`;
        const customers = rfm.customer;
        void this.searchJob.run(table, (signal) => dataBridge.call(signal, 'searchText', id, customers));
        const values = { recency: rfm.recency, frequency: rfm.frequency, monetary: rfm.monetary };
        const dataset = { id, referenceDay: rfm.referenceDay };
        void this.schemesJob.run(`${table}:${rfm.valueBasis ?? 'revenue'}:${JSON.stringify(options)}`, (signal) =>
          dataBridge.call(signal, 'allSchemes', values, options, dataset),
        );
        if (k !== null && k < rfm.n) {
          const customer = customers[k];
          void this.detail.run(`${table}:${k}`, async (signal) => ({
            ...(await dataBridge.call(signal, 'customer', id, customer)),
            k,
          }));
        }
      });
    });
    return () => {
      stop();
      stopLifecycle();
    };
  }

  /** Opens a customer's card (row `k` of the RFM table shown). */
  show(k: number): void {
    this.open = k;
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
    this.open = k;
    return true;
  }

  /** Closes the card. */
  close(): void {
    this.open = null;
  }

  /** Forgets everything (another dataset was opened). */
  reset(): void {
    this.open = null;
    this.searchJob.reset();
    this.schemesJob.reset();
    this.detail.reset();
  }
}

export const card = new CardState();
