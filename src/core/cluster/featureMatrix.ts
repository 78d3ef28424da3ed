import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
/** The customers × features matrix k-means works on, built from columns with a transform and a scaling. */

export type Transform = 'none' | 'log1p';
export type Scaling = 'z' | 'minmax';

/** One feature: a column per customer (in its own unit) and how to transform it. */
export interface FeatureSpec {
  /** Stable id, e.g. "r", "clv", "attr:age". */
  id: string;
  values: ArrayLike<number>;
  transform: Transform;
}

/** Row-major n × d matrix of standardised features, with what it takes to go back. */
export interface FeatureMatrix {
  n: number;
  d: number;
  data: Float64Array;
  ids: string[];
  /** Per feature: the centre and scale used (z: mean and sd; minmax: min and range), in transformed units. */
  center: Float64Array;
  scale: Float64Array;
  /** Per feature: how many missing (NaN) values were replaced by the feature's centre. */
  imputed: number[];
  /** Plain-language notes (constant features, imputed values). */
  warnings: Notice[];
}

/** sign(x) · ln(1 + |x|): log1p that keeps negative net amounts (returns) finite and ordered. */
export function signedLog1p(x: number): number {
  return x < 0 ? -Math.log1p(-x) : Math.log1p(x);
}

/**
 * Builds the standardised matrix: each feature transformed (none, or signed log1p), then scaled by
 * z-score ((x − mean)/sd) or min-max ((x − min)/(max − min)); missing values are set to the centre
 * (0 after z-scoring) and counted. A constant feature is left at 0 with a warning.
 */
export function featureMatrix(features: readonly FeatureSpec[], scaling: Scaling): FeatureMatrix {
  const d = features.length;
  const n = d ? features[0].values.length : 0;
  const data = new Float64Array(n * d);
  const center = new Float64Array(d);
  const scale = new Float64Array(d);
  const imputed: number[] = [];
  const warnings: Notice[] = [];
  features.forEach((f, j) => {
    const col = Float64Array.from({ length: n }, (_, i) => {
      const v = f.values[i];
      return f.transform === 'log1p' ? signedLog1p(v) : v;
    });
    let count = 0;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const v of col) {
      if (!Number.isFinite(v)) continue;
      count++;
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    const mean = count ? sum / count : 0;
    let ss = 0;
    for (const v of col) if (Number.isFinite(v)) ss += (v - mean) ** 2;
    const sd = count > 1 ? Math.sqrt(ss / count) : 0;
    center[j] = scaling === 'z' ? mean : min === Infinity ? 0 : min;
    const spread = scaling === 'z' ? sd : max - min;
    scale[j] = spread > 0 ? spread : 1;
    if (!(spread > 0)) {
      warnings.push(
        notice(
          'cluster.constant',
          { feature: f.id },
          `${f.id} is the same for every customer: it cannot separate clusters`,
        ),
      );
    }
    let missing = 0;
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (Number.isFinite(v)) data[i * d + j] = (v - center[j]) / scale[j];
      else {
        missing++;
        data[i * d + j] = scaling === 'z' ? 0 : (mean - center[j]) / scale[j];
      }
    }
    imputed.push(missing);
    if (missing) {
      warnings.push(
        notice(
          'cluster.imputed',
          { feature: f.id, count: missing },
          `${f.id}: ${missing} missing values set to the average`,
        ),
      );
    }
  });
  return { n, d, data, ids: features.map((f) => f.id), center, scale, imputed, warnings };
}
