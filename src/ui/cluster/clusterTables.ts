/** The Clusters view's charts as tables (their text alternatives), in the UI language. */
import { edgeDigits } from '../../charts/histograms.ts';
import { groupMeans, mergeBins } from '../../charts/tableRows.ts';
import type { ChartTable, HistogramsData, KScanData, ParallelCoordsData } from '../../charts/types.ts';
import { fmtNumber, t } from '../i18n/i18n.svelte.ts';

const num = (v: number, digits: number) => (Number.isFinite(v) ? fmtNumber(v, digits) : '—');

/** Feature histograms: per feature, its bins merged so the whole table has about 25 rows (at least 3 per feature). */
export function histogramsTable(data: HistogramsData, title: string): ChartTable {
  const perFeature = Math.max(3, Math.floor(25 / Math.max(1, data.panels.length)));
  const rows = data.panels.flatMap((p) => {
    const bins = mergeBins(p.edges, p.counts, perFeature);
    const digits = edgeDigits([...bins.map((b) => b.x0), ...bins.slice(-1).map((b) => b.x1)]);
    return bins.map((b) => [p.label, `${fmtNumber(b.x0, digits)} – ${fmtNumber(b.x1, digits)}`, fmtNumber(b.count, 0)]);
  });
  return {
    caption: t('a11y.histograms.caption', { title }),
    columns: [t('a11y.feature'), t('a11y.range'), t('label.count')],
    rows,
  };
}

/** Choosing k: inertia and mean silhouette per k. */
export function kScanTable(data: KScanData): ChartTable {
  return {
    columns: [t('cl.k'), t('cl.inertia'), t('cl.silhouette')],
    rows: data.rows.map((r) => [String(r.k), num(r.inertia, 1), num(r.silhouette, 3)]),
  };
}

/** Centroids: per cluster, its customers and the centroid on every feature (standard units). */
export function centroidsTable(data: ParallelCoordsData): ChartTable {
  return {
    columns: [t('cl.cluster'), t('cl.size'), ...data.features],
    rows: data.lines.map((l) => [l.label, fmtNumber(l.size, 0), ...l.values.map((v) => num(v, 2))]),
  };
}

/** The projection: per cluster, its customers, their share and their mean on the two components. */
export function projectionTable(
  labels: ArrayLike<number>,
  pcs: [ArrayLike<number>, ArrayLike<number>],
  names: string[],
  axes: [string, string],
): ChartTable {
  const groups = groupMeans(labels, pcs, names.length);
  const total = groups.reduce((s, g) => s + g.n, 0);
  return {
    columns: [
      t('cl.cluster'),
      t('cl.size'),
      t('cl.share'),
      t('a11y.meanOf', { name: axes[0] }),
      t('a11y.meanOf', { name: axes[1] }),
    ],
    rows: groups.map((g, k) => [
      names[k],
      fmtNumber(g.n, 0),
      `${fmtNumber(total ? (100 * g.n) / total : 0, 1)} %`,
      num(g.means[0], 2),
      num(g.means[1], 2),
    ]),
  };
}
