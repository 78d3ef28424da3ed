/**
 * The key settings a view puts in its URL, read from and written to the dataset's
 * AnalysisSettings: what decides the view's picture and is worth sharing in a link.
 */
import { COHORT_PERIODS } from '../../core/cohorts/periods.ts';
import type { CohortPeriod } from '../../core/cohorts/periods.ts';
import { TIME_UNITS } from '../../core/clv/summarize.ts';
import type { TimeUnit } from '../../core/clv/summarize.ts';
import type { ModelAsked } from '../../core/clv/modelChoice.ts';
import { SCHEMES } from '../../core/segments/segmentCustomers.ts';
import type { SchemeId } from '../../core/segments/segmentCustomers.ts';
import type { AnalysisSettings } from '../state/analysisSettings.ts';

/** One setting in the URL: its allowed values and where it lives in the settings. */
export interface RouteSetting {
  values: readonly string[];
  get(s: AnalysisSettings): string;
  set(s: AnalysisSettings, value: string): void;
}

const MODELS = ['auto', 'bgnbd', 'mbgnbd', 'pnbd', 'bgbb'] as const satisfies readonly ModelAsked[];

/** Segments: the segmentation scheme. */
export const SCHEME: RouteSetting = {
  values: SCHEMES,
  get: (s) => s.scheme,
  set: (s, v) => (s.scheme = v as SchemeId),
};

/** CLV: the repeat-purchase model. */
export const CLV_MODEL: RouteSetting = {
  values: MODELS,
  get: (s) => s.clv.model,
  set: (s, v) => (s.clv.model = v as ModelAsked),
};

/** CLV: the time unit of the model. */
export const CLV_UNIT: RouteSetting = {
  values: TIME_UNITS,
  get: (s) => s.clv.unit,
  set: (s, v) => (s.clv.unit = v as TimeUnit),
};

/** Cohorts: month or quarter of the first purchase. */
export const COHORT_PERIOD: RouteSetting = {
  values: COHORT_PERIODS,
  get: (s) => s.cohorts.period,
  set: (s, v) => (s.cohorts.period = v as CohortPeriod),
};
