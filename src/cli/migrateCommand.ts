import { readFile } from 'node:fs/promises';
import { clusterSnapshots } from '../core/migration/clusterSnapshots.ts';
import { migrationHeadline, segmentLevels } from '../core/migration/migrationHeadline.ts';
import { migrationMatrix, NEW_ROW } from '../core/migration/migrationMatrix.ts';
import type { MigrationMatrix } from '../core/migration/migrationMatrix.ts';
import { segmentsAsOf } from '../core/migration/segmentsAsOf.ts';
import type { SegmentSnapshot } from '../core/migration/segmentsAsOf.ts';
import { segmentText } from '../core/segments/segmentCatalog.ts';
import type { SchemeId } from '../core/segments/segmentCustomers.ts';
import type { ScoreRule } from '../core/segments/scoreRules.ts';
import type { TransactionTable } from '../core/model/TransactionTable.ts';
import { formatDay, parseIsoDay } from '../core/values/civil.ts';
import { parseFileOptions, UsageError } from './options.ts';
import { printReport } from './printReport.ts';
import { FileError, readTransactions } from './readTransactions.ts';
import { parseRules, SEGMENT_FLAGS, segmentOptions } from './segmentsCommand.ts';
import { requireProfit, valueBasisOf } from './valueBasis.ts';
import { writeCsv } from './writeCsv.ts';

const MIGRATE_FLAGS = {
  ...SEGMENT_FLAGS,
  dates: { type: 'string' },
  k: { type: 'string' },
  seed: { type: 'string' },
  restarts: { type: 'string' },
  transform: { type: 'string' },
  scaling: { type: 'string' },
} as const;

/** `--dates 2011-06-30,2011-12-09` → ascending days; throws a UsageError. */
export function parseDates(text: string | undefined): number[] {
  if (!text) throw new UsageError('--dates: expected two or more dates like 2011-06-30,2011-12-09');
  const days = text.split(',').map((s) => {
    const d = parseIsoDay(s.trim());
    if (d === null) throw new UsageError(`--dates: expected YYYY-MM-DD, got "${s.trim()}"`);
    return d;
  });
  if (days.length < 2) throw new UsageError('--dates: expected two or more dates');
  if (days.some((d, i) => i > 0 && d <= days[i - 1])) throw new UsageError('--dates: the dates must increase');
  return days;
}

const int = (flag: string, v: unknown, fallback: number, min: number) => {
  const n = v === undefined ? fallback : Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${flag}: expected a whole number ≥ ${min}, got "${v}"`);
  return n;
};

/**
 * `segmap migrate FILE --scheme rfm11 --dates D1,D2[,…]`: segments recomputed as of each date (only
 * transactions up to it, reference the next day) and the customers moving between them. --json
 * prints {"dates", "from", "to", "counts"} for the first two dates (from ends with "(new)"), then
 * "steps" for every consecutive pair and "headline" figures; --out writes
 * from_date,to_date,from,to,customers. --scheme clusters: k-means on R, F, M as of the last date,
 * earlier dates by nearest centroid (--k, --seed, --restarts, --transform, --scaling).
 * --value profit: monetary (and M, and the clusters' m) count Σ profit up to each date, as the
 * app's Over time view on the profit basis.
 */
export async function migrateCommand(args: string[]): Promise<void> {
  const o = parseFileOptions(args, MIGRATE_FLAGS);
  const x = o.extra;
  const days = parseDates(x.dates as string | undefined);
  const names = x.names ?? 'id';
  if (names !== 'id' && names !== 'en' && names !== 'zh-CN') {
    throw new UsageError(`--names: expected id, en or zh-CN, got "${names}"`);
  }
  const valueBasis = valueBasisOf(x.value);
  let snap: (t: TransactionTable) => SegmentSnapshot[];
  let label = (id: string) => id;
  if (x.scheme === 'clusters') {
    const transform = x.transform ?? 'log1p';
    if (transform !== 'log1p' && transform !== 'none')
      throw new UsageError(`--transform: expected log1p or none, got "${transform}"`);
    const scaling = x.scaling ?? 'z';
    if (scaling !== 'z' && scaling !== 'minmax')
      throw new UsageError(`--scaling: expected z or minmax, got "${scaling}"`);
    const c = { k: int('k', x.k, 4, 1), seed: int('seed', x.seed, 1, 0), restarts: int('restarts', x.restarts, 10, 1) };
    snap = (t) =>
      clusterSnapshots(t, days, {
        ...c,
        transform,
        scaling,
        ...(valueBasis === 'profit' ? { valueBasis: 'profit' as const } : {}),
      });
  } else {
    let rules: { name: string }[] = [];
    if (typeof x.rules === 'string') {
      const text = await readFile(x.rules, 'utf8').catch(() => {
        throw new FileError(`${x.rules}: cannot read the file`);
      });
      rules = parseRules(x.rules, text);
    }
    const options = segmentOptions(x, rules as ScoreRule[]);
    snap = (t) => days.map((d) => segmentsAsOf(t, d, options, valueBasis));
    label = (id: string) => {
      const k = /^rule-(\d+)$/.exec(id);
      if (options.scheme === 'custom' && k) return rules[Number(k[1])]?.name ?? id;
      return names === 'id' ? id : (segmentText(options.scheme as SchemeId, id, names)?.name ?? id);
    };
  }
  const { table, report } = await readTransactions(o);
  requireProfit(o.file, valueBasis, table.profit !== undefined);
  const snaps = snap(table);
  const steps = snaps.slice(1).map((s, i) => migrationMatrix(snaps[i], s));
  const levels = segmentLevels(snaps);
  const named = (m: MigrationMatrix) => ({
    dates: m.days.map(formatDay),
    from: m.from.map((id) => (id === NEW_ROW ? NEW_ROW : label(id))),
    to: m.to.map(label),
    counts: m.counts,
  });
  if (o.json) {
    const first = named(steps[0]);
    const out = {
      ...first,
      dates: days.map(formatDay),
      steps: steps.map((m) => ({ ...named(m), headline: headline(m) })),
      headline: headline(steps[0]),
      report,
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    printReport(report, process.stderr);
    if (!o.out) for (const m of steps) process.stdout.write(matrixText(named(m), headline(m)) + '\n');
  }
  if (o.out) {
    const rows: (string | number)[][] = [];
    for (const m of steps) {
      const n = named(m);
      n.counts.forEach((row, i) =>
        row.forEach((c, j) => c && rows.push([n.dates[0], n.dates[1], n.from[i], n.to[j], c])),
      );
    }
    await writeCsv(o.out, ['from_date', 'to_date', 'from', 'to', 'customers'], rows, { bom: names === 'zh-CN' });
  }

  function headline(m: MigrationMatrix) {
    const h = migrationHeadline(m, levels);
    return { ...h, flows: h.flows.map((f) => ({ ...f, from: label(f.from), to: label(f.to) })) };
  }
}

/** The matrix as aligned text with its headline. */
function matrixText(
  m: { dates: string[]; from: string[]; to: string[]; counts: number[][] },
  h: { stayed: number; newCustomers: number; up: number; down: number; same: number },
): string {
  // Chinese characters take two columns in a terminal.
  const width = (s: string) => [...s].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
  const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
  const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;
  const title = `${m.dates[0]} → ${m.dates[1]}`;
  const w = Math.max(...m.from.map(width), width(title));
  const cw = m.to.map((s) => Math.max(width(s), 5));
  const head = padEnd(title, w) + '  ' + m.to.map((s, j) => padStart(s, cw[j])).join('  ');
  const body = m.counts.map(
    (row, i) => padEnd(m.from[i], w) + '  ' + row.map((c, j) => padStart(String(c), cw[j])).join('  '),
  );
  const pct = (n: number) => (h.stayed ? `${((100 * n) / h.stayed).toFixed(1)} %` : '–');
  return [
    head,
    ...body,
    `moved up: ${pct(h.up)}, moved down: ${pct(h.down)}, same level: ${pct(h.same)} of ${h.stayed}; new: ${h.newCustomers}`,
  ].join('\n');
}
