import { describe, expect, it } from 'vitest';
import { LatestRequest } from '../../../src/ui/state/latestRequest.ts';

// The CLV view stayed on "Working: fitting…" for minutes: the stage callback of a fit whose worker
// had been terminated arrived after the newer fit had finished and set the stage again.
describe('LatestRequest', () => {
  it.each([
    { name: 'a lone request is the latest', steps: ['begin a'], latest: ['a'], stale: [] },
    { name: 'a newer request makes the older stale', steps: ['begin a', 'begin b'], latest: ['b'], stale: ['a'] },
    { name: 'a terminated worker makes its request stale', steps: ['begin a', 'supersede'], latest: [], stale: ['a'] },
    {
      name: 'after a restart only the new request writes',
      steps: ['begin a', 'supersede', 'begin b'],
      latest: ['b'],
      stale: ['a'],
    },
  ])('$name', ({ steps, latest, stale }) => {
    const jobs = new LatestRequest();
    const tokens: Record<string, number> = {};
    for (const step of steps) {
      if (step === 'supersede') jobs.supersede();
      else tokens[step.slice(6)] = jobs.begin();
    }
    for (const k of latest) expect(jobs.isLatest(tokens[k])).toBe(true);
    for (const k of stale) expect(jobs.isLatest(tokens[k])).toBe(false);
  });
});
