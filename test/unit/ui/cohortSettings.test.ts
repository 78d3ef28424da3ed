import { describe, expect, it } from 'vitest';
import { defaultSettings, fromStored } from '../../../src/ui/state/analysisSettings.ts';
import { defaultCrosstabSettings, edgesFor } from '../../../src/ui/state/cohortSettings.ts';

describe('cohort and cross-tab settings', () => {
  it.each([
    { name: 'nothing stored', stored: { v: 1 }, cohorts: { period: 'month' }, crosstab: defaultCrosstabSettings() },
    {
      name: 'valid choices',
      stored: {
        v: 1,
        cohorts: { period: 'quarter' },
        crosstab: { attribute: 'region', edges: { age: [0, 30, 50] }, measure: 'row' },
      },
      cohorts: { period: 'quarter' },
      crosstab: { attribute: 'region', edges: { age: [0, 30, 50] }, measure: 'row' },
    },
    {
      name: 'bad fields fall back one by one',
      stored: {
        v: 1,
        cohorts: { period: 'week' },
        crosstab: { attribute: 7, edges: { age: [30, 0], income: [0, 1000], bad: 'x' }, measure: 'mean' },
      },
      cohorts: { period: 'month' },
      crosstab: { attribute: null, edges: { income: [0, 1000] }, measure: 'counts' },
    },
    {
      name: 'not objects',
      stored: { v: 1, cohorts: 'quarter', crosstab: [] },
      cohorts: { period: 'month' },
      crosstab: defaultCrosstabSettings(),
    },
  ])('$name', ({ stored, cohorts, crosstab }) => {
    const s = fromStored(stored as Record<string, unknown>);
    expect(s.cohorts).toEqual(cohorts);
    expect(s.crosstab).toEqual(crosstab);
    // The other settings are untouched.
    expect({ ...s, cohorts: undefined, crosstab: undefined }).toEqual({
      ...defaultSettings(),
      cohorts: undefined,
      crosstab: undefined,
    });
  });

  it('uses the default age bands for an attribute without its own edges', () => {
    const s = { ...defaultCrosstabSettings(), edges: { age: [0, 30] } };
    expect(edgesFor(s, 'age')).toEqual([0, 30]);
    expect(edgesFor(s, 'income')).toEqual([0, 18, 25, 40, 60]);
  });
});
