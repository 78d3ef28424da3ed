/** Fraction digits (0..maxDigits) that show every finite value exactly, e.g. 1 for the ticks 0, 0.5, 1. */
export function valueDigits(values: ArrayLike<number>, maxDigits = 2): number {
  for (let d = 0; d < maxDigits; d++) {
    const k = 10 ** d;
    let exact = true;
    for (let i = 0; i < values.length && exact; i++) {
      const v = values[i] * k;
      if (Number.isFinite(v) && Math.abs(v - Math.round(v)) > 1e-6 * Math.max(1, Math.abs(v))) exact = false;
    }
    if (exact) return d;
  }
  return maxDigits;
}
