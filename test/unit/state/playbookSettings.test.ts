import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYS } from '../../../src/core/playbook/plays.ts';
import { conditionFrom, playbookFrom } from '../../../src/ui/state/playbookSettings.ts';

describe('conditionFrom', () => {
  it.each([
    [
      { kind: 'valueTop', share: 0.2 },
      { kind: 'valueTop', share: 0.2 },
    ],
    [{ kind: 'valueTop', share: 20 }, null],
    [{ kind: 'clvTop', share: 0 }, null],
    [
      { kind: 'stage', stages: ['lapsed', 'lapsed', 'at_risk'] },
      { kind: 'stage', stages: ['lapsed', 'at_risk'] },
    ],
    [{ kind: 'stage', stages: [] }, null],
    [{ kind: 'stage', stages: ['gone'] }, null],
    [{ kind: 'due' }, { kind: 'due' }],
    [
      { kind: 'orders', min: 2 },
      { kind: 'orders', min: 2 },
    ],
    [{ kind: 'orders', min: 5, max: 2 }, null],
    [
      { kind: 'pActive', min: 0.5, max: 1 },
      { kind: 'pActive', min: 0.5, max: 1 },
    ],
    [{ kind: 'pActive', min: 50 }, null],
    [{ kind: 'weather' }, null],
    ['due', null],
  ])('%j → %j', (stored, want) => {
    expect(conditionFrom(stored)).toEqual(want);
  });
});

describe('playbookFrom', () => {
  it.each([
    ['nothing stored: the default', undefined, null],
    ['an empty list: the default', [], null],
    ['the defaults round-trip', structuredClone(DEFAULT_PLAYS), DEFAULT_PLAYS],
    [
      'an edited play with its own name and text',
      [{ id: 'custom-1', name: 'VIP 回访', action: '每月致电', conditions: [{ kind: 'valueTop', share: 0.05 }] }],
      [{ id: 'custom-1', name: 'VIP 回访', action: '每月致电', conditions: [{ kind: 'valueTop', share: 0.05 }] }],
    ],
    ['one bad condition: the default', [{ id: 'a', conditions: [{ kind: 'valueTop', share: 2 }] }], null],
    [
      'duplicate ids: the default',
      [
        { id: 'a', conditions: [] },
        { id: 'a', conditions: [] },
      ],
      null,
    ],
  ])('%s', (_name, stored, want) => {
    expect(playbookFrom(stored)).toEqual(want);
  });
});
