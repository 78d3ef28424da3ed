import { CoreError } from '../notice/notice.ts';
import type { CustomerAttribute } from '../attributes/customerAttributes.ts';

/** Default band edges of a numeric attribute (age): 0–17, 18–24, 25–39, 40–59, 60+. */
export const DEFAULT_BAND_EDGES: readonly number[] = [0, 18, 25, 40, 60];

/** Most categories of a text attribute shown one by one; the rest are folded into "(other)". */
export const MAX_CATEGORIES = 20;

/** What a category is: a text value, a numeric band, the folded tail, or no value. */
export type CategoryKind = 'value' | 'band' | 'other' | 'blank';

/** The categories of one attribute and each customer's category. */
export interface Categories {
  /** Display labels in column order: values or bands, then "(other)" and "(blank)" when present. */
  labels: string[];
  kinds: CategoryKind[];
  /** Per customer: index into labels. */
  category: Int32Array;
}

/** Why band edges are unusable, or null: they must be finite and strictly increasing, at least one. */
export function bandEdgesError(edges: readonly number[]): CoreError | null {
  if (!edges.length || !edges.every(Number.isFinite)) {
    return new CoreError('crosstab.edges', {}, 'band edges must be one or more numbers');
  }
  for (let i = 1; i < edges.length; i++) {
    if (!(edges[i] > edges[i - 1])) {
      return new CoreError('crosstab.edgeOrder', { at: i + 1 }, `band edge ${i + 1} must be above edge ${i}`);
    }
  }
  return null;
}

/** Band edges from text like "0, 18, 25, 40, 60" (commas, semicolons or spaces); null when unusable. */
export function parseBandEdges(text: string): number[] | null {
  const parts = text
    .split(/[\s,;，；]+/)
    .filter((s) => s !== '')
    .map(Number);
  return bandEdgesError(parts) ? null : parts;
}

const trim = (x: number) => String(Math.round(x * 1e6) / 1e6);

/**
 * Labels of the bands of the edges: band i holds edges[i] ≤ x < edges[i + 1], the last x ≥ the last
 * edge. Whole-number edges read "0–17", "18–24" … "60+" (a one-number band "17"); others "0.5–<1.5".
 */
export function bandLabels(edges: readonly number[]): string[] {
  const whole = edges.every(Number.isInteger);
  return edges.map((lo, i) => {
    if (i === edges.length - 1) return `${trim(lo)}+`;
    const hi = edges[i + 1];
    if (!whole) return `${trim(lo)}–<${trim(hi)}`;
    return hi - 1 === lo ? trim(lo) : `${trim(lo)}–${trim(hi - 1)}`;
  });
}

/** The band (0..edges.length − 1) of a number; values below the first edge fall in the first band. */
export function bandOf(x: number, edges: readonly number[]): number {
  let lo = 0;
  let hi = edges.length - 1;
  // The last edge ≤ x (binary search), or band 0.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Bins a numeric attribute: every band of the edges is a column (also when empty), then "(blank)"
 * when some customer has no value. Throws a CoreError for unusable edges (see bandEdgesError).
 */
export function binNumeric(a: CustomerAttribute, edges: readonly number[]): Categories {
  const err = bandEdgesError(edges);
  if (err) throw err;
  const blank = edges.length;
  // A value that does not read as a number (numeric is 90 % of values) counts as blank.
  const category = Int32Array.from(a.numbers, (x) => (Number.isFinite(x) ? bandOf(x, edges) : blank));
  const labels = bandLabels(edges);
  const kinds: CategoryKind[] = labels.map(() => 'band');
  if (category.includes(blank)) {
    labels.push('(blank)');
    kinds.push('blank');
  }
  return { labels, kinds, category };
}

/**
 * The values of a text attribute as categories, most customers first (ties in text order), or in
 * numeric order when every value is a band like "18-24", "65+" or "<18"; beyond
 * `max` categories the least frequent are folded into "(other)" so there are `max` columns of
 * values and the tail; "(blank)" last when some customer has no value.
 */
export function textCategories(a: CustomerAttribute, max = MAX_CATEGORIES): Categories {
  const count = new Int32Array(a.values.length);
  let blanks = 0;
  for (const code of a.codes) {
    if (code >= 0) count[code]++;
    else blanks++;
  }
  const present: number[] = [];
  for (let v = 0; v < a.values.length; v++) if (count[v] > 0) present.push(v);
  // Bands written as text ("18-24", "25-34", "65+", "<18") keep their numeric order.
  const start = (v: string) => {
    const m = /^\s*([<≤>≥]?)\s*(\d+(?:\.\d+)?)\s*(?:[-–~至到]\s*\d+(?:\.\d+)?|\+)?\s*$/.exec(v);
    // "<18" comes before "18-24", ">65" after "65-…".
    return m ? Number(m[2]) + (m[1] === '<' || m[1] === '≤' ? -0.5 : m[1] ? 0.5 : 0) : NaN;
  };
  const banded = present.length > 1 && present.every((v) => Number.isFinite(start(a.values[v])));
  present.sort((x, y) =>
    banded
      ? start(a.values[x]) - start(a.values[y]) || (a.values[x] < a.values[y] ? -1 : 1)
      : count[y] - count[x] || (a.values[x] < a.values[y] ? -1 : a.values[x] > a.values[y] ? 1 : 0),
  );
  const fold = present.length > max;
  const kept = fold ? present.slice(0, max - 1) : present;
  const column = new Int32Array(a.values.length).fill(kept.length);
  kept.forEach((v, i) => (column[v] = i));
  const labels = kept.map((v) => a.values[v]);
  const kinds: CategoryKind[] = labels.map(() => 'value');
  if (fold) {
    labels.push('(other)');
    kinds.push('other');
  }
  const blank = labels.length;
  if (blanks > 0) {
    labels.push('(blank)');
    kinds.push('blank');
  }
  return { labels, kinds, category: Int32Array.from(a.codes, (code) => (code >= 0 ? column[code] : blank)) };
}

/** Categories of an attribute: bands of a numeric one (edges default DEFAULT_BAND_EDGES), else its values. */
export function categorize(a: CustomerAttribute, edges: readonly number[] = DEFAULT_BAND_EDGES): Categories {
  return a.numeric ? binNumeric(a, edges) : textCategories(a);
}
