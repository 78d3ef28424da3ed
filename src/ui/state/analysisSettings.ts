/**
 * The user's analysis choices for one dataset, with their defaults. Stored per dataset in the
 * `settings` table (src/db/settings.ts) under version `v`; unknown or missing fields fall back to
 * the defaults, so settings written by an older app still open.
 */
import { ABC_DEFAULT } from '../../core/value/abcClasses.ts';
import { PYRAMID_DEFAULT } from '../../core/value/customerPyramid.ts';

export interface AnalysisSettings {
  v: 1;
  /** Cumulative revenue shares ending classes A and B. */
  abcCuts: [number, number];
  /** Cumulative customer shares ending the key, major and ordinary layers. */
  pyramidCuts: [number, number, number];
}

export function defaultSettings(): AnalysisSettings {
  return {
    v: 1,
    abcCuts: [...ABC_DEFAULT],
    pyramidCuts: [...PYRAMID_DEFAULT],
  };
}

const isNumbers = (x: unknown, n: number): x is number[] =>
  Array.isArray(x) && x.length === n && x.every((v) => typeof v === 'number' && Number.isFinite(v));

/** Settings read back from storage, each field checked and replaced by its default when invalid. */
export function fromStored(stored: Record<string, unknown> | undefined): AnalysisSettings {
  const s = defaultSettings();
  if (!stored || stored.v !== 1) return s;
  if (isNumbers(stored.abcCuts, 2)) s.abcCuts = stored.abcCuts as [number, number];
  if (isNumbers(stored.pyramidCuts, 3)) s.pyramidCuts = stored.pyramidCuts as [number, number, number];
  return s;
}
