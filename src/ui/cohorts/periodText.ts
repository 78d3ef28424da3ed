/** Cohort periods as text in the UI language: "Jan 2011" / "2011年1月", "Q1 2011" / "2011年第1季度". */
import { periodStartDay } from '../../core/cohorts/periods.ts';
import type { CohortPeriod } from '../../core/cohorts/periods.ts';
import { civilFromDays } from '../../core/values/civil.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';

/** A period number (see periodOfDay) as the UI shows it. */
export function fmtPeriod(p: number, period: CohortPeriod): string {
  const day = periodStartDay(p, period);
  if (period === 'month') {
    return new Intl.DateTimeFormat(i18n.locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      day * 86_400_000,
    );
  }
  const { y, m } = civilFromDays(day);
  return t('cohorts.quarterName', { year: y, q: (m - 1) / 3 + 1 });
}
