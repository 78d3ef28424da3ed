/**
 * Special functions for the CLV models, all in log space where values can overflow: log-gamma and
 * log-beta (from @stdlib), log-sum-exp helpers, a positive-term Gauss hypergeometric ₂F₁ that
 * stays finite for heavy buyers, and Gauss–Legendre quadrature.
 */
import betaln from '@stdlib/math-base-special-betaln';
import gammaln from '@stdlib/math-base-special-gammaln';

export { betaln, gammaln };

/**
 * The digamma function ψ(x) = d ln Γ(x)/dx for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to
 * x ≥ 10, then the asymptotic series (Abramowitz & Stegun 6.3.18), about 1e-15 relative.
 */
export function digamma(x: number): number {
  if (!(x > 0)) return NaN;
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  const series =
    f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f * (1 / 132 - f * (691 / 32760 - f / 12))))));
  return shift + Math.log(x) - 0.5 / x - series;
}

/** ln(eᵃ + eᵇ) without overflow; −∞ stays −∞. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** ln(1 − eˣ) for x ≤ 0, accurate near 0 and near −∞. */
export function log1mExp(x: number): number {
  return x > -Math.LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
}

/** ln Σ eˣⁱ over an array. */
export function logSumExp(xs: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < xs.length; i++) if (xs[i] > m) m = xs[i];
  if (m === -Infinity || !Number.isFinite(m)) return m;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += Math.exp(xs[i] - m);
  return m + Math.log(s);
}

/**
 * ln ₂F₁(a, b; c; z) for a, b, c > 0 and 0 ≤ z < 1, by its power series, whose terms are then all
 * positive: summed relative to the running largest term, so nothing overflows however large a and b
 * get (x = 221 repeat purchases gives a term peak near e¹⁵⁰). Throws a RangeError outside that
 * domain or when 100,000 terms do not converge (z too close to 1).
 */
export function log2F1(a: number, b: number, c: number, z: number): number {
  if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) {
    throw new RangeError(`log2F1 needs a, b, c > 0 and 0 ≤ z < 1, got a=${a} b=${b} c=${c} z=${z}`);
  }
  if (z === 0) return 0;
  // The term ratio falls below 1 for good only after the larger root of
  // (z − 1)k² + ((a + b)z − c − 1)k + (abz − c) = 0 (it can dip below 1 earlier when a or b < 1).
  const qa = z - 1;
  const qb = (a + b) * z - c - 1;
  const disc = qb * qb - 4 * qa * (a * b * z - c);
  const lastRise = disc > 0 ? Math.max((-qb + Math.sqrt(disc)) / (2 * qa), (-qb - Math.sqrt(disc)) / (2 * qa)) : 0;
  // Sum and term are kept relative to e^logScale and rescaled before they could overflow.
  let logScale = 0;
  let sum = 1;
  let term = 1;
  for (let k = 0; k < 100_000; k++) {
    term *= ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    sum += term;
    if (sum > 1e250) {
      logScale += Math.log(sum);
      term /= sum;
      sum = 1;
    }
    if (term < 1e-16 * sum && k > lastRise) return logScale + Math.log(sum);
  }
  throw new RangeError(`log2F1(${a}, ${b}; ${c}; ${z}) did not converge`);
}

/** Gauss–Legendre nodes and weights on [−1, 1] (Newton on the Legendre polynomial), cached by n. */
const glCache = new Map<number, { x: Float64Array; w: Float64Array }>();
export function gaussLegendre(n: number): { x: Float64Array; w: Float64Array } {
  const hit = glCache.get(n);
  if (hit) return hit;
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    let t = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = t;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = (n * (t * p1 - p0)) / (t * t - 1);
      const dt = p1 / dp;
      t -= dt;
      if (Math.abs(dt) < 1e-15) break;
    }
    x[i] = -t;
    x[n - 1 - i] = t;
    w[i] = w[n - 1 - i] = 2 / ((1 - t * t) * dp * dp);
  }
  const r = { x, w };
  glCache.set(n, r);
  return r;
}

/** ln ∫ₐᵇ e^{f(y)} dy by n-point Gauss–Legendre, summed in log space (f returns the log integrand). */
export function logIntegrate(f: (y: number) => number, a: number, b: number, n = 64): number {
  if (!(b > a)) return -Infinity;
  const { x, w } = gaussLegendre(n);
  const half = (b - a) / 2;
  const mid = (a + b) / 2;
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++) terms[i] = Math.log(w[i] * half) + f(mid + half * x[i]);
  return logSumExp(terms);
}

/**
 * E[f(p)] for p ~ Beta(a, b), a, b > 0, by Gauss–Legendre on [0, ½] and [½, 1]. Where the density
 * is singular (a < 1 at 0, b < 1 at 1) the half is integrated in u = p^a (or v = (1 − p)^b), which
 * removes the singularity. f must be smooth on [0, 1].
 */
export function betaMean(f: (p: number) => number, a: number, b: number, n = 64): number {
  const { x, w } = gaussLegendre(n);
  const lnB = betaln(a, b);
  const half = (g: (t: number) => number, hi: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += ((w[i] * hi) / 2) * g((hi * (x[i] + 1)) / 2);
    return s;
  };
  const density = (p: number) => Math.exp((a - 1) * Math.log(p) + (b - 1) * Math.log1p(-p) - lnB);
  // Lower half: plain in p, or p = u^{1/a} with p^{a−1} dp = du / a.
  const lower =
    a >= 1
      ? half((p) => density(p) * f(p), 0.5)
      : half(
          (u) => {
            const p = Math.pow(u, 1 / a);
            return Math.exp((b - 1) * Math.log1p(-p) - Math.log(a) - lnB) * f(p);
          },
          Math.pow(0.5, a),
        );
  // Upper half: plain, or 1 − p = v^{1/b} with (1 − p)^{b−1} dp = −dv / b.
  const upper =
    b >= 1
      ? half((t) => density(1 - t) * f(1 - t), 0.5)
      : half(
          (v) => {
            const q = Math.pow(v, 1 / b);
            return Math.exp((a - 1) * Math.log1p(-q) - Math.log(b) - lnB) * f(1 - q);
          },
          Math.pow(0.5, b),
        );
  return lower + upper;
}

/**
 * ln Γ(base + k) − ln Γ(base) for k = 0..maxK (k whole): cumulative sums of ln(base + j), so a
 * likelihood over many customers needs one logarithm per distinct count instead of a log-gamma each.
 */
export function lnRising(base: number, maxK: number): Float64Array {
  const out = new Float64Array(maxK + 1);
  for (let k = 1; k <= maxK; k++) out[k] = out[k - 1] + Math.log(base + k - 1);
  return out;
}

/**
 * ln ₂F₁(1, b; c; z) for 0 < b < c and 0 ≤ z < 1. Every term is positive and each term's ratio to
 * the one before, (b + k)z/(c + k), is below z, so the terms fall from the first and the tail after
 * a term is at most term × z/(1 − z): no peak to climb, however large b and c get. Through Euler's
 * transformation ₂F₁(a, b; a + 1; z) = (1 − z)^{1−b} ₂F₁(1, a + 1 − b; a + 1; z) this is the fast
 * form of the Pareto/NBD integral's hypergeometric function. NaN when `maxTerms` terms do not
 * bring the tail below 1e-16 of the sum (z too close to 1: the caller takes another form).
 */
export function log2F1One(b: number, c: number, z: number, maxTerms = 4000): number {
  if (!(b > 0 && c > b && z >= 0 && z < 1)) {
    throw new RangeError(`log2F1One needs 0 < b < c and 0 ≤ z < 1, got b=${b} c=${c} z=${z}`);
  }
  const stop = 1e-16 * (1 - z);
  let sum = 1;
  let term = 1;
  for (let k = 0; k < maxTerms; k++) {
    term *= ((b + k) * z) / (c + k);
    sum += term;
    if (term <= stop * sum) return Math.log(sum);
  }
  return NaN;
}

/**
 * The standard normal's quantile Φ⁻¹(p), 0 < p < 1 (Acklam's rational approximation, relative
 * error below 1.2e-9).
 */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}
