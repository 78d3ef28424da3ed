import { describe, expect, it } from 'vitest';
import { defaultVisitSettings, visitFrom } from '../../../src/ui/state/visitSettings.ts';

const d = defaultVisitSettings();

describe('visitFrom', () => {
  it.each([
    ['nothing stored', undefined, d],
    [
      'version 2 default segments: every segment',
      { segments: ['cannot_lose_them', 'at_risk'], done: ['C1'] },
      { ...d, done: ['C1'] },
    ],
    ['version 2 chosen segments kept', { segments: ['champions'], done: [] }, { ...d, segments: ['champions'] }],
    [
      'a full plan',
      {
        plays: ['winBack'],
        segments: ['cannot_lose_them', 'at_risk'],
        place: { name: 'region', value: 'North' },
        query: 'web',
        sort: 'valueAtRisk',
        done: ['C2'],
        log: { C2: { outcome: 'ordered', note: '下周再来', day: 20_000 } },
      },
      {
        plays: ['winBack'],
        segments: ['cannot_lose_them', 'at_risk'],
        place: { name: 'region', value: 'North' },
        query: 'web',
        sort: 'valueAtRisk',
        done: ['C2'],
        log: { C2: { outcome: 'ordered', note: '下周再来', day: 20_000 } },
      },
    ],
    [
      'bad fields fall back one by one',
      {
        plays: 'winBack',
        sort: 'random',
        place: { name: 1 },
        log: { C1: { outcome: 'sold', note: 'x', day: 1 }, C2: 'no' },
      },
      { ...d, log: { C1: { outcome: null, note: 'x', day: 1 } } },
    ],
  ])('%s', (_name, stored, expected) => {
    expect(visitFrom(stored)).toEqual(expected);
  });
});
