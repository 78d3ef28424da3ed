import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import { formatDay, parseIsoDay } from '../values/civil.ts';

/**
 * Why a chosen reference day cannot be used, or null: a day before the last transaction
 * (`lastDate`, YYYY-MM-DD) would give that customer a negative recency (`rfm.referenceBeforeData`).
 * To see the data as it was on an earlier day, cut the transactions there (the CLI's --as-of).
 * `referenceDay` is in days since 1970-01-01; undefined (the default, the day after the last
 * transaction) is always fine.
 */
export function referenceDayProblem(referenceDay: number | undefined, lastDate: string | null): Notice | null {
  if (referenceDay === undefined || lastDate === null) return null;
  const last = parseIsoDay(lastDate);
  if (last === null || referenceDay >= last) return null;
  const date = formatDay(referenceDay);
  return notice(
    'rfm.referenceBeforeData',
    { date, last: lastDate },
    `${date} is before the last transaction (${lastDate}): recency would be negative; ` +
      `choose ${lastDate} or later (or --as-of ${date} to see the data as it was then)`,
  );
}
