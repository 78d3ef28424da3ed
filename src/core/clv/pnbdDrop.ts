/**
 * The Pareto/NBD "dropped out between lo and hi" integral ∫ₗₒʰⁱ (α + y)^{−rx} (β + y)^{−(s+1)} dy
 * in log space: for one customer (lnDropIntegral), and for every time of a group of customers with
 * the same rx up to a common end (lnDropUpTo), so a likelihood over many customers evaluates the
 * series once per distinct (x, time) instead of twice per customer.
 */
import { gaussLegendre, log1mExp, log2F1One, logAddExp, logIntegrate, logSumExp } from './special.ts';

/**
 * ln ∫ₗₒʰⁱ (α + y)^{−rx} (β + y)^{−(s+1)} dy, the Pareto/NBD "dropped out between lo and hi"
 * integral. With κ = max(α, β), κ₀ = min(α, β), c = κ − κ₀, m = rx + s and b = s + 1 (α ≥ β) or rx
 * (α < β), the substitution t = c/(κ + y) makes it c^{−m} ∫ t^{m−1} (1 − t)^{−b} dt between
 * z(hi) and z(lo), z(y) = c/(κ + y). In v = 1 − t = (κ₀ + y)/(κ + y), which rises with y:
 * - where v < min(0.3, ½/(m − 1)) (z close to 1: α and β far apart, e.g. a fit running along the
 *   s → 0, β → ∞ ridge, where every row lands here), the integrand (1 − v)^{m−1} v^{−b} by its
 *   binomial series, integrated term by term, each term at most half the one before;
 * - above that, the antiderivative −(κ + y)^{−m} ₂F₁(m, b; m + 1; z)/m with the hypergeometric
 *   function in Euler's form (log2F1One), whose terms fall from the first (an interval across the
 *   boundary is split there);
 * - quadrature (lnDropQuadrature) only where that series does not converge in 3,000 terms (z near 1
 *   for a heavy buyer with α > β and small s).
 */
export function lnDropIntegral(rx: number, alpha: number, s: number, beta: number, lo: number, hi: number): number {
  if (!(hi > lo)) return -Infinity;
  const m = rx + s;
  const k = Math.max(alpha, beta);
  const k0 = Math.min(alpha, beta);
  const c = k - k0;
  const b = alpha >= beta ? s + 1 : rx;
  // v = (κ₀ + y)/(κ + y) rises with y; the binomial series needs (m − 1)v ≤ ½ and v ≤ V_MAX.
  const vMax = Math.min(V_MAX, 0.5 / Math.max(m - 1, 1e-300));
  const vLo = (k0 + lo) / (k + lo);
  if (vLo < vMax) {
    const vHi = (k0 + hi) / (k + hi);
    // Up to where v reaches vMax by the binomial series, the rest (z ≤ 1 − vMax) by the Euler one.
    const mid = vHi <= vMax ? hi : (vMax * k - k0) / (1 - vMax);
    const below = lnBinomialSeries(m, b, k0, k, lo, mid) - m * Math.log(c);
    const v = mid === hi ? below : logAddExp(below, lnEulerSeries(m, b, k0, k, c, mid, hi));
    if (!Number.isNaN(v)) return v;
  } else {
    const v = lnEulerSeries(m, b, k0, k, c, lo, hi);
    if (!Number.isNaN(v)) return v;
  }
  return lnDropQuadrature(rx, alpha, s, beta, lo, hi);
}

/** The largest v where the binomial series is taken (then at most about 55 terms, cheap ones). */
const V_MAX = 0.3;

/**
 * The integral as [A(lo) − A(hi)]/m with A(y) = (κ + y)^{−m} ₂F₁(m, b; m + 1; z), z = c/(κ + y),
 * and ₂F₁ = (1 − z)^{1−b} ₂F₁(1, m + 1 − b; m + 1; z) (Euler), 1 − z = (κ₀ + y)/(κ + y) taken
 * without cancellation. NaN when the series is slow (z near 1 with c − b close to c).
 */
function lnEulerSeries(m: number, b: number, k0: number, k: number, c: number, lo: number, hi: number): number {
  return lnDifference(lnAntiderivative(m, b, k0, k, c, lo), lnAntiderivative(m, b, k0, k, c, hi), m);
}

/** ln A(y) of lnEulerSeries; NaN when its series is slow. */
function lnAntiderivative(m: number, b: number, k0: number, k: number, c: number, y: number): number {
  const lnK = Math.log(k + y);
  return -m * lnK + (1 - b) * (Math.log(k0 + y) - lnK) + log2F1One(m + 1 - b, m + 1, c / (k + y), 3000);
}

/** ln[(e^{a} − e^{b})/m], NaN unless a > b (a NaN included). */
function lnDifference(a: number, b: number, m: number): number {
  return b < a ? a + log1mExp(b - a) - Math.log(m) : NaN;
}

/**
 * ln ∫ (1 − v)^{m−1} v^{−b} dv over v from (κ₀ + lo)/(κ + lo) to (κ₀ + hi)/(κ + hi), as
 * Σⱼ (1 − m)ⱼ/j! ∫ v^{j−b} dv with each integral in closed form (continuous where j + 1 = b),
 * relative to v_lo^{1−b}. For (m − 1)v ≤ ½ and v ≤ 0.3, where each term is at most half the one
 * before, so the alternating signs (m > 1) lose less than a digit.
 */
function lnBinomialSeries(m: number, b: number, k0: number, k: number, lo: number, hi: number): number {
  const lnVLo = Math.log(k0 + lo) - Math.log(k + lo);
  const vLo = Math.exp(lnVLo);
  const vHi = (k0 + hi) / (k + hi);
  // ln(v_hi/v_lo) without cancellation when hi is close to lo.
  const L = Math.log1p((hi - lo) / (k0 + lo)) - Math.log1p((hi - lo) / (k + lo));
  let e = 1 - b;
  // ∫ v^{e−1} dv / v_lo^{1−b} = (hiPow − loPow)/e with hiPow = (v_hi/v_lo)^{1−b} v_hi^j, loPow = v_lo^j.
  let hiPow = Math.exp(e * L);
  let loPow = 1;
  let coef = 1;
  let sum = 0;
  for (let j = 0; j < 80; j++) {
    const eL = e * L;
    const J = Math.abs(eL) < 0.5 ? (eL === 0 ? loPow * L : (loPow * Math.expm1(eL)) / e) : (hiPow - loPow) / e;
    const term = coef * J;
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum) || coef === 0) return (1 - b) * lnVLo + Math.log(sum);
    coef *= (j + 1 - m) / (j + 1);
    hiPow *= vHi;
    loPow *= vLo;
    e += 1;
  }
  return NaN;
}

/**
 * The same integral by quadrature. With u = (κ₀ + lo)/(κ₀ + y), κ₀ = min(α, β), it becomes
 * (κ₀ + lo)^{−m} ∫ u^{m−1} (1 + κu)^{−p} du with κ = |α − β|/(κ₀ + lo) ≥ 0 and p = s + 1 (α ≤ β) or
 * rx (α > β), so the factor (1 + κu) never comes near 0. Over t = ln u the log-integrand
 * f(t) = mt − p·ln(1 + κeᵗ) is smooth and concave, so it is integrated only where it is within 40
 * of its peak, by Gauss–Legendre panels sized to how fast f changes there. Accurate and quick for
 * heavy buyers and for extreme parameters alike (checked against mpmath).
 */
export function lnDropQuadrature(rx: number, alpha: number, s: number, beta: number, lo: number, hi: number): number {
  if (!(hi > lo)) return -Infinity;
  const m = rx + s;
  const [base, kappa, pw] =
    alpha <= beta ? [alpha + lo, (beta - alpha) / (alpha + lo), s + 1] : [beta + lo, (alpha - beta) / (beta + lo), rx];
  const f = (t: number) => m * t - pw * Math.log1p(kappa * Math.exp(t));
  const slope = (t: number) => m - (pw * kappa * Math.exp(t)) / (1 + kappa * Math.exp(t));
  const t0 = -Math.log1p((hi - lo) / base);
  // The peak of the concave f on [t0, 0]: where its slope is 0, else an end.
  let peak = 0;
  if (slope(0) < 0) {
    peak = slope(t0) <= 0 ? t0 : bisect((t) => slope(t) > 0, t0, 0);
  }
  const top = f(peak);
  const left = f(t0) >= top - 40 ? t0 : bisect((t) => f(t) < top - 40, t0, peak);
  const right = f(0) >= top - 40 ? 0 : bisect((t) => f(t) >= top - 40, peak, 0);
  const change = Math.max(Math.abs(slope(left)), Math.abs(slope(right))) * (right - left);
  const panels = Math.min(64, Math.max(1, Math.ceil(change / 8), Math.ceil((right - left) / 3)));
  const parts = new Float64Array(panels);
  const width = (right - left) / panels;
  for (let k = 0; k < panels; k++) parts[k] = logIntegrate(f, left + k * width, left + (k + 1) * width, 32);
  return -m * Math.log(base) + logSumExp(parts);
}

/** The boundary between where `below` holds (towards lo) and where it does not, by bisection. */
function bisect(below: (t: number) => boolean, lo: number, hi: number): number {
  for (let i = 0; i < 80 && hi - lo > 1e-12 * (1 + Math.abs(lo)); i++) {
    const mid = (lo + hi) / 2;
    if (below(mid)) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * ln ∫_y^{Y} (α + u)^{−rx} (β + u)^{−(s+1)} du for every y of `ys` (each ≤ Y), into `out`: the
 * same forms as lnDropIntegral with one end shared, so the series depending on Y alone are
 * evaluated once. ∫ₗₒʰⁱ is then the difference of the values at lo and hi, which loses no digits
 * that matter: where the two are close the interval is short and its share of the customer's
 * likelihood is small.
 */
export function lnDropUpTo(
  rx: number,
  alpha: number,
  s: number,
  beta: number,
  ys: ArrayLike<number>,
  Y: number,
  out: Float64Array,
): void {
  const m = rx + s;
  const k = Math.max(alpha, beta);
  const k0 = Math.min(alpha, beta);
  const c = k - k0;
  const b = alpha >= beta ? s + 1 : rx;
  const vMax = Math.min(V_MAX, 0.5 / Math.max(m - 1, 1e-300));
  // Below yV the binomial series (v < vMax), above it the Euler one.
  const yV = (vMax * k - k0) / (1 - vMax);
  const lnC = Math.log(c);
  let aY = NaN;
  let aboveYV = NaN;
  let known = false;
  for (let j = 0; j < ys.length; j++) {
    const y = ys[j];
    if (!(y < Y)) {
      out[j] = -Infinity;
      continue;
    }
    if (!known) {
      aY = lnAntiderivative(m, b, k0, k, c, Y);
      aboveYV = yV < Y && yV > 0 ? lnDifference(lnAntiderivative(m, b, k0, k, c, yV), aY, m) : NaN;
      known = true;
    }
    let v: number;
    if (y < yV) {
      const below = lnBinomialSeries(m, b, k0, k, y, Math.min(Y, yV)) - m * lnC;
      v = yV < Y ? logAddExp(below, aboveYV) : below;
    } else v = lnDifference(lnAntiderivative(m, b, k0, k, c, y), aY, m);
    out[j] = Number.isNaN(v) ? lnDropQuadrature(rx, alpha, s, beta, y, Y) : v;
  }
}

/** ln I, its gradient and Hessian in (r + x, α, s, β): see lnDropMoments. */
export interface DropMoments {
  ln: number;
  grad: Float64Array;
  /** Row-major 4 × 4. */
  hess: Float64Array;
}

const MOMENT_NODES = 24;
const momentLnQ = new Float64Array(MOMENT_NODES);
const momentQ = new Float64Array(MOMENT_NODES);
const momentF = new Float64Array(MOMENT_NODES * 6);

/**
 * ln I = ln ∫ₗₒʰⁱ (α + y)^{−R} (β + y)^{−(s+1)} dy with its gradient and Hessian in (R, α, s, β),
 * for a second-order expansion of P(alive) around the estimate (the intervals' parameter draws).
 * With h the log integrand and w ∝ e^h on [lo, hi]: ∇ ln I = E_w[∇h] and ∇² ln I = E_w[∇²h] +
 * Cov_w(∇h). By Gauss–Legendre in u = (κ + y)^{1−c}, c = R + s + 1, κ = (Rα + (s + 1)β)/c, which
 * takes out the integrand's decay so what is left is smooth and bounded (checked against
 * lnDropIntegral). ln = −∞ (and zero derivatives) when hi ≤ lo. `into`: the result's buffers to
 * reuse (one call per history in the intervals).
 */
export function lnDropMoments(
  R: number,
  alpha: number,
  s: number,
  beta: number,
  lo: number,
  hi: number,
  into?: DropMoments,
): DropMoments {
  const out = into ?? { ln: -Infinity, grad: new Float64Array(4), hess: new Float64Array(16) };
  const { grad, hess } = out;
  if (into) {
    grad.fill(0);
    hess.fill(0);
  }
  out.ln = -Infinity;
  if (!(hi > lo)) return out;
  const c = R + s + 1;
  const kappa = (R * alpha + (s + 1) * beta) / c;
  const lnKLo = Math.log(kappa + lo);
  // ln u(lo) − ln u(hi) = (c − 1) ln((κ + hi)/(κ + lo)) > 0.
  const span = (c - 1) * Math.log1p((hi - lo) / (kappa + lo));
  const back = Math.exp(-span);
  const { x, w } = gaussLegendre(MOMENT_NODES);
  const lnQ = momentLnQ;
  const f = momentF;
  let top = -Infinity;
  for (let k = 0; k < MOMENT_NODES; k++) {
    const v = (x[k] + 1) / 2;
    // u_k = u(hi) + v (u(lo) − u(hi)); z = ln((κ + y)/(κ + lo)) ≥ 0.
    const z = Math.log(v + (1 - v) * back) / (1 - c);
    const y = lo + (kappa + lo) * Math.expm1(z);
    const lnK = lnKLo + z;
    const la = Math.log(alpha + y);
    const lb = Math.log(beta + y);
    lnQ[k] = Math.log(w[k]) + R * (lnK - la) + (s + 1) * (lnK - lb);
    top = Math.max(top, lnQ[k]);
    const ia = 1 / (alpha + y);
    const ib = 1 / (beta + y);
    const at = k * 6;
    f[at] = -la;
    f[at + 1] = -R * ia;
    f[at + 2] = -lb;
    f[at + 3] = -(s + 1) * ib;
    f[at + 4] = ia;
    f[at + 5] = ib;
  }
  let sum = 0;
  const q = momentQ;
  for (let k = 0; k < MOMENT_NODES; k++) sum += q[k] = Math.exp(lnQ[k] - top);
  // ∫ = (u(lo) − u(hi))/(c − 1) × Σ w q / 2 with u(lo) − u(hi) = u(lo)(1 − e^{−span}).
  out.ln = (1 - c) * lnKLo + Math.log(-Math.expm1(-span)) - Math.log(c - 1) + top + Math.log(sum / 2);
  for (let k = 0; k < MOMENT_NODES; k++) {
    const p = q[k] / sum;
    for (let a = 0; a < 4; a++) grad[a] += p * f[k * 6 + a];
  }
  for (let k = 0; k < MOMENT_NODES; k++) {
    const p = q[k] / sum;
    const at = k * 6;
    const ia = f[at + 4];
    const ib = f[at + 5];
    for (let a = 0; a < 4; a++) {
      const ea = p * (f[at + a] - grad[a]);
      for (let b = 0; b < 4; b++) hess[a * 4 + b] += ea * (f[at + b] - grad[b]);
    }
    // E_w[∇²h]: ∂²/∂R∂α = −1/(α + y), ∂²/∂α² = R/(α + y)², ∂²/∂s∂β = −1/(β + y), ∂²/∂β² = (s + 1)/(β + y)².
    hess[1] -= p * ia;
    hess[4] -= p * ia;
    hess[5] += p * R * ia * ia;
    hess[11] -= p * ib;
    hess[14] -= p * ib;
    hess[15] += p * (s + 1) * ib * ib;
  }
  return out;
}
