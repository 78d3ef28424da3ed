// Bounded work on hostile files through the CLI (issue 14): each case of the hostile corpus
// (test/fixtures/hostile) exits 1 with one line naming FILE:LINE:COLUMN and the limit, quickly and
// without reading the 100 MB; the legal ones are imported.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { hostileCases, writeHostile } from '../../fixtures/hostile/makeHostile.ts';
import { segmap, tempFiles } from './runCli.ts';

const { dir } = tempFiles('segmap-hostile-');
let paths: Record<string, string> = {};

beforeAll(async () => {
  await buildCli();
  paths = await writeHostile(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The English message of each error code (the CLI's text), with the limit it names. */
const MESSAGES: Record<string, RegExp> = {
  'csv.fieldTooLong': /a field longer than 262,144 bytes, the most one field may hold/,
  'csv.quoteTooLong':
    /a quoted field starting here runs over 262,144 bytes.*a quote \("\) that is never closed, or a value too long/,
  'csv.recordTooLong': /a record longer than 524,288 bytes, the most one record may hold/,
  'csv.tooManyColumns': /more than 4,096 columns, the most a record may have: check the delimiter/,
};

describe('segmap rfm on the hostile corpus', () => {
  const cases = hostileCases().map((c) => ({ ...c, label: `${c.name}: ${c.what}` }));
  it.each(cases)('$label', ({ name, expect: outcome }) => {
    const started = performance.now();
    const r = segmap('rfm', paths[name], '--json');
    if ('code' in outcome) {
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      const where = `segmap rfm: ${paths[name]}:${outcome.line}:${outcome.column}: `;
      expect(r.stderr.startsWith(where), r.stderr.slice(0, 300)).toBe(true);
      expect(r.stderr).toMatch(MESSAGES[outcome.code]);
      expect(r.code).toBe(1);
      // The error comes from the first MB or so, not after reading 100 MB (generous for a busy machine).
      expect(performance.now() - started).toBeLessThan(15_000);
    } else {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).rowsRead).toBeGreaterThan(0);
    }
  });
});
