/** Messages of the data worker's analyses (coded errors of settings that reached a computation). */
export const enDataworker = {
  'core.rfm.cuts': 'The score cut values {cuts} cannot be used: give 1 to 9 numbers, each above the one before.',
  'core.segments.tiers': 'The value tier thresholds must be whole scores from 1 to 5.',
  'core.segments.rules': 'A scheme can have at most 254 rules; this one has {n}. Remove some rules.',
  'core.value.abcCuts': 'The ABC cuts must be revenue shares with 0 < A < B ≤ 1 (got {a} and {b}).',
  'core.value.pyramidCuts':
    'The pyramid cuts must be customer shares rising from key to ordinary, between 0 and 1 (got {cuts}).',
} as const;
