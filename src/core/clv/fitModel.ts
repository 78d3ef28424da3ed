import { CoreError, notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import { bfgs, hessian, hessianFromGradient, invertSpd, nelderMead } from './optimise.ts';

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
  /**
   * Which optimiser gave the result: "bfgs", "bfgs+ridge-stop" (stopped on a ridge towards a bound, see
   * RIDGE_LL), or the fallbacks "nelder-mead+bfgs", "nelder-mead".
   */
  optimiser: string;
  /** Standard errors from the inverse Hessian, or null when it is not positive definite. */
  se: Record<string, number> | null;
  /**
   * Covariance of the log-parameters (ln θ, in `params` order) from the inverse Hessian, or null
   * when it is not positive definite: the parametric bootstrap of the prediction intervals draws
   * from N(ln θ̂, covLog).
   */
  covLog: number[][] | null;
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
  /**
   * The log-likelihood with its analytic gradient (natural parameters): returns ln L(p) and writes
   * ∂ ln L/∂pᵢ into g. BFGS and the Hessian for the standard errors then use it instead of
   * finite differences.
   */
  gradient?: (p: number[], g: number[]) => number;
  /** BfgsOptions.doubleSteps (default true). */
  doubleSteps?: boolean;
}

/** Parameters below or above these (natural scale) are reported as at a boundary. */
const LOW = 1e-4;
const HIGH = 1e4;
const LN_LOW = Math.log(LOW);
const LN_HIGH = Math.log(HIGH);
const BOX = Math.log(1e8);
/**
 * A step that gains less log-likelihood than this (summed over customers) while a parameter is
 * beyond LOW/HIGH ends the fit there: the likelihood runs along a ridge towards a bound (e.g.
 * Pareto/NBD's s → 0, β → ∞ when the data show no dropout) and following it changes nothing a
 * model choice or a prediction could tell apart. The fit reports the boundary as usual.
 */
const RIDGE_LL = 1e-3;

/**
 * Maximum likelihood over log-parameters: BFGS from each start, with Nelder–Mead (then BFGS to
 * finish) as the fallback where BFGS does not converge; the best finite result wins. Throws a
 * FitError when no start gives a finite likelihood.
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
  // Beyond these a parameter is reported as at a boundary: a ridge there is not followed further.
  const outside = (u: number[]) => u.some((v) => v < LN_LOW || v > LN_HIGH);
  const objective = (u: number[]) => {
    // A box of 1e-8 … 1e8 keeps a parameter running off to infinity (a flat direction of the
    // likelihood) from wandering forever: the fit stops at the wall and says so.
    if (u.some((v) => !(Math.abs(v) <= BOX))) return Infinity;
    const p = u.map(Math.exp);
    const ll = logLik(p);
    return -ll / customers + penalty * p.reduce((s, v, i) => s + (v / scale[i]) ** 2, 0);
  };
  const llGrad = opts.gradient;
  // The objective in log-parameters with its gradient: ∂/∂uᵢ = pᵢ ∂/∂pᵢ.
  const objectiveGrad = llGrad
    ? (u: number[], g: number[]) => {
        if (u.some((v) => !(Math.abs(v) <= BOX))) return Infinity;
        const p = u.map(Math.exp);
        const gp = new Array<number>(p.length);
        const ll = llGrad(p, gp);
        let pen = 0;
        for (let i = 0; i < p.length; i++) {
          pen += (p[i] / scale[i]) ** 2;
          g[i] = p[i] * (-gp[i] / customers + (2 * penalty * p[i]) / (scale[i] * scale[i]));
        }
        return -ll / customers + penalty * pen;
      }
    : undefined;
  const ridge = {
    flat: outside,
    flatTol: RIDGE_LL / customers,
    gradient: objectiveGrad,
    doubleSteps: opts.doubleSteps,
  };
  type Run = { u: number[]; fx: number; converged: boolean; optimiser: string };
  let best: Run | null = null;
  let evaluations = 0;
  const tries = [...(opts.starts ?? []), ...starts];
  for (let i = 0; i < tries.length; i++) {
    // BFGS from the start; Nelder–Mead (then BFGS to finish) only when BFGS does not converge.
    // Further starting points only when this one did not give a clean optimum.
    const u0 = tries[i].map(Math.log);
    const direct = bfgs(objective, u0, { gradTol: 1e-7, ...ridge });
    evaluations += direct.evaluations;
    let run: Run | null = Number.isFinite(direct.fx)
      ? { u: direct.x, fx: direct.fx, converged: direct.converged, optimiser: direct.flat ? 'bfgs+ridge-stop' : 'bfgs' }
      : null;
    if (!run?.converged) {
      const nm = nelderMead(objective, u0, { tolF: 1e-9, tolX: 1e-5, maxEvaluations: 250 * names.length });
      evaluations += nm.evaluations;
      if (Number.isFinite(nm.fx)) {
        const polish = bfgs(objective, nm.x, { gradTol: 1e-7, ...ridge });
        evaluations += polish.evaluations;
        const fallback =
          Number.isFinite(polish.fx) && polish.fx <= nm.fx
            ? { u: polish.x, fx: polish.fx, converged: polish.converged || nm.converged, optimiser: 'nelder-mead+bfgs' }
            : { u: nm.x, fx: nm.fx, converged: nm.converged, optimiser: 'nelder-mead' };
        if (!run || fallback.fx < run.fx) run = fallback;
      }
    }
    if (!run) continue;
    // Two starting points that end at the same likelihood: more would too.
    const agree = best !== null && Math.abs(run.fx - best.fx) <= 1e-7 * Math.abs(best.fx);
    if (!best || run.fx < best.fx) best = run;
    const clean = best.converged && !outside(best.u);
    // A ridge stop: the likelihood runs flat towards a bound, and a further start walks the same
    // ridge (on 100,000 customers each walk costs ~80 evaluations) to a likelihood within RIDGE_LL.
    const onRidge = best === run && run.optimiser === 'bfgs+ridge-stop';
    if ((clean || agree || onRidge) && i >= (opts.starts?.length ?? 0)) break;
  }
  if (!best) {
    throw new FitError(
      'fit.notFinite',
      { model },
      `${model}: the likelihood is not finite at any starting point; the data cannot support this model`,
    );
  }
  // In log-parameters: the Hessian of ln L at the optimum (for the standard errors), from the
  // analytic gradient or by central differences.
  const lnLik = (v: number[]) => logLik(v.map(Math.exp));
  const slope = llGrad ? null : new Array<number>(best.u.length);
  const H = llGrad
    ? hessianFromGradient((v, out) => {
        const q = v.map(Math.exp);
        llGrad(q, out);
        for (let i = 0; i < q.length; i++) out[i] *= q[i];
      }, best.u)
    : hessian(lnLik, best.u, 1e-4, slope!);
  let u = best.u;
  let logLikelihood = lnLik(u);
  // Without an analytic gradient (BG/BB) BFGS ends where the numerical gradient's noise hides the
  // slope (along a flat direction, e.g. Pareto/NBD's β on CDNOW with finite differences, ±3e-4): one Newton step with the
  // Hessian and gradient of the standard errors' evaluations (one more evaluation to check it)
  // lands on the optimum, whatever rounding the likelihood's evaluation order gives.
  if (slope && penalty === 0 && best.converged && !outside(u)) {
    const step = newtonStep(H, slope);
    if (step) {
      const v = u.map((x, i) => x + step[i]);
      evaluations++;
      const ll = lnLik(v);
      if (ll >= logLikelihood && !outside(v)) [u, logLikelihood] = [v, ll];
    }
  }
  const p = u.map(Math.exp);
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
  const { se, covLog } = standardErrors(H, p, names);
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
    covLog,
    aic: 2 * k - 2 * logLikelihood,
    bic: k * Math.log(customers) - 2 * logLikelihood,
    warnings,
  };
}

/** Largest Newton step (in log-parameters) the polish takes: beyond it BFGS did not end near the optimum. */
const NEWTON_MAX = 1e-2;

/** The Newton step (−H)⁻¹ g towards the maximum, or null when −H is not positive definite or the step is long. */
function newtonStep(H: number[][], g: number[]): number[] | null {
  const inv = invertSpd(H.map((row) => row.map((v) => -v)));
  if (!inv || !g.every(Number.isFinite)) return null;
  const step = inv.map((row) => row.reduce((a, v, j) => a + v * g[j], 0));
  return step.every((v) => Math.abs(v) <= NEWTON_MAX) ? step : null;
}

/**
 * Standard errors of the natural parameters, θᵢ × √[(−H)⁻¹]ᵢᵢ with H the Hessian of ln L in
 * log-parameters, and (−H)⁻¹ itself; both null when −H is not positive definite.
 */
function standardErrors(
  H: number[][],
  p: number[],
  names: readonly string[],
): { se: Record<string, number> | null; covLog: number[][] | null } {
  const inv = invertSpd(H.map((row) => row.map((v) => -v)));
  if (!inv) return { se: null, covLog: null };
  const se = names.map((_, i) => p[i] * Math.sqrt(inv[i][i]));
  return se.every(Number.isFinite)
    ? { se: Object.fromEntries(names.map((n, i) => [n, se[i]])), covLog: inv }
    : { se: null, covLog: null };
}
