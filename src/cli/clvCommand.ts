import { clvAnalysis, DEFAULT_CLV_OPTIONS } from '../core/clv/clvAnalysis.ts';
import { modelRow } from '../core/clv/fitRepeat.ts';
import { clvIntervals, DEFAULT_INTERVAL_OPTIONS } from '../core/clv/intervals.ts';
import type { ClvOptions, ClvResult } from '../core/clv/clvAnalysis.ts';
import type { FitResult } from '../core/clv/fitModel.ts';
import { FitError } from '../core/clv/fitModel.ts';
import { DEFAULT_TERMS } from '../core/clv/customerValue.ts';
import { TIME_UNITS, UNIT_DAYS } from '../core/clv/summarize.ts';
import type { TimeUnit } from '../core/clv/summarize.ts';
import { CUBE_IDS } from '../core/clv/valueCube.ts';
import type { CubeCut } from '../core/clv/valueCube.ts';
import { notice } from '../core/notice/notice.ts';
import type { Notice } from '../core/notice/notice.ts';
import { formatDay, parseIsoDay } from '../core/values/civil.ts';
import { parseFileOptions, UsageError } from './options.ts';
import { printReport } from './printReport.ts';
import { FileError, readTransactions } from './readTransactions.ts';
import { writeCsv } from './writeCsv.ts';
import { requireProfit, valueBasisOf } from './valueBasis.ts';

const MODELS = ['auto', 'bgnbd', 'mbgnbd', 'pnbd', 'gg', 'bgbb'] as const;

/** The columns of `segmap clv --out`: a contract other tools read. */
export const CLV_COLUMNS = [
  'customer_id',
  'x',
  't_x',
  'T',
  'p_alive',
  'p_alive_code',
  'expected_purchases',
  'expected_spend',
  'clv',
  'value_class',
  'p_no_purchase_30d',
  'next_purchase_from',
  'next_purchase_to',
  'overdue',
];

/** Appended to CLV_COLUMNS with `--intervals 80|95`. */
export const INTERVAL_COLUMNS = [
  'expected_purchases_low',
  'expected_purchases_high',
  'p_alive_end_low',
  'p_alive_end_high',
  'clv_low',
  'clv_high',
];

const FLAGS = {
  model: { type: 'string' },
  'time-unit': { type: 'string' },
  'calibration-end': { type: 'string' },
  horizon: { type: 'string' },
  margin: { type: 'string' },
  'discount-rate': { type: 'string' },
  penalty: { type: 'string' },
  current: { type: 'string' },
  cut: { type: 'string' },
  'drop-duplicates': { type: 'boolean' },
  'drop-zero': { type: 'boolean' },
  intervals: { type: 'string' },
  value: { type: 'string' },
} as const;

type Extra = Record<string, string | boolean | string[] | undefined>;

const number = (flag: string, text: unknown, ok: (v: number) => boolean, hint: string): number => {
  const v = typeof text === 'string' && text.trim() !== '' ? Number(text) : NaN;
  if (!ok(v)) throw new UsageError(`--${flag}: expected ${hint}, got "${String(text)}"`);
  return v;
};

/** `--cut mean|median|p75` → the cube's cut rule; throws a UsageError. */
export function parseCut(text: string): CubeCut {
  if (text === 'mean' || text === 'median') return { kind: text };
  const m = /^p(\d+(?:\.\d+)?)$/.exec(text);
  if (m && Number(m[1]) <= 100) return { kind: 'percentile', p: Number(m[1]) };
  throw new UsageError(`--cut: expected mean, median or pNN (a percentile like p75), got "${text}"`);
}

/** The CLV options the flags ask for (the calibration end is read by the caller). */
export function clvOptions(x: Extra): { options: ClvOptions; model: (typeof MODELS)[number]; horizon: number } {
  const model = (x.model ?? 'auto') as (typeof MODELS)[number];
  if (!MODELS.includes(model)) throw new UsageError(`--model: expected ${MODELS.join('|')}, got "${x.model}"`);
  const unit = (x['time-unit'] ?? 'week') as TimeUnit;
  if (!TIME_UNITS.includes(unit)) throw new UsageError(`--time-unit: expected ${TIME_UNITS.join('|')}, got "${unit}"`);
  const horizon =
    x.horizon === undefined
      ? // One year of 365.25 days, as the page's default of 12 months (not rounded to whole units:
        // 52 weeks would be 364 days, and every CLV and interval would differ from the page's).
        DEFAULT_TERMS.horizonDays / UNIT_DAYS[unit]
      : number('horizon', x.horizon, (v) => v > 0 && v <= 10_000, `a number of ${unit}s > 0`);
  const margin =
    x.margin === undefined ? 30 : number('margin', x.margin, (v) => v >= 0 && v <= 100, 'a percentage 0–100');
  const discount =
    x['discount-rate'] === undefined
      ? 10
      : number('discount-rate', x['discount-rate'], (v) => v >= 0 && v <= 100, 'an annual percentage 0–100');
  const penalty = x.penalty === undefined ? 0 : number('penalty', x.penalty, (v) => v >= 0, 'a number ≥ 0');
  const current = x.current ?? 'historical';
  if (current !== 'historical' && current !== 'ccv') {
    throw new UsageError(`--current: expected historical or ccv, got "${current}"`);
  }
  const options: ClvOptions = {
    ...DEFAULT_CLV_OPTIONS,
    model: model === 'gg' ? 'bgnbd' : model,
    unit,
    penalty,
    current,
    cut: x.cut === undefined ? DEFAULT_CLV_OPTIONS.cut : parseCut(String(x.cut)),
    terms: { horizonDays: horizon * UNIT_DAYS[unit], margin: margin / 100, annualDiscount: discount / 100 },
    ...(valueBasisOf(x.value) === 'profit' ? { valueBasis: 'profit' as const } : {}),
  };
  return { options, model, horizon };
}

/** `--intervals 80|95` → the level (0.8 or 0.95), or null without the flag; throws a UsageError. */
export function parseIntervals(text: unknown): number | null {
  if (text === undefined) return null;
  if (text === '80' || text === '95') return Number(text) / 100;
  throw new UsageError(`--intervals: expected 80 or 95, got "${String(text)}"`);
}

/**
 * What the numbers rest on when the data do not identify dropout: CLV from the fit without dropout,
 * and loyalty from the lifecycle stage with the default lifecycle settings (the CLI has no flags for them).
 */
export function clvNotes(r: ClvResult): Notice[] {
  const notes: Notice[] = [];
  if (r.guard.clvNote) notes.push(r.guard.clvNote);
  if (r.guard.loyalty.source === 'lifecycle') {
    notes.push(
      notice(
        'clv.lifecycleDefaults',
        {},
        'Loyalty uses the lifecycle stage computed with the default lifecycle settings (new within 90 days; cooling, at risk and lapsed after 2, 4 and 8 × the usual gap): the CLI has no lifecycle flags.',
      ),
    );
  }
  return notes;
}

const round = (v: number, digits = 6) => (Number.isFinite(v) ? +v.toFixed(digits) : '');

function fitJson(f: FitResult) {
  return {
    model: f.model,
    params: f.params,
    logLikelihood: f.logLikelihood,
    customers: f.customers,
    standardErrors: f.se,
    aic: f.aic,
    bic: f.bic,
    converged: f.converged,
    evaluations: f.evaluations,
    optimiser: f.optimiser,
    warnings: f.warnings.map((w) => w.text),
  };
}

/**
 * `segmap clv FILE --model bgnbd|mbgnbd|pnbd|gg|bgbb`: fits the model (and Gamma-Gamma for spend),
 * prints the fit (--json) and writes per-customer predictions over --horizon periods (--out), with
 * purchase timing, and with `--intervals 80|95` their prediction intervals (clvIntervals).
 * Keeps exact duplicate lines and zero-amount rows unless told otherwise: in the models every
 * purchase counts, as in the literature's CDNOW conventions.
 */
export async function clvCommand(args: string[]): Promise<void> {
  const o = parseFileOptions(args, FLAGS);
  const x = o.extra;
  const { options, model, horizon } = clvOptions(x);
  const level = parseIntervals(x.intervals);
  if (typeof x['calibration-end'] === 'string') {
    const day = parseIsoDay(x['calibration-end']);
    if (day === null) throw new UsageError(`--calibration-end: expected YYYY-MM-DD, got "${x['calibration-end']}"`);
    options.calibrationEnd = day;
  }
  o.keepDuplicates = x['drop-duplicates'] !== true;
  o.keepZero = x['drop-zero'] !== true;
  const { table, report } = await readTransactions(o);
  requireProfit(o.file, options.valueBasis ?? 'revenue', table.profit !== undefined);
  let r: ClvResult;
  try {
    r = clvAnalysis(table, options);
  } catch (e) {
    if (e instanceof FitError) throw new FileError(`${o.file}: ${e.message}`);
    throw e;
  }
  const s = r.summary;
  if (model === 'gg' && !r.spendFit)
    throw new FileError(`${o.file}: Gamma-Gamma cannot be fitted: ${r.spendNotes.map((n) => n.text).join('; ')}`);
  const fit = model === 'gg' ? r.spendFit! : r.fit;
  const json = {
    ...fitJson(fit),
    chosen: r.model,
    reason: r.choice.reason.text,
    choice: {
      by: r.choice.by,
      code: r.choice.reason.code,
      candidates: r.choice.candidates.map((c) => ({
        model: c.model,
        aic: c.aic,
        holdoutRmse: c.holdout,
        error: c.error ? c.error.text : null,
      })),
      holdout: r.choice.backtest
        ? {
            calibrationEnd: formatDay(r.choice.backtest.calibrationEnd),
            holdoutEnd: formatDay(r.choice.backtest.observationEnd),
          }
        : null,
    },
    timeUnit: options.unit,
    calibrationEnd: formatDay(s.calibrationEnd),
    holdoutLength: s.holdoutLength,
    horizon,
    spendModel: r.spendFit ? fitJson(r.spendFit) : null,
    spendNote: r.spendNotes.length ? r.spendNotes.map((n) => n.text).join('; ') : null,
    fitMs: Math.round(r.fitMs),
    diagnostics: r.guard.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      text: d.text,
      advice: d.advice,
    })),
    loyalty: { source: r.guard.loyalty.source, pAliveKnown: r.guard.loyalty.pAliveKnown },
    // The lifecycle settings of the loyalty stand-in (null without one): the CLI has no lifecycle
    // flags, so these are the defaults, and `notes` says so.
    lifecycle: r.guard.loyalty.lifecycle,
    notes: clvNotes(r).map((n) => ({ code: n.code, text: n.text })),
  };
  if (o.json) process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  else {
    printReport({ ...report, referenceDate: formatDay(s.calibrationEnd + 1), rfmCustomers: s.n }, process.stderr);
    const params = Object.entries(fit.params).map(([k, v]) => `${k} = ${v.toFixed(4)}`);
    process.stderr.write(`${fit.model}: ${params.join(', ')}; log-likelihood ${fit.logLikelihood.toFixed(2)}\n`);
    for (const w of [...fit.warnings, ...r.spendNotes]) process.stderr.write(`warning: ${w.text}\n`);
    for (const d of r.guard.diagnostics) process.stderr.write(`${d.severity}: ${d.text} ${d.advice}\n`);
    for (const n of clvNotes(r)) process.stderr.write(`note: ${n.text}\n`);
  }
  // Why P(alive) is empty: the code of the diagnostic that withheld it (dropout not identified).
  const withheld = r.guard.loyalty.pAliveKnown
    ? ''
    : (r.guard.diagnostics.find((d) => d.code.startsWith('clv.diag.dropout'))?.code ?? '');
  if (o.out || !o.json) {
    const p = r.predictions;
    const iv =
      level === null ? null : clvIntervals({ ...r, terms: options.terms }, { ...DEFAULT_INTERVAL_OPTIONS, level });
    const day = (v: number) => (Number.isFinite(v) ? formatDay(Math.round(v)) : '');
    const rows = function* () {
      for (let i = 0; i < s.n; i++) {
        const [mx, mtx, mT] = modelRow(r.model, s, i);
        yield [
          s.ids[i],
          mx,
          round(mtx),
          round(mT),
          round(p.pAlive[i]),
          withheld,
          round(p.expected[i]),
          round(p.spend[i], 4),
          round(p.clv[i], 4),
          CUBE_IDS[r.cube.cls[i]],
          round(p.pNone30[i]),
          day(p.nextFrom[i]),
          day(p.nextTo[i]),
          p.overdue[i],
          ...(iv
            ? [
                iv.purchases.low[i],
                iv.purchases.high[i],
                round(iv.pAliveEnd.low[i]),
                round(iv.pAliveEnd.high[i]),
                round(iv.clv.low[i], 4),
                round(iv.clv.high[i], 4),
              ]
            : []),
        ];
      }
    };
    await writeCsv(o.out, iv ? [...CLV_COLUMNS, ...INTERVAL_COLUMNS] : CLV_COLUMNS, rows());
  }
}
