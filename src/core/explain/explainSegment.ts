import type { RfmValues, Scoring } from '../rfm/scoreRfm.ts';
import type { Cn8Basis } from '../segments/cn8.ts';
import { RFM11_RULES, RFM11_RULE_SEGMENT } from '../segments/rfm11.ts';
import { fmScore, matchesRule, toFivePoint } from '../segments/scoreRules.ts';
import type { ScoreRule } from '../segments/scoreRules.ts';
import type { SchemeId } from '../segments/segmentCustomers.ts';
import { tierRules } from '../segments/valueTiers.ts';
import type { TierThresholds } from '../segments/valueTiers.ts';

/** A rule-based segment (RFM 11, value tiers, custom rules): the 1–5 scores the rules read and the rule that matched. */
export interface RuleExplanation {
  kind: 'rules';
  scheme: Exclude<SchemeId, 'cn8'>;
  /** Scores on the 1–5 scale the rules read (stretched from terciles or quartiles). */
  r: number;
  f: number;
  m: number;
  /** ⌈(F + M) / 2⌉ on the 1–5 scale. */
  fm: number;
  /** The first rule that matched (its index and conditions), or null: unmatched (custom rules). */
  ruleIndex: number | null;
  rule: ScoreRule | null;
  /** Index of the segment (into the scheme's ids). */
  segment: number;
}

/** A cn8 class: each raw value against the line (mean or median), high or low. */
export interface Cn8Explanation {
  kind: 'cn8';
  basis: Cn8Basis;
  recency: number;
  frequency: number;
  monetary: number;
  /** R high = recency in days strictly below the line; F, M high = strictly above. */
  high: { r: boolean; f: boolean; m: boolean };
  segment: number;
}

export type SegmentExplanation = RuleExplanation | Cn8Explanation;

/**
 * Explains the segment of customer k in a scheme: for rule schemes the customer's 1–5 scores,
 * FM = ⌈(F + M) / 2⌉ and the first rule that matches; for cn8 the values against the lines.
 * `customRules` are used for the custom scheme, `tiers` for value tiers; `basis` for cn8.
 */
export function explainSegment(
  scheme: SchemeId,
  v: RfmValues,
  scoring: Scoring,
  k: number,
  o: {
    tiers: TierThresholds;
    customRules: readonly ScoreRule[];
    basis?: Cn8Basis;
    /** Custom rules with conditions: the segment the customer was given (their scores alone cannot tell). */
    assigned?: number;
  },
): SegmentExplanation {
  if (scheme === 'cn8') {
    if (!o.basis) throw new RangeError('cn8 needs the basis (mean or median lines)');
    const b = o.basis;
    const high = { r: v.recency[k] < b.recency, f: v.frequency[k] > b.frequency, m: v.monetary[k] > b.monetary };
    return {
      kind: 'cn8',
      basis: b,
      recency: v.recency[k],
      frequency: v.frequency[k],
      monetary: v.monetary[k],
      high,
      segment: (high.m ? 0 : 4) + (high.r ? 0 : 2) + (high.f ? 0 : 1),
    };
  }
  const r = toFivePoint(scoring.r.scores[k], scoring.r.grades);
  const f = toFivePoint(scoring.f.scores[k], scoring.f.grades);
  const m = toFivePoint(scoring.m.scores[k], scoring.m.grades);
  const rules = scheme === 'rfm11' ? RFM11_RULES : scheme === 'tiers' ? tierRules(o.tiers) : o.customRules;
  const found =
    scheme === 'custom' && o.assigned !== undefined
      ? o.assigned < rules.length
        ? o.assigned
        : -1
      : rules.findIndex((rule) => matchesRule(rule, r, f, m));
  const ruleIndex = found >= 0 ? found : null;
  const segment = ruleIndex === null ? rules.length : scheme === 'rfm11' ? RFM11_RULE_SEGMENT[ruleIndex] : ruleIndex;
  return {
    kind: 'rules',
    scheme,
    r,
    f,
    m,
    fm: fmScore(f, m),
    ruleIndex,
    rule: ruleIndex === null ? null : rules[ruleIndex],
    segment,
  };
}
