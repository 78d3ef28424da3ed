import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { segmap, tempFiles } from './runCli.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/ten-customers.csv', import.meta.url));
const { dir } = tempFiles('segmap-kmeans-');

beforeAll(async () => {
  await buildCli();
}, 60_000);

describe('segmap ahp', () => {
  it('prints the weights, λmax, CI, CR and consistency as JSON', () => {
    const r = segmap('ahp', '--matrix', '1,3,5;1/3,1,3;1/5,1/3,1', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).slice(0, 5)).toEqual(['weights', 'lambdaMax', 'CI', 'CR', 'consistent']);
    expect(j.weights.map((w: number) => +w.toFixed(3))).toEqual([0.637, 0.258, 0.105]);
    expect(+j.lambdaMax.toFixed(3)).toBe(3.039);
    expect(+j.CR.toFixed(3)).toBe(0.033);
    expect(j.consistent).toBe(true);
  });

  it.each(['1,3;1/3,1', '1,2,4;1/2,1,2;1/4,1/2,1'])('calls the consistent matrix %s consistent', (matrix) => {
    const r = segmap('ahp', '--matrix', matrix, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ CI: 0, CR: 0, consistent: true, inconsistencies: [] });
    expect(j.lambdaMax).toBeCloseTo(matrix.split(';').length, 12);
  });

  it('says when judgements are inconsistent and which', () => {
    const r = segmap('ahp', '--matrix', '1,5,6,7;1/5,1,4,6;1/6,1/4,1,4;1/7,1/6,1/4,1');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/CR:\s+0\.14\d\d .*NOT consistent/);
    expect(r.stdout).toMatch(/row \d, column \d: given/);
  });

  it('warns about judgements outside the 1–9 scale but still answers', () => {
    const r = segmap('ahp', '--matrix', '1,100;1/100,1', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/row 1, column 2: 100 is outside Saaty's 1\/9 … 9 scale/);
    expect(JSON.parse(r.stdout).warnings).toHaveLength(1);
    expect(segmap('ahp', '--matrix', '1,9;1/9,1').stderr).toBe('');
  });

  it.each([
    { args: [], message: /--matrix: expected rows like/ },
    { args: ['--matrix', '1,3;3,1'], message: /--matrix: row 2, column 1: expected the reciprocal/ },
    { args: ['--matrix', '1,2;x,1'], message: /"x" is not a positive number/ },
  ])('rejects $args with exit 2', ({ args, message }) => {
    const r = segmap('ahp', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('segmap kmeans', () => {
  it('prints k, inertia, sizes, centroids and the default features', () => {
    const r = segmap('kmeans', FIXTURE, '--k', '2', '--seed', '1', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).slice(0, 5)).toEqual(['k', 'inertia', 'sizes', 'centroids', 'features']);
    expect(j.k).toBe(2);
    expect(j.features).toEqual(['log1p(recency_days)', 'log1p(frequency)', 'log1p(monetary)']);
    expect(j.sizes.reduce((a: number, b: number) => a + b, 0)).toBe(10);
    expect(j.centroids).toHaveLength(2);
    expect(j.centroids[0]).toHaveLength(3);
    // Same seed, same answer.
    expect(JSON.parse(segmap('kmeans', FIXTURE, '--k', '2', '--seed', '1', '--json').stdout).inertia).toBe(j.inertia);
  });

  it('writes customer_id,cluster with --out', () => {
    const out = join(dir, 'clusters.csv');
    expect(segmap('kmeans', FIXTURE, '--k', '3', '--out', out).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('customer_id,cluster');
    expect(lines).toHaveLength(11);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[1])).size).toBe(3);
  });

  it.each([
    { args: ['--k', '0'], message: /--k: expected a whole number 1–100/ },
    { args: ['--features', 'r,x'], message: /--features: expected some of r,f,m/ },
    { args: ['--scaling', 'robust'], message: /--scaling/ },
  ])('rejects $args with exit 2', ({ args, message }) => {
    const r = segmap('kmeans', FIXTURE, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
