import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { segmap, tempFiles } from './runCli.ts';

// Issue 14: with every value tied the rank formula gave everyone grade 1 ("lost"). The CLI now
// grades a dimension with no spread in the middle (3 of 5) and says so on stderr and in --json.
const { write } = tempFiles('segmap-nospread-');
const csv = (lines: string[]) => ['customer,date,amount', ...lines].join('\n') + '\n';

beforeAll(async () => {
  await buildCli();
}, 60_000);

describe('scores with no spread', () => {
  // file, command → scores of the first customer, dimensions warned about, segment
  it.each([
    ['one customer', csv(['A,2024-03-01,20', 'A,2024-03-05,30']), '3,3,3', ['r', 'f', 'm']],
    [
      '100 identical customers',
      csv(Array.from({ length: 100 }, (_, i) => `C${i},2024-03-01,25`)),
      '3,3,3',
      ['r', 'f', 'm'],
    ],
    [
      'everyone bought on the last day, one of them 20 times',
      csv([
        ...Array.from({ length: 19 }, (_, k) => `A,2024-02-${String(k + 1).padStart(2, '0')},50`),
        'A,2024-03-01,50',
        ...Array.from({ length: 99 }, (_, i) => `C${i},2024-03-01,${10 + i}`),
      ]),
      // A: R 3 (no spread), F 5, M 5 → loyal, not lost.
      '3,5,5',
      ['r'],
    ],
  ])('%s', (name, text, scores, dims) => {
    const file = write(`${name}.csv`, text);
    const json = segmap('segments', file, '--json');
    expect(json.code).toBe(0);
    const j = JSON.parse(json.stdout);
    const warned = j.warnings.filter((w: { code: string }) => w.code === 'rfm.noSpread');
    expect(warned.map((w: { params: { dim: string } }) => w.params.dim)).toEqual(dims);
    expect(warned.every((w: { params: { grade: number } }) => w.params.grade === 3)).toBe(true);
    const table = segmap('segments', file, '--names', 'en');
    expect(table.code).toBe(0);
    expect(table.stderr).toContain('middle grade 3 of 5');
    const [head, first] = table.stdout.trim().split('\n');
    const cols = head.split(',');
    const row = first.split(',');
    const score = (c: string) => row[cols.indexOf(c)];
    expect([score('r_score'), score('f_score'), score('m_score')].join(',')).toBe(scores);
    expect(score('segment')).not.toBe('Lost');
    const rfm = segmap('rfm', file);
    expect(rfm.code).toBe(0);
    expect(rfm.stderr).toContain('middle grade');
  });
});
