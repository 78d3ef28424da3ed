import { scoreRfm } from '../rfm/scoreRfm.ts';
import type { RfmValues, Scoring, ScoringOptions } from '../rfm/scoreRfm.ts';
import { cn8Basis, cn8Classes, CN8_IDS } from './cn8.ts';
import type { Cn8Basis } from './cn8.ts';
import { RFM11_IDS, RFM11_RULES, RFM11_RULE_SEGMENT } from './rfm11.ts';
import { matchConditions } from './conditions.ts';
import type { ConditionFacts } from './conditions.ts';
import { CoreError } from '../notice/notice.ts';
import { applyRules } from './scoreRules.ts';
import type { ScaledScores, ScoreRule } from './scoreRules.ts';
import { summarizeSegments } from './summarizeSegments.ts';
import type { SegmentRow } from './summarizeSegments.ts';
import { TIER_DEFAULT, TIER_IDS, tierRules } from './valueTiers.ts';
import type { TierThresholds } from './valueTiers.ts';

export const SCHEMES = ['rfm11', 'cn8', 'tiers', 'custom'] as const;
export type SchemeId = (typeof SCHEMES)[number];

/** The id of the segment of customers no custom rule matches. */
export const UNMATCHED = 'unmatched';

/** Everything that decides the segments. */
/** The segment of every customer in each scheme (same scores), by scheme id. */
export type SchemeSegments = Record<string, { ids: string[]; segment: Uint8Array }>;

export interface SegmentOptions {
  scheme: SchemeId;
  scoring: ScoringOptions;
  /** cn8: high/low against the mean or the median of the raw values. */
  cn8Basis: 'mean' | 'median';
  tiers: TierThresholds;
  /**
   * custom: score rules (1–5) with optional conditions on raw values (conditions.ts), first match
   * wins; segment ids are rule-0, rule-1, …
   */
  customRules: ScoreRule[];
}

export const DEFAULT_SEGMENT_OPTIONS: SegmentOptions = {
  scheme: 'rfm11',
  scoring: { grades: 5, ties: 'shared' },
  cn8Basis: 'mean',
  tiers: TIER_DEFAULT,
  customRules: [],
};

export interface Segmentation {
  scoring: Scoring;
  /** Segment per customer: index into `ids`. */
  segment: Uint8Array;
  /** Segment ids in display order; custom schemes end with UNMATCHED. */
  ids: string[];
  summary: SegmentRow[];
  /** cn8 only: the high/low lines used. */
  basis?: Cn8Basis;
  /**
   * Segments (indices into ids) that no combination of scores on the current scales can reach,
   * e.g. the R = 3 segments with quartiles (read as 1, 2, 4, 5). Empty for cn8.
   */
  unreachable: number[];
}

/** The scores as the rule engine reads them. */
export function scaled(s: Scoring): ScaledScores {
  return { r: s.r.scores, f: s.f.scores, m: s.m.scores, rGrades: s.r.grades, fGrades: s.f.grades, mGrades: s.m.grades };
}

/**
 * Scores the customers (recency in days, frequency in orders, monetary in currency) and assigns
 * each a segment of the chosen scheme. Every customer is in exactly one segment (custom rules: the
 * unmatched ones in UNMATCHED). Custom rules with conditions read `facts` (conditionFacts of the
 * same customers); without them such rules throw CoreError `rules.noFacts`. Throws a RangeError on
 * invalid cuts or thresholds.
 */
export function segmentCustomers(v: RfmValues, o: SegmentOptions, facts?: ConditionFacts): Segmentation {
  const scoring = scoreRfm(v, o.scoring);
  let segment: Uint8Array;
  let ids: string[];
  let basis: Cn8Basis | undefined;
  let unreachable: number[] = [];
  const s = scaled(scoring);
  switch (o.scheme) {
    case 'rfm11':
      segment = applyRules(s, RFM11_RULES).map((k) => RFM11_RULE_SEGMENT[k]);
      ids = [...RFM11_IDS];
      unreachable = unreachableSegments(s, RFM11_RULES, RFM11_RULE_SEGMENT, ids.length);
      break;
    case 'cn8':
      basis = cn8Basis(v, o.cn8Basis);
      segment = cn8Classes(v, basis);
      ids = [...CN8_IDS];
      break;
    case 'tiers': {
      const rules = tierRules(o.tiers);
      segment = applyRules(s, rules);
      ids = [...TIER_IDS];
      unreachable = unreachableSegments(
        s,
        rules,
        rules.map((_, k) => k),
        ids.length,
      );
      break;
    }
    case 'custom':
      segment = applyRules(s, o.customRules, conditionHolds(o.customRules, facts));
      ids = [...o.customRules.map((_, k) => `rule-${k}`), UNMATCHED];
      unreachable = unreachableSegments(
        s,
        o.customRules,
        o.customRules.map((_, k) => k),
        o.customRules.length,
      );
      break;
  }
  return { scoring, segment, ids, summary: summarizeSegments(v, segment, ids), basis, unreachable };
}

/** Whether segmenting with these options reads conditions (custom rules with conditions). */
export function needsFacts(o: Pick<SegmentOptions, 'customRules'>): boolean {
  return o.customRules.some((r) => (r.conditions?.length ?? 0) > 0);
}

/** Per custom rule its conditions per customer (null: none), from the facts. */
function conditionHolds(rules: readonly ScoreRule[], facts: ConditionFacts | undefined): (Uint8Array | null)[] {
  return rules.map((rule) => {
    if (!rule.conditions?.length) return null;
    if (!facts) {
      throw new CoreError(
        'rules.noFacts',
        {},
        'rules with conditions on what customers bought need the stored transactions',
      );
    }
    return matchConditions(facts, rule.conditions);
  });
}

/**
 * The segments (0..count − 1) that no score combination on the current scales reaches: every
 * (r, f, m) grade triple is run through the rules as customers' scores are (first match wins).
 */
export function unreachableSegments(
  s: ScaledScores,
  rules: readonly ScoreRule[],
  ruleSegment: readonly number[],
  count: number,
): number[] {
  const r: number[] = [];
  const f: number[] = [];
  const m: number[] = [];
  for (let a = 1; a <= s.rGrades; a++) {
    for (let b = 1; b <= s.fGrades; b++) {
      for (let c = 1; c <= s.mGrades; c++) {
        r.push(a);
        f.push(b);
        m.push(c);
      }
    }
  }
  // A rule with conditions may or may not hold for a customer, so it never hides the rules below it:
  // rule k is reachable when some triple matches its scores and no earlier rule without conditions.
  const grid = { ...s, r, f, m };
  const reached = new Set<number>();
  for (let k = 0; k < rules.length; k++) {
    if (reached.has(ruleSegment[k])) continue;
    const probe = [...rules.slice(0, k).filter((x) => !x.conditions?.length), { ...rules[k], conditions: undefined }];
    if (applyRules(grid, probe).includes(probe.length - 1)) reached.add(ruleSegment[k]);
  }
  return Array.from({ length: count }, (_, i) => i).filter((i) => !reached.has(i));
}
