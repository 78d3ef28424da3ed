// Every record the importer writes must pass the stored-record check (src/core/backup/recordShape.ts),
// or a fresh import would be listed as damaged. Files that set each report and option feature the
// import has (drops of every reason, warnings with their params, day/month order, cleaning rules with
// a numeric parameter, a summary) go through sniff → import → save → list → load.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../src/core/backup/backupFormat.ts';
import { recordProblem } from '../../../src/core/backup/recordShape.ts';
import { readWorkspace } from '../../../src/db/backup.ts';
import { listDatasets, loadDataset, saveDataset } from '../../../src/db/datasets.ts';
import { SegmapDB } from '../../../src/db/db.ts';
import { isDamaged } from '../../../src/db/storedDataset.ts';
import { importText } from '../helpers.ts';

const sha256 = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource));
const dbs: SegmapDB[] = [];
let n = 0;
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

const lines = (k: number, f: (i: number) => string) => Array.from({ length: k }, (_, i) => f(i)).join('\n');
const shop = lines(300, (i) => `C${i % 40},2024-${String(1 + (i % 12)).padStart(2, '0')}-1${i % 10},${5 + (i % 17)}`);

const cases: { name: string; file: string | Uint8Array; choices?: Record<string, unknown>; today?: number }[] = [
  { name: 'a plain file', file: `customer,date,amount\n${shop}\n` },
  {
    name: 'every drop reason and the outlier rule',
    file:
      `customer,date,amount,invoice\n${lines(300, (i) => `C${i % 40},2024-03-1${i % 10},${5 + (i % 17)},I${i}`)}\n` +
      ',2024-01-01,5,X1\nD,notadate,5,X2\nE,2024-01-01,abc,X3\nF,2024-01-01,5,C9\nG,2024-01-01,0,X4\n' +
      'H,9999-12-31,5,X5\nJ,2024-01-01,1e308,X6\nK,2024-01-01,5,X7,extra\nK,2024-01-01,5,X7\nK,2024-01-01,5,X7\n',
  },
  {
    name: 'a stray quote, a future date and undecodable bytes',
    file: new Uint8Array([
      ...new TextEncoder().encode(`customer,date,amount\n${shop}\nM\xfcller,2024-01-01,5\nQ,2099-01-01,4\n`),
      ...[0x4d, 0xfc, 0x6c, 0x2c, 0x32, 0x30, 0x32, 0x34, 0x2d, 0x30, 0x31, 0x2d, 0x30, 0x31, 0x2c, 0x35, 0x0a],
      ...new TextEncoder().encode('R,2024-01-02,"3\nS,2024-01-03,4"\n'),
    ]),
    today: 20_000,
  },
  {
    name: 'day-first dates settled by the file, a title row and duplicate headers',
    file: `Sales 2024\ncustomer,date,amount,amount\n${lines(50, (i) => `C${i % 9},${1 + (i % 28)}/0${1 + (i % 9)}/2024,${i + 1},1`)}\n`,
  },
  { name: 'the outlier rule with another gap', file: `customer,date,amount\n${shop}\n`, choices: { outlierYears: 12 } },
  {
    name: 'a customer summary',
    file: `customer,first_purchase,last_purchase,orders,total\n${lines(30, (i) => `C${i},2023-01-0${1 + (i % 9)},2024-02-1${i % 10},${1 + (i % 4)},${10 * (i + 1)}`)}\n`,
  },
];

describe('a record the importer writes is sound', () => {
  it.each(cases)('$name', async ({ file, choices, today }) => {
    const imported = await importText(file, {}, {}, 1 << 16, today);
    const { table, report } = imported;
    const options = choices
      ? { ...imported.options, cleaning: { ...imported.options.cleaning, ...choices } }
      : imported.options;
    const db = new SegmapDB(`imported-${n++}`);
    dbs.push(db);
    const id = await saveDataset('x', table, options, report, db);
    const [stored] = await listDatasets(db);
    expect(isDamaged(stored) ? stored.damaged : null).toBeNull();
    expect(recordProblem({ ...(stored as object) }, true)).toBeNull();
    expect((await loadDataset(id, db)).table.rows).toBe(table.rows);
    // And its backup passes every check a restore makes.
    const bytes = await encodeBackup(await readWorkspace(db), sha256);
    await expect(decodeBackup(bytes, sha256)).resolves.toHaveLength(1);
  });

  it('the cases cover drops, warnings and a numeric cleaning parameter', async () => {
    const { report, options } = await importText(cases[1].file);
    expect(
      Object.keys(report.dropped).filter((k) => report.dropped[k as keyof typeof report.dropped] > 0).length,
    ).toBeGreaterThanOrEqual(6);
    expect(typeof options.cleaning.outlierYears).toBe('number');
    const warned = await importText(cases[2].file, {}, {}, 1 << 16, 20_000);
    expect(warned.report.warnings.length).toBeGreaterThanOrEqual(2);
  });
});
