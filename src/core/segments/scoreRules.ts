import { rangeError } from '../notice/notice.ts';
import type { RuleCondition } from './conditions.ts';
/** An inclusive score range [from, to] on the 1–5 scale. */
export type ScoreRange = readonly [number, number];

/**
 * One rule of a rule-based scheme: a customer matches when each given score lies in its range
 * (a missing range matches every score). `fm` is the combined frequency–monetary score (fmScore).
 */
export interface ScoreRule {
  r?: ScoreRange;
  f?: ScoreRange;
  m?: ScoreRange;
  fm?: ScoreRange;
  /** Conditions on raw values (conditions.ts), ANDed with the score ranges; custom rules only. */
  conditions?: readonly RuleCondition[];
}

/** The combined F/M score: the mean of F and M rounded half up, ⌈(F + M) / 2⌉ (1–5). */
export function fmScore(f: number, m: number): number {
  return Math.ceil((f + m) / 2);
}

/**
 * A score on a 1..grades scale stretched to the 1–5 scale the rules read:
 * s₅ = 1 + round(4 × (s − 1) / (grades − 1)), halves up. Identity for grades = 5; terciles give
 * 1, 3, 5; quartiles 1, 2, 4, 5. With one grade every score is 3.
 */
export function toFivePoint(score: number, grades: number): number {
  if (grades <= 1) return 3;
  return 1 + Math.floor((4 * (score - 1)) / (grades - 1) + 0.5);
}

const inRange = (s: number, range: ScoreRange | undefined) => range === undefined || (s >= range[0] && s <= range[1]);

/** Whether scores (1–5) match a rule. */
export function matchesRule(rule: ScoreRule, r: number, f: number, m: number): boolean {
  return inRange(r, rule.r) && inRange(f, rule.f) && inRange(m, rule.m) && inRange(fmScore(f, m), rule.fm);
}

/** Per-customer scores and the scale each is on. */
export interface ScaledScores {
  r: ArrayLike<number>;
  f: ArrayLike<number>;
  m: ArrayLike<number>;
  rGrades: number;
  fGrades: number;
  mGrades: number;
}

/**
 * Assigns each customer the index of the first rule they match, or rules.length when none
 * matches (unmatched customers are counted, never dropped). Scores on other scales than 1–5 are
 * stretched first (toFivePoint), so rules always read 1–5 with 5 = best. `holds[k]`, when given,
 * is rule k's conditions per customer (1 = all hold; matchConditions), ANDed with its ranges.
 */
export function applyRules(
  s: ScaledScores,
  rules: readonly ScoreRule[],
  holds?: readonly (Uint8Array | null)[],
): Uint8Array {
  if (rules.length > 254)
    throw rangeError('segments.rules', { n: rules.length }, `at most 254 rules, got ${rules.length}`);
  const n = s.r.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = toFivePoint(s.r[i], s.rGrades);
    const f = toFivePoint(s.f[i], s.fGrades);
    const m = toFivePoint(s.m[i], s.mGrades);
    let k = 0;
    while (k < rules.length && !(matchesRule(rules[k], r, f, m) && (!holds?.[k] || holds[k]![i] === 1))) k++;
    out[i] = k;
  }
  return out;
}
