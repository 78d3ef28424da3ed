import { cohortRows, cohortTotals } from '../core/cohorts/cohortSummary.ts';
import { cohortTable } from '../core/cohorts/cohortTable.ts';
import type { CohortTable } from '../core/cohorts/cohortTable.ts';
import { COHORT_PERIODS } from '../core/cohorts/periods.ts';
import type { CohortPeriod } from '../core/cohorts/periods.ts';
import { parseFileOptions, UsageError } from './options.ts';
import { printReport } from './printReport.ts';
import { readTransactions } from './readTransactions.ts';
import { writeCsv } from './writeCsv.ts';

/** The columns of `--out`: one line per cohort and period offset. */
export const COHORT_COLUMNS = [
  'cohort',
  'period_offset',
  'customers',
  'active',
  'retention',
  'revenue',
  'orders',
  'aov',
];

/** `--period month|quarter` → the period; throws a UsageError. */
export function parsePeriod(text: string | undefined): CohortPeriod {
  const p = (text ?? 'month').toLowerCase();
  if (!(COHORT_PERIODS as readonly string[]).includes(p)) {
    throw new UsageError(`--period: expected month or quarter, got "${text}"`);
  }
  return p as CohortPeriod;
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The retention triangle and each cohort's totals as aligned text. */
export function cohortText(c: CohortTable): string {
  const head = ['cohort'.padEnd(9), 'customers'.padStart(9)];
  for (let k = 0; k < c.offsets; k++) head.push(`+${k}`.padStart(7));
  const lines = c.labels.map((label, r) => {
    const cells = [label.padEnd(9), String(c.customers[r]).padStart(9)];
    for (let k = 0; k < c.observed[r]; k++) cells.push(pct(c.retention[r * c.offsets + k]).padStart(7));
    return cells.join(' ');
  });
  const totals = cohortTotals(c);
  const money = c.labels.map(
    (label, r) =>
      `${label.padEnd(9)} ${totals.revenue[r].toFixed(2).padStart(14)} ${String(totals.orders[r]).padStart(8)} ` +
      `${(Number.isFinite(totals.aov[r]) ? totals.aov[r].toFixed(2) : '-').padStart(10)} ` +
      `${totals.revenuePerCustomer[r].toFixed(2).padStart(14)}`,
  );
  const last = `${c.lastLabel}${c.lastPeriodComplete ? '' : ', not complete'}`;
  return [
    `retention: share of each cohort buying in each later ${c.period} (cohort = ${c.period} of first purchase; last ${c.period} ${last})`,
    head.join(' '),
    ...lines,
    '',
    `revenue per cohort over its life`,
    `${'cohort'.padEnd(9)} ${'revenue'.padStart(14)} ${'orders'.padStart(8)} ${'aov'.padStart(10)} ${'per customer'.padStart(14)}`,
    ...money,
  ].join('\n');
}

/** The long format of `--out`: cohort, offset and the cell's numbers, cells past the data left out. */
export function* cohortCsvRows(c: CohortTable): Generator<(string | number)[]> {
  for (const row of cohortRows(c)) {
    for (let k = 0; k < row.retention.length; k++) {
      const aov = row.aov[k];
      yield [row.cohort, k, row.customers, row.active[k], row.retention[k], row.revenue[k], row.orders[k], aov ?? ''];
    }
  }
}

/**
 * `segmap cohorts FILE --period month|quarter`: acquisition cohorts by the month or quarter of the
 * first purchase. --json prints `{"period", "cohorts": [{cohort, customers, retention, active,
 * revenue, orders, aov}], "notices": [{code, params, text}]}` (what COHORT_CAP left out, also on
 * stderr); otherwise the retention triangle and the cohort totals as text (import
 * report on stderr), and --out writes the long format (COHORT_COLUMNS).
 */
export async function cohortsCommand(args: string[]): Promise<void> {
  const o = parseFileOptions(args, { period: { type: 'string' } });
  const period = parsePeriod(o.extra.period as string | undefined);
  if (o.referenceDay !== undefined) throw new UsageError('--reference-date: cohorts use every transaction');
  const { table, report } = await readTransactions(o);
  const c = cohortTable(table, period);
  if (o.out !== undefined) await writeCsv(o.out, COHORT_COLUMNS, cohortCsvRows(c));
  for (const n of c.notices) process.stderr.write(`warning: ${n.text}\n`);
  if (o.json) {
    const notices = c.notices.map(({ code, params, text }) => ({ code, params, text }));
    process.stdout.write(JSON.stringify({ period, cohorts: cohortRows(c), notices }, null, 2) + '\n');
    return;
  }
  printReport(report, process.stderr);
  process.stdout.write(cohortText(c) + '\n');
}
