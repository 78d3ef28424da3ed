/**
 * Who is due to buy an item again. For each customer × item with at least `minDays` distinct
 * purchase days (positive lines), the usual gap is the median of the gaps between consecutive
 * purchase days (the mean of the two middle gaps when their number is even); the pair is overdue
 * when the days since its last purchase, counted on the reference day, exceed `factor` × the usual
 * gap. Days are whole days since 1970-01-01.
 */
import type { ItemLevel } from '../basket/types.ts';
import type { TransactionTable } from '../model/TransactionTable.ts';
import { CoreError, notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import { MS_PER_DAY } from '../values/civil.ts';

export interface ReplenishmentRule {
  /** Overdue past factor × the usual gap (default 2). */
  factor: number;
  /** Least distinct purchase days for a usual gap (default 3, at least 2). */
  minDays: number;
}

/** One customer × item with a usual gap. */
export interface ReplenishmentRow {
  /** Index into the table's customerIds. */
  customer: number;
  item: string;
  purchaseDays: number;
  /** Median gap between purchase days (days). */
  usualGap: number;
  lastDay: number;
  /** Reference day − last purchase day. */
  daysSince: number;
  /** daysSince / usualGap. */
  ratio: number;
  overdue: boolean;
}

export interface Replenishment {
  level: ItemLevel;
  rule: ReplenishmentRule;
  referenceDay: number;
  /** Every customer × item with at least minDays purchase days, overdue ones first (by ratio, descending). */
  rows: ReplenishmentRow[];
  /** Customer × item pairs bought at all (positive lines). */
  pairs: number;
  overdue: number;
  overdueCustomers: number;
  /** The rule in words (`offers.replenishmentRule` {factor, minDays}). */
  text: Notice;
}

/** The median of sorted values (mean of the two middle ones for an even count). */
function medianSorted(a: number[]): number {
  const n = a.length;
  return n % 2 ? a[(n - 1) >> 1] : (a[n / 2 - 1] + a[n / 2]) / 2;
}

/** The rule as a coded notice. */
export function replenishmentRuleText(rule: ReplenishmentRule): Notice {
  return notice(
    'offers.replenishmentRule',
    { factor: rule.factor, minDays: rule.minDays },
    `overdue when the days since the last purchase exceed ${rule.factor} × the usual gap (the median gap between ` +
      `purchase days), for customer × item pairs bought on at least ${rule.minDays} different days`,
  );
}

/**
 * Usual gaps and overdue pairs at `level`. `referenceDay` defaults to the day after the table's
 * last day (the RFM reference date). Throws CoreError `basket.noItems` when the level has no
 * column, `offers.badRule` for a factor ≤ 0 or minDays < 2.
 */
export function replenishment(
  t: TransactionTable,
  level: ItemLevel,
  rule: ReplenishmentRule = { factor: 2, minDays: 3 },
  referenceDay?: number,
): Replenishment {
  const column = t.items?.[level] ?? (level === 'product' ? t.items?.productName : undefined);
  if (!column) {
    throw new CoreError('basket.noItems', { level }, `the file has no ${level} column: map one at import`);
  }
  if (!(rule.factor > 0) || !Number.isInteger(rule.minDays) || rule.minDays < 2) {
    throw new CoreError(
      'offers.badRule',
      { factor: rule.factor, minDays: rule.minDays },
      `the replenishment rule needs a factor above 0 and at least 2 purchase days (got ${rule.factor} and ${rule.minDays})`,
    );
  }
  const labels = level === 'product' ? productNames(t, column.codes, column.values) : column.values;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let n = 0;
  for (let i = 0; i < t.rows; i++) {
    const d = Math.floor(t.time[i] / MS_PER_DAY);
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
    if (t.amount[i] > 0 && column.codes[i] >= 0) n++;
  }
  const ref = referenceDay ?? maxDay + 1;
  const span = maxDay - minDay + 1;
  const ni = column.values.length;
  // One key per positive line: (customer, item, day), sorted; equal keys are one purchase day.
  const keys = new Float64Array(n);
  for (let i = 0, k = 0; i < t.rows; i++) {
    if (!(t.amount[i] > 0) || column.codes[i] < 0) continue;
    const d = Math.floor(t.time[i] / MS_PER_DAY);
    keys[k++] = (t.customer[i] * ni + column.codes[i]) * span + (d - minDay);
  }
  keys.sort();
  const rows: ReplenishmentRow[] = [];
  let pairs = 0;
  const days: number[] = [];
  for (let s = 0; s < n;) {
    const pair = Math.floor(keys[s] / span);
    days.length = 0;
    let e = s;
    for (; e < n && Math.floor(keys[e] / span) === pair; e++) {
      const d = keys[e] - pair * span + minDay;
      if (days[days.length - 1] !== d) days.push(d);
    }
    s = e;
    pairs++;
    if (days.length < rule.minDays) continue;
    const gaps: number[] = [];
    for (let j = 1; j < days.length; j++) gaps.push(days[j] - days[j - 1]);
    gaps.sort((a, b) => a - b);
    const usualGap = medianSorted(gaps);
    const lastDay = days[days.length - 1];
    const daysSince = ref - lastDay;
    rows.push({
      customer: Math.floor(pair / ni),
      item: labels[pair % ni],
      purchaseDays: days.length,
      usualGap,
      lastDay,
      daysSince,
      ratio: daysSince / usualGap,
      overdue: daysSince > rule.factor * usualGap,
    });
  }
  rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.ratio - a.ratio || a.customer - b.customer);
  const overdueRows = rows.filter((r) => r.overdue);
  return {
    level,
    rule,
    referenceDay: ref,
    rows,
    pairs,
    overdue: overdueRows.length,
    overdueCustomers: new Set(overdueRows.map((r) => r.customer)).size,
    text: replenishmentRuleText(rule),
  };
}

/** A product code's label: its most frequent name, else the code's own value. */
function productNames(t: TransactionTable, codes: Int32Array, values: string[]): string[] {
  const names = t.items?.productName;
  if (!names || names.codes === codes) return values;
  const counts = new Map<number, Map<number, number>>();
  for (let i = 0; i < t.rows; i++) {
    if (codes[i] < 0 || names.codes[i] < 0) continue;
    let m = counts.get(codes[i]);
    if (!m) counts.set(codes[i], (m = new Map()));
    m.set(names.codes[i], (m.get(names.codes[i]) ?? 0) + 1);
  }
  return values.map((v, c) => {
    const m = counts.get(c);
    if (!m) return v;
    let best = -1;
    let most = 0;
    for (const [nm, k] of m) if (k > most || (k === most && nm < best)) [best, most] = [nm, k];
    return names.values[best];
  });
}
