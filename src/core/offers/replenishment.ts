/**
 * Who is due to buy an item again. For each customer × item with at least `minDays` distinct
 * purchase days (positive lines), the usual gap is the median of the gaps between consecutive
 * purchase days (the mean of the two middle gaps when their number is even); the pair is overdue
 * when the days since its last purchase, counted on the reference day, exceed `factor` × the usual
 * gap. An overdue pair is lapsed (lost long ago, not due now) when those days also exceed
 * `lapsedFactor` × the usual gap or `lapsedDays`, whichever comes first; the others are due.
 * Days are whole days since 1970-01-01.
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
  /** Lapsed, not due, past lapsedFactor × the usual gap (default 4; above factor). */
  lapsedFactor: number;
  /** Lapsed, not due, past this many days since the last purchase whatever the gap (default 365). */
  lapsedDays: number;
}

/** The default rule: overdue past 2 usual gaps (3 purchase days or more), lapsed past 4 gaps or a year. */
export const DEFAULT_REPLENISHMENT: Readonly<ReplenishmentRule> = {
  factor: 2,
  minDays: 3,
  lapsedFactor: 4,
  lapsedDays: 365,
};

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
  /** daysSince > factor × usualGap (due or lapsed). */
  overdue: boolean;
  /** Overdue and daysSince > lapsedFactor × usualGap or > lapsedDays: lost long ago, not due now. */
  lapsed: boolean;
}

export interface Replenishment {
  level: ItemLevel;
  rule: ReplenishmentRule;
  referenceDay: number;
  /**
   * Every customer × item with at least minDays purchase days: due ones first (by ratio,
   * descending), then lapsed ones (most recently lapsed first: ratio ascending), then the rest (by
   * ratio, descending).
   */
  rows: ReplenishmentRow[];
  /** Customer × item pairs bought at all (positive lines). */
  pairs: number;
  /** Overdue pairs (due + lapsed) and their customers. */
  overdue: number;
  overdueCustomers: number;
  /** Due pairs (overdue, not lapsed) and their customers. */
  due: number;
  dueCustomers: number;
  /** Lapsed pairs and their customers. */
  lapsed: number;
  lapsedCustomers: number;
  /** The rule in words (`offers.replenishmentRule` {factor, minDays, lapsedFactor, lapsedDays}). */
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
    { factor: rule.factor, minDays: rule.minDays, lapsedFactor: rule.lapsedFactor, lapsedDays: rule.lapsedDays },
    `overdue when the days since the last purchase exceed ${rule.factor} × the usual gap (the median gap between ` +
      `purchase days), for customer × item pairs bought on at least ${rule.minDays} different days; due unless ` +
      `lapsed: past ${rule.lapsedFactor} × the usual gap or ${rule.lapsedDays} days`,
  );
}

/**
 * The rule with the lapsed thresholds filled in where missing (a rule stored before them): the
 * defaults, and a lapsed factor of at least twice the overdue factor.
 */
export function fullRule(
  rule: Pick<ReplenishmentRule, 'factor' | 'minDays'> & Partial<ReplenishmentRule>,
): ReplenishmentRule {
  return {
    factor: rule.factor,
    minDays: rule.minDays,
    lapsedFactor: rule.lapsedFactor ?? Math.max(DEFAULT_REPLENISHMENT.lapsedFactor, 2 * rule.factor),
    lapsedDays: rule.lapsedDays ?? DEFAULT_REPLENISHMENT.lapsedDays,
  };
}

/**
 * Usual gaps, due and lapsed pairs at `level`. `referenceDay` defaults to the day after the table's
 * last day (the RFM reference date). Missing lapsed thresholds take their defaults (fullRule).
 * Throws CoreError `basket.noItems` when the level has no column, `offers.badRule` for a factor
 * ≤ 0 or minDays < 2, `offers.badLapsed` for a lapsed factor not above the factor or lapsed days
 * not a whole number ≥ 1.
 */
export function replenishment(
  t: TransactionTable,
  level: ItemLevel,
  given: Pick<ReplenishmentRule, 'factor' | 'minDays'> & Partial<ReplenishmentRule> = DEFAULT_REPLENISHMENT,
  referenceDay?: number,
): Replenishment {
  const rule = fullRule(given);
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
  if (!(rule.lapsedFactor > rule.factor) || !Number.isInteger(rule.lapsedDays) || rule.lapsedDays < 1) {
    throw new CoreError(
      'offers.badLapsed',
      { factor: rule.factor, lapsedFactor: rule.lapsedFactor, lapsedDays: rule.lapsedDays },
      `the lapsed rule needs a factor above the overdue factor ${rule.factor} and whole days ≥ 1 (got ${rule.lapsedFactor} and ${rule.lapsedDays})`,
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
    const overdue = daysSince > rule.factor * usualGap;
    rows.push({
      customer: Math.floor(pair / ni),
      item: labels[pair % ni],
      purchaseDays: days.length,
      usualGap,
      lastDay,
      daysSince,
      ratio: daysSince / usualGap,
      overdue,
      lapsed: overdue && (daysSince > rule.lapsedFactor * usualGap || daysSince > rule.lapsedDays),
    });
  }
  // Due (0) by ratio descending, lapsed (1) by ratio ascending, the rest (2) by ratio descending.
  const group = (r: ReplenishmentRow) => (r.lapsed ? 1 : r.overdue ? 0 : 2);
  rows.sort(
    (a, b) =>
      group(a) - group(b) || (group(a) === 1 ? a.ratio - b.ratio : b.ratio - a.ratio) || a.customer - b.customer,
  );
  const customersOf = (rs: ReplenishmentRow[]) => new Set(rs.map((r) => r.customer)).size;
  const overdueRows = rows.filter((r) => r.overdue);
  const dueRows = overdueRows.filter((r) => !r.lapsed);
  const lapsedRows = overdueRows.filter((r) => r.lapsed);
  return {
    level,
    rule,
    referenceDay: ref,
    rows,
    pairs,
    overdue: overdueRows.length,
    overdueCustomers: customersOf(overdueRows),
    due: dueRows.length,
    dueCustomers: customersOf(dueRows),
    lapsed: lapsedRows.length,
    lapsedCustomers: customersOf(lapsedRows),
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
