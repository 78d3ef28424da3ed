/** English UI text of the cohorts and attribute cross-tab views (issue 8); merged into `en`. */
export const enCohorts = {
  'core.crosstab.edges': 'Band edges must be one or more numbers, like 0, 18, 25, 40, 60.',
  'core.crosstab.edgeOrder': 'Band edge {at} must be above the edge before it.',
} as const;
