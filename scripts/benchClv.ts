// CLV part of `npm run bench`: BG/NBD + Gamma-Gamma fit times (the worker's code path) on CDNOW and
// Online Retail, and our optimiser against fmin's Nelder–Mead (a well-kept library) on the same
// BG/NBD likelihood, to show why the fits use their own.
import { readFileSync } from 'node:fs';
// fmin's build is a UMD bundle without ESM exports; its ES module sources are shipped too.
import { nelderMead as fminNelderMead } from 'fmin/src/nelderMead.js';
import { bgnbd } from '../src/core/clv/bgnbd.ts';
import { clvAnalysis, DEFAULT_CLV_OPTIONS } from '../src/core/clv/clvAnalysis.ts';
import { repeatData } from '../src/core/clv/compress.ts';
import { fitModel } from '../src/core/clv/fitModel.ts';
import { summarize } from '../src/core/clv/summarize.ts';
import { applyMaps, buildImportOptions } from '../src/core/import/buildImportOptions.ts';
import type { CleaningOptions } from '../src/core/import/types.ts';
import { importStream } from '../src/core/import/importStream.ts';
import { sniff } from '../src/core/import/sniff.ts';
import type { TransactionTable } from '../src/core/model/TransactionTable.ts';
import { daysFromCivil } from '../src/core/values/civil.ts';

const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];

async function load(path: string, cleaning: Partial<CleaningOptions>, whitespace = false): Promise<TransactionTable> {
  const bytes = new Uint8Array(readFileSync(path));
  const s = sniff(
    bytes.subarray(0, 1 << 20),
    bytes.length <= 1 << 20,
    whitespace ? { delimiter: 'whitespace', hasHeader: false } : {},
  );
  const roles = whitespace
    ? applyMaps(s.roles, s.columns, [
        { role: 'customer', column: '1' },
        { role: 'date', column: '3' },
        { role: 'amount', column: '5' },
      ])
    : undefined;
  const { options } = buildImportOptions(s, { roles, cleaning });
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
  }
  return (await importStream(chunks(), options, { fileName: path, totalBytes: bytes.length })).table;
}

/** Median over 5 runs of the BG/NBD + Gamma-Gamma fits (ms) and the whole CLV analysis. */
function timeClv(t: TransactionTable, calibrationEnd?: number) {
  const fits: number[] = [];
  const total: number[] = [];
  let last = null as ReturnType<typeof clvAnalysis> | null;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    last = clvAnalysis(t, { ...DEFAULT_CLV_OPTIONS, calibrationEnd });
    total.push(performance.now() - t0);
    fits.push(last.fitMs);
  }
  return {
    customers: last!.summary.n,
    bgnbdGgFitMs: Math.round(median(fits) * 10) / 10,
    analysisMs: Math.round(median(total)),
    bgnbdEvaluations: last!.fit.evaluations,
  };
}

/** Our Nelder–Mead + BFGS against fmin's Nelder–Mead from the same start on CDNOW's BG/NBD. */
function optimiserComparison(t: TransactionTable, calibrationEnd: number) {
  const s = summarize(t, { unit: 'week', calibrationEnd });
  const d = repeatData(s);
  const objective = (u: number[]) => {
    const v = -bgnbd.logLikelihood(u.map(Math.exp), d) / s.n;
    return Number.isFinite(v) ? v : 1e10;
  };
  const start = bgnbd.starts(d)[0];
  let t0 = performance.now();
  const ours = fitModel('bgnbd', bgnbd.paramNames, (p) => bgnbd.logLikelihood(p, d), s.n, [start]);
  const oursMs = performance.now() - t0;
  let evaluations = 0;
  t0 = performance.now();
  const theirs = fminNelderMead(
    (u: number[]) => {
      evaluations++;
      return objective(u);
    },
    start.map(Math.log),
    { maxIterations: 4000 },
  );
  const theirsMs = performance.now() - t0;
  return {
    published: -9582.4,
    ours: { logLikelihood: +ours.logLikelihood.toFixed(3), evaluations: ours.evaluations, ms: Math.round(oursMs) },
    fminNelderMead: { logLikelihood: +(-theirs.fx * s.n).toFixed(3), evaluations, ms: Math.round(theirsMs) },
  };
}

export async function benchClv(cdnowPath: string | null, retailPath: string) {
  const out: Record<string, unknown> = {};
  if (cdnowPath) {
    const cdnow = await load(cdnowPath, { dropDuplicates: false, dropNonPositive: false }, true);
    const end = daysFromCivil(1997, 9, 30);
    out.cdnow = timeClv(cdnow, end);
    out.optimiser = optimiserComparison(cdnow, end);
  } else out.cdnow = { skipped: 'shared/data/cdnow/CDNOW_sample.txt is not present' };
  out.onlineRetail = timeClv(await load(retailPath, { dropDuplicates: false, dropNonPositive: false }));
  return out;
}
