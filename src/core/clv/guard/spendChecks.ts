import type { CustomerSummary } from '../summarize.ts';

/** Gamma-Gamma assumes spend independent of frequency: above this correlation it says so. */
export const SPEND_CORRELATION_LIMIT = 0.3;
/** A spend outlier's mean repeat spend is more than this many times the median customer's. */
export const OUTLIER_FACTOR = 10;
/** Outliers dominate the spend fit when they hold at least this share of all repeat spend. */
export const OUTLIER_SHARE = 0.1;

/** What the Gamma-Gamma assumption checks measure on the spend customers (x > 0, mean repeat spend > 0). */
export interface SpendChecks {
  customers: number;
  /** Pearson correlation of repeat purchases x and mean repeat spend; NaN with fewer than 3 customers. */
  correlation: number;
  /** Median mean repeat spend (currency). */
  median: number;
  /** Customers whose mean repeat spend exceeds OUTLIER_FACTOR × the median, and their share of Σ x × spend. */
  outliers: number;
  outlierShare: number;
}

/** Correlation and outliers of the spend customers of a summary. */
export function spendChecks(s: Pick<CustomerSummary, 'x' | 'spend'>): SpendChecks {
  const xs: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < s.x.length; i++) {
    if (s.x[i] > 0 && s.spend[i] > 0) {
      xs.push(s.x[i]);
      ms.push(s.spend[i]);
    }
  }
  const n = xs.length;
  let sx = 0;
  let sm = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i];
    sm += ms[i];
  }
  let cxx = 0;
  let cmm = 0;
  let cxm = 0;
  for (let i = 0; i < n; i++) {
    const a = xs[i] - sx / n;
    const b = ms[i] - sm / n;
    cxx += a * a;
    cmm += b * b;
    cxm += a * b;
  }
  const correlation = n >= 3 && cxx > 0 && cmm > 0 ? cxm / Math.sqrt(cxx * cmm) : NaN;
  const sorted = Float64Array.from(ms).sort();
  const median = n ? (n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2) : NaN;
  let total = 0;
  let big = 0;
  let outliers = 0;
  for (let i = 0; i < n; i++) {
    total += xs[i] * ms[i];
    if (ms[i] > OUTLIER_FACTOR * median) {
      outliers++;
      big += xs[i] * ms[i];
    }
  }
  return { customers: n, correlation, median, outliers, outlierShare: total > 0 ? big / total : 0 };
}
