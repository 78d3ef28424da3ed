// Custom rules with conditions on what customers did (issue 17), as stored per dataset.
import { describe, expect, it } from 'vitest';
import type { RuleCondition } from '../../../src/core/segments/conditions.ts';
import { defaultSettings, fromStored, segmentOptions } from '../../../src/ui/state/analysisSettings.ts';
import type { CustomRule } from '../../../src/ui/state/analysisSettings.ts';

const DONE_WHEN: RuleCondition[] = [
  { kind: 'boughtItem', level: 'category', item: 'Technology', within: 180 },
  { kind: 'spend', min: 1000 },
];
const rule = (conditions?: unknown): Record<string, unknown> => ({
  name: 'Tech',
  colour: '#1f77b4',
  action: 'Offer accessories',
  r: [3, 5],
  ...(conditions === undefined ? {} : { conditions }),
});

describe('custom rules with conditions in the stored settings', () => {
  it('round-trips through JSON (what IndexedDB keeps) unchanged, and segmentOptions passes them on', () => {
    const s = defaultSettings();
    s.scheme = 'custom';
    s.customRules = [
      rule(DONE_WHEN) as unknown as CustomRule,
      rule([
        { kind: 'attribute', name: 'Region', equals: 'West' },
        { kind: 'boughtItem', level: 'product', item: 'TEC-AC-10003832', never: true },
        { kind: 'recencyDays', min: 0, max: 30 },
        { kind: 'boughtWithin', days: 90 },
        { kind: 'profit', max: 0 },
        { kind: 'orders', min: 3 },
      ]) as unknown as CustomRule,
    ];
    const back = fromStored(JSON.parse(JSON.stringify(s)) as Record<string, unknown>);
    expect(back).toEqual(s);
    expect(segmentOptions(back).customRules[0]).toEqual({ r: [3, 5], conditions: DONE_WHEN });
  });

  it.each<{ name: string; conditions: unknown; kept: boolean; want?: RuleCondition[] }>([
    { name: 'valid conditions', conditions: DONE_WHEN, kept: true, want: DONE_WHEN },
    { name: 'an empty list is no conditions', conditions: [], kept: true, want: undefined },
    { name: 'a range without ends', conditions: [{ kind: 'spend' }], kept: false },
    { name: 'an unknown kind', conditions: [{ kind: 'age', min: 3 }], kept: false },
    { name: 'a negative day count', conditions: [{ kind: 'boughtWithin', days: -5 }], kept: false },
    { name: 'not a list', conditions: { kind: 'spend', min: 1 }, kept: false },
  ])('$name', ({ conditions, kept, want }) => {
    const s = fromStored({ v: 2, scheme: 'custom', customRules: [rule(conditions)] });
    if (!kept) {
      // As a bad score range does: the stored rules are not used.
      expect(s.customRules).toEqual([]);
      return;
    }
    expect(s.customRules).toHaveLength(1);
    expect(s.customRules[0].conditions).toEqual(want);
  });
});
