/**
 * URL routing: the hash holds the view, the open dataset, the customer open on the card and the
 * view's key settings (src/ui/routing/route.ts), so a reload, a shared link and the browser's back
 * and forward buttons return the user to where they were, online and offline.
 *
 * State → URL: every change writes the URL; a new view, dataset or customer is a history entry
 * (pushState), a settings tweak replaces the current one.
 * URL → state: on page load (reload, deep link) the route applies in full, its settings over the
 * dataset's stored ones (and stored like a user's choice: the URL was the latest word). On back and
 * forward the view, dataset and customer apply, never the settings: settings are not history, they
 * stay as last chosen for the dataset, and the URL is corrected to show them.
 * What a URL asks for and this device cannot show (an unknown view, a dataset not stored here, a
 * customer not in the dataset, a setting value not allowed) is left out with a note; the rest applies.
 */
import { untrack } from 'svelte';
import type { MessageKey } from '../i18n/en.ts';
import { formatRoute, isNewPlace, parseRoute } from '../routing/route.ts';
import type { Route, RouteProblem, RouteTable } from '../routing/route.ts';
import type { View, ViewEntry } from '../viewRegistry.ts';
import { analysis } from './analysis.svelte.ts';
import { card } from './card.svelte.ts';
import { session } from './session.svelte.ts';

/** A note on what a URL asked for and could not get; shown until dismissed or the user moves on. */
export interface RouteNote {
  key: MessageKey;
  params: Record<string, string | number>;
}

/** A route being applied: its dataset (open by now) and whether its settings apply. */
interface Arrival {
  route: Route;
  dataset: number | null;
  settings: boolean;
}

/** Customer ids in notes are cut to this many characters. */
const SHOWN_ID = 60;

class Router {
  notes = $state.raw<RouteNote[]>([]);
  /** While a route from the URL is applied, state changes do not write the URL. */
  private arriving = $state.raw<Arrival | null>(null);
  /** While back/forward opens another dataset, the URL is not written either. */
  private opening = $state(0);
  /** Whether the URL follows the state (from the end of start-up on). */
  private live = $state(false);
  private views: readonly ViewEntry[] = [];
  private table: RouteTable = {};
  private fallback = '';
  private started: Route | null = null;
  private replaceNext = true;
  private seq = 0;

  /**
   * Reads the URL the page opened with (its view shows at once) and starts following: popstate
   * applies the URL, state changes write it once `arrive` has run. Returns the stop function.
   */
  start(views: readonly ViewEntry[], fallback: View): () => void {
    this.views = views;
    this.fallback = fallback;
    this.table = Object.fromEntries(
      views.map((v) => [
        v.id,
        {
          customer: v.customer ?? false,
          settings: Object.fromEntries(Object.entries(v.settings ?? {}).map(([n, s]) => [n, s.values])),
        },
      ]),
    );
    this.started = this.read();
    if (this.started) session.view = this.started.view as View;
    const onPop = () => void this.go();
    addEventListener('popstate', onPop);
    const stop = $effect.root(() => {
      $effect(() => {
        const a = this.arriving;
        if (a && this.ready(a)) untrack(() => this.settle(a));
      });
      $effect(() => {
        if (!this.live || this.arriving || this.opening) return;
        const r = this.current();
        untrack(() => this.write(r));
      });
    });
    return () => {
      removeEventListener('popstate', onPop);
      stop();
    };
  }

  /** The dataset the start-up URL asks for, when it is stored on this device (else a note). */
  startDataset(): number | undefined {
    return this.available(this.started?.dataset ?? null);
  }

  /**
   * After start-up opened a dataset (or none): the rest of the start-up URL applies, settings too.
   * `imported`: start-up imported the sample, which shows Customers; the URL's view comes back. (A
   * view the user chose while start-up ran is kept otherwise.)
   */
  arrive(imported = false): void {
    const r = this.started;
    this.started = null;
    this.live = true;
    if (!r) return;
    if (imported) session.view = r.view as View;
    this.begin(r, true);
  }

  dismiss(): void {
    this.notes = [];
  }

  /** Back, forward, or a hash typed into the address bar. */
  private async go(): Promise<void> {
    if (!this.live) return;
    const seq = ++this.seq;
    this.notes = [];
    const r = this.read() ?? { view: this.fallback, dataset: null, customer: null, settings: {} };
    session.view = r.view as View;
    const id = r.dataset === session.currentId ? undefined : this.available(r.dataset);
    if (id !== undefined) {
      this.opening++;
      try {
        await session.open(id);
      } finally {
        this.opening--;
      }
    }
    if (seq === this.seq) this.begin(r, false);
  }

  /** Applies a route's customer and settings once its dataset's data is there (its view applied already). */
  private begin(route: Route, settings: boolean): void {
    this.arriving = { route, dataset: session.currentId, settings };
  }

  /** Whether an arrival can settle: its dataset is open with its table and settings, or it has none. */
  private ready(a: Arrival): boolean {
    if (a.dataset === null || session.currentId !== a.dataset) return true;
    return session.rfm !== null && analysis.ready;
  }

  private settle(a: Arrival): void {
    this.arriving = null;
    this.replaceNext = true;
    const { route } = a;
    const id = session.currentId;
    const rfm = session.rfm;
    if (id === null || id !== a.dataset || !rfm) return;
    const entry = this.entry(route.view);
    if (a.settings && entry.settings) {
      const changes = Object.entries(route.settings).filter(
        ([name, v]) => entry.settings?.[name] && entry.settings[name].get(analysis.settings) !== v,
      );
      if (changes.length) analysis.update((s) => changes.forEach(([name, v]) => entry.settings![name].set(s, v)));
    }
    if (!entry.customer) return;
    if (route.customer === null) {
      card.forDataset(id);
      card.open = null;
    } else if (!card.openById(id, rfm, route.customer)) {
      this.note('route.missingCustomer', { customer: shown(route.customer), dataset: session.current?.name ?? '' });
    }
  }

  /** The route of the current state. */
  private current(): Route {
    const entry = this.entry(session.view);
    const id = session.currentId;
    const rfm = session.rfm;
    const k = card.open;
    const customer =
      entry.customer && id !== null && card.dataset === id && k !== null && rfm ? (rfm.ids[k] ?? null) : null;
    const settings: Record<string, string> = {};
    if (id !== null && analysis.ready) {
      for (const [name, s] of Object.entries(entry.settings ?? {})) settings[name] = s.get(analysis.settings);
    }
    return { view: session.view, dataset: id, customer, settings };
  }

  private write(r: Route): void {
    const url = formatRoute(r);
    const replace = this.replaceNext;
    this.replaceNext = false;
    if (url === location.hash) return;
    const push = !replace && isNewPlace(parseRoute(location.hash, this.table, this.fallback).route, r);
    if (push) {
      this.notes = [];
      history.pushState(history.state, '', url);
    } else history.replaceState(history.state, '', url);
  }

  /** The route in the address bar, with a note for each part that cannot apply. */
  private read(): Route | null {
    const { route, problems } = parseRoute(location.hash, this.table, this.fallback);
    for (const p of problems) this.problem(p);
    return route;
  }

  /** A dataset id when that dataset is stored here and sound; else a note and undefined. */
  private available(id: number | null): number | undefined {
    if (id === null) return undefined;
    if (session.datasets.some((d) => d.id === id)) return id;
    this.note('route.missingDataset', { id });
    return undefined;
  }

  private problem(p: RouteProblem): void {
    if (p.kind === 'view') this.note('route.unknownView', { view: shown(p.value) });
    else if (p.kind === 'dataset') this.note('route.missingDataset', { id: shown(p.value) });
    else this.note('route.badSetting', { name: p.name, value: shown(p.value) });
  }

  private note(key: MessageKey, params: RouteNote['params']): void {
    this.notes = [...this.notes, { key, params }];
  }

  private entry(id: string): ViewEntry {
    return this.views.find((v) => v.id === id) ?? this.views.find((v) => v.id === this.fallback)!;
  }
}

function shown(s: string): string {
  return s.length > SHOWN_ID ? `${s.slice(0, SHOWN_ID)}…` : s;
}

export const router = new Router();
