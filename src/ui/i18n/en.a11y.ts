/** English UI text of the charts' data tables and zoom buttons (issue 7, accessibility); merged into `en`. */
export const enA11y = {
  'a11y.chartTable': 'Data as a table',
  'a11y.zoom': 'Zoom',
  'a11y.zoomIn': 'Zoom in',
  'a11y.zoomOut': 'Zoom out',
  'a11y.zoomReset': 'Reset zoom',
  'a11y.feature': 'Feature',
  'a11y.range': 'Range',
  'a11y.date': 'Date',
  'a11y.meanOf': 'Mean {name}',
  'a11y.totalOf': '{name} (total)',
  'a11y.sampled': '{title} ({n} of {total} time points)',
  'a11y.histograms.caption': '{title}: customers per range (neighbouring bins merged)',
  'a11y.pAlive.caption':
    '{title}: rows are frequency x, columns recency t_x in {unit}s (a dash where t_x is impossible)',
  'a11y.pareto.caption': '{title}: customers by revenue in {n} groups',
};
