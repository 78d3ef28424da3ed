import type { RfmValues } from '../rfm/scoreRfm.ts';

/**
 * The eight value classes of Chinese CRM practice, by M (important / general), then R and F:
 * value (R high, F high), development (R high, F low), retention (R low, F high), win-back (R low,
 * F low). Index = (M low ? 4 : 0) + (R low ? 2 : 0) + (F low ? 1 : 0).
 */
export const CN8_IDS = [
  'important_value',
  'important_development',
  'important_retention',
  'important_winback',
  'general_value',
  'general_development',
  'general_retention',
  'general_winback',
] as const;

/** The high/low line per dimension: recency in days, frequency in orders, monetary in currency. */
export interface Cn8Basis {
  kind: 'mean' | 'median';
  recency: number;
  frequency: number;
  monetary: number;
}

function mean(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return v.length ? s / v.length : NaN;
}

function median(v: ArrayLike<number>): number {
  const s = Float64Array.from(v).sort();
  const n = s.length;
  if (!n) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** The mean or median of recency (days), frequency (orders) and monetary (currency) over all customers. */
export function cn8Basis(v: RfmValues, kind: 'mean' | 'median'): Cn8Basis {
  const f = kind === 'mean' ? mean : median;
  return { kind, recency: f(v.recency), frequency: f(v.frequency), monetary: f(v.monetary) };
}

/**
 * Classifies customers against the basis: F and M are high when strictly above it; R is high
 * (recent) when the recency in days is strictly below it. A value equal to the line is low.
 * Returns the class index per customer (into CN8_IDS).
 */
export function cn8Classes(v: RfmValues, basis: Cn8Basis): Uint8Array {
  const n = v.recency.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const rLow = !(v.recency[i] < basis.recency);
    const fLow = !(v.frequency[i] > basis.frequency);
    const mLow = !(v.monetary[i] > basis.monetary);
    out[i] = (mLow ? 4 : 0) + (rLow ? 2 : 0) + (fLow ? 1 : 0);
  }
  return out;
}
