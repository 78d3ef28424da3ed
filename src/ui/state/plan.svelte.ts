/**
 * The visit plan's state (issue 18): the customers of the chosen plays, segments, place and saved
 * search (the card search's text of each customer: id, name, attributes), sorted
 * by the chosen key, with what each row shows (place, last purchase, past value, play, top offer).
 * The text attributes (for the place filter and column) and every customer's top offers come from
 * the data worker, kept for the open dataset; the plays from the playbook state.
 */
import type { CustomerAttribute } from '../../core/attributes/customerAttributes.ts';
import type { ContactRole } from '../../core/import/types.ts';
import { dueDays, planOrder, valueAtRisk } from '../../core/playbook/planOrder.ts';
import { modelOnRows } from '../../core/playbook/playbookFacts.ts';
import { dataBridge } from '../jobs/bridges.ts';
import { Job } from '../jobs/Job.svelte.ts';
import { analysis } from './analysis.svelte.ts';
import { card } from './card.svelte.ts';
import { clv } from './clv.svelte.ts';
import { playbook } from './playbook.svelte.ts';
import { excludeRequest } from './productSettings.ts';
import { session } from './session.svelte.ts';
import { identity } from './identity.ts';

/** Headers read as a customer's place when the user has not picked one (English and Chinese). */
const PLACE_HEADER = /region|territory|area|district|city|state|province|country|地区|区域|片区|城市|省|市/i;

class PlanState {
  /** Every attribute of the open dataset, one latest value per customer of the RFM table. */
  readonly attributesJob = new Job<CustomerAttribute[]>();
  /** Three top offers per customer of the RFM table ('' where fewer), or null without item columns. */
  readonly offersJob = new Job<string[] | null>();

  /** The text attributes (a place, a channel…), the ones the plan filters by. */
  readonly attributes = $derived(this.current().filter((a) => !a.numeric && a.kind !== 'phone' && a.kind !== 'email'));

  /**
   * The attribute shown as the place: the filter's, else the column mapped as the region, else as
   * the city, else the first header that names a place.
   */
  readonly placeAttribute = $derived.by<CustomerAttribute | null>(() => {
    const p = analysis.settings.visit.place;
    const all = this.current();
    return (
      (p && all.find((a) => a.name === p.name)) ||
      all.find((a) => a.kind === 'region') ||
      all.find((a) => a.kind === 'city') ||
      all.find((a) => !a.kind && PLACE_HEADER.test(a.name)) ||
      null
    );
  });

  /** The attribute of a contact kind (the customer's name, phone…), or null. */
  contact(kind: ContactRole): CustomerAttribute | null {
    return this.current().find((a) => a.kind === kind) ?? null;
  }

  /** Customer k's value of attribute a, '' when none. */
  valueOf(a: CustomerAttribute | null, k: number): string {
    return a && a.codes[k] >= 0 ? a.values[a.codes[k]] : '';
  }

  /** The model's next-purchase start on the RFM rows, or null without a model. */
  private readonly nextFrom = $derived.by(() => {
    const rfm = playbook.rfm;
    const r = clv.result;
    return rfm && r ? modelOnRows(rfm, r).nextFrom : null;
  });

  /** Due day per customer (days since 1970-01-01) and value at risk (currency; NaN when unknown). */
  readonly due = $derived.by(() => {
    const f = playbook.facts;
    const rfm = playbook.rfm;
    return f && rfm ? dueDays(f, rfm.referenceDay, this.nextFrom) : null;
  });
  readonly atRisk = $derived(playbook.facts ? valueAtRisk(playbook.facts) : null);

  /** The plan: RFM rows of the chosen plays, segments and place, in the chosen order (null while loading). */
  readonly rows = $derived.by<number[] | null>(() => {
    const f = playbook.facts;
    const r = playbook.result;
    const v = analysis.settings.visit;
    if (!f || !r || !this.due || !this.atRisk) return null;
    const plays = new Set(v.plays.map((id) => playbook.plays.findIndex((p) => p.id === id)));
    const seg = analysis.segments;
    const segments =
      v.segments.length && seg && seg.segment.length === f.n
        ? new Set(v.segments.map((id) => seg.ids.indexOf(id)))
        : null;
    const place = v.place ? this.current().find((a) => a.name === v.place!.name) : undefined;
    const code = place ? place.values.indexOf(v.place!.value) : -1;
    const q = v.query.trim().toLowerCase();
    const text = card.search;
    const out: number[] = [];
    for (let k = 0; k < f.n; k++) {
      if (q && !(text.length === f.n ? text[k] : '').includes(q)) continue;
      if (v.plays.length && !plays.has(r.play[k])) continue;
      if (segments && !segments.has(seg!.segment[k])) continue;
      if (v.place && (!place || place.codes[k] !== code)) continue;
      out.push(k);
    }
    return planOrder(out, v.sort, f, r, this.due, this.atRisk);
  });

  /** Customer k's place, '' when none. */
  placeOf(k: number): string {
    return this.valueOf(this.placeAttribute, k);
  }

  /** The attributes, when they belong to the RFM table in use (another dataset's are never shown). */
  private current(): CustomerAttribute[] {
    const all = this.attributesJob.value ?? [];
    const n = playbook.rfm?.n;
    return all.length && all[0].codes.length === n ? all : [];
  }

  /** Customer k's offers (up to three). */
  offersOf(k: number): string[] {
    const o = this.offersJob.value;
    return o && o.length === 3 * (playbook.rfm?.n ?? -1) ? o.slice(3 * k, 3 * k + 3).filter((x) => x !== '') : [];
  }

  /** Keeps the plays, attributes and offers of the open dataset computed while the plan is shown. */
  activate(): () => void {
    const stopPlays = playbook.activate();
    const stop = $effect.root(() => {
      $effect(() => {
        const id = session.currentId;
        const rfm = playbook.rfm;
        const level = analysis.settings.products.offerLevel;
        const ex = excludeRequest(analysis.settings.products.exclude);
        if (id === null || !rfm || !analysis.ready) return;
        const customers = rfm.customer;
        const key = `${id}:${identity(customers)}`;
        void this.attributesJob.run(key, (signal) => dataBridge.call(signal, 'attributes', id, customers));
        if (!session.isSummary) {
          void this.offersJob.run(`${key}:${level}:${ex.key}`, (signal) =>
            dataBridge.call(signal, 'topOffers', id, customers, level, ex.exclude),
          );
        }
      });
    });
    return () => {
      stop();
      stopPlays();
    };
  }
}

export const plan = new PlanState();
