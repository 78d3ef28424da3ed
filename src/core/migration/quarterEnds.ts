import { civilFromDays, daysFromCivil } from '../values/civil.ts';

/**
 * Default migration dates for data from firstDay to lastDay (days since 1970-01-01): the ends of
 * the `quarters` quarters before the last day's quarter (those after the first day), then the last
 * day. With no quarter end inside the data: the first and the last day.
 */
export function quarterEnds(firstDay: number, lastDay: number, quarters = 3): number[] {
  const { y, m } = civilFromDays(lastDay);
  // First day of the last day's quarter, then step back one quarter at a time.
  let year = y;
  let month = 3 * Math.floor((m - 1) / 3) + 1;
  const ends: number[] = [];
  for (let k = 0; k < quarters; k++) {
    const end = daysFromCivil(year, month, 1) - 1;
    if (end > firstDay && end < lastDay) ends.unshift(end);
    month -= 3;
    if (month < 1) {
      month += 12;
      year--;
    }
  }
  return ends.length ? [...ends, lastDay] : [firstDay, lastDay];
}
