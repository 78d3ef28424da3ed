import { clvAnalysis, DEFAULT_CLV_OPTIONS, modelRow } from '../core/clv/clvAnalysis.ts';
import type { ClvOptions, ClvResult } from '../core/clv/clvAnalysis.ts';
import type { FitResult } from '../core/clv/fitModel.ts';
import { FitError } from '../core/clv/fitModel.ts';
import { TIME_UNITS, UNIT_DAYS } from '../core/clv/summarize.ts';
import type { TimeUnit } from '../core/clv/summarize.ts';
import type { RepeatModelId } from '../core/clv/types.ts';
import { CUBE_IDS } from '../core/clv/valueCube.ts';
import type { CubeCut } from '../core/clv/valueCube.ts';
import { formatDay, parseIsoDay } from '../core/values/civil.ts';
import { parseFileOptions, UsageError } from './options.ts';
import { printReport } from './printReport.ts';
import { FileError, readTransactions } from './readTransactions.ts';
import { writeCsv } from './writeCsv.ts';

const MODELS = ['bgnbd', 'mbgnbd', 'pnbd', 'gg', 'bgbb'] as const;

/** The columns of `segmap clv --out`: a contract other tools read. */
export const CLV_COLUMNS = [
  'customer_id',
  'x',
  't_x',
  'T',
  'p_alive',
  'expected_purchases',
  'expected_spend',
  'clv',
  'value_class',
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
  const model = (x.model ?? 'bgnbd') as (typeof MODELS)[number];
  if (!MODELS.includes(model)) throw new UsageError(`--model: expected ${MODELS.join('|')}, got "${x.model}"`);
  const unit = (x['time-unit'] ?? 'week') as TimeUnit;
  if (!TIME_UNITS.includes(unit)) throw new UsageError(`--time-unit: expected ${TIME_UNITS.join('|')}, got "${unit}"`);
  const horizon =
    x.horizon === undefined
      ? Math.round(365.25 / UNIT_DAYS[unit])
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
    model: (model === 'gg' ? 'bgnbd' : model) as RepeatModelId,
    unit,
    penalty,
    current,
    cut: x.cut === undefined ? DEFAULT_CLV_OPTIONS.cut : parseCut(String(x.cut)),
    terms: { horizonDays: horizon * UNIT_DAYS[unit], margin: margin / 100, annualDiscount: discount / 100 },
  };
  return { options, model, horizon };
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
 * prints the fit (--json) and writes per-customer predictions over --horizon periods (--out).
 * Keeps exact duplicate lines and zero-amount rows unless told otherwise: in the models every
 * purchase counts, as in the literature's CDNOW conventions.
 */
export async function clvCommand(args: string[]): Promise<void> {
  const o = parseFileOptions(args, FLAGS);
  const x = o.extra;
  const { options, model, horizon } = clvOptions(x);
  if (typeof x['calibration-end'] === 'string') {
    const day = parseIsoDay(x['calibration-end']);
    if (day === null) throw new UsageError(`--calibration-end: expected YYYY-MM-DD, got "${x['calibration-end']}"`);
    options.calibrationEnd = day;
  }
  o.keepDuplicates = x['drop-duplicates'] !== true;
  o.keepZero = x['drop-zero'] !== true;
  const { table, report } = await readTransactions(o);
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
    timeUnit: options.unit,
    calibrationEnd: formatDay(s.calibrationEnd),
    holdoutLength: s.holdoutLength,
    horizon,
    spendModel: r.spendFit ? fitJson(r.spendFit) : null,
    spendNote: r.spendNotes.length ? r.spendNotes.map((n) => n.text).join('; ') : null,
    fitMs: Math.round(r.fitMs),
  };
  if (o.json) process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  else {
    printReport({ ...report, referenceDate: formatDay(s.calibrationEnd + 1), rfmCustomers: s.n }, process.stderr);
    const params = Object.entries(fit.params).map(([k, v]) => `${k} = ${v.toFixed(4)}`);
    process.stderr.write(`${fit.model}: ${params.join(', ')}; log-likelihood ${fit.logLikelihood.toFixed(2)}\n`);
    for (const w of [...fit.warnings, ...r.spendNotes]) process.stderr.write(`warning: ${w.text}\n`);
  }
  if (o.out || !o.json) {
    const p = r.predictions;
    const rows = function* () {
      for (let i = 0; i < s.n; i++) {
        const [mx, mtx, mT] = modelRow(options.model, s, i);
        yield [
          s.ids[i],
          mx,
          round(mtx),
          round(mT),
          round(p.pAlive[i]),
          round(p.expected[i]),
          round(p.spend[i], 4),
          round(p.clv[i], 4),
          CUBE_IDS[r.cube.cls[i]],
        ];
      }
    };
    await writeCsv(o.out, CLV_COLUMNS, rows());
  }
}
