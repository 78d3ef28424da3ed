/** The segment maps as tables (their text alternatives), in the UI language. */
import type { ChartTable, RfmGridData, SegmentDatum } from '../../charts/types.ts';
import { fmtNumber, t } from '../i18n/i18n.svelte.ts';

const pct = (x: number) => `${fmtNumber(100 * x, 1)} %`;
const num = (v: number, digits: number) => (Number.isFinite(v) ? fmtNumber(v, digits) : '—');

/** The average monetary's heading: "Avg profit" on the profit basis. */
const avgM = (onProfit: boolean, key: 'seg.avgM' | 'label.avgMonetary') =>
  t(onProfit ? (key === 'seg.avgM' ? 'seg.avgProfit' : 'label.avgProfit') : key);

/** RFM grid: each recency × frequency score pair with its customers and average monetary (profit when `onProfit`). */
export function gridTable(grid: RfmGridData, onProfit = false): ChartTable {
  const rows: (string | number)[][] = [];
  for (let r = 1; r <= grid.rGrades; r++) {
    for (let f = 1; f <= grid.fGrades; f++) {
      const i = (r - 1) * grid.fGrades + (f - 1);
      rows.push([
        grid.rTickLabels?.[r - 1] ?? String(r),
        String(f),
        fmtNumber(Number(grid.count[i]) || 0, 0),
        num(Number(grid.avgMonetary[i]), 1),
      ]);
    }
  }
  return {
    columns: [t('label.rScore'), t('label.fScore'), t('label.count'), avgM(onProfit, 'label.avgMonetary')],
    rows,
  };
}

/** Treemap and bar chart: each segment's customers, shares and average recency, frequency and monetary. */
export function segmentTable(segments: SegmentDatum[], onProfit = false): ChartTable {
  return {
    columns: [
      t('seg.segment'),
      t('seg.customers'),
      t('seg.customerShare'),
      t(onProfit ? 'label.profitShareClamped' : 'seg.revenueShare'),
      t('seg.avgR'),
      t('seg.avgF'),
      avgM(onProfit, 'seg.avgM'),
    ],
    rows: segments.map((s) => [
      s.label,
      fmtNumber(s.customers, 0),
      pct(s.customerShare),
      pct(s.revenueShare),
      num(s.avgRecency, 1),
      num(s.avgFrequency, 1),
      num(s.avgMonetary, 1),
    ]),
  };
}

/** Customer scatter: where each segment's customers lie on average (recency × monetary). */
export function scatterTable(segments: SegmentDatum[], onProfit = false): ChartTable {
  return {
    columns: [t('seg.segment'), t('seg.customers'), t('seg.avgR'), avgM(onProfit, 'seg.avgM')],
    rows: segments.map((s) => [s.label, fmtNumber(s.customers, 0), num(s.avgRecency, 1), num(s.avgMonetary, 1)]),
  };
}
