import { renderHoldoutBars } from './holdoutBars.ts';
import { mountChart } from './handle.ts';
import type { BaseOpts, ChartHandle } from './types.ts';

/** The backtest's decile calibration: customers ranked by predicted holdout value, ten groups. */
export interface DecileChartData {
  /** Highest predicted value first; mean predicted and actual holdout value per customer. */
  deciles: { customers: number; predicted: number; actual: number }[];
}

export interface DecileChartOpts extends BaseOpts {
  labels: { x: string; y: string; actual: string; predicted: string; customers: string };
}

/**
 * Draws the decile calibration chart: per decile (1 = the customers with the highest predicted
 * value) the actual and the predicted mean holdout value side by side, as the holdout bars do
 * (`rect.bar[data-kind="actual"|"predicted"][data-bin=decile − 1]`, focusable, with tooltips).
 * A model that ranks well has falling bars; one that is calibrated has bars of equal height.
 * Height defaults to 320 px.
 */
export function drawDecileChart(
  el: HTMLElement,
  data: DecileChartData,
  opts: DecileChartOpts,
): ChartHandle<DecileChartData, DecileChartOpts> {
  return mountChart(el, 'decile-chart', data, opts, (root, d, o) =>
    renderHoldoutBars(root, { bins: d.deciles.map((x, i) => ({ label: String(i + 1), ...x })) }, o),
  );
}
