/**
 * Every view of the app, in nav order: one entry adds a view. Its id is its route (`#/<id>`) and its
 * `data-testid` (`nav-<id>`); App renders the nav and the current view from this list, the `View`
 * type is derived from it, and the router reads the customer flag and the key settings from it.
 */
import type { Component } from 'svelte';
import { needsClvFit } from './ahp/ahpTree.ts';
import { analysis } from './state/analysis.svelte.ts';
import { card } from './state/card.svelte.ts';
import { cluster } from './state/cluster.svelte.ts';
import { clv } from './state/clv.svelte.ts';
import { cohorts } from './state/cohorts.svelte.ts';
import { time } from './state/time.svelte.ts';
import AhpView from './ahp/AhpView.svelte';
import CardView from './card/CardView.svelte';
import ClusterView from './cluster/ClusterView.svelte';
import ClvView from './clv/ClvView.svelte';
import CohortsView from './cohorts/CohortsView.svelte';
import CrosstabView from './crosstab/CrosstabView.svelte';
import CustomersView from './customers/CustomersView.svelte';
import DataView from './data/DataView.svelte';
import type { MessageKey } from './i18n/en.ts';
import LearnView from './learn/LearnView.svelte';
import ProductsView from './products/ProductsView.svelte';
import { CLV_MODEL, CLV_UNIT, COHORT_PERIOD, SCHEME } from './routing/routeSettings.ts';
import type { RouteSetting } from './routing/routeSettings.ts';
import SegmentsView from './segments/SegmentsView.svelte';
import TimeView from './time/TimeView.svelte';
import ValueView from './value/ValueView.svelte';

/** The nav's groups (one row today; the grouping is for a nav that shows them). */
export type NavGroup = 'data' | 'customers' | 'analysis' | 'learn';

export interface ViewEntry {
  /** The route and test id: lower-case letters. */
  id: string;
  group: NavGroup;
  /** The nav label's catalogue key. */
  label: MessageKey;
  component: Component;
  /**
   * Starts the view's state: its state modules keep what the view shows computed for the open
   * dataset and settings while it is the current view; returns the stop, called when it is left.
   * What was computed is kept, so a revisit shows it at once.
   */
  activate?: () => () => void;
  /** The view shows one customer, kept in the URL by id (`c=`). */
  customer?: boolean;
  /** Key settings kept in the URL, by parameter name. */
  settings?: Readonly<Record<string, RouteSetting>>;
}

/** One stop for several activations. */
const all =
  (...stops: (() => void)[]) =>
  () =>
    stops.forEach((stop) => stop());

export const VIEWS = [
  { id: 'data', group: 'data', label: 'nav.data', component: DataView },
  { id: 'customers', group: 'customers', label: 'nav.customers', component: CustomersView },
  {
    id: 'card',
    group: 'customers',
    label: 'nav.card',
    component: CardView,
    customer: true,
    activate: () => card.activate(),
  },
  { id: 'segments', group: 'analysis', label: 'nav.segments', component: SegmentsView, settings: { scheme: SCHEME } },
  { id: 'value', group: 'analysis', label: 'nav.value', component: ValueView },
  { id: 'products', group: 'analysis', label: 'nav.products', component: ProductsView },
  {
    id: 'time',
    group: 'analysis',
    label: 'nav.time',
    component: TimeView,
    activate: () => all(time.activateLifecycle(), time.activateMigration()),
  },
  {
    id: 'clv',
    group: 'analysis',
    label: 'nav.clv',
    component: ClvView,
    activate: () => clv.activate({ checks: true }),
    settings: { model: CLV_MODEL, unit: CLV_UNIT },
  },
  {
    id: 'clusters',
    group: 'analysis',
    label: 'nav.clusters',
    component: ClusterView,
    // The CLV fit only while a CLV feature is ticked.
    activate: () => all(cluster.activate(), clv.activate({ when: () => cluster.needsClv })),
  },
  {
    id: 'ahp',
    group: 'analysis',
    label: 'nav.ahp',
    component: AhpView,
    // The CLV fit only while an indicator uses CLV or P(alive); the attributes for attribute indicators.
    activate: () =>
      all(clv.activate({ when: () => needsClvFit(analysis.settings.ahp.tree) }), cluster.activateAttributes()),
  },
  {
    id: 'cohorts',
    group: 'analysis',
    label: 'nav.cohorts',
    component: CohortsView,
    activate: () => cohorts.activateTable(),
    settings: { period: COHORT_PERIOD },
  },
  {
    id: 'crosstab',
    group: 'analysis',
    label: 'nav.crosstab',
    component: CrosstabView,
    activate: () => cohorts.activateAttributes(),
  },
  { id: 'learn', group: 'learn', label: 'nav.learn', component: LearnView },
] as const satisfies readonly ViewEntry[];

/** A view's id. */
export type View = (typeof VIEWS)[number]['id'];

/** The view shown when nothing (or nothing valid) asks for another. */
export const DEFAULT_VIEW: View = 'customers';

/** A view's entry (the default view's for an id not in the list). */
export function viewEntry(id: string): ViewEntry {
  return VIEWS.find((v) => v.id === id) ?? VIEWS.find((v) => v.id === DEFAULT_VIEW)!;
}
