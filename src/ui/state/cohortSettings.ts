/**
 * The Cohorts and Cross-tabs views' choices, stored per dataset as the `cohorts` and `crosstab`
 * sub-objects of AnalysisSettings (see analysisSettings.ts), with their defaults and tolerant
 * parsers: an invalid field falls back to its default, the others are kept.
 */
import { COHORT_PERIODS } from '../../core/cohorts/periods.ts';
import type { CohortPeriod } from '../../core/cohorts/periods.ts';
import { bandEdgesError, DEFAULT_BAND_EDGES } from '../../core/crosstab/categorize.ts';

/** The Cohorts view: cohorts by month or by quarter of the first purchase. */
export interface CohortSettings {
  period: CohortPeriod;
}

/** What the cross-tab table shows in its cells. */
export const CROSSTAB_MEASURES = ['counts', 'row', 'col', 'revenue'] as const;
export type CrosstabMeasure = (typeof CROSSTAB_MEASURES)[number];

/** The Cross-tabs view: the attribute, band edges per numeric attribute, and the table's measure. */
export interface CrosstabSettings {
  /** The attribute column's name; null = the first one of the dataset. */
  attribute: string | null;
  /** Band edges by attribute name (absent = DEFAULT_BAND_EDGES). */
  edges: Record<string, number[]>;
  measure: CrosstabMeasure;
}

export function defaultCohortSettings(): CohortSettings {
  return { period: 'month' };
}

export function defaultCrosstabSettings(): CrosstabSettings {
  return { attribute: null, edges: {}, measure: 'counts' };
}

/** The band edges in use for an attribute. */
export function edgesFor(s: CrosstabSettings, attribute: string): number[] {
  return s.edges[attribute] ?? [...DEFAULT_BAND_EDGES];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function cohortFrom(stored: unknown): CohortSettings {
  const c = defaultCohortSettings();
  if (isObject(stored) && (COHORT_PERIODS as readonly unknown[]).includes(stored.period)) {
    c.period = stored.period as CohortPeriod;
  }
  return c;
}

export function crosstabFrom(stored: unknown): CrosstabSettings {
  const c = defaultCrosstabSettings();
  if (!isObject(stored)) return c;
  if (stored.attribute === null || typeof stored.attribute === 'string') c.attribute = stored.attribute;
  if ((CROSSTAB_MEASURES as readonly unknown[]).includes(stored.measure)) c.measure = stored.measure as CrosstabMeasure;
  if (isObject(stored.edges)) {
    for (const [name, edges] of Object.entries(stored.edges)) {
      if (Array.isArray(edges) && edges.every((v) => typeof v === 'number') && !bandEdgesError(edges)) {
        c.edges[name] = edges;
      }
    }
  }
  return c;
}
