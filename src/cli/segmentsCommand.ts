import { readFile } from 'node:fs/promises';
import { memberRows, RFM_COLUMNS } from '../core/export/segmentTables.ts';
import { computeRfm } from '../core/rfm/computeRfm.ts';
import { cutsError } from '../core/rfm/gradeByCuts.ts';
import { scoringNotices } from '../core/rfm/scoreRfm.ts';
import type { Dimension, ScoringOptions } from '../core/rfm/scoreRfm.ts';
import { segmentText } from '../core/segments/segmentCatalog.ts';
import { DEFAULT_SEGMENT_OPTIONS, SCHEMES, segmentCustomers } from '../core/segments/segmentCustomers.ts';
import type { SchemeId, SegmentOptions } from '../core/segments/segmentCustomers.ts';
import type { ScoreRule } from '../core/segments/scoreRules.ts';
import { displayScores } from '../core/segments/displayScores.ts';
import { TIER_DEFAULT, tierThresholdsError } from '../core/segments/valueTiers.ts';
import type { TierThresholds } from '../core/segments/valueTiers.ts';
import { formatDay } from '../core/values/civil.ts';
import { parseFileOptions, refuseOverwrite, UsageError } from './options.ts';
import { printReport } from './printReport.ts';
import { FileError, readTransactions } from './readTransactions.ts';
import { writeCsv } from './writeCsv.ts';
import { requireProfit, valueBasisOf } from './valueBasis.ts';
import { conditionFacts, conditionsFrom } from '../core/segments/conditions.ts';
import { needsFacts } from '../core/segments/segmentCustomers.ts';

export const SEGMENT_FLAGS = {
  scheme: { type: 'string' },
  grades: { type: 'string' },
  ties: { type: 'string' },
  basis: { type: 'string' },
  'r-cuts': { type: 'string' },
  'f-cuts': { type: 'string' },
  'm-cuts': { type: 'string' },
  'r-textbook': { type: 'boolean' },
  tier: { type: 'string', multiple: true },
  rules: { type: 'string' },
  names: { type: 'string' },
  bom: { type: 'boolean' },
  value: { type: 'string' },
} as const;

type Extra = Record<string, string | boolean | string[] | undefined>;

/** `--r-cuts 30,90,180` → [30, 90, 180]; throws a UsageError. */
export function parseCuts(flag: string, text: string): number[] {
  const cuts = text.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
  const err = cutsError(cuts);
  if (err) throw new UsageError(`--${flag}: ${err}, got "${text}"`);
  return cuts;
}

/** `--tier vip=5 --tier loyalF=3` → thresholds; throws a UsageError. */
export function parseTiers(items: string[]): TierThresholds {
  const t: TierThresholds = { ...TIER_DEFAULT };
  for (const item of items) {
    const [key, value] = item.split('=');
    if (!(key in t) || value === undefined) {
      throw new UsageError(`--tier: expected KEY=SCORE with KEY one of ${Object.keys(t).join(', ')}, got "${item}"`);
    }
    t[key as keyof TierThresholds] = Number(value);
  }
  const err = tierThresholdsError(t);
  if (err) throw new UsageError(`--tier: ${err}`);
  return t;
}

/** A custom rule as read from --rules FILE.json: a name and optional score ranges. */
interface NamedRule extends ScoreRule {
  name: string;
}

/**
 * Reads and checks a rules file: a JSON array of { name, r?, f?, m?, fm?, conditions? } with ranges
 * [from, to] in 1–5 and conditions as the app stores them (core/segments/conditions.ts).
 */
export function parseRules(file: string, text: string): NamedRule[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new FileError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data) || data.length === 0)
    throw new FileError(`${file}: expected a non-empty JSON array of rules`);
  return data.map((raw, k) => {
    const r = raw as Record<string, unknown>;
    if (typeof r?.name !== 'string' || !r.name) throw new FileError(`${file}: rule ${k + 1} has no "name"`);
    const rule: NamedRule = { name: r.name };
    for (const d of ['r', 'f', 'm', 'fm'] as const) {
      const v = r[d];
      if (v === undefined) continue;
      if (
        !Array.isArray(v) ||
        v.length !== 2 ||
        !v.every((x) => Number.isInteger(x) && x >= 1 && x <= 5) ||
        v[0] > v[1]
      ) {
        throw new FileError(`${file}: rule ${k + 1} ("${r.name}"): "${d}" must be [from, to] with whole scores 1–5`);
      }
      rule[d] = [v[0], v[1]];
    }
    if (r.conditions !== undefined) {
      const conditions = conditionsFrom(r.conditions);
      if (!conditions) {
        throw new FileError(
          `${file}: rule ${k + 1} ("${r.name}"): "conditions" must be a list of conditions such as ` +
            `{"kind": "spend", "min": 1000} or {"kind": "boughtItem", "level": "category", "item": "Technology", "within": 180}`,
        );
      }
      if (conditions.length) rule.conditions = conditions;
    }
    return rule;
  });
}

/** The segment options the flags ask for (the rules file is read by the caller). */
export function segmentOptions(x: Extra, rules: ScoreRule[]): SegmentOptions {
  const scheme = (x.scheme ?? 'rfm11') as SchemeId;
  if (!SCHEMES.includes(scheme)) throw new UsageError(`--scheme: expected ${SCHEMES.join('|')}, got "${x.scheme}"`);
  if (scheme === 'custom' && !rules.length) throw new UsageError('--scheme custom needs --rules FILE.json');
  const grades = Number(x.grades ?? 5);
  if (grades !== 3 && grades !== 4 && grades !== 5)
    throw new UsageError(`--grades: expected 5, 4 or 3, got "${x.grades}"`);
  const ties = x.ties ?? 'shared';
  if (ties !== 'shared' && ties !== 'split') throw new UsageError(`--ties: expected shared or split, got "${ties}"`);
  const basis = x.basis ?? 'mean';
  if (basis !== 'mean' && basis !== 'median') throw new UsageError(`--basis: expected mean or median, got "${basis}"`);
  const custom: Partial<Record<Dimension, number[]>> = {};
  for (const d of ['r', 'f', 'm'] as const) {
    const text = x[`${d}-cuts`];
    if (typeof text === 'string') custom[d] = parseCuts(`${d}-cuts`, text);
  }
  const scoring: ScoringOptions = { grades, ties, ...(Object.keys(custom).length ? { custom } : {}) };
  const tiers = parseTiers((x.tier as string[] | undefined) ?? []);
  return { ...DEFAULT_SEGMENT_OPTIONS, scheme, scoring, cn8Basis: basis, tiers, customRules: rules };
}

/**
 * `segmap segments FILE --scheme rfm11|cn8|tiers|custom`: the RFM table with a `segment` column
 * (segment ids, or names with --names en|zh-CN) to --out or stdout; --json prints the import report
 * and the segment summary.
 */
export async function segmentsCommand(args: string[]): Promise<void> {
  const o = parseFileOptions(args, SEGMENT_FLAGS);
  const x = o.extra;
  const names = x.names ?? 'id';
  if (names !== 'id' && names !== 'en' && names !== 'zh-CN') {
    throw new UsageError(`--names: expected id, en or zh-CN, got "${names}"`);
  }
  let rules: NamedRule[] = [];
  if (typeof x.rules === 'string') {
    if (x.scheme !== 'custom') throw new UsageError('--rules: only with --scheme custom');
    refuseOverwrite(o.out, [x.rules]);
    const text = await readFile(x.rules, 'utf8').catch(() => {
      throw new FileError(`${x.rules}: cannot read the file`);
    });
    rules = parseRules(x.rules, text);
  }
  const options = segmentOptions(x, rules);
  const valueBasis = valueBasisOf(x.value);
  const { table, report } = await readTransactions(o);
  requireProfit(o.file, valueBasis, table.profit !== undefined);
  const rfm = computeRfm(table, { referenceDay: o.referenceDay, valueBasis });
  // Conditions on what customers did read the same transactions (spend stays revenue on any basis).
  const facts =
    options.scheme === 'custom' && needsFacts(options)
      ? conditionFacts(table, valueBasis === 'profit' ? computeRfm(table, { referenceDay: o.referenceDay }) : rfm)
      : undefined;
  const seg = segmentCustomers(rfm, options, facts);
  const label = (i: number) => {
    const id = seg.ids[i];
    if (options.scheme === 'custom' && i < rules.length) return rules[i].name;
    return names === 'id' ? id : (segmentText(options.scheme, id, names)?.name ?? id);
  };
  const scores = displayScores(seg.scoring, x['r-textbook'] === true);
  // A dimension with no spread (one customer, everyone alike) gets the middle grade: say so.
  const warnings = [...report.warnings, ...scoringNotices(seg.scoring)];
  const summary = { ...report, warnings, referenceDate: formatDay(rfm.referenceDay), rfmCustomers: rfm.n };
  if (o.json) {
    const segments = seg.summary.map((s) => ({
      segment: label(s.index),
      id: s.id,
      customers: s.customers,
      customer_share: s.customerShare,
      revenue: money(s.revenue),
      revenue_share: s.revenueShare,
      avg_recency_days: nullable(s.avgRecency),
      avg_frequency: nullable(s.avgFrequency),
      avg_monetary: nullable(s.avgMonetary),
    }));
    const gradesUsed = { r: seg.scoring.r.used, f: seg.scoring.f.used, m: seg.scoring.m.used };
    process.stdout.write(JSON.stringify({ ...summary, scheme: options.scheme, gradesUsed, segments }, null, 2) + '\n');
  } else printReport(summary, o.out ? process.stdout : process.stderr);
  if (o.out || !o.json) {
    const columns = { ...rfm, ...scores };
    // Chinese names are for people, who open the file in Excel: mark it as UTF-8.
    const bom = x.bom === true || names === 'zh-CN';
    await writeCsv(
      o.out,
      [...RFM_COLUMNS, 'segment'],
      memberRows(columns, seg.segment, (s) => [label(s)]),
      { bom },
    );
  }
}

const money = (x: number) => Math.round(x * 1e6) / 1e6;
const nullable = (x: number) => (Number.isFinite(x) ? x : null);
