import { gradeByCuts } from './gradeByCuts.ts';
import { noSpread } from './middleGrade.ts';
import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import { scoreByRank } from './scoreByRank.ts';
import { scoreBySplitRank } from './scoreBySplitRank.ts';

export type Dimension = 'r' | 'f' | 'm';
export const DIMENSIONS: readonly Dimension[] = ['r', 'f', 'm'];

/** How the R, F and M scores are made. */
export interface ScoringOptions {
  /** Grades per dimension for rank-based scoring: 5 = quintiles, 4 = quartiles, 3 = terciles. */
  grades: 3 | 4 | 5;
  /** Rank-based scoring: tied values share a score, or ties are split by rank (equal-sized grades). */
  ties: 'shared' | 'split';
  /**
   * Custom cut values per dimension (ascending; recency in days, frequency in orders, monetary in
   * currency). A dimension with cuts is graded by them (1 + cuts grades) instead of by rank.
   */
  custom?: Partial<Record<Dimension, number[]>>;
}

export const DEFAULT_SCORING: ScoringOptions = { grades: 5, ties: 'shared' };

/** The customers and the value range (min..max) that one grade of a dimension holds. */
export interface GradeRange {
  grade: number;
  customers: number;
  /** Smallest and largest value in the grade (days, orders or currency); NaN when it is empty. */
  min: number;
  max: number;
}

/** The scores of one dimension and what they look like. */
export interface DimensionScores {
  /** Score per customer, 1..grades, higher = better (more recent, more orders, more spend). */
  scores: Uint8Array;
  /** Size of the scale. */
  grades: number;
  /** Number of grades that at least one customer has. */
  used: number;
  /**
   * True when rank-based grades met a dimension with no spread (every value equal): everyone got
   * the middle grade (see middleGrade), which the UI and the CLI state as a warning.
   */
  noSpread: boolean;
  method: 'rank' | 'split' | 'custom';
  /** One entry per grade 1..grades: the thresholds in use, as the value range each grade holds. */
  ranges: GradeRange[];
}

export type Scoring = Record<Dimension, DimensionScores>;

/** The RFM values scoring reads: recency in days, frequency in orders, monetary in currency. */
export interface RfmValues {
  recency: ArrayLike<number>;
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
}

/**
 * Scores recency (days, lower is better), frequency (orders) and monetary (currency) 1..g per
 * customer. Rank-based with shared ties: see scoreByRank; with split ties: see scoreBySplitRank,
 * where ties in R are broken by F then M, in F by M then R, in M by F then R. A dimension with
 * custom cuts is graded by gradeByCuts. A rank-graded dimension whose values all tie gives
 * everyone the middle grade (noSpread; see middleGrade). Throws a RangeError on invalid custom cuts.
 */
export function scoreRfm(v: RfmValues, opts: ScoringOptions = DEFAULT_SCORING): Scoring {
  const col = {
    r: { values: v.recency, higherIsBetter: false },
    f: { values: v.frequency, higherIsBetter: true },
    m: { values: v.monetary, higherIsBetter: true },
  };
  const others: Record<Dimension, Dimension[]> = { r: ['f', 'm'], f: ['m', 'r'], m: ['f', 'r'] };
  const score = (d: Dimension): DimensionScores => {
    const cuts = opts.custom?.[d];
    const { values, higherIsBetter } = col[d];
    if (cuts) return describe(values, gradeByCuts(values, cuts, higherIsBetter), cuts.length + 1, 'custom');
    if (opts.ties === 'split') {
      const s = scoreBySplitRank(
        values,
        higherIsBetter,
        opts.grades,
        others[d].map((o) => col[o]),
      );
      return describe(values, s, opts.grades, 'split');
    }
    return describe(values, scoreByRank(values, higherIsBetter, opts.grades), opts.grades, 'rank');
  };
  return { r: score('r'), f: score('f'), m: score('m') };
}

function describe(
  values: ArrayLike<number>,
  scores: Uint8Array,
  grades: number,
  method: DimensionScores['method'],
): DimensionScores {
  const ranges: GradeRange[] = [];
  for (let g = 1; g <= grades; g++) ranges.push({ grade: g, customers: 0, min: NaN, max: NaN });
  for (let i = 0; i < scores.length; i++) {
    const r = ranges[scores[i] - 1];
    const x = values[i];
    r.customers++;
    if (!(x >= r.min)) r.min = x;
    if (!(x <= r.max)) r.max = x;
  }
  return {
    scores,
    grades,
    used: ranges.filter((r) => r.customers > 0).length,
    noSpread: method !== 'custom' && noSpread(values),
    method,
    ranges,
  };
}

/**
 * Cut values that reproduce the current grades as custom thresholds (to start editing from what is
 * in use): for F and M the smallest value of each grade above the lowest non-empty one, for R the
 * largest value (days) of each such grade. Empty grades give no cut.
 */
export function cutsInUse(d: DimensionScores, dim: Dimension): number[] {
  const filled = d.ranges.filter((r) => r.customers > 0);
  const cuts = filled.slice(1).map((r) => (dim === 'r' ? r.max : r.min));
  // Equal neighbours (split ties) cannot be expressed as cuts: keep one of each.
  return cuts.filter((c, i) => i === 0 || (dim === 'r' ? c < cuts[i - 1] : c > cuts[i - 1])).sort((a, b) => a - b);
}

/**
 * The warnings of a scoring: `rfm.noSpread` for each dimension whose values all tie, with the
 * dimension (r, f, m), the shared value (days, orders or currency), the customers and the grade
 * they all got (the middle one) on the scale of `grades`.
 */
export function scoringNotices(s: Scoring): Notice[] {
  const names: Record<Dimension, string> = { r: 'recency', f: 'frequency', m: 'monetary value' };
  return DIMENSIONS.filter((d) => s[d].noSpread).map((d) => {
    const g = s[d].scores[0];
    const range = s[d].ranges[g - 1];
    return notice(
      'rfm.noSpread',
      { dim: d, value: range.min, customers: range.customers, grade: g, grades: s[d].grades },
      `every customer has the same ${names[d]} (${range.min}), so ranking cannot tell them apart: all ` +
        `${range.customers} get the middle grade ${g} of ${s[d].grades} in ${d.toUpperCase()}, neither good nor bad`,
    );
  });
}
