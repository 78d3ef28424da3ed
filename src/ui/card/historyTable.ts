/** The customer card's purchase timeline as a table (its text alternative). */
import type { ChartTable } from '../../charts/types.ts';
import type { CustomerHistory } from '../../core/segments/customerHistory.ts';
import { civilFromDays } from '../../core/values/civil.ts';

/**
 * Up to 24 purchase days, one row each (date, amount in currency); more are summed by month
 * (month, purchase days, amount), the last 24 months with purchases.
 */
export function historyTable(
  h: CustomerHistory,
  labels: { date: string; month: string; days: string; amount: string },
  fmtDay: (day: number) => string,
  fmtNumber: (n: number, digits?: number) => string,
): ChartTable {
  if (h.days.length <= 24) {
    return {
      columns: [labels.date, labels.amount],
      rows: Array.from(h.days, (d, i) => [fmtDay(d), fmtNumber(h.amounts[i], 2)]),
    };
  }
  const months = new Map<string, { days: number; amount: number }>();
  h.days.forEach((d, i) => {
    const { y, m } = civilFromDays(d);
    const key = `${y}-${String(m).padStart(2, '0')}`;
    const row = months.get(key) ?? { days: 0, amount: 0 };
    row.days++;
    row.amount += h.amounts[i];
    months.set(key, row);
  });
  return {
    columns: [labels.month, labels.days, labels.amount],
    rows: [...months].slice(-24).map(([key, r]) => [key, fmtNumber(r.days, 0), fmtNumber(r.amount, 2)]),
  };
}
