/** The customer value cube: current value × potential value × loyalty, each high or low. */

/** The eight classes; their index is the class number used per customer. */
export const CUBE_IDS = [
  'platinum',
  'gold',
  'loyal',
  'potential',
  'easy_to_lose',
  'short_term',
  'least_valuable',
  'developable',
] as const;

export type CubeId = (typeof CUBE_IDS)[number];

/** High (true) / low of current value, potential value and loyalty for each class, in CUBE_IDS order. */
export const CUBE_CORNERS: Record<CubeId, { current: boolean; potential: boolean; loyalty: boolean }> = {
  platinum: { current: true, potential: true, loyalty: true },
  gold: { current: true, potential: false, loyalty: true },
  loyal: { current: false, potential: false, loyalty: true },
  potential: { current: false, potential: true, loyalty: true },
  easy_to_lose: { current: true, potential: true, loyalty: false },
  short_term: { current: true, potential: false, loyalty: false },
  least_valuable: { current: false, potential: false, loyalty: false },
  developable: { current: false, potential: true, loyalty: false },
};

/** Where "high" starts: above the mean, the median, or a percentile (0–100) of the values. */
export type CubeCut = { kind: 'mean' } | { kind: 'median' } | { kind: 'percentile'; p: number };

/** The cut value of a column (currency or probability) under a cut rule. NaN values are ignored. */
export function cutValue(values: ArrayLike<number>, cut: CubeCut): number {
  const v = Float64Array.from(values).filter((x) => !Number.isNaN(x));
  if (!v.length) return NaN;
  if (cut.kind === 'mean') return v.reduce((s, x) => s + x, 0) / v.length;
  v.sort(); // a typed array sorts numerically, without a comparator call per pair
  const p = cut.kind === 'median' ? 50 : Math.min(100, Math.max(0, cut.p));
  // Linear interpolation between closest ranks (the common "type 7" percentile).
  const h = ((v.length - 1) * p) / 100;
  const lo = Math.floor(h);
  return v[lo] + (h - lo) * ((v[Math.min(lo + 1, v.length - 1)] ?? v[lo]) - v[lo]);
}

export interface CubeResult {
  /** Class per customer (index into CUBE_IDS). */
  cls: Uint8Array;
  /** The cut values used: current and potential in currency, loyalty a probability. */
  cuts: { current: number; potential: number; loyalty: number };
  /**
   * Per dimension, true when "high" means at or above the cut rather than above it: nobody is
   * strictly above (e.g. the median P(alive) is 1 because most customers never bought again and
   * BG/NBD gives them P(alive) = 1), so a strict cut would leave four classes empty.
   */
  inclusive: { current: boolean; potential: boolean; loyalty: boolean };
  /** Per class: customers and summed current and potential value (currency). */
  classes: { id: CubeId; customers: number; current: number; potential: number }[];
}

/**
 * Classes customers into the value cube: each dimension is high when strictly above its cut, or
 * at or above it when nobody is strictly above (ties at the maximum; see CubeResult.inclusive).
 * current and potential in currency, loyalty = P(alive) (or its stand-in, see guardFit).
 * `loyaltyHighFrom`: a fixed cut for loyalty instead of `cut` (high when at or above it), for an
 * ordinal stand-in such as the lifecycle stage whose "high" is fixed (new and active).
 */
export function valueCube(
  current: ArrayLike<number>,
  potential: ArrayLike<number>,
  loyalty: ArrayLike<number>,
  cut: CubeCut,
  loyaltyHighFrom: number | null = null,
): CubeResult {
  const cuts = {
    current: cutValue(current, cut),
    potential: cutValue(potential, cut),
    loyalty: loyaltyHighFrom ?? cutValue(loyalty, cut),
  };
  const inclusive = {
    current: noneAbove(current, cuts.current),
    potential: noneAbove(potential, cuts.potential),
    loyalty: loyaltyHighFrom !== null || noneAbove(loyalty, cuts.loyalty),
  };
  const high = (v: number, key: keyof typeof cuts) => (inclusive[key] ? v >= cuts[key] : v > cuts[key]);
  const n = current.length;
  const cls = new Uint8Array(n);
  const classes = CUBE_IDS.map((id) => ({ id, customers: 0, current: 0, potential: 0 }));
  const index = new Map(
    CUBE_IDS.map((id, i) => {
      const c = CUBE_CORNERS[id];
      return [`${+c.current}${+c.potential}${+c.loyalty}`, i];
    }),
  );
  for (let i = 0; i < n; i++) {
    const key = `${+high(current[i], 'current')}${+high(potential[i], 'potential')}${+high(loyalty[i], 'loyalty')}`;
    const k = index.get(key)!;
    cls[i] = k;
    classes[k].customers++;
    classes[k].current += current[i] || 0;
    classes[k].potential += potential[i] || 0;
  }
  return { cls, cuts, inclusive, classes };
}

/** True when no value is above the cut but some equal it. */
function noneAbove(values: ArrayLike<number>, cut: number): boolean {
  let equal = false;
  for (let i = 0; i < values.length; i++) {
    if (values[i] > cut) return false;
    if (values[i] === cut) equal = true;
  }
  return equal;
}
