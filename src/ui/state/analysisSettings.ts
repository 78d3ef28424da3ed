/**
 * The user's analysis choices for one dataset, with their defaults. Stored per dataset in the
 * `settings` table (src/db/settings.ts) under version `v`; unknown or missing fields fall back to
 * the defaults one by one, so settings written by an older app still open. Version 2 (issue 16)
 * made the automatic model choice the default: a version-1 dataset whose model was the old default
 * (BG/NBD) moves to 'auto' once; a model pinned to anything else stays.
 */
import { defaultVisitSettings, visitFrom } from './visitSettings.ts';
import { playbookFrom } from './playbookSettings.ts';
import type { Play } from '../../core/playbook/plays.ts';
import type { VisitSettings } from './visitSettings.ts';
import { cutsError } from '../../core/rfm/gradeByCuts.ts';
import type { Dimension } from '../../core/rfm/scoreRfm.ts';
import { SCHEMES } from '../../core/segments/segmentCustomers.ts';
import type { SchemeId, SegmentOptions } from '../../core/segments/segmentCustomers.ts';
import type { ScoreRange, ScoreRule } from '../../core/segments/scoreRules.ts';
import { conditionsFrom } from '../../core/segments/conditions.ts';
import { TIER_DEFAULT, tierThresholdsError, upgradeTiers } from '../../core/segments/valueTiers.ts';
import type { TierThresholds } from '../../core/segments/valueTiers.ts';
import type { ClvOptions } from '../../core/clv/clvAnalysis.ts';
import { DAYS_PER_MONTH } from '../../core/clv/customerValue.ts';
import { TIME_UNITS } from '../../core/clv/summarize.ts';
import type { TimeUnit } from '../../core/clv/summarize.ts';
import type { ModelAsked } from '../../core/clv/modelChoice.ts';
import type { AhpNode } from '../../core/ahp/ahpHierarchy.ts';
import type { Scaling, Transform } from '../../core/cluster/featureMatrix.ts';
import { ABC_DEFAULT } from '../../core/concentration/abcClasses.ts';
import { PYRAMID_DEFAULT } from '../../core/concentration/customerPyramid.ts';
import { defaultTimeSettings, timeFrom } from './timeSettings.ts';
import type { TimeSettings } from './timeSettings.ts';
import { cohortFrom, crosstabFrom, defaultCohortSettings, defaultCrosstabSettings } from './cohortSettings.ts';
import type { CohortSettings, CrosstabSettings } from './cohortSettings.ts';
import { defaultProductSettings, productsFrom } from './productSettings.ts';
import type { ProductSettings } from './productSettings.ts';

/**
 * A custom rule as the user edits it: score ranges and conditions on what customers did
 * (`conditions`, core/segments/conditions.ts) plus the segment's name, colour and action.
 */
export interface CustomRule extends ScoreRule {
  name: string;
  colour: string;
  action: string;
}

/** The version written now; fromStored upgrades older ones. */
export const SETTINGS_VERSION = 2;

export interface AnalysisSettings {
  v: typeof SETTINGS_VERSION;
  /** Cumulative revenue shares ending classes A and B. */
  abcCuts: [number, number];
  /** Cumulative customer shares ending the key, major and ordinary layers. */
  pyramidCuts: [number, number, number];
  scheme: SchemeId;
  grades: 3 | 4 | 5;
  ties: 'shared' | 'split';
  /** Show R reversed (grade 1 = most recent). */
  rTextbook: boolean;
  /** Custom cut values per dimension (days, orders, currency); absent = graded by rank. */
  customCuts: Partial<Record<Dimension, number[]>>;
  cn8Basis: 'mean' | 'median';
  tiers: TierThresholds;
  customRules: CustomRule[];
  /** Edited action texts by `${scheme}:${segmentId}:${locale}`. */
  actions: Record<string, string>;
  clv: ClvSettings;
  cluster: ClusterSettings;
  ahp: AhpSettings;
  visit: VisitSettings;
  time: TimeSettings;
  cohorts: CohortSettings;
  crosstab: CrosstabSettings;
  /** What customers buy: value basis, cube potential, offers, replenishment (issue 17). */
  products: ProductSettings;
  /** The playbook in priority order; null = the default playbook (issue 18). */
  playbook: Play[] | null;
}

/** The clustering view's choices. */
export interface ClusterSettings {
  /** The features in use with their transforms: r, f, m, clv, pAlive or attr:<name>. */
  features: { id: string; transform: Transform }[];
  scaling: Scaling;
  seed: number;
  restarts: number;
  /** The k in use; null = the suggested one. */
  k: number | null;
  /** Cluster names the user gave, by clusterNameKey (the run's settings, k and cluster number). */
  names: Record<string, string>;
}

export function defaultClusterSettings(): ClusterSettings {
  return {
    features: [
      { id: 'r', transform: 'log1p' },
      { id: 'f', transform: 'log1p' },
      { id: 'm', transform: 'log1p' },
    ],
    scaling: 'z',
    seed: 1,
    restarts: 10,
    k: null,
    names: {},
  };
}

/** The AHP view's choices: the indicator hierarchy with its judgements, and the scaling. */
export interface AhpSettings {
  tree: AhpNode;
  scaling: 'z' | 'minmax';
}

const leaf = (id: string, name: string, measure: string, higherIsBetter = true): AhpNode => ({
  id,
  name,
  children: [],
  judgements: [],
  indicator: { measure, higherIsBetter },
});

/** The seed's example: customer value = current value (profit, volume) and potential value (CLV, loyalty). */
export function defaultAhpSettings(): AhpSettings {
  return {
    scaling: 'minmax',
    tree: {
      id: 'goal',
      name: '',
      judgements: [2],
      children: [
        { id: 'current', name: '', judgements: [3], children: [leaf('profit', '', 'm'), leaf('volume', '', 'f')] },
        {
          id: 'potential',
          name: '',
          judgements: [2, 3, 2],
          children: [leaf('clv', '', 'clv'), leaf('alive', '', 'pAlive'), leaf('recency', '', 'r', false)],
        },
      ],
    },
  };
}

function isNode(x: unknown): x is AhpNode {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  if (typeof o.id !== 'string' || typeof o.name !== 'string' || !Array.isArray(o.children)) return false;
  if (!Array.isArray(o.judgements) || !o.judgements.every((v) => typeof v === 'number' && v > 0)) return false;
  const n = o.children.length;
  if (o.judgements.length !== (n * (n - 1)) / 2) return false;
  if (n === 0) {
    const ind = o.indicator as Record<string, unknown> | undefined;
    if (!ind || typeof ind.measure !== 'string' || typeof ind.higherIsBetter !== 'boolean') return false;
  }
  return o.children.every(isNode);
}

function clusterFrom(stored: unknown): ClusterSettings {
  const c = defaultClusterSettings();
  if (typeof stored !== 'object' || stored === null) return c;
  const o = stored as Record<string, unknown>;
  if (
    Array.isArray(o.features) &&
    o.features.length > 0 &&
    o.features.every((f) => typeof f?.id === 'string' && (f.transform === 'none' || f.transform === 'log1p'))
  ) {
    c.features = o.features as ClusterSettings['features'];
  }
  if (o.scaling === 'z' || o.scaling === 'minmax') c.scaling = o.scaling;
  if (Number.isInteger(o.seed) && (o.seed as number) >= 0) c.seed = o.seed as number;
  if (Number.isInteger(o.restarts) && (o.restarts as number) >= 1 && (o.restarts as number) <= 50)
    c.restarts = o.restarts as number;
  if (o.k === null || (Number.isInteger(o.k) && (o.k as number) >= 2 && (o.k as number) <= 10))
    c.k = o.k as number | null;
  if (typeof o.names === 'object' && o.names !== null) {
    for (const [key, v] of Object.entries(o.names)) if (typeof v === 'string') c.names[key] = v;
  }
  return c;
}

function ahpFrom(stored: unknown): AhpSettings {
  const a = defaultAhpSettings();
  if (typeof stored !== 'object' || stored === null) return a;
  const o = stored as Record<string, unknown>;
  if (isNode(o.tree)) a.tree = o.tree;
  if (o.scaling === 'z' || o.scaling === 'minmax') a.scaling = o.scaling;
  return a;
}

/** The CLV view's choices. */
export interface ClvSettings {
  /** A pinned repeat model, or 'auto' (the default): the best backtest, else the lowest AIC. */
  model: ModelAsked;
  unit: TimeUnit;
  horizonMonths: number;
  marginPct: number;
  discountPct: number;
  penalty: number;
  current: 'historical' | 'ccv';
  cut: 'mean' | 'median' | 'percentile';
  cutP: number;
  /** Last calibration day of the backtest and model checks (days since 1970-01-01); null = all but the last quarter. */
  splitDay: number | null;
  /** Last day of the data the predictions learn from; null = the last transaction day. */
  calibrationDay: number | null;
  /** Level of the prediction intervals, percent. */
  intervalLevel: 80 | 95;
  /** The N of "P(no purchase in the next N days)" on the card. */
  timingDays: 30 | 60 | 90;
}

export function defaultClvSettings(): ClvSettings {
  return {
    model: 'auto',
    unit: 'week',
    horizonMonths: 12,
    marginPct: 30,
    discountPct: 10,
    penalty: 0,
    current: 'historical',
    cut: 'median',
    cutP: 75,
    splitDay: null,
    calibrationDay: null,
    intervalLevel: 80,
    timingDays: 30,
  };
}

/** The core's CLV options for the settings (calibration to the end of the data). */
export function clvOptions(c: ClvSettings): ClvOptions {
  return {
    model: c.model,
    unit: c.unit,
    penalty: c.penalty,
    ...(c.calibrationDay !== null ? { calibrationEnd: c.calibrationDay } : {}),
    current: c.current,
    cut: c.cut === 'percentile' ? { kind: 'percentile', p: c.cutP } : { kind: c.cut },
    terms: {
      horizonDays: c.horizonMonths * DAYS_PER_MONTH,
      margin: c.marginPct / 100,
      annualDiscount: c.discountPct / 100,
    },
  };
}

const CLV_CHECKS: { [K in keyof ClvSettings]: (v: unknown) => boolean } = {
  model: (v) => ['auto', 'bgnbd', 'mbgnbd', 'pnbd', 'bgbb'].includes(v as string),
  unit: (v) => (TIME_UNITS as readonly unknown[]).includes(v),
  horizonMonths: (v) => typeof v === 'number' && v > 0 && v <= 600,
  marginPct: (v) => typeof v === 'number' && v >= 0 && v <= 100,
  discountPct: (v) => typeof v === 'number' && v >= 0 && v <= 100,
  penalty: (v) => typeof v === 'number' && v >= 0,
  current: (v) => v === 'historical' || v === 'ccv',
  cut: (v) => v === 'mean' || v === 'median' || v === 'percentile',
  cutP: (v) => typeof v === 'number' && v >= 0 && v <= 100,
  splitDay: (v) => v === null || Number.isInteger(v),
  calibrationDay: (v) => v === null || Number.isInteger(v),
  intervalLevel: (v) => v === 80 || v === 95,
  timingDays: (v) => v === 30 || v === 60 || v === 90,
};

function clvFrom(stored: unknown): ClvSettings {
  const c = defaultClvSettings();
  if (typeof stored !== 'object' || stored === null) return c;
  const o = stored as Record<string, unknown>;
  for (const key of Object.keys(CLV_CHECKS) as (keyof ClvSettings)[]) {
    if (key in o && CLV_CHECKS[key](o[key])) (c as unknown as Record<string, unknown>)[key] = o[key];
  }
  return c;
}

export function defaultSettings(): AnalysisSettings {
  return {
    v: SETTINGS_VERSION,
    abcCuts: [...ABC_DEFAULT],
    pyramidCuts: [...PYRAMID_DEFAULT],
    scheme: 'rfm11',
    grades: 5,
    ties: 'shared',
    rTextbook: false,
    customCuts: {},
    cn8Basis: 'mean',
    tiers: { ...TIER_DEFAULT },
    customRules: [],
    actions: {},
    clv: defaultClvSettings(),
    cluster: defaultClusterSettings(),
    ahp: defaultAhpSettings(),
    visit: defaultVisitSettings(),
    playbook: null,
    time: defaultTimeSettings(),
    cohorts: defaultCohortSettings(),
    crosstab: defaultCrosstabSettings(),
    products: defaultProductSettings(),
  };
}

/** What the core needs to segment, from the settings. */
export function segmentOptions(s: AnalysisSettings): SegmentOptions {
  const custom = Object.keys(s.customCuts).length ? { custom: s.customCuts } : {};
  return {
    scheme: s.scheme,
    scoring: { grades: s.grades, ties: s.ties, ...custom },
    cn8Basis: s.cn8Basis,
    tiers: s.tiers,
    customRules: s.customRules.map(({ r, f, m, fm, conditions }) => ({
      r,
      f,
      m,
      fm,
      ...(conditions?.length ? { conditions } : {}),
    })),
  };
}

const isNumbers = (x: unknown, n?: number): x is number[] =>
  Array.isArray(x) &&
  (n === undefined || x.length === n) &&
  x.every((v) => typeof v === 'number' && Number.isFinite(v));

const isRange = (x: unknown): x is ScoreRange =>
  isNumbers(x, 2) && x[0] <= x[1] && x.every((v) => Number.isInteger(v) && v >= 1 && v <= 5);

function ruleFrom(x: unknown): CustomRule | null {
  if (typeof x !== 'object' || x === null) return null;
  const o = x as Record<string, unknown>;
  if (typeof o.name !== 'string' || typeof o.colour !== 'string' || typeof o.action !== 'string') return null;
  const rule: CustomRule = { name: o.name, colour: o.colour, action: o.action };
  for (const d of ['r', 'f', 'm', 'fm'] as const) {
    if (o[d] === undefined) continue;
    if (!isRange(o[d])) return null;
    rule[d] = o[d] as ScoreRange;
  }
  // Conditions on what customers did (issue 17): an invalid one drops the rule, as a bad range does.
  if (o.conditions !== undefined) {
    const conditions = conditionsFrom(o.conditions);
    if (!conditions) return null;
    if (conditions.length) rule.conditions = conditions;
  }
  return rule;
}

/** Settings read back from storage, each field checked and replaced by its default when invalid. */
export function fromStored(stored: Record<string, unknown> | undefined): AnalysisSettings {
  const s = defaultSettings();
  if (!stored || (stored.v !== 1 && stored.v !== SETTINGS_VERSION)) return s;
  if (isNumbers(stored.abcCuts, 2)) s.abcCuts = stored.abcCuts as [number, number];
  if (isNumbers(stored.pyramidCuts, 3)) s.pyramidCuts = stored.pyramidCuts as [number, number, number];
  if (SCHEMES.includes(stored.scheme as SchemeId)) s.scheme = stored.scheme as SchemeId;
  if (stored.grades === 3 || stored.grades === 4 || stored.grades === 5) s.grades = stored.grades;
  if (stored.ties === 'shared' || stored.ties === 'split') s.ties = stored.ties;
  if (typeof stored.rTextbook === 'boolean') s.rTextbook = stored.rTextbook;
  if (stored.cn8Basis === 'mean' || stored.cn8Basis === 'median') s.cn8Basis = stored.cn8Basis;
  const cuts = stored.customCuts as Record<string, unknown> | undefined;
  for (const d of ['r', 'f', 'm'] as const) {
    const c = cuts?.[d];
    if (isNumbers(c) && cutsError(c) === null) s.customCuts[d] = c;
  }
  // The pre-issue-16 default thresholds move to the new default; edited ones stay.
  const tiers = upgradeTiers(typeof stored.tiers === 'object' && stored.tiers !== null ? stored.tiers : undefined);
  if (tierThresholdsError(tiers) === null) s.tiers = tiers;
  if (Array.isArray(stored.customRules)) {
    const rules = stored.customRules.map(ruleFrom);
    if (rules.every((r) => r !== null)) s.customRules = rules as CustomRule[];
  }
  if (typeof stored.actions === 'object' && stored.actions !== null) {
    for (const [k, v] of Object.entries(stored.actions)) if (typeof v === 'string') s.actions[k] = v;
  }
  s.clv = clvFrom(stored.clv);
  // Version 1's default model was BG/NBD: the automatic choice replaces it once.
  if (stored.v === 1 && s.clv.model === 'bgnbd') s.clv.model = 'auto';
  s.cluster = clusterFrom(stored.cluster);
  s.ahp = ahpFrom(stored.ahp);
  s.cohorts = cohortFrom(stored.cohorts);
  s.crosstab = crosstabFrom(stored.crosstab);
  s.visit = visitFrom(stored.visit);
  s.playbook = playbookFrom(stored.playbook);
  s.time = timeFrom(stored.time);
  s.products = productsFrom(stored.products);
  return s;
}
