/**
 * The Products view's basket state (issue 17): what each segment of the scheme in use buys, from
 * the data worker, for the open dataset, its RFM table, the segments and the level chosen; kept
 * when the view is left.
 */
import type { ItemLevel } from '../../core/basket/types.ts';
import type { BasketResult } from '../../../workers/data/basketApi.ts';
import { dataBridge } from '../jobs/bridges.ts';
import { Job } from '../jobs/Job.svelte.ts';
import { analysis } from './analysis.svelte.ts';
import { excludeRequest } from './productSettings.ts';
import { session } from './session.svelte.ts';
import { tableKey } from './tableKey.ts';

/** Pairs sent to the page (the strongest). */
export const PAIR_LIMIT = 50;

const serials = new WeakMap<Uint8Array, number>();
let next = 0;
const segmentsKey = (segment: Uint8Array) => {
  let s = serials.get(segment);
  if (s === undefined) serials.set(segment, (s = ++next));
  return `s${s}`;
};

class BasketState {
  readonly job = new Job<BasketResult>();
  /** The level chosen on the page; null = the default (sub-categories, else categories, else products). */
  level = $state<ItemLevel | null>(null);
  /** The attribute grouping the customers; null = the segments of the scheme in use. */
  attribute = $state<string | null>(null);
  private datasetFor: number | null = null;

  get result(): BasketResult | null {
    return this.job.value;
  }

  /** Keeps the basket of the open dataset, segments and level computed while the Products view is shown. */
  activate(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const id = session.currentId;
        const rfm = analysis.table ?? session.rfm;
        const seg = analysis.segments;
        let level = this.level;
        let attribute = this.attribute;
        const pairMin = analysis.settings.products.pairMinCustomers;
        const ex = excludeRequest(analysis.settings.products.exclude);
        // Another dataset: its predecessor's basket must not show meanwhile, nor its level count.
        if (id !== this.datasetFor) {
          this.job.reset();
          this.datasetFor = id;
          level = null;
          attribute = null;
          if (this.level !== null) this.level = null;
          if (this.attribute !== null) this.attribute = null;
        }
        if (id === null || !rfm || !seg || seg.segment.length !== rfm.n) return;
        const groups = attribute === null ? segmentsKey(seg.segment) : `a:${attribute}`;
        const key = `${id}:${tableKey(rfm)}:${groups}:${level}:${pairMin}:${ex.key}`;
        const request = {
          level,
          customers: rfm.customer,
          referenceDay: rfm.referenceDay,
          grouping: attribute === null ? { labels: seg.ids, codes: seg.segment } : { attribute },
          pairMin,
          pairLimit: PAIR_LIMIT,
          exclude: ex.exclude,
        };
        void this.job.run(key, (signal) => dataBridge.call(signal, 'basket', id, request));
      });
    });
  }
}

export const basket = new BasketState();
