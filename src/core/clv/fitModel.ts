import { CoreError, notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import { bfgs, hessian, invertSpd, nelderMead } from './optimise.ts';

/** A fit that cannot be made: the message says why (e.g. no repeat buyers), never a NaN result. */
export class FitError extends CoreError {
  override name = 'FitError';
}

/** What a fit reports. Parameters are in the model's units (alpha, beta in time units). */
export interface FitResult {
  model: string;
  params: Record<string, number>;
  /** Maximised log-likelihood (without the penalty). */
  logLikelihood: number;
  /** Customers the fit used. */
  customers: number;
  converged: boolean;
  evaluations: number;
  /** Which optimiser gave the result: "nelder-mead", "nelder-mead+bfgs". */
  optimiser: string;
  /** Standard errors from the inverse Hessian, or null when it is not positive definite. */
  se: Record<string, number> | null;
  aic: number;
  bic: number;
  /** Plain-language notes: parameters at a boundary, no standard errors, fallbacks used. */
  warnings: Notice[];
}

export interface FitOptions {
  /**
   * L2 penalty λ Σ (θ/sᵢ)² added to the mean negative log-likelihood (lifetimes' penalizer_coef),
   * with sᵢ from penaltyScale (default 1).
   */
  penalty?: number;
  /**
   * Per parameter, the unit it is penalised in: the mean customer age T for the time-scale
   * parameters (α, β, in time units), 1 for shapes, so the penalty does not depend on the time unit.
   */
  penaltyScale?: number[];
  /** Extra starting points (natural parameters) tried before the model's own. */
  starts?: number[][];
}

/** Parameters below or above these (natural scale) are reported as at a boundary. */
const LOW = 1e-4;
const HIGH = 1e4;
const BOX = Math.log(1e8);

/**
 * Maximum likelihood over log-parameters: Nelder–Mead from each start, then BFGS from the best
 * point as a polish and fallback; the best finite result wins. Throws a FitError when no start gives
 * a finite likelihood.
 */
export function fitModel(
  model: string,
  names: readonly string[],
  logLik: (p: number[]) => number,
  customers: number,
  starts: number[][],
  opts: FitOptions = {},
): FitResult {
  const penalty = opts.penalty ?? 0;
  const scale = names.map((_, i) => opts.penaltyScale?.[i] ?? 1);
  const objective = (u: number[]) => {
    // A box of 1e-8 … 1e8 keeps a parameter running off to infinity (a flat direction of the
    // likelihood) from wandering forever: the fit stops at the wall and says so.
    if (u.some((v) => !(Math.abs(v) <= BOX))) return Infinity;
    const p = u.map(Math.exp);
    const ll = logLik(p);
    return -ll / customers + penalty * p.reduce((s, v, i) => s + (v / scale[i]) ** 2, 0);
  };
  let best: { u: number[]; fx: number; converged: boolean; optimiser: string } | null = null;
  let evaluations = 0;
  const tries = [...(opts.starts ?? []), ...starts];
  for (let i = 0; i < tries.length; i++) {
    // Nelder–Mead to get near the optimum, then BFGS to finish (and as the fallback when the
    // simplex stalls). Further starting points only when this one did not give a clean optimum.
    const nm = nelderMead(objective, tries[i].map(Math.log), {
      tolF: 1e-9,
      tolX: 1e-5,
      maxEvaluations: 250 * names.length,
    });
    evaluations += nm.evaluations;
    if (!Number.isFinite(nm.fx)) continue;
    const polish = bfgs(objective, nm.x, { gradTol: 1e-7 });
    evaluations += polish.evaluations;
    const run =
      Number.isFinite(polish.fx) && polish.fx <= nm.fx
        ? { u: polish.x, fx: polish.fx, converged: polish.converged || nm.converged, optimiser: 'nelder-mead+bfgs' }
        : { u: nm.x, fx: nm.fx, converged: nm.converged, optimiser: 'nelder-mead' };
    // Two starting points that end at the same likelihood: more would too.
    const agree = best !== null && Math.abs(run.fx - best.fx) <= 1e-7 * Math.abs(best.fx);
    if (!best || run.fx < best.fx) best = run;
    const clean = best.converged && best.u.every((v) => v > Math.log(LOW) && v < Math.log(HIGH));
    if ((clean || agree) && i >= (opts.starts?.length ?? 0)) break;
  }
  if (!best) {
    throw new FitError(
      'fit.notFinite',
      { model },
      `${model}: the likelihood is not finite at any starting point; the data cannot support this model`,
    );
  }
  const p = best.u.map(Math.exp);
  const logLikelihood = logLik(p);
  const k = names.length;
  const warnings: Notice[] = [];
  names.forEach((name, i) => {
    if (p[i] < LOW || p[i] > HIGH) {
      warnings.push(
        notice(
          'fit.boundary',
          { name, value: +p[i].toPrecision(3) },
          `${name} = ${p[i].toPrecision(3)} ran to a boundary of the parameter space: the data may not identify it ` +
            `(too few repeat buyers, or a time unit far from the purchase rhythm). Try another time unit, a penalty, or another model.`,
        ),
      );
    }
  });
  if (!best.converged) {
    warnings.push(
      notice('fit.notConverged', {}, 'the optimiser stopped before converging; the result is the best point found'),
    );
  }
  const se = standardErrors(logLik, best.u, p, names);
  if (!se) {
    warnings.push(notice('fit.noSe', {}, 'no standard errors: the Hessian is not positive definite at the optimum'));
  }
  return {
    model,
    params: Object.fromEntries(names.map((n, i) => [n, p[i]])),
    logLikelihood,
    customers,
    converged: best.converged,
    evaluations,
    optimiser: best.optimiser,
    se,
    aic: 2 * k - 2 * logLikelihood,
    bic: k * Math.log(customers) - 2 * logLikelihood,
    warnings,
  };
}

/** Standard errors of the natural parameters: θᵢ × √[(−H)⁻¹]ᵢᵢ with H the Hessian in log-parameters. */
function standardErrors(
  logLik: (p: number[]) => number,
  u: number[],
  p: number[],
  names: readonly string[],
): Record<string, number> | null {
  const H = hessian((v) => logLik(v.map(Math.exp)), u);
  const inv = invertSpd(H.map((row) => row.map((v) => -v)));
  if (!inv) return null;
  const se = names.map((_, i) => p[i] * Math.sqrt(inv[i][i]));
  return se.every(Number.isFinite) ? Object.fromEntries(names.map((n, i) => [n, se[i]])) : null;
}
