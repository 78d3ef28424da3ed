/** The Value view's charts as tables (their text alternatives), in the UI language. */
import { lorenzSteps, rankGroups } from '../../charts/tableRows.ts';
import type { ChartTable } from '../../charts/types.ts';
import type { ValueAnalysis } from '../../core/concentration/valueAnalysis.ts';
import { fmtNumber, t } from '../i18n/i18n.svelte.ts';

const pct = (x: number, digits = 1) => `${fmtNumber(100 * x, digits)} %`;
const range = (from: number, to: number) =>
  from === to ? fmtNumber(from, 0) : `${fmtNumber(from, 0)}–${fmtNumber(to, 0)}`;

/** Pareto chart: the customers by revenue rank in ten groups, their revenue, the cumulative share and ABC classes. */
export function paretoTable(v: ValueAnalysis, title: string): ChartTable {
  const groups = rankGroups(
    v.sortedRevenue,
    v.classes.map((c) => c.customers),
    10,
  );
  return {
    caption: t('a11y.pareto.caption', { title, n: groups.length }),
    columns: [t('label.rank'), t('label.revenue'), t('label.cumulative'), t('abc.class')],
    rows: groups.map((g) => [
      range(g.from, g.to),
      fmtNumber(g.revenue, 0),
      pct(g.cumulativeShare),
      g.classes.map((c) => v.classes[c].id).join(', '),
    ]),
  };
}

/** Lorenz curve: the revenue share of the lowest 10 %, 20 % … 100 % of customers, and the Gini coefficient. */
export function lorenzTable(v: ValueAnalysis, title: string): ChartTable {
  return {
    caption: `${title}. ${t('value.gini', { g: fmtNumber(v.gini, 3) })}`,
    columns: [t('label.lorenzX'), t('label.lorenzY')],
    rows: lorenzSteps(v.lorenz.x, v.lorenz.y, 10).map(([x, y]) => [pct(x, 0), pct(y)]),
  };
}

/** Customer pyramid: each layer's customers and revenue with their shares. */
export function pyramidTable(v: ValueAnalysis, label: (id: string) => string): ChartTable {
  return {
    columns: [t('pyramid.layer'), t('seg.customers'), t('seg.customerShare'), t('seg.revenue'), t('seg.revenueShare')],
    rows: v.layers.map((l) => [
      label(l.id),
      fmtNumber(l.customers, 0),
      pct(l.customerShare),
      fmtNumber(l.revenue, 0),
      pct(l.revenueShare),
    ]),
  };
}
