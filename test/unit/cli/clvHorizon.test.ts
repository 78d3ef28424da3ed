import { describe, expect, it } from 'vitest';
import { clvOptions } from '../../../src/cli/clvCommand.ts';
import { DEFAULT_TERMS } from '../../../src/core/clv/customerValue.ts';
import { UNIT_DAYS } from '../../../src/core/clv/summarize.ts';
import { clvOptions as pageClvOptions, defaultClvSettings } from '../../../src/ui/state/analysisSettings.ts';

// The CLI's default horizon is the page's (12 months of 365.25/12 days), whatever the time unit:
// rounding to whole units (52 weeks = 364 days) made every CLV 0.34 % lower than the page's and
// moved the simulated intervals (issue 16: "the same numbers from the CLI").
describe('segmap clv: the default horizon', () => {
  it('is the page’s', () => {
    expect(pageClvOptions(defaultClvSettings()).terms.horizonDays).toBe(DEFAULT_TERMS.horizonDays);
  });

  it.each(['day', 'week', 'month', 'year'] as const)('with --time-unit %s: one year of 365.25 days', (unit) => {
    const o = clvOptions({ 'time-unit': unit });
    expect(o.options.terms.horizonDays).toBeCloseTo(DEFAULT_TERMS.horizonDays, 9);
    expect(o.horizon * UNIT_DAYS[unit]).toBeCloseTo(365.25, 9);
  });

  it('takes --horizon in time units as given', () => {
    expect(clvOptions({ horizon: '39' }).options.terms.horizonDays).toBe(39 * 7);
    expect(clvOptions({ horizon: '6', 'time-unit': 'month' }).options.terms.horizonDays).toBe(6 * UNIT_DAYS.month);
  });
});
