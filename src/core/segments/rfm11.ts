import type { ScoreRule } from './scoreRules.ts';

/** The 11 RFM segments, in rule order (their index is the segment index). */
export const RFM11_IDS = [
  'champions',
  'loyal',
  'potential_loyalist',
  'new_customers',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cannot_lose_them',
  'hibernating',
  'lost',
] as const;

export type Rfm11Id = (typeof RFM11_IDS)[number];

/**
 * The 11-segment scheme on the recency score R and the combined score FM = ⌈(F + M) / 2⌉, both
 * 1–5. The rules partition the 5 × 5 grid, so every customer gets exactly one segment:
 *
 *   FM\R   1            2            3               4                  5
 *   5      Cannot lose  Cannot lose  Loyal           Loyal              Champions
 *   4      At risk      At risk      Loyal           Loyal              Champions
 *   3      At risk      At risk      Need attention  Potential loyalist Potential loyalist
 *   2      Hibernating  Hibernating  About to sleep  Potential loyalist Potential loyalist
 *   1      Lost         Hibernating  About to sleep  Promising          New customers
 *
 * Hibernating has two rules (both map to one segment): see RFM11_RULE_SEGMENT.
 */
export const RFM11_RULES: readonly ScoreRule[] = [
  { r: [5, 5], fm: [4, 5] }, // champions
  { r: [3, 4], fm: [4, 5] }, // loyal
  { r: [4, 5], fm: [2, 3] }, // potential_loyalist
  { r: [5, 5], fm: [1, 1] }, // new_customers
  { r: [4, 4], fm: [1, 1] }, // promising
  { r: [3, 3], fm: [3, 3] }, // need_attention
  { r: [3, 3], fm: [1, 2] }, // about_to_sleep
  { r: [1, 2], fm: [3, 4] }, // at_risk
  { r: [1, 2], fm: [5, 5] }, // cannot_lose_them
  { r: [1, 2], fm: [2, 2] }, // hibernating
  { r: [1, 1], fm: [1, 1] }, // lost
  { r: [2, 2], fm: [1, 1] }, // hibernating (second rule)
];

/** Segment index (into RFM11_IDS) of each rule of RFM11_RULES. */
export const RFM11_RULE_SEGMENT: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 9];
