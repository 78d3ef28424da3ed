// The key settings kept in the URL read and write the dataset's settings, and every value the
// settings accept from storage is one the URL accepts (and nothing else).
import { describe, expect, it } from 'vitest';
import { CLV_MODEL, CLV_UNIT, COHORT_PERIOD, SCHEME } from '../../../src/ui/routing/routeSettings.ts';
import { defaultSettings, fromStored } from '../../../src/ui/state/analysisSettings.ts';

describe('settings in the URL', () => {
  it.each([
    ['scheme', SCHEME, (v: string) => ({ scheme: v })],
    ['clv model', CLV_MODEL, (v: string) => ({ clv: { model: v } })],
    ['clv unit', CLV_UNIT, (v: string) => ({ clv: { unit: v } })],
    ['cohort period', COHORT_PERIOD, (v: string) => ({ cohorts: { period: v } })],
  ])('%s: every URL value is a stored value, set and get agree', (_, setting, stored) => {
    expect(setting.values).toContain(setting.get(defaultSettings()));
    for (const v of setting.values) {
      const s = defaultSettings();
      setting.set(s, v);
      expect(setting.get(s)).toBe(v);
      expect(setting.get(fromStored({ v: 2, ...stored(v) }))).toBe(v);
    }
    // A value storage refuses falls back to the default; the URL refuses it as well.
    expect(setting.get(fromStored({ v: 2, ...stored('bogus') }))).toBe(setting.get(defaultSettings()));
    expect(setting.values).not.toContain('bogus');
  });
});
