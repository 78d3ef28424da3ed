/**
 * Where the user is, written in the URL's hash: `#/<view>?d=<dataset id>&c=<customer id>&<setting>=<value>…`,
 * e.g. `#/card?d=3&c=C0005` or `#/clv?d=3&model=pnbd&unit=week`. A hash, not a path, so the service
 * worker's one cached index.html answers every link offline and the server never sees the route.
 * Pure: parsing knows only the table of views it is given, never the app's state.
 */

/** A place in the app as a URL holds it. */
export interface Route {
  view: string;
  /** The open dataset's id (IndexedDB key), null when the URL names none. */
  dataset: number | null;
  /** The customer open on the card, by customer id (not row index: rows move with the data). */
  customer: string | null;
  /** Key settings of the view, by name: only those the view declares, with allowed values. */
  settings: Record<string, string>;
}

/** What a view accepts in a URL: whether it shows one customer, and its key settings' allowed values. */
export interface RouteSpec {
  customer?: boolean;
  settings?: Readonly<Record<string, readonly string[]>>;
}

/** The views a URL may name, by id. */
export type RouteTable = Readonly<Record<string, RouteSpec>>;

/** A part of a URL that could not be used; the rest of the route still applies. */
export type RouteProblem =
  | { kind: 'view'; value: string }
  | { kind: 'dataset'; value: string }
  | { kind: 'setting'; name: string; value: string };

const DATASET = /^[1-9][0-9]*$/;

/**
 * Reads a location hash (`location.hash`, with or without the leading `#`). `route` is null when the
 * hash holds no route at all (empty, `#` or `#/`); an unknown view becomes `fallback`, a dataset id
 * that is not a positive integer becomes null, a setting the view does not allow is left out, each
 * reported in `problems`. Parameters the view does not take (another view's settings, `c` outside
 * the card) are ignored silently, so old and shared links keep working.
 */
export function parseRoute(
  hash: string,
  table: RouteTable,
  fallback: string,
): { route: Route | null; problems: RouteProblem[] } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = body.indexOf('?');
  const path = (q < 0 ? body : body.slice(0, q)).replace(/^\/+|\/+$/g, '');
  const params = new URLSearchParams(q < 0 ? '' : body.slice(q + 1));
  if (path === '' && q < 0) return { route: null, problems: [] };
  const problems: RouteProblem[] = [];

  let view = decode(path);
  if (!Object.hasOwn(table, view)) {
    if (view !== '') problems.push({ kind: 'view', value: view });
    view = fallback;
  }
  const spec = table[view] ?? {};

  let dataset: number | null = null;
  const d = params.get('d');
  if (d !== null) {
    const n = Number(d);
    if (DATASET.test(d) && Number.isSafeInteger(n)) dataset = n;
    else problems.push({ kind: 'dataset', value: d });
  }

  const c = params.get('c');
  const customer = spec.customer && c !== null && c !== '' ? c : null;

  const settings: Record<string, string> = {};
  for (const [name, allowed] of Object.entries(spec.settings ?? {})) {
    const v = params.get(name);
    if (v === null) continue;
    if (allowed.includes(v)) settings[name] = v;
    else problems.push({ kind: 'setting', name, value: v });
  }
  return { route: { view, dataset, customer, settings }, problems };
}

/** Writes a route as a hash: `#/view`, then d, c and the settings in name order, percent-encoded (ASCII only). */
export function formatRoute(route: Route): string {
  const params = new URLSearchParams();
  if (route.dataset !== null) params.set('d', String(route.dataset));
  if (route.customer !== null) params.set('c', route.customer);
  for (const name of Object.keys(route.settings).sort()) params.set(name, route.settings[name]);
  const query = params.toString();
  return `#/${encodeURIComponent(route.view)}${query ? `?${query}` : ''}`;
}

/** Whether going from one route to the other is a new place (a history entry) rather than a setting tweak. */
export function isNewPlace(from: Route | null, to: Route): boolean {
  if (!from) return false;
  // Saving a fresh import gives the shown table its id: the same place, now with a name.
  const datasetMoved = from.dataset !== to.dataset && from.dataset !== null;
  return from.view !== to.view || datasetMoved || from.customer !== to.customer;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
