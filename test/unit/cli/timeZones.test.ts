// Dates are civil days, whatever the time zone (issue 9): the same files through the CLI under
// UTC, UTC+14 (Pacific/Kiritimati) and UTC−8/−7 (America/Los_Angeles, across its DST changes) give
// byte-for-byte the same reports and tables.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { segmapWithEnv, tempFiles } from './runCli.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/csv/dates-tz.csv', import.meta.url));
const ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];
const { dir, write } = tempFiles('segmap-tz-');

/** The same days in the other formats the importer reads (day first, compact, CJK, Excel serials). */
const VARIANTS: [string, string][] = [
  [
    'dmy',
    'customer,date,amount\nA,1/1/2024,10\nA,10/3/2024,20\nB,31/3/2024,5\nB,27/10/2024,7\nC,31/12/2024,3\nC,29/2/2024,12\n',
  ],
  ['compact', 'customer,date,amount\nA,20240101,10\nA,20240310,20\nB,20240331,5\nB,20241027,7\nC,20241231,3\n'],
  ['cjk', '客户,日期,金额\nA,2024年1月1日,10\nA,2024年3月10日,20\nB,2024年3月31日,5\nC,2024年12月31日,3\n'],
  ['excel', 'customer,date,amount\nA,45292,10\nA,45361,20\nB,45382,5\nB,45592,7\nC,45657.99,3\n'],
];

beforeAll(async () => {
  await buildCli();
}, 60_000);

/** Runs a command under TZ and returns its stdout (without the timing) and the --out file. */
function run(zone: string, file: string, command: string, ...args: string[]): string {
  const out = join(dir, `${command}-${zone.replace('/', '_')}-${file.split('/').pop()}`);
  const r = segmapWithEnv({ TZ: zone }, command, file, '--out', out, '--json', '--today', '2024-06-30', ...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const stdout = r.stdout.replace(/"elapsedMs": \d+/, '"elapsedMs": 0');
  return `${stdout}\n--- ${out.split('/').pop()?.split('-')[0]}\n${readFileSync(out, 'utf8')}`;
}

describe('the same results in every time zone', () => {
  it('the zones really differ in the child processes', () => {
    const offsets = ZONES.map((TZ) => {
      const r = spawnSync(process.execPath, ['-e', 'console.log(new Date(2024, 0, 1).getTimezoneOffset())'], {
        encoding: 'utf8',
        env: { ...process.env, TZ },
      });
      return Number(r.stdout.trim());
    });
    expect(offsets).toEqual([0, -840, 480]);
  });

  it.each([
    ['rfm', [], '"lastDate": "2024-12-31"'],
    ['cohorts', ['--period', 'month'], '"cohort": "2023-12"'],
    ['segments', ['--as-of', '2024-03-31'], '"asOf": "2024-03-31"'],
  ])('segmap %s %j on dates around DST changes and midnight', (command, args, expected) => {
    const outputs = ZONES.map((zone) => run(zone, FIXTURE, command, ...(args as string[])));
    expect(outputs[0]).toContain(expected);
    for (const o of outputs.slice(1)) expect(o).toBe(outputs[0]);
  });

  it.each(VARIANTS)('segmap rfm on %s dates', (name, text) => {
    const file = write(`${name}.csv`, text);
    const outputs = ZONES.map((zone) => run(zone, file, 'rfm'));
    expect(outputs[0]).toContain('"firstDate": "2024-01-01"');
    for (const o of outputs.slice(1)) expect(o).toBe(outputs[0]);
  });
});
