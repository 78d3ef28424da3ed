import { computeRfm } from '../core/rfm/computeRfm.ts';
import { formatDay } from '../core/values/civil.ts';
import { ABC_DEFAULT, abcClasses } from '../core/concentration/abcClasses.ts';
import { customerPyramid, PYRAMID_CURRY, PYRAMID_DEFAULT } from '../core/concentration/customerPyramid.ts';
import { gini } from '../core/concentration/lorenz.ts';
import type { ShareRow } from '../core/concentration/shareRows.ts';
import { parseFileOptions, UsageError } from './options.ts';
import { printReport } from './printReport.ts';
import { readTransactions } from './readTransactions.ts';

/** `--abc-cuts 80,95` (percent of revenue) → the cuts as shares [0.8, 0.95]; throws a UsageError. */
export function parseAbcCuts(text: string): [number, number] {
  const v = text.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
  if (v.length !== 2 || !(v[0] > 0 && v[0] < v[1] && v[1] <= 100)) {
    throw new UsageError(`--abc-cuts: expected two percentages 0 < A < B <= 100 like 80,95, got "${text}"`);
  }
  return [v[0] / 100, v[1] / 100];
}

/**
 * `--pyramid 1,19,30,50` (layer sizes from the top, percent of customers, summing to 100) or
 * `--pyramid curry` → cumulative customer shares at the end of the top three layers, e.g.
 * [0.01, 0.2, 0.5]; throws a UsageError.
 */
export function parsePyramidCuts(text: string): [number, number, number] {
  if (text.trim().toLowerCase() === 'curry') return [...PYRAMID_CURRY];
  const v = text.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
  if (v.length !== 4 || !v.every((p) => p > 0 && p < 100) || Math.abs(v[0] + v[1] + v[2] + v[3] - 100) > 1e-9) {
    throw new UsageError(
      `--pyramid: expected four layer sizes in percent, each > 0 and summing to 100, like 1,19,30,50, or curry; got "${text}"`,
    );
  }
  return [v[0] / 100, (v[0] + v[1]) / 100, (v[0] + v[1] + v[2]) / 100];
}

/** Currency rounded to 6 decimals, as computeRfm rounds monetary, so sums print without float noise. */
const money = (x: number) => Math.round(x * 1e6) / 1e6;
const roundRows = <R extends ShareRow<string>>(rows: R[]) => rows.map((r) => ({ ...r, revenue: money(r.revenue) }));
const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The rows as an aligned text table. */
function textTable(title: string, head: string, rows: ShareRow<string>[]): string {
  const lines = rows.map(
    (r) =>
      `${r.id.padEnd(9)}${String(r.customers).padStart(10)}${pct(r.customerShare).padStart(9)}` +
      `${r.revenue.toFixed(2).padStart(16)}${pct(r.revenueShare).padStart(9)}`,
  );
  return [title, `${head.padEnd(9)} customers   cust %         revenue    rev %`, ...lines].join('\n');
}

/**
 * `segmap abc FILE`: ABC classes, the customer pyramid and the Gini coefficient of revenue per
 * customer (monetary of `segmap rfm`, clamped at 0). JSON with --json, else text tables on stdout
 * and the import report on stderr.
 */
export async function abcCommand(args: string[]): Promise<void> {
  const o = parseFileOptions(args, { 'abc-cuts': { type: 'string' }, pyramid: { type: 'string' } });
  if (o.out !== undefined) throw new UsageError('--out: abc prints to stdout (use --json for JSON)');
  const abcCuts: [number, number] =
    o.extra['abc-cuts'] === undefined ? [...ABC_DEFAULT] : parseAbcCuts(String(o.extra['abc-cuts']));
  const pyramidCuts: [number, number, number] =
    o.extra.pyramid === undefined ? [...PYRAMID_DEFAULT] : parsePyramidCuts(String(o.extra.pyramid));
  const { table, report } = await readTransactions(o);
  const rfm = computeRfm(table, { referenceDay: o.referenceDay });
  const abc = abcClasses(rfm.monetary, abcCuts).table;
  const result = {
    classes: roundRows(abc),
    pyramid: roundRows(customerPyramid(rfm.monetary, pyramidCuts).table),
    gini: gini(rfm.monetary),
    customers: rfm.n,
    revenue: money(abc.reduce((s, r) => s + r.revenue, 0)),
    cuts: { abc: abcCuts, pyramid: pyramidCuts },
  };
  if (o.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  printReport({ ...report, referenceDate: formatDay(rfm.referenceDay), rfmCustomers: rfm.n }, process.stderr);
  const sizes = pyramidCuts.map((c, k) => Math.round((c - (k ? pyramidCuts[k - 1] : 0)) * 1e6) / 1e4);
  const text = [
    `customers:   ${result.customers}`,
    `revenue:     ${result.revenue.toFixed(2)}`,
    `gini:        ${result.gini.toFixed(4)}`,
    '',
    textTable(`ABC classes (cuts at ${pct(abcCuts[0])} and ${pct(abcCuts[1])} of revenue)`, 'class', result.classes),
    '',
    textTable(
      `customer pyramid (${[...sizes, Math.round((1 - pyramidCuts[2]) * 1e6) / 1e4].join(' / ')} % of customers)`,
      'layer',
      result.pyramid,
    ),
  ];
  process.stdout.write(text.join('\n') + '\n');
}
