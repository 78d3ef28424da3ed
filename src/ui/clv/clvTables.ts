/** The CLV view's charts as tables (their text alternatives), in the UI language. */
import { spreadIndices } from '../../charts/tableRows.ts';
import type { ChartTable, CubeClass } from '../../charts/types.ts';
import type { ModelChecks } from '../../core/clv/runChecks.ts';
import { fmtDay, fmtNumber, t } from '../i18n/i18n.svelte.ts';

const num = (v: number, digits: number) => (Number.isFinite(v) ? fmtNumber(v, digits) : '—');

/** The value cube: each class's corner (high / low on the three dimensions), customers and value sums. */
export function cubeTable(classes: CubeClass[]): ChartTable {
  const level = (v: 'high' | 'low') => t(v === 'high' ? 'clv.cube.high' : 'clv.cube.low');
  return {
    columns: [
      t('clv.cube.class'),
      t('clv.cube.current'),
      t('clv.cube.potential'),
      t('clv.cube.loyalty'),
      t('clv.cube.customers'),
      t('a11y.totalOf', { name: t('clv.cube.current') }),
      t('a11y.totalOf', { name: t('clv.cube.potential') }),
    ],
    rows: classes.map((c) => [
      c.label,
      level(c.current),
      level(c.potential),
      level(c.loyalty),
      fmtNumber(c.customers, 0),
      num(c.currentValue, 0),
      num(c.potentialValue, 0),
    ]),
  };
}

/** Holdout check: per calibration frequency, the customers and mean holdout purchases, actual and model. */
export function holdoutTable(checks: ModelChecks, title: string): ChartTable {
  return {
    caption: `${title} (${t('label.meanHoldout')})`,
    columns: [t('label.frequencyBin'), t('label.count'), t('label.actual'), t('label.model')],
    rows: checks.holdout.map((b) => [b.label, fmtNumber(b.customers, 0), num(b.actual, 2), num(b.predicted, 2)]),
  };
}

/** Tracking plot: cumulative repeat transactions, actual and model, at up to 20 evenly spread time points. */
export function trackingTable(checks: ModelChecks, title: string): ChartTable {
  const tr = checks.tracking;
  const day = (v: number) => fmtDay(Math.round(tr.startDay + v * tr.unitDays));
  const picked = spreadIndices(tr.t.length, 20);
  const calibration = Number.isFinite(tr.calibrationEnd)
    ? `. ${t('label.calibrationEnd')}${t('punct.colon')}${day(tr.calibrationEnd)}`
    : '';
  return {
    caption: `${t('a11y.sampled', { title, n: picked.length, total: tr.t.length })}${calibration}`,
    columns: [t('a11y.date'), t('label.actual'), t('label.model')],
    rows: picked.map((i) => [day(tr.t[i]), num(tr.actual[i], 0), num(tr.expected[i], 1)]),
  };
}

/** P(alive) matrix: up to 12 frequencies (rows) × 6 recencies (columns), evenly spread over the matrix. */
export function pAliveTable(checks: ModelChecks, title: string, unit: string): ChartTable {
  const { x, tx, p } = checks.pAlive;
  const rows = spreadIndices(x.length, 12);
  const cols = spreadIndices(tx.length, 6);
  const pct = (v: number) => (Number.isFinite(v) ? `${fmtNumber(100 * v, 0)} %` : '—');
  return {
    caption: t('a11y.pAlive.caption', { title, unit }),
    columns: [t('label.frequencyX'), ...cols.map((j) => `t_x = ${fmtNumber(tx[j], 1)}`)],
    rows: rows.map((i) => [fmtNumber(x[i], 1), ...cols.map((j) => pct(Number(p[i * tx.length + j])))]),
  };
}
