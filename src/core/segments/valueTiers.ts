import { rangeError } from '../notice/notice.ts';
import type { ScoreRule } from './scoreRules.ts';

export const TIER_IDS = ['vip', 'loyal', 'potential', 'ordinary'] as const;

/** Editable score thresholds (1–5) of the value tiers. */
export interface TierThresholds {
  /** VIP: R, F and M all at least this. */
  vip: number;
  /** Loyal: F at least loyalF and M below loyalM. */
  loyalF: number;
  loyalM: number;
  /** Potential: R at least potentialR, M at least potentialM and F at most potentialF. */
  potentialR: number;
  potentialM: number;
  potentialF: number;
}

export const TIER_DEFAULT: TierThresholds = {
  vip: 4,
  loyalF: 4,
  loyalM: 4,
  potentialR: 4,
  potentialM: 4,
  potentialF: 2,
};

/** Checks that every threshold is a whole score 1..5; returns an error message or null. */
export function tierThresholdsError(t: TierThresholds): string | null {
  for (const [k, v] of Object.entries(t)) {
    if (!Number.isInteger(v) || v < 1 || v > 5) return `tier threshold ${k} must be a whole score 1–5, got ${v}`;
  }
  return null;
}

/**
 * The value tiers as rules on scores 1–5, first match wins: VIP (high R, F and M), loyal (high F
 * with lower M), potential (recent and high M with low F), ordinary (everyone else).
 */
export function tierRules(t: TierThresholds = TIER_DEFAULT): ScoreRule[] {
  const err = tierThresholdsError(t);
  if (err) throw rangeError('segments.tiers', {}, err);
  return [
    { r: [t.vip, 5], f: [t.vip, 5], m: [t.vip, 5] },
    { f: [t.loyalF, 5], m: [1, t.loyalM - 1] },
    { r: [t.potentialR, 5], m: [t.potentialM, 5], f: [1, t.potentialF] },
    {},
  ];
}
