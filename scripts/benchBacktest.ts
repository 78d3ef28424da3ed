// Backtest part of `npm run bench` (issue 16): the scorecard on Online Retail and on 100,000
// generated customers. The fits dominate; the scoring itself (predictions, deciles, AUC, Brier,
// reliability, Gini for each model and both baselines) is timed apart and as a ratio to a peer in
// the same run: the model checks' MAE/RMSE comparison (compareModels), one prediction pass per model.
// Then what a user waits for: the scorecard of one model (its fit on the calibration part,
// Gamma-Gamma, scoring, both baselines, every metric; goal under 1 s at 100,000 customers) per
// model with its parts (calibration fit, Gamma-Gamma fit, the rest), and the automatic choice (every candidate backtested, the winner refitted on all data),
// each on fresh copies of the summaries so nothing computed for an earlier line is reused.
import { readFileSync } from 'node:fs';
import { backtest } from '../src/core/clv/backtest.ts';
import type { FitResult } from '../src/core/clv/fitModel.ts';
import { fitRepeat } from '../src/core/clv/fitRepeat.ts';
import { compareModels } from '../src/core/clv/modelChecks.ts';
import { chooseModel } from '../src/core/clv/modelChoice.ts';
import { fitSpend } from '../src/core/clv/spendModel.ts';
import { summarize } from '../src/core/clv/summarize.ts';
import type { CustomerSummary } from '../src/core/clv/summarize.ts';
import type { RepeatModelId } from '../src/core/clv/types.ts';
import { buildImportOptions } from '../src/core/import/buildImportOptions.ts';
import { importStream } from '../src/core/import/importStream.ts';
import { sniff } from '../src/core/import/sniff.ts';
import type { TransactionTable } from '../src/core/model/TransactionTable.ts';
import { formatDay, MS_PER_DAY } from '../src/core/values/civil.ts';

const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
const MODELS: RepeatModelId[] = ['bgnbd', 'mbgnbd', 'pnbd'];

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

/**
 * The summary with copies of its columns: the per-column tables the fits and the scoring keep
 * (distinct rows, value groups) start cold, as for a summary just made.
 */
function fresh(s: CustomerSummary): CustomerSummary {
  const copy = (v: unknown): unknown =>
    ArrayBuffer.isView(v) ? (v as Float64Array).slice() : Array.isArray(v) ? v.slice() : v;
  const out = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, copy(v)])) as unknown as CustomerSummary;
  out.periods = { x: s.periods.x.slice(), tx: s.periods.tx.slice(), n: s.periods.n.slice() };
  return out;
}

/** Median of 3 runs of `run`, which returns the time it measured (ms). */
function median3(run: () => number): number {
  return Math.round(median([run(), run(), run()]));
}

/** What issue 16 asks of the scorecard of one model at 100,000 customers (ms, in a worker on 2 cores). */
const SCORECARD_GOAL_MS = 1000;

/**
 * The scorecard of one model per model, and the automatic choice (median of 3, ms). Per model also
 * the parts of its scorecard from the same fresh copies (median of 3): the calibration fit, the
 * Gamma-Gamma fit, and the rest (predictions, both baselines, every metric), and whether the
 * scorecard is within the goal.
 */
function benchWaits(full: CustomerSummary, s: CustomerSummary, models: RepeatModelId[]) {
  const scorecardMs: Record<string, number> = {};
  const scorecardParts: Record<string, Record<string, number | boolean>> = {};
  for (const m of models) {
    scorecardMs[m] = median3(() => {
      const split = fresh(s);
      return timed(() => backtest(split, [m]))[1];
    });
    let evaluations = 0;
    const fitMs = median3(() => {
      const split = fresh(s);
      const [f, ms] = timed(() => fitRepeat(m, split));
      evaluations = f.evaluations;
      return ms;
    });
    const spendMs = median3(() => {
      const split = fresh(s);
      return timed(() => fitSpend(split))[1];
    });
    scorecardParts[m] = {
      scorecardMs: scorecardMs[m],
      goalMs: SCORECARD_GOAL_MS,
      fitMs,
      evaluations,
      spendFitMs: spendMs,
      restMs: Math.max(0, scorecardMs[m] - fitMs - spendMs),
      fitShare: +(fitMs / scorecardMs[m]).toFixed(2),
      underGoal: scorecardMs[m] < SCORECARD_GOAL_MS,
    };
  }
  let chosen = '';
  const autoChoiceMs = median3(() => {
    const [a, b] = [fresh(full), fresh(s)];
    return timed(() => (chosen = chooseModel(a, 'auto', 0, b).choice.chosen))[1];
  });
  return { scorecardMs, scorecardGoalMs: SCORECARD_GOAL_MS, scorecardParts, autoChoiceMs, autoChose: chosen };
}

/** Split summary, fits (each model once), scoring (median of 5) and the peer (median of 5). */
function benchSplit(t: TransactionTable, models: RepeatModelId[]) {
  const full = summarize(t, { unit: 'week' });
  const [s, summaryMs] = timed(() => summarize(t, { unit: 'week', calibrationEnd: full.splitDay }));
  const fits: Partial<Record<RepeatModelId, FitResult>> = {};
  const fitMs: Record<string, number> = {};
  for (const m of models) {
    const [f, ms] = timed(() => fitRepeat(m, s));
    fits[m] = f;
    fitMs[m] = Math.round(ms);
  }
  const score: number[] = [];
  const peer: number[] = [];
  let b = null as ReturnType<typeof backtest> | null;
  for (let i = 0; i < 5; i++) {
    const [r, ms] = timed(() => backtest(s, models, { known: fits }));
    b = r;
    score.push(ms);
    peer.push(timed(() => compareModels(s as CustomerSummary, fits))[1]);
  }
  const scoreMs = median(score);
  const peerMs = median(peer);
  return {
    customers: s.n,
    calibrationEnd: formatDay(s.calibrationEnd),
    holdoutWeeks: +s.holdoutLength.toFixed(1),
    splitSummaryMs: Math.round(summaryMs),
    fitMs,
    scoringMs: Math.round(scoreMs),
    peerCompareModelsMs: Math.round(peerMs),
    scoringPerPeer: +(scoreMs / peerMs).toFixed(2),
    best: b!.best,
    rmse: Object.fromEntries(b!.rows.map((r) => [r.id, +r.rmse.toFixed(4)])),
    notices: b!.notices.map((n) => n.code),
    ...benchWaits(full, s, models),
  };
}

/** 100,000 customers over two years: Poisson buyers with geometric dropout, seeded. */
export function synthetic(n: number): TransactionTable {
  let seed = 7;
  const r = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const customer: number[] = [];
  const time: number[] = [];
  const amount: number[] = [];
  const start = 19_000;
  for (let c = 0; c < n; c++) {
    const gap = 5 + 60 * r();
    const level = 10 + 90 * r();
    for (let d = Math.floor(r() * 180); d < 730; d += Math.max(1, Math.round(-Math.log(1 - r()) * gap))) {
      customer.push(c);
      time.push((start + d) * MS_PER_DAY);
      amount.push(Math.round(level * (0.5 + r()) * 100) / 100);
      if (r() < 0.12) break;
    }
  }
  const rows = customer.length;
  return {
    rows,
    customer: Int32Array.from(customer),
    customerIds: Array.from({ length: n }, (_, i) => `C${i}`),
    time: Float64Array.from(time),
    amount: Float64Array.from(amount),
    invoice: new Int32Array(rows).fill(-1),
    invoiceIds: [],
    attributes: [],
  };
}

async function loadRetail(path: string): Promise<TransactionTable> {
  const bytes = new Uint8Array(readFileSync(path));
  const s = sniff(bytes.subarray(0, 1 << 20), false, {});
  const { options } = buildImportOptions(s, {});
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
  }
  return (await importStream(chunks(), options, { fileName: path, totalBytes: bytes.length })).table;
}

export async function benchBacktest(retailPath: string) {
  return {
    onlineRetail: benchSplit(await loadRetail(retailPath), MODELS),
    synthetic100k: benchSplit(synthetic(100_000), MODELS),
  };
}
