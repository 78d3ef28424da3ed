/**
 * The user's analysis choices for one dataset, with their defaults. Stored per dataset in the
 * `settings` table (src/db/settings.ts) under version `v`; unknown or missing fields fall back to
 * the defaults one by one, so settings written by an older app still open.
 */
import { cutsError } from '../../core/rfm/gradeByCuts.ts';
import type { Dimension } from '../../core/rfm/scoreRfm.ts';
import { SCHEMES } from '../../core/segments/segmentCustomers.ts';
import type { SchemeId, SegmentOptions } from '../../core/segments/segmentCustomers.ts';
import type { ScoreRange, ScoreRule } from '../../core/segments/scoreRules.ts';
import { TIER_DEFAULT, tierThresholdsError } from '../../core/segments/valueTiers.ts';
import type { TierThresholds } from '../../core/segments/valueTiers.ts';
import { ABC_DEFAULT } from '../../core/value/abcClasses.ts';
import { PYRAMID_DEFAULT } from '../../core/value/customerPyramid.ts';

/** A custom rule as the user edits it: score ranges plus the segment's name, colour and action. */
export interface CustomRule extends ScoreRule {
  name: string;
  colour: string;
  action: string;
}

export interface AnalysisSettings {
  v: 1;
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
}

export function defaultSettings(): AnalysisSettings {
  return {
    v: 1,
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
    customRules: s.customRules.map(({ r, f, m, fm }) => ({ r, f, m, fm })),
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
  return rule;
}

/** Settings read back from storage, each field checked and replaced by its default when invalid. */
export function fromStored(stored: Record<string, unknown> | undefined): AnalysisSettings {
  const s = defaultSettings();
  if (!stored || stored.v !== 1) return s;
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
  const tiers = { ...TIER_DEFAULT, ...(stored.tiers as object) } as TierThresholds;
  if (tierThresholdsError(tiers) === null) s.tiers = tiers;
  if (Array.isArray(stored.customRules)) {
    const rules = stored.customRules.map(ruleFrom);
    if (rules.every((r) => r !== null)) s.customRules = rules as CustomRule[];
  }
  if (typeof stored.actions === 'object' && stored.actions !== null) {
    for (const [k, v] of Object.entries(stored.actions)) if (typeof v === 'string') s.actions[k] = v;
  }
  return s;
}
