import type { SegmentRow } from '../core/segments/summarizeSegments.ts';

/**
 * The data and options every chart module takes. A chart is a function of (element, data, options)
 * returning a handle to update it with new data or options and to destroy it; it never reads app
 * state. Texts come in through `labels` (already translated) and numbers go out through `format`.
 */

/** What every draw function returns (Chart.svelte hosts it). */
export interface ChartHandle<D, O> {
  update(data: D, opts: O): void;
  destroy(): void;
}

/** The handle of a chart that buttons can zoom (the scatter): the same zoom as wheel and pinch. */
export interface ZoomableHandle<D, O> extends ChartHandle<D, O> {
  /** Zooms by factor k about the centre of the plot (k > 1 in, k < 1 out). */
  zoomBy(k: number): void;
  /** Shows all the data again. */
  resetZoom(): void;
}

/**
 * A chart's data as a table (its text alternative): column headers, rows of cells (numbers are
 * formatted by the table, texts shown as they are) and a caption.
 */
export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
  caption?: string;
}

/** Formats a number for display in the current locale (digits = most fraction digits). */
export type Format = (n: number, digits?: number) => string;

/** Options shared by every chart. */
export interface BaseOpts {
  format: Format;
  /** Pixel size; defaults: the element's clientWidth (or 640 when it is 0) and a chart-specific height. */
  width?: number;
  height?: number;
}

/**
 * One segment as the treemap, bar chart and scatter legend show it: the core's summary row
 * (index, id, customers, revenue in currency, shares 0..1, average recency in days, frequency in
 * orders and monetary in currency) with its display name and CSS colour.
 */
export interface SegmentDatum extends SegmentRow {
  label: string;
  colour: string;
}

/** RFM grid: recency score (x) × frequency score (y). */
export interface RfmGridData {
  /** Number of recency grades (x axis, 1..rGrades) and frequency grades (y axis, 1..fGrades). */
  rGrades: number;
  fGrades: number;
  /** Customers per cell, index (r − 1) × fGrades + (f − 1). */
  count: ArrayLike<number>;
  /** Average monetary (currency) per cell, same layout; NaN for an empty cell. */
  avgMonetary: ArrayLike<number>;
  /** Tick labels of the recency grades, index r − 1 (e.g. reversed for the textbook variant). Default "1".."n". */
  rTickLabels?: string[];
  /** The highlighted cell, if any. */
  selected?: { r: number; f: number } | null;
}

export interface RfmGridOpts extends BaseOpts {
  /** Show the count as the cell colour or as the size of a square in the cell. */
  encode: 'colour' | 'size';
  labels: { x: string; y: string; count: string; avgMonetary: string };
  /** Click or Enter on a cell; null when the selected cell is clicked again (deselect). */
  onSelect?: (cell: { r: number; f: number } | null) => void;
}

export interface TreemapData {
  segments: SegmentDatum[];
}

export interface TreemapOpts extends BaseOpts {
  /** Area by customers or by revenue. */
  by: 'customers' | 'revenue';
  labels: { customers: string; revenue: string; customerShare: string; revenueShare: string };
  onSelect?: (segmentIndex: number) => void;
}

export interface SegmentBarsData {
  segments: SegmentDatum[];
}

export interface SegmentBarsOpts extends BaseOpts {
  labels: {
    x: string;
    customers: string;
    revenueShare: string;
    avgRecency: string;
    avgFrequency: string;
    avgMonetary: string;
  };
  onSelect?: (segmentIndex: number) => void;
}

/** Scatter of customers: recency (days, x) against monetary (currency, y), coloured by segment. */
export interface ScatterData {
  recency: ArrayLike<number>;
  monetary: ArrayLike<number>;
  /** Segment index per customer (into `segments` by SegmentDatum.index). */
  segment: ArrayLike<number>;
  ids: string[];
  segments: Pick<SegmentDatum, 'index' | 'label' | 'colour'>[];
}

export interface ScatterOpts extends BaseOpts {
  /** Symmetric-log scales (zero and negative values allowed). */
  logX: boolean;
  logY: boolean;
  labels: { x: string; y: string; customer: string; segment: string; hint: string };
  /** Customers inside a brushed rectangle (indices into the arrays), or null when the brush is cleared. */
  onBrush?: (indices: Uint32Array | null) => void;
}

export interface ParetoData {
  /** Revenue per customer (currency), highest first. */
  sortedRevenue: ArrayLike<number>;
  /** ABC cuts as cumulative revenue shares, e.g. [0.8, 0.95]. */
  cuts: readonly [number, number];
}

export interface ParetoOpts extends BaseOpts {
  labels: {
    x: string;
    y: string;
    cumulative: string;
    classA: string;
    classB: string;
    classC: string;
    /**
     * Name of a class-boundary marker, with the placeholders {class} (classA/B/C), {rank} (the
     * first customer of the class, 1 = highest revenue) and {share} (that rank as a share of the
     * customers). Default "Class {class} starts at customer {rank} ({share} of customers)".
     */
    classStart?: string;
    /** Tooltip line of a bar of several customers (the mean). Default "<y> (mean per customer)". */
    meanRevenue?: string;
  };
}

export interface LorenzData {
  /** Points of the Lorenz curve: cumulative customer share x and revenue share y, both 0..1, from (0,0) to (1,1). */
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  gini: number;
}

export interface LorenzOpts extends BaseOpts {
  labels: { x: string; y: string; equality: string; curve: string; gini: string };
}

export interface PyramidLayer {
  id: string;
  label: string;
  customers: number;
  revenue: number;
  customerShare: number;
  revenueShare: number;
}

export interface PyramidData {
  /** Layers from the top (key) to the bottom (small). */
  layers: PyramidLayer[];
}

export interface PyramidOpts extends BaseOpts {
  labels: { byCount: string; byRevenue: string; customers: string; revenue: string };
}

/** Holdout check: actual against predicted repeat purchases, by calibration frequency. */
export interface HoldoutBarsData {
  /** One group per calibration frequency bin, e.g. "0", "1", … "7+". */
  bins: { label: string; customers: number; actual: number; predicted: number }[];
}

export interface HoldoutBarsOpts extends BaseOpts {
  labels: { x: string; y: string; actual: string; predicted: string; customers: string };
}

/** Tracking plot: cumulative repeat transactions over time, actual against the model. */
export interface TrackingData {
  /** Time points in model units since the first purchase in the data (x axis), ascending. */
  t: ArrayLike<number>;
  /** Cumulative actual and expected repeat transactions at each time point. */
  actual: ArrayLike<number>;
  expected: ArrayLike<number>;
  /** Where calibration ends (same units as t); a vertical marker. */
  calibrationEnd: number;
  /** Tick label for a time value, e.g. a date. */
  tickLabel?: (t: number) => string;
}

export interface TrackingOpts extends BaseOpts {
  labels: { x: string; y: string; actual: string; expected: string; calibrationEnd: string };
}

/** P(alive) for each (frequency x, recency t_x) at one age T: a heatmap. */
export interface PAliveMatrixData {
  /** Frequencies (rows, 0 at the bottom) and recencies (columns, model units), ascending. */
  x: number[];
  tx: number[];
  /** P(alive) 0..1, index i × tx.length + j for x[i], tx[j]; NaN where t_x is impossible (x = 0 and t_x > 0). */
  p: ArrayLike<number>;
}

export interface PAliveMatrixOpts extends BaseOpts {
  labels: { x: string; y: string; pAlive: string };
}

/** One class of the customer value cube (current × potential × loyalty, each high or low). */
export interface CubeClass {
  /** 0..7: index into the cube's classes. */
  index: number;
  id: string;
  label: string;
  colour: string;
  current: 'high' | 'low';
  potential: 'high' | 'low';
  loyalty: 'high' | 'low';
  customers: number;
  /** Sums over the class in currency. */
  currentValue: number;
  potentialValue: number;
}

export interface ValueCubeData {
  classes: CubeClass[];
  /** The highlighted class, if any. */
  selected?: number | null;
}

export interface ValueCubeOpts extends BaseOpts {
  labels: {
    current: string;
    potential: string;
    loyalty: string;
    high: string;
    low: string;
    customers: string;
    currentValue: string;
    potentialValue: string;
  };
  onSelect?: (classIndex: number | null) => void;
}

/** Choosing k: inertia (elbow) and mean silhouette for each k tried. */
export interface KScanData {
  rows: { k: number; inertia: number; silhouette: number }[];
  /** The suggested k (highlighted), and the one picked now (marked), if any. */
  suggested?: number | null;
  chosen?: number | null;
}

export interface KScanOpts extends BaseOpts {
  labels: { k: string; inertia: string; silhouette: string; suggested: string; chosen: string };
  /** Click or Enter on a k's marks picks it. */
  onSelect?: (k: number) => void;
}

/** Cluster centroids over the features (standardised values), one line per cluster. */
export interface ParallelCoordsData {
  features: string[];
  /** Per cluster: its label, colour and one value per feature (same order), in standard units. */
  lines: { index: number; label: string; colour: string; values: number[]; size: number }[];
  selected?: number | null;
}

export interface ParallelCoordsOpts extends BaseOpts {
  labels: { value: string; size: string };
  onSelect?: (index: number | null) => void;
}

/** Small-multiple histograms: one panel per feature, before clustering. */
export interface HistogramsData {
  panels: {
    label: string;
    /** Bin edges (length bins + 1) and counts (length bins), in the feature's (transformed) units. */
    edges: ArrayLike<number>;
    counts: ArrayLike<number>;
  }[];
}

export interface HistogramsOpts extends BaseOpts {
  labels: { count: string };
}
