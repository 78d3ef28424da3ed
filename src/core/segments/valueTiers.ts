import { rangeError } from '../notice/notice.ts';
import type { ScoreRule } from './scoreRules.ts';

/** The value tiers in rule order (first match wins) and display order. */
export const TIER_IDS = ['vip', 'at_risk', 'loyal', 'potential', 'ordinary'] as const;

/** Editable score thresholds (1–5) of the value tiers. */
export interface TierThresholds {
  /** VIP: R, F and M all at least this. */
  vip: number;
  /** At risk: R at most atRiskR and the combined F/M score (⌈(F + M) / 2⌉) at least atRiskFM. */
  atRiskR: number;
  atRiskFM: number;
  /** Loyal: F at least loyalF and M below loyalM. */
  loyalF: number;
  loyalM: number;
  /** Potential: R at least potentialR, M at least potentialM and F at most potentialF. */
  potentialR: number;
  potentialM: number;
  potentialF: number;
}

/**
 * The default thresholds. With them nobody with F ≥ 4 or a combined F/M score ≥ 4 is "ordinary":
 * the best historical customers who have not bought lately are "at risk" (win them back), recent
 * big spenders with up to 3 orders are "potential".
 */
export const TIER_DEFAULT: TierThresholds = {
  vip: 4,
  atRiskR: 3,
  atRiskFM: 4,
  loyalF: 4,
  loyalM: 4,
  potentialR: 4,
  potentialM: 4,
  potentialF: 3,
};

/**
 * The defaults before issue 16 (four tiers, potential F ≤ 2): 75 % of the sample shop was
 * "ordinary", its best lapsed customers among them. Stored settings equal to these move to
 * TIER_DEFAULT (upgradeTiers); edited ones keep their values.
 */
export const TIER_DEFAULT_V1 = {
  vip: 4,
  loyalF: 4,
  loyalM: 4,
  potentialR: 4,
  potentialM: 4,
  potentialF: 2,
} as const;

/**
 * Stored tier thresholds read back: the old default (TIER_DEFAULT_V1, without the at-risk keys)
 * becomes the new default; anything else keeps its values, missing keys from TIER_DEFAULT.
 */
export function upgradeTiers(stored: object | undefined): TierThresholds {
  const o = (stored ?? {}) as Record<string, unknown>;
  const keys = Object.keys(o);
  const isOldDefault =
    keys.length === Object.keys(TIER_DEFAULT_V1).length &&
    Object.entries(TIER_DEFAULT_V1).every(([k, v]) => o[k] === v);
  return isOldDefault ? { ...TIER_DEFAULT } : ({ ...TIER_DEFAULT, ...o } as TierThresholds);
}

/** Checks that every threshold is a whole score 1..5; returns an error message or null. */
export function tierThresholdsError(t: TierThresholds): string | null {
  for (const [k, v] of Object.entries(t)) {
    if (!Number.isInteger(v) || v < 1 || v > 5) return `tier threshold ${k} must be a whole score 1–5, got ${v}`;
  }
  return null;
}

/**
 * The value tiers as rules on scores 1–5, first match wins: VIP (high R, F and M), at risk (high
 * F/M, not recent), loyal (high F with lower M), potential (recent and high M with low F),
 * ordinary (everyone else).
 */
export function tierRules(t: TierThresholds = TIER_DEFAULT): ScoreRule[] {
  const err = tierThresholdsError(t);
  if (err) throw rangeError('segments.tiers', {}, err);
  return [
    { r: [t.vip, 5], f: [t.vip, 5], m: [t.vip, 5] },
    { r: [1, t.atRiskR], fm: [t.atRiskFM, 5] },
    { f: [t.loyalF, 5], m: [1, t.loyalM - 1] },
    { r: [t.potentialR, 5], m: [t.potentialM, 5], f: [1, t.potentialF] },
    {},
  ];
}
