import { describe, expect, it } from 'vitest';
import { lnDropIntegral, lnDropQuadrature } from '../../../src/core/clv/paretoNbd.ts';
import { betaMean, gaussLegendre, log1mExp, log2F1, logAddExp, lnRising } from '../../../src/core/clv/special.ts';

// Reference values computed with mpmath at 30–40 digits (mp.log(mp.hyp2f1(...)), mp.quad).
describe('log2F1', () => {
  it.each([
    [1, 1, 2, 0.5, 0.326634259978281],
    [2.243, 4.426, 4.219, 0.4740258161752194, 1.5206757450090227],
    // A heavy buyer's terms peak near e^70: no overflow in log space.
    [221.243, 223.426, 224.2, 0.27, 69.38672730453958],
    // scipy's hyp2f1 overflows to inf here.
    [0.5, 1000, 600, 0.9, 313.0304951116711],
    [3, 4, 5, 0.99, 9.88506893445242],
    [0.3, 0.7, 1.2, 0.999, 0.6313514118330976],
  ])('ln 2F1(%f, %f; %f; %f) = %f', (a, b, c, z, want) => {
    expect(log2F1(a, b, c, z)).toBeCloseTo(want, 10);
  });

  it.each([
    [0, 1, 1, 0.5],
    [1, 1, 1, 1],
    [1, 1, -1, 0.5],
  ])('rejects a=%f b=%f c=%f z=%f', (a, b, c, z) => {
    expect(() => log2F1(a, b, c, z)).toThrow(RangeError);
  });
});

describe('log-space helpers', () => {
  it.each([
    [0, 0, Math.LN2],
    [-Infinity, 3, 3],
    [1000, 1000, 1000 + Math.LN2],
    [-1000, -1001, -1000 + Math.log1p(Math.exp(-1))],
  ])('logAddExp(%f, %f) = %f', (a, b, want) => expect(logAddExp(a, b)).toBeCloseTo(want, 12));

  it.each([
    [-1e-20, Math.log(1e-20)],
    [-1, Math.log(1 - Math.exp(-1))],
    [-50, Math.log1p(-Math.exp(-50))],
  ])('log1mExp(%f)', (x, want) => expect(log1mExp(x)).toBeCloseTo(want, 10));

  it('lnRising sums ln(base + j)', () => {
    const g = lnRising(0.5, 4);
    // Γ(4.5)/Γ(0.5) = 0.5 · 1.5 · 2.5 · 3.5
    expect(Math.exp(g[4])).toBeCloseTo(0.5 * 1.5 * 2.5 * 3.5, 12);
    expect(g[0]).toBe(0);
  });

  it('Gauss–Legendre integrates polynomials up to degree 2n − 1 exactly', () => {
    const { x, w } = gaussLegendre(8);
    const integral = x.reduce((s, xi, i) => s + w[i] * (xi ** 14 + 3 * xi ** 2), 0);
    expect(integral).toBeCloseTo(2 / 15 + 2, 12);
  });

  it.each([
    [0.3, 0.4],
    [2, 5],
    [0.793, 2.426],
  ])('betaMean gives the mean of Beta(%f, %f) and of p²', (a, b) => {
    expect(betaMean((p) => p, a, b)).toBeCloseTo(a / (a + b), 8);
    expect(betaMean((p) => p * p, a, b)).toBeCloseTo((a * (a + 1)) / ((a + b) * (a + b + 1)), 8);
  });
});

// ln ∫_lo^hi (α + y)^{−rx} (β + y)^{−(s+1)} dy by mpmath quad at 40 digits, the interval split
// near lo where the integrand falls fastest.
const DROP = [
  [26.55, 10.58, 0.61, 11.67, 30.86, 31, -106.92976748984513],
  [2.55, 10.58, 0.61, 11.67, 5, 38.86, -9.938835371979723],
  [0.55, 10.58, 0.61, 11.67, 0, 38.86, -3.166762805114182],
  [221.55, 10.58, 0.61, 11.67, 103.43, 103.57, -1059.064880503738],
  [50.465, 0.00798565181, 3.0516, 2.82, 5, 6, -91.9754563744249],
  [510.465, 0.00798565181, 3.0516, 2.82, 1, 37, -15.717870676502024],
  [0.5, 100, 2, 0.5, 0, 50, -1.6119366983095944],
  [3, 0.5, 0.2, 80, 10, 300, -10.896943099130228],
  [0.05, 5, 0.03, 5, 0, 1000, 1.33493175791515],
  [1200.5, 20, 1.5, 3, 200, 210, -6490.0311729171035],
  [0.3, 1000, 0.2, 0.01, 0, 50, 0.2563728980513106],
  [0.2, 0.01, 0.3, 1000, 0, 2000, -3.344976792967414],
];

describe('the Pareto/NBD dropout integral', () => {
  it.each(DROP)('rx=%f α=%f s=%f β=%f on [%f, %f]: closed form or quadrature', (rx, a, s, b, lo, hi, want) => {
    expect(lnDropIntegral(rx, a, s, b, lo, hi)).toBeCloseTo(want, 7);
  });
  it.each(DROP)('rx=%f α=%f s=%f β=%f on [%f, %f]: quadrature alone', (rx, a, s, b, lo, hi, want) => {
    expect(lnDropQuadrature(rx, a, s, b, lo, hi)).toBeCloseTo(want, 6);
  });
  // Where Pareto/NBD fits run when lifetimes are homogeneous: s and β grow without bound.
  it.each([
    [6.86, 5.54, 615009.19, 24807352.16, 0, 100, -10471575.46422441],
    [1.86, 5.54, 615009.19, 24807352.16, 30, 700, -10471568.24735867],
    [40.5, 0.3, 200000.0, 1000.0, 1, 50, -1381773.9321430505],
  ])('rx=%f α=%f s=%f β=%f on [%f, %f] (huge s): to 1e-10 relative', (rx, a, s, b, lo, hi, want) => {
    expect(Math.abs(lnDropIntegral(rx, a, s, b, lo, hi) / want - 1)).toBeLessThan(1e-10);
    expect(Math.abs(lnDropQuadrature(rx, a, s, b, lo, hi) / want - 1)).toBeLessThan(1e-10);
  });

  it('is −∞ for an empty interval', () => {
    expect(lnDropIntegral(1, 1, 1, 1, 5, 5)).toBe(-Infinity);
  });
});
