import { backtest, MODEL_NAMES } from '../core/clv/backtest.ts';
import type { Backtest, ScoreRow } from '../core/clv/backtest.ts';
import { checkSplit } from '../core/clv/checkSplit.ts';
import { autoCandidates } from '../core/clv/modelChoice.ts';
import { summarize, TIME_UNITS } from '../core/clv/summarize.ts';
import type { TimeUnit } from '../core/clv/summarize.ts';
import type { RepeatModelId } from '../core/clv/types.ts';
import { CoreError } from '../core/notice/notice.ts';
import { formatDay, parseIsoDay } from '../core/values/civil.ts';
import { parseFileOptions, UsageError } from './options.ts';
import { FileError, readTransactions } from './readTransactions.ts';
import { writeCsv } from './writeCsv.ts';

const MODELS: readonly RepeatModelId[] = ['bgnbd', 'mbgnbd', 'pnbd', 'bgbb'];

/** The columns of `segmap backtest --out`: one row per forecast. */
export const BACKTEST_COLUMNS = [
  'forecast',
  'baseline',
  'mae',
  'rmse',
  'purchases_predicted',
  'purchases_actual',
  'purchases_error_pct',
  'value_predicted',
  'value_actual',
  'value_error_pct',
  'auc',
  'brier',
  'gini',
  'error',
];

const FLAGS = {
  model: { type: 'string' },
  'time-unit': { type: 'string' },
  'calibration-end': { type: 'string' },
  penalty: { type: 'string' },
  'drop-duplicates': { type: 'boolean' },
  'drop-zero': { type: 'boolean' },
} as const;

/** `--model auto` (the automatic choice's candidates) or a comma list of repeat models. */
export function parseModels(text: string | undefined): RepeatModelId[] | 'auto' {
  if (text === undefined || text === 'auto') return 'auto';
  const list = text.split(',').map((m) => m.trim());
  const bad = list.find((m) => !(MODELS as readonly string[]).includes(m));
  if (bad !== undefined || !list.length) {
    throw new UsageError(`--model: expected auto or a list of ${MODELS.join(',')}, got "${text}"`);
  }
  return [...new Set(list)] as RepeatModelId[];
}

const round = (v: number, digits = 6) => (Number.isFinite(v) ? +v.toFixed(digits) : null);

function rowJson(r: ScoreRow) {
  return {
    forecast: r.id,
    baseline: r.baseline,
    error: r.error ? r.error.text : null,
    mae: round(r.mae),
    rmse: round(r.rmse),
    purchases: {
      predicted: round(r.purchasesPredicted, 3),
      actual: round(r.purchasesActual, 3),
      errorPct: round(r.purchasesErrorPct, 3),
    },
    value: {
      predicted: round(r.valuePredicted, 2),
      actual: round(r.valueActual, 2),
      errorPct: round(r.valueErrorPct, 3),
    },
    auc: round(r.auc),
    brier: round(r.brier),
    gini: round(r.gini),
    deciles: r.deciles.map((d) => ({
      customers: d.customers,
      predicted: round(d.predicted, 4),
      actual: round(d.actual, 4),
    })),
    reliability: r.reliability.map((b) => ({
      from: b.from,
      to: b.to,
      customers: b.customers,
      predicted: round(b.predicted),
      actual: round(b.actual),
    })),
  };
}

/** The scorecard as JSON: the split, each forecast's scores, the best model and the notices. */
export function backtestJson(b: Backtest, timeMs: number) {
  return {
    timeUnit: b.unit,
    firstDay: formatDay(b.firstDay),
    calibrationEnd: formatDay(b.calibrationEnd),
    holdoutEnd: formatDay(b.observationEnd),
    holdoutLength: round(b.holdoutLength, 4),
    customers: b.customers,
    activeShare: round(b.activeShare),
    best: b.best,
    bestBy: 'rmse',
    notices: b.notices.map((n) => ({ code: n.code, text: n.text })),
    rows: b.rows.map(rowJson),
    ms: Math.round(timeMs),
  };
}

/**
 * `segmap backtest FILE`: splits the history (calibration = all but the last quarter of the span,
 * or up to --calibration-end), fits each model (--model auto: the automatic choice's candidates;
 * or a list) on the calibration part and scores the holdout against the two naive baselines.
 * --json: the scorecard; otherwise a table on stdout (or --out FILE.csv). Keeps duplicate lines
 * and zero amounts unless told otherwise, as `segmap clv` does.
 */
export async function backtestCommand(args: string[]): Promise<void> {
  const o = parseFileOptions(args, FLAGS);
  const x = o.extra;
  const models = parseModels(x.model as string | undefined);
  const unit = (x['time-unit'] ?? 'week') as TimeUnit;
  if (!TIME_UNITS.includes(unit)) throw new UsageError(`--time-unit: expected ${TIME_UNITS.join('|')}, got "${unit}"`);
  const penalty = x.penalty === undefined ? 0 : Number(x.penalty);
  if (!(penalty >= 0)) throw new UsageError(`--penalty: expected a number ≥ 0, got "${String(x.penalty)}"`);
  let end: number | null = null;
  if (typeof x['calibration-end'] === 'string') {
    end = parseIsoDay(x['calibration-end']);
    if (end === null) throw new UsageError(`--calibration-end: expected YYYY-MM-DD, got "${x['calibration-end']}"`);
  }
  o.keepDuplicates = x['drop-duplicates'] !== true;
  o.keepZero = x['drop-zero'] !== true;
  const { table } = await readTransactions(o);
  const t0 = performance.now();
  let b: Backtest;
  try {
    const splitDay = end ?? summarize(table, { unit }).splitDay;
    const s = summarize(table, { unit, calibrationEnd: splitDay });
    if (!(s.holdoutLength > 0)) {
      throw new FileError(`${o.file}: --calibration-end ${formatDay(splitDay)} leaves no holdout after it`);
    }
    checkSplit(s);
    b = backtest(s, models === 'auto' ? autoCandidates(s) : models, { penalty });
  } catch (e) {
    if (e instanceof CoreError) throw new FileError(`${o.file}: ${e.message}`);
    throw e;
  }
  const ms = performance.now() - t0;
  if (o.json) {
    process.stdout.write(JSON.stringify(backtestJson(b, ms), null, 2) + '\n');
  } else {
    const name = (r: ScoreRow) => (r.baseline ? r.id : MODEL_NAMES[r.id as RepeatModelId]);
    process.stderr.write(
      `backtest: calibration ${formatDay(b.firstDay)} to ${formatDay(b.calibrationEnd)}, holdout to ` +
        `${formatDay(b.observationEnd)} (${round(b.holdoutLength, 2)} ${unit}s), ${b.customers} customers; ` +
        `best model by RMSE: ${b.best ? name(b.rows.find((r) => r.id === b.best)!) : 'none'}\n`,
    );
    for (const n of b.notices) process.stderr.write(`note: ${n.text}\n`);
  }
  if (o.out || !o.json) {
    const cell = (v: number) => round(v) ?? '';
    const rows = b.rows.map((r) => [
      r.id,
      r.baseline ? 1 : 0,
      ...[r.mae, r.rmse, r.purchasesPredicted, r.purchasesActual, r.purchasesErrorPct].map(cell),
      ...[r.valuePredicted, r.valueActual, r.valueErrorPct, r.auc, r.brier, r.gini].map(cell),
      r.error ? r.error.text : '',
    ]);
    await writeCsv(o.out, BACKTEST_COLUMNS, rows);
  }
}
