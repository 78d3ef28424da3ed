import { bgStarts } from './bgnbd.ts';
import { gammaln, log1mExp, log2F1, logAddExp, logIntegrate, logSumExp } from './special.ts';
import type { RepeatModel } from './types.ts';

/**
 * ln ∫ₗₒʰⁱ (α + y)^{−rx} (β + y)^{−(s+1)} dy, the Pareto/NBD "dropped out between lo and hi"
 * integral. With m = rx + s its antiderivative is −(κ + y)^{−m} ₂F₁(m, b; m + 1; |α − β|/(κ + y)) / m
 * (κ = max(α, β); b = s + 1 when α ≥ β, else rx), evaluated in log space with a positive-term
 * series. Where that series would converge slowly (argument above 0.8) the integral is computed by
 * quadrature instead (lnDropQuadrature), so heavy buyers and extreme parameters stay finite.
 */
export function lnDropIntegral(rx: number, alpha: number, s: number, beta: number, lo: number, hi: number): number {
  if (!(hi > lo)) return -Infinity;
  const m = rx + s;
  const k = Math.max(alpha, beta);
  const c = Math.abs(alpha - beta);
  const b = alpha >= beta ? s + 1 : rx;
  const z = c / (k + lo);
  // The series peaks near term bz/(1 − z): use it only when that is a few thousand terms at most.
  if (z <= 0.8 && (b * z) / (1 - z) < 2000) {
    const fLo = -m * Math.log(k + lo) + log2F1(m, b, m + 1, z);
    const fHi = -m * Math.log(k + hi) + log2F1(m, b, m + 1, c / (k + hi));
    if (fHi < fLo) return fLo + log1mExp(fHi - fLo) - Math.log(m);
  }
  return lnDropQuadrature(rx, alpha, s, beta, lo, hi);
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

/** [1 − (u/(u+t))^{k}] / k, continuous through k = 0 (then ln((u + t)/u)). */
function powerTail(k: number, u: number, t: number): number {
  const L = Math.log1p(t / u);
  return Math.abs(k) < 1e-10 ? L : -Math.expm1(-k * L) / k;
}

/** ln of P(alive) odds' two parts for a customer: alive at T, or dropped out in (t_x, T]. */
function lnParts([r, alpha, s, beta]: readonly number[], x: number, tx: number, T: number): [number, number] {
  const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const gone = Math.log(s) + lnDropIntegral(r + x, alpha, s, beta, tx, T);
  return [alive, gone];
}

/**
 * Pareto/NBD (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005 note): purchases Poisson
 * with λ ~ Gamma(r, α), lifetime exponential with μ ~ Gamma(s, β). Params r, alpha, s, beta
 * (alpha and beta in time units).
 */
export const paretoNbd: RepeatModel = {
  id: 'pnbd',
  paramNames: ['r', 'alpha', 's', 'beta'],
  starts: (d) => bgStarts(d).map(([r, alpha, , b]) => [r, alpha, 1 / b + 0.3, alpha * 1.2]),
  logLikelihood(p, d) {
    const [r, alpha, s, beta] = p;
    const lnConst = -gammaln(r) + r * Math.log(alpha) + s * Math.log(beta);
    let ll = 0;
    for (let i = 0; i < d.x.length; i++) {
      const x = d.x[i];
      const [alive, gone] = lnParts(p, x, d.tx[i], d.T[i]);
      ll += d.w[i] * (gammaln(r + x) + lnConst + logAddExp(alive, gone));
    }
    return ll;
  },
  pAlive(p, x, tx, T) {
    const [alive, gone] = lnParts(p, x, tx, T);
    return Math.exp(alive - logAddExp(alive, gone));
  },
  pAliveAt(p, t, x, tx, T) {
    const [, , s, beta] = p;
    return paretoNbd.pAlive(p, x, tx, T) * Math.exp(-s * Math.log1p(t / (beta + T)));
  },
  expected(p, t, x, tx, T) {
    const [r, alpha, s, beta] = p;
    const perAlive = ((r + x) / (alpha + T)) * (beta + T) * powerTail(s - 1, beta + T, t);
    return paretoNbd.pAlive(p, x, tx, T) * perAlive;
  },
  pmf(p, t, n, x, tx, T) {
    const [r, alpha, s, beta] = p;
    const pa = paretoNbd.pAlive(p, x, tx, T);
    // Given alive at T: λ ~ Gamma(r + x, α + T), μ ~ Gamma(s, β + T); n purchases in (T, T + t]
    // while alive throughout, or n purchases and then dropping out at T + y.
    const rr = r + x;
    const a1 = alpha + T;
    const b1 = beta + T;
    const lnNb = gammaln(rr + n) - gammaln(rr) - gammaln(n + 1);
    const stay = lnNb + rr * Math.log(a1 / (a1 + t)) + n * Math.log(t / (a1 + t)) - s * Math.log1p(t / b1);
    const lnDrop =
      n === 0
        ? lnDropIntegral(rr, alpha, s, beta, T, T + t)
        : logIntegrate((y) => n * Math.log(y) - (rr + n) * Math.log(a1 + y) - (s + 1) * Math.log(b1 + y), 0, t);
    const drop = lnNb + rr * Math.log(a1) + Math.log(s) + s * Math.log(b1) + lnDrop;
    return pa * Math.exp(logAddExp(stay, drop)) + (n === 0 ? 1 - pa : 0);
  },
  expectedNew([r, alpha, s, beta], t) {
    return ((r * beta) / alpha) * powerTail(s - 1, beta, t);
  },
};
