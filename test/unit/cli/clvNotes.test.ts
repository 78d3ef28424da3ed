import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { DEFAULT_LIFECYCLE } from '../../../src/core/lifecycle/lifecycleStages.ts';
import { sharedData } from '../helpers.ts';
import { segmap, tempFiles } from './runCli.ts';
import { steadyBuyers } from '../../fixtures/steadyBuyers.ts';

// Issue 16, part C, in the CLI: when the data do not identify dropout, --json says that CLV comes
// from the fit without dropout and that the loyalty stand-in uses the default lifecycle settings
// (the CLI has no lifecycle flags); the automatic choice does not cite a withheld P(alive).

const { dir, write } = tempFiles('segmap-clv-notes-');

beforeAll(async () => {
  await buildCli();
}, 60_000);

describe('segmap clv --json notes', () => {
  it('dropout not identified: the CLV note and the default lifecycle settings, coded', () => {
    const r = segmap('clv', write('steady.csv', steadyBuyers(250)), '--model', 'bgnbd', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.loyalty).toEqual({ source: 'lifecycle', pAliveKnown: false });
    expect(j.lifecycle).toEqual(DEFAULT_LIFECYCLE);
    expect(j.notes.map((n: { code: string }) => n.code)).toEqual(['clv.clvNoDropout', 'clv.lifecycleDefaults']);
    expect(j.notes[0].text).toMatch(/^CLV assumes no customer drops out/);
    expect(j.notes[1].text).toMatch(/default lifecycle settings.*no lifecycle flags/);
  }, 60_000);

  it('without --json, the notes go to stderr', () => {
    const r = segmap(
      'clv',
      write('steady2.csv', steadyBuyers(250)),
      '--model',
      'bgnbd',
      '--out',
      join(dir, 'steady-out.csv'),
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/note: CLV assumes no customer drops out/);
  }, 60_000);

  const retail = sharedData('online_retail/online_retail.csv');
  it.skipIf(!retail.present)(
    'Online Retail, automatic: the tie goes by AIC, and the notes say what CLV rests on',
    () => {
      const r = segmap('clv', retail.path, '--json');
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j.choice.code).toBe('choice.tieAic');
      expect(j.reason).not.toMatch(/AUC/);
      expect(j.loyalty.pAliveKnown).toBe(false);
      expect(j.notes.map((n: { code: string }) => n.code)).toContain('clv.clvNoDropout');
    },
    180_000,
  );
});
