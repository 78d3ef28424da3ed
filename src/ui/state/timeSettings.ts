/**
 * The "over time" choices of one dataset (part of AnalysisSettings, stored with it): the lifecycle
 * thresholds and the migration dates and scheme. Invalid stored values fall back to the defaults.
 */
import { DEFAULT_LIFECYCLE, lifecycleError } from '../../core/lifecycle/lifecycleStages.ts';
import type { LifecycleOptions } from '../../core/lifecycle/lifecycleStages.ts';

export interface TimeSettings {
  lifecycle: LifecycleOptions;
  /** As-of days (days since 1970-01-01, ascending); null = the last three quarter ends and the last day. */
  dates: number[] | null;
  /** Follow the segments of the scheme in use, or clusters of R, F, M (k-means as of the last date). */
  basis: 'scheme' | 'clusters';
  /** k of the clusters basis. */
  k: number;
}

export function defaultTimeSettings(): TimeSettings {
  return { lifecycle: { ...DEFAULT_LIFECYCLE }, dates: null, basis: 'scheme', k: 4 };
}

/** Stored time settings, each part checked. */
export function timeFrom(stored: unknown): TimeSettings {
  const t = defaultTimeSettings();
  if (typeof stored !== 'object' || stored === null) return t;
  const o = stored as Record<string, unknown>;
  const l = { ...DEFAULT_LIFECYCLE, ...(o.lifecycle as object) } as LifecycleOptions;
  if ((l.mode === 'gap' || l.mode === 'window') && lifecycleError(l) === null) t.lifecycle = l;
  const d = o.dates;
  if (
    Array.isArray(d) &&
    d.length >= 2 &&
    d.every((x, i) => Number.isInteger(x) && (i === 0 || x > (d[i - 1] as number)))
  ) {
    t.dates = d as number[];
  }
  if (o.basis === 'scheme' || o.basis === 'clusters') t.basis = o.basis;
  if (Number.isInteger(o.k) && (o.k as number) >= 2 && (o.k as number) <= 10) t.k = o.k as number;
  return t;
}
