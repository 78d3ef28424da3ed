import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { segmap, tempFiles } from './runCli.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/ten-customers.csv', import.meta.url));
const BIN = fileURLToPath(new URL('../../../bin/segmap.js', import.meta.url));
const INPUT = readFileSync(FIXTURE, 'utf8');

beforeAll(async () => {
  await buildCli();
}, 60_000);

/** A folder holding a copy of the fixture as in.csv, a symlink and a hard link to it. */
function workspace() {
  const { dir, write } = tempFiles('segmap-out-');
  const input = write('in.csv', INPUT);
  symlinkSync('in.csv', join(dir, 'link.csv'));
  linkSync(input, join(dir, 'hard.csv'));
  mkdirSync(join(dir, 'sub'));
  return { dir, input };
}

describe('--out naming the input file', () => {
  // Every spelling of the same file: relative, ./, through a subfolder, absolute with //, a symlink,
  // a hard link; and the rules file of a custom scheme.
  it.each([
    { name: 'rfm, the same path', args: (d: string) => ['rfm', join(d, 'in.csv'), '--out', join(d, 'in.csv')] },
    {
      name: 'rfm, through a subfolder and ..',
      args: (d: string) => ['rfm', join(d, 'in.csv'), '--out', join(d, 'sub', '..', 'in.csv')],
    },
    {
      name: 'segments, absolute with // and ./',
      args: (d: string) => ['segments', join(d, 'in.csv'), '--out', `${d}//./in.csv`],
    },
    {
      name: 'clv, input through a symlink',
      args: (d: string) => ['clv', join(d, 'link.csv'), '--out', join(d, 'in.csv')],
    },
    {
      name: 'kmeans, --out a symlink to the input',
      args: (d: string) => ['kmeans', join(d, 'in.csv'), '--out', join(d, 'link.csv')],
    },
    {
      name: 'cohorts, input a hard link',
      args: (d: string) => ['cohorts', join(d, 'hard.csv'), '--out', join(d, 'in.csv')],
    },
    {
      name: 'migrate, the same path',
      args: (d: string) => [
        'migrate',
        join(d, 'in.csv'),
        '--dates',
        '2024-02-01,2024-03-01',
        '--out',
        join(d, 'in.csv'),
      ],
    },
  ])('$name: refused with exit code 2, the input kept', ({ args }) => {
    const { dir, input } = workspace();
    const r = segmap(...args(dir));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^segmap \w+: --out: .* is the input file .*; write the output to another file\n$/);
    expect(readFileSync(input, 'utf8')).toBe(INPUT);
    expect(readdirSync(dir).sort()).toEqual(['hard.csv', 'in.csv', 'link.csv', 'sub']);
  });

  it('refuses the rules file of a custom scheme as --out', () => {
    const { dir, write } = tempFiles('segmap-out-');
    const rules = write('rules.json', '[{"name":"All"}]');
    const r = segmap('segments', FIXTURE, '--scheme', 'custom', '--rules', rules, '--out', rules);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out: .*rules\.json is the input file/);
    expect(readFileSync(rules, 'utf8')).toBe('[{"name":"All"}]');
    expect(readdirSync(dir)).toEqual(['rules.json']);
  });

  it('writes through a symlinked --out into the file it points to', () => {
    const { dir, write } = tempFiles('segmap-out-');
    const target = write('target.csv', 'old\n');
    symlinkSync('target.csv', join(dir, 'out.csv'));
    expect(segmap('rfm', FIXTURE, '--out', join(dir, 'out.csv')).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^customer_id,recency_days/);
    expect(readdirSync(dir).sort()).toEqual(['out.csv', 'target.csv']);
  });
});

/** A transactions file of `n` customers, two purchases each (a CSV of about 50 bytes a customer). */
function bigInput(n: number): string {
  const lines = ['customer,date,amount'];
  for (let c = 0; c < n; c++) {
    lines.push(`C${c},2024-01-${String(1 + (c % 28)).padStart(2, '0')},${10 + (c % 97)}`);
    lines.push(`C${c},2024-03-${String(1 + (c % 28)).padStart(2, '0')},${5 + (c % 13)}`);
  }
  return lines.join('\n') + '\n';
}

describe('a failed write', () => {
  // As root chmod does not stop a write: a regular file used as a folder, and /proc, fail for root too.
  it.each([
    { name: 'a path under a regular file', out: (d: string) => join(d, 'in.csv', 'out.csv'), reason: /not a folder/ },
    { name: 'a folder that does not exist', out: (d: string) => join(d, 'nope', 'out.csv'), reason: /no such folder/ },
    { name: '/proc', out: () => '/proc/segmap-out.csv', reason: /cannot write the file/ },
  ])('to $name gives one line, exit code 1, and no file', ({ out, reason }) => {
    const { dir, input } = workspace();
    const r = segmap('rfm', input, '--out', out(dir), '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir).sort()).toEqual(['hard.csv', 'in.csv', 'link.csv', 'sub']);
  });

  it('when the disk fills up midway leaves the old file and no temporary file', () => {
    const { dir, write } = tempFiles('segmap-out-');
    const input = write('in.csv', bigInput(3000));
    const out = write('out.csv', 'the previous result\n');
    // A file size limit of 32 KiB (ulimit -f counts 512-byte blocks in sh) stands in for a full disk:
    // the input is read, the CSV of 3,000 customers (~100 KB) cannot be written whole.
    const r = spawnSync(
      'sh',
      ['-c', 'ulimit -f 64 && exec "$0" "$@"', process.execPath, BIN, 'rfm', input, '--out', out],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`segmap rfm: ${out}: cannot write the file: the file is larger than this system allows\n`);
    expect(readFileSync(out, 'utf8')).toBe('the previous result\n');
    expect(readdirSync(dir).sort()).toEqual(['in.csv', 'out.csv']);
  });

  it('replaces the old file once the new one is complete', () => {
    const { dir, write } = tempFiles('segmap-out-');
    const out = write('out.csv', 'the previous result\n');
    writeFileSync(join(dir, 'in.csv'), bigInput(3000));
    expect(segmap('rfm', join(dir, 'in.csv'), '--out', out, '--json').code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(3002);
    expect(readdirSync(dir).sort()).toEqual(['in.csv', 'out.csv']);
  });
});

describe('stdout ends with exactly one newline', () => {
  const migrate = ['--dates', '2024-02-01,2024-03-01'];
  it.each([['rfm'], ['segments'], ['abc'], ['clv'], ['kmeans', '--k', '2'], ['cohorts'], ['migrate', ...migrate]])(
    '%s, as text and as JSON',
    (command, ...rest) => {
      for (const mode of [[], ['--json']]) {
        const r = segmap(command, FIXTURE, ...rest, ...mode);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/[^\n]\n$/);
      }
    },
  );

  it.each([['ahp', '--matrix', '1,3;1/3,1'], ['ahp', '--matrix', '1,3;1/3,1', '--json'], ['--help']])(
    '%s',
    (...args) => {
      const r = segmap(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/[^\n]\n$/);
    },
  );
});
