import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../src/core/backup/backupFormat.ts';
import { customerAttributes } from '../../../src/core/attributes/customerAttributes.ts';
import { readWorkspace, restoreWorkspace } from '../../../src/db/backup.ts';
import { loadDataset, saveDataset } from '../../../src/db/datasets.ts';
import { SegmapDB } from '../../../src/db/db.ts';
import { importText } from '../helpers.ts';

// A Chinese shop export: the phone looks like a number, the name and region are text.
const CSV =
  '客户编号,客户姓名,电话,地区,下单日期,金额\n' +
  'K1,张三,13800138000,华东,2024-01-02,10.50\n' +
  'K2,李四,13900139000,华南,2024-01-03,20.00\n' +
  'K1,张三,13800138000,华东,2024-02-02,5.00\n';

const dbs: SegmapDB[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

describe('contacts (issue 18)', () => {
  it('are read as attributes with their kind, and a phone number is never a measure', async () => {
    const { table } = await importText(CSV);
    expect(table.attributes.map((a) => [a.name, a.kind])).toEqual([
      ['客户姓名', 'name'],
      ['电话', 'phone'],
      ['地区', 'region'],
    ]);
    const attrs = customerAttributes(table, Int32Array.from([0, 1]));
    expect(attrs.map((a) => [a.kind, a.numeric])).toEqual([
      ['name', false],
      ['phone', false],
      ['region', false],
    ]);
    expect(attrs[0].values[attrs[0].codes[1]]).toBe('李四');
  });

  it('keep their kind through the database and a backup', async () => {
    const { table, report, options } = await importText(CSV);
    const db = new SegmapDB('contacts-a');
    const two = new SegmapDB('contacts-b');
    dbs.push(db, two);
    const id = await saveDataset('shop', table, options, report, db);
    expect((await loadDataset(id, db)).table.attributes.map((a) => a.kind)).toEqual(['name', 'phone', 'region']);
    const sha256 = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource));
    const bytes = await encodeBackup(await readWorkspace(db), sha256);
    const [restored] = await restoreWorkspace(await decodeBackup(bytes, sha256), ['add'], two);
    expect((await loadDataset(restored, two)).table.attributes.map((a) => a.kind)).toEqual(['name', 'phone', 'region']);
  });
});
