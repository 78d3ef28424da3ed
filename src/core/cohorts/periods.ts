import { civilFromDays, daysFromCivil } from '../values/civil.ts';

/** The calendar periods cohorts are made of. */
export const COHORT_PERIODS = ['month', 'quarter'] as const;
/** A calendar month or a calendar quarter (January–March, April–June, …). */
export type CohortPeriod = (typeof COHORT_PERIODS)[number];

/** Months per period. */
const MONTHS: Record<CohortPeriod, number> = { month: 1, quarter: 3 };

/**
 * The period number of a civil day (days since 1970-01-01): months since January of year 0
 * (year × 12 + month − 1) or quarters since the first quarter of year 0 (year × 4 + quarter − 1).
 * Consecutive periods have consecutive numbers, so a difference of period numbers is an offset.
 */
export function periodOfDay(day: number, period: CohortPeriod): number {
  const { y, m } = civilFromDays(Math.floor(day));
  return period === 'month' ? y * 12 + m - 1 : y * 4 + Math.floor((m - 1) / 3);
}

/** Year and first month (1..12) of a period number. */
function yearMonth(p: number, period: CohortPeriod): { y: number; m: number } {
  const per = 12 / MONTHS[period];
  const y = Math.floor(p / per);
  return { y, m: (p - y * per) * MONTHS[period] + 1 };
}

/** The label of a period number: "2011-01" for a month, "2011-Q1" for a quarter. */
export function periodLabel(p: number, period: CohortPeriod): string {
  const { y, m } = yearMonth(p, period);
  const year = String(y).padStart(4, '0');
  return period === 'month' ? `${year}-${String(m).padStart(2, '0')}` : `${year}-Q${(m - 1) / 3 + 1}`;
}

/** The first civil day (days since 1970-01-01) of a period number. */
export function periodStartDay(p: number, period: CohortPeriod): number {
  const { y, m } = yearMonth(p, period);
  return daysFromCivil(y, m, 1);
}
