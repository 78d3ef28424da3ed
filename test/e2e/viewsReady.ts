/**
 * Every view of the app with what shows that it has drawn (a selector), in nav order: the browser
 * tests that walk every view (accessibility, CSP, the cross-engine journey) share this list, and
 * the accessibility test fails when the nav has a view that is missing here.
 */
export const VIEWS_READY: readonly { view: string; ready: string }[] = [
  { view: 'data', ready: '[data-testid="dataset-row"]' },
  { view: 'customers', ready: '[data-testid="rfm-row"]' },
  { view: 'card', ready: '[data-testid="card-search"]' },
  { view: 'segments', ready: '[data-testid="scatter"] canvas' },
  { view: 'value', ready: '[data-testid="pyramid"] svg' },
  // The built-in sample shop has no item columns: the view says which roles to map.
  { view: 'products', ready: '[data-testid="basket-empty"]' },
  { view: 'clv', ready: '[data-testid="model-comparison"]' },
  { view: 'clusters', ready: '[data-testid="cluster-profiles"]' },
  { view: 'ahp', ready: '[data-testid="ahp-scores"]' },
  { view: 'time', ready: '[data-testid="mig-matrix"]' },
  { view: 'learn', ready: '[data-testid="glossary"]' },
  { view: 'cohorts', ready: '[data-testid="cohort-retention"] svg' },
  { view: 'crosstab', ready: '[data-testid="crosstab-heatmap"] svg' },
];
