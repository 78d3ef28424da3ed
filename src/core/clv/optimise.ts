/**
 * Minimisers for the CLV fits: an adaptive Nelder–Mead (Gao & Han 2012 coefficients) and a BFGS with
 * finite-difference gradients and a backtracking line search. Both take a function of an
 * unconstrained vector (the fits pass log-parameters) that may return Infinity or NaN where it is
 * undefined; such points are treated as infinitely bad.
 */

export interface Minimum {
  x: number[];
  fx: number;
  evaluations: number;
  converged: boolean;
}

const finite = (f: (x: number[]) => number) => (x: number[]) => {
  const v = f(x);
  return Number.isFinite(v) ? v : Infinity;
};

/** Adaptive Nelder–Mead from x0 with initial steps `step` along each axis. */
export function nelderMead(
  fn: (x: number[]) => number,
  x0: number[],
  opts: { step?: number; maxEvaluations?: number; tolF?: number; tolX?: number } = {},
): Minimum {
  const f = finite(fn);
  const n = x0.length;
  const { step = 0.5, maxEvaluations = 400 * n, tolF = 1e-12, tolX = 1e-9 } = opts;
  const alpha = 1;
  const beta = 1 + 2 / n;
  const gamma = 0.75 - 1 / (2 * n);
  const delta = 1 - 1 / n;
  let evaluations = 0;
  const ev = (x: number[]) => (evaluations++, f(x));
  let simplex = [x0.slice(), ...x0.map((_, i) => x0.map((v, j) => (j === i ? v + step : v)))];
  let values = simplex.map(ev);
  let converged = false;
  while (evaluations < maxEvaluations) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    simplex = order.map((i) => simplex[i]);
    values = order.map((i) => values[i]);
    const spread = Math.abs(values[n] - values[0]);
    let size = 0;
    for (let i = 1; i <= n; i++)
      for (let j = 0; j < n; j++) size = Math.max(size, Math.abs(simplex[i][j] - simplex[0][j]));
    if (Number.isFinite(values[0]) && spread <= tolF * (1 + Math.abs(values[0])) && size <= tolX) {
      converged = true;
      break;
    }
    const centroid = new Array(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i][j] / n;
    const along = (t: number) => centroid.map((c, j) => c + t * (simplex[n][j] - c));
    const xr = along(-alpha);
    const fr = ev(xr);
    if (fr < values[0]) {
      const xe = along(-alpha * beta);
      const fe = ev(xe);
      [simplex[n], values[n]] = fe < fr ? [xe, fe] : [xr, fr];
    } else if (fr < values[n - 1]) {
      [simplex[n], values[n]] = [xr, fr];
    } else {
      const outside = fr < values[n];
      const xc = along(outside ? -alpha * gamma : gamma);
      const fc = ev(xc);
      if (fc < (outside ? fr : values[n])) [simplex[n], values[n]] = [xc, fc];
      else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i].map((v, j) => simplex[0][j] + delta * (v - simplex[0][j]));
          values[i] = ev(simplex[i]);
        }
      }
    }
  }
  const best = values.indexOf(Math.min(...values));
  return { x: simplex[best], fx: values[best], evaluations, converged };
}

/** Central-difference gradient with relative steps. */
export function gradient(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((_, i) => {
    const e = h * Math.max(1, Math.abs(x[i]));
    const up = x.slice();
    const down = x.slice();
    up[i] += e;
    down[i] -= e;
    return (f(up) - f(down)) / (2 * e);
  });
}

/** Forward-difference gradient from f(x) = fx: half the evaluations, about √ε accurate. */
function forwardGradient(f: (x: number[]) => number, x: number[], fx: number, h = 1.5e-8): number[] {
  return x.map((_, i) => {
    const e = h * Math.max(1, Math.abs(x[i]));
    const up = x.slice();
    up[i] += e;
    return (f(up) - fx) / e;
  });
}

export interface BfgsOptions {
  maxIterations?: number;
  /** Converged when the central-difference gradient's largest component is below this. */
  gradTol?: number;
  /**
   * A flat direction (a ridge running off to a bound): when `flat(x)` holds and a step improves f
   * by less than `flatTol`, stop there (converged, `flat` set) instead of following the ridge.
   */
  flat?: (x: number[]) => boolean;
  flatTol?: number;
  /**
   * The objective with its analytic gradient: returns f(x) and writes ∇f(x) into g. When given,
   * every point is evaluated with it (one call instead of n + 1 or 2n + 1 for a numeric gradient).
   */
  gradient?: (x: number[], g: number[]) => number;
  /**
   * Whether a full step that was good is doubled (up to six times) while that improves f, for
   * long valleys (default true). Each try costs an evaluation; a fit whose quasi-Newton steps are
   * already well scaled (Pareto/NBD with its analytic gradient) does better without.
   */
  doubleSteps?: boolean;
}

/**
 * BFGS with numerical gradients: forward differences while far from the optimum (n evaluations a
 * gradient), central ones (2n) once the gradient is small or a step fails, so the end point is as
 * accurate as with central differences throughout. Converged when the central gradient's largest
 * component is below gradTol, or no step improves f and it is below 1e-4 (the gradient's noise).
 */
export function bfgs(fn: (x: number[]) => number, x0: number[], opts: BfgsOptions = {}): Minimum & { flat: boolean } {
  const f = finite(fn);
  const { maxIterations = 200, gradTol = 1e-6, flatTol = 0 } = opts;
  const n = x0.length;
  let evaluations = 0;
  const analytic = opts.gradient;
  // With an analytic gradient, the gradient of the last point evaluated (its f is finite).
  let lastG: number[] = new Array(n).fill(NaN);
  const ev = analytic
    ? (x: number[]) => {
        evaluations++;
        const g = new Array<number>(n);
        const v = analytic(x, g);
        if (!Number.isFinite(v) || !g.every(Number.isFinite)) return Infinity;
        lastG = g;
        return v;
      }
    : (x: number[]) => (evaluations++, f(x));
  let central = analytic !== undefined;
  const grad = (x: number[], fx: number, gx: number[] | null): number[] =>
    analytic ? (gx ?? (ev(x), lastG)) : central ? gradient(ev, x) : forwardGradient(ev, x, fx);
  let x = x0.slice();
  let fx = ev(x);
  let g = grad(x, fx, Number.isFinite(fx) ? lastG : null);
  let H = identity(n);
  let converged = false;
  let flat = false;
  const norm = (v: number[]) => Math.max(...v.map(Math.abs));
  for (let it = 0; it < maxIterations && Number.isFinite(fx); it++) {
    if (!central && norm(g) < Math.max(SWITCH, 10 * gradTol)) {
      central = true;
      g = grad(x, fx, null);
    }
    if (central && norm(g) < gradTol) {
      converged = true;
      break;
    }
    const d = H.map((row) => -row.reduce((s, v, j) => s + v * g[j], 0));
    let slope = d.reduce((s, v, j) => s + v * g[j], 0);
    if (!(slope < 0)) {
      H = identity(n);
      d.splice(0, n, ...g.map((v) => -v));
      slope = -g.reduce((s, v) => s + v * v, 0);
    }
    let t = 1;
    let xn = x;
    let fn1 = Infinity;
    let gn1: number[] | null = null;
    for (let k = 0; k < 40; k++, t /= 2) {
      xn = x.map((v, j) => v + t * d[j]);
      fn1 = ev(xn);
      gn1 = lastG;
      if (fn1 <= fx + 1e-4 * t * slope) break;
    }
    if (t === 1 && fn1 < fx && opts.doubleSteps !== false) {
      // The full step was good: along a long valley (a ridge) longer ones may be better still.
      for (let k = 0; k < 6; k++) {
        const xe = x.map((v, j) => v + 2 * t * d[j]);
        const fe = ev(xe);
        if (!(fe < fn1)) break;
        t *= 2;
        xn = xe;
        fn1 = fe;
        gn1 = lastG;
      }
    }
    if (!(fn1 < fx)) {
      if (!central) {
        // The forward gradient may be too coarse here: retry with central differences.
        central = true;
        g = grad(x, fx, null);
        H = identity(n);
        continue;
      }
      // No step improves any more: at the optimum up to the gradient's numerical noise.
      converged = norm(g) < 1e-4;
      break;
    }
    if (opts.flat && fx - fn1 < flatTol && opts.flat(xn)) {
      x = xn;
      fx = fn1;
      converged = flat = true;
      break;
    }
    const gn = grad(xn, fn1, analytic ? gn1 : null);
    const s = xn.map((v, j) => v - x[j]);
    const y = gn.map((v, j) => v - g[j]);
    const sy = s.reduce((a, v, j) => a + v * y[j], 0);
    if (sy > 1e-12) {
      const Hy = H.map((row) => row.reduce((a, v, j) => a + v * y[j], 0));
      const yHy = y.reduce((a, v, j) => a + v * Hy[j], 0);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          H[i][j] += ((sy + yHy) * s[i] * s[j]) / (sy * sy) - (Hy[i] * s[j] + s[i] * Hy[j]) / sy;
        }
      }
    }
    x = xn;
    fx = fn1;
    g = gn;
  }
  return { x, fx, evaluations, converged, flat };
}

/** Below this gradient (largest component) BFGS turns to central differences: 100× the forward ones' noise. */
const SWITCH = 1e-4;

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/** The inverse of a symmetric positive-definite matrix by Cholesky, or null when it is not positive definite. */
export function invertSpd(A: number[][]): number[][] | null {
  const n = A.length;
  const L = A.map(() => new Array(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      if (i === j) {
        if (!(s > 0)) return null;
        L[i][i] = Math.sqrt(s);
      } else L[i][j] = s / L[j][j];
    }
  }
  // inv(A) = inv(L)ᵀ inv(L)
  const Li = A.map(() => new Array(n).fill(0));
  for (let i = 0; i < n; i++) {
    Li[i][i] = 1 / L[i][i];
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[i][k] * Li[k][j];
      Li[i][j] = s / L[i][i];
    }
  }
  return A.map((_, i) => A.map((__, j) => Li.reduce((s, row) => s + row[i] * row[j], 0)));
}

/**
 * Hessian at x from an analytic gradient g(x, out) by central differences of the gradient (2n
 * gradient evaluations instead of 2n² + 1 function ones), symmetrised.
 */
export function hessianFromGradient(g: (x: number[], out: number[]) => void, x: number[], h = 1e-5): number[][] {
  const n = x.length;
  const H = x.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const e = h * Math.max(1, Math.abs(x[i]));
    const up = x.slice();
    const down = x.slice();
    up[i] += e;
    down[i] -= e;
    const gu = new Array<number>(n);
    const gd = new Array<number>(n);
    g(up, gu);
    g(down, gd);
    for (let j = 0; j < n; j++) H[i][j] = (gu[j] - gd[j]) / (2 * e);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) H[i][j] = H[j][i] = (H[i][j] + H[j][i]) / 2;
  }
  return H;
}

/**
 * Central-difference Hessian of f at x; when `gradient` is given, also f's central-difference
 * gradient from the same evaluations ((f(x + 2eᵢ) − f(x − 2eᵢ))/4eᵢ) into it.
 */
export function hessian(f: (x: number[]) => number, x: number[], h = 1e-4, gradient?: number[]): number[][] {
  const n = x.length;
  const e = x.map((v) => h * Math.max(1, Math.abs(v)));
  const at = (di: number, si: number, dj: number, sj: number) => {
    const y = x.slice();
    y[di] += si * e[di];
    y[dj] += sj * e[dj];
    return f(y);
  };
  const f0 = f(x);
  const H = x.map(() => new Array(n).fill(0));
  for (let i = 0; i < n; i++) {
    const up = at(i, 1, i, 1);
    const down = at(i, -1, i, -1);
    H[i][i] = (up - 2 * f0 + down) / (4 * e[i] * e[i]);
    if (gradient) gradient[i] = (up - down) / (4 * e[i]);
    for (let j = 0; j < i; j++) {
      H[i][j] = H[j][i] = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * e[i] * e[j]);
    }
  }
  return H;
}
