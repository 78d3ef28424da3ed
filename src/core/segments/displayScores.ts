import type { Scoring } from '../rfm/scoreRfm.ts';

/**
 * The scores as shown and exported. Scores are computed with higher = better; the textbook
 * variant shows R reversed (grade 1 = most recent): r' = grades + 1 − r. Segment rules always read
 * the computed scores.
 */
export function displayScores(s: Scoring, rTextbook: boolean): { r: Uint8Array; f: Uint8Array; m: Uint8Array } {
  const g = s.r.grades;
  return { r: rTextbook ? s.r.scores.map((x) => g + 1 - x) : s.r.scores, f: s.f.scores, m: s.m.scores };
}
